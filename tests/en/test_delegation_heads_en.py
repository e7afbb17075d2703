"""English meetings with "the delegation": the one person an earlier sentence named as the
delegation's head ("a delegation headed by X", "led by X") sits at the table for it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, counterpart", [
    ("A delegation of the Polish company Vistula Agro headed by its director Marek Nowak arrived in Kostanay "
     "on Monday.\n\nRegional governor Serik Baimukhanov met with the delegation and visited the farm.",
     "Marek Nowak"),
    ("A delegation led by Deputy Minister of Trade of Vietnam Tran Van Minh is visiting Tashkent.\n\n"
     "On Tuesday, Minister of Investment Sardor Umarov met with the delegation.", "Tran Van Minh"),
])
def test_delegation_heads_sit_for_the_delegation(extract, look, body, counterpart):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert any(counterpart in look.names(rec, v["participants"]) for v in meetings), rec["events"]


def test_delegation_heads_two_delegations_leave_it_open(extract, look):
    rec = extract("A delegation headed by Marek Nowak and a delegation led by Anna Kowalska arrived.\n\n"
                  "Governor Serik Baimukhanov met with the delegation.")
    for v in look.events(rec, "meeting"):
        assert not {"Marek Nowak", "Anna Kowalska"} & set(look.names(rec, v["participants"]))
