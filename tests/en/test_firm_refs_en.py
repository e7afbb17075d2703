"""English firms named again by state and trade ("the Chinese investor" for the one Chinese firm
named), and a firm's state from the adjective before its noun ("Chinese company Hua Lin Energy")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, firm, state", [
    ("Representatives of Chinese company Hua Lin Energy attended.", "Hua Lin Energy", "CN"),
    ("The plant will be built by German company Windkraft Energy.", "Windkraft Energy", "DE"),
])
def test_firm_refs_state_of_a_firm_from_its_adjective(extract, sentence, firm, state):
    rec = extract(sentence)
    org = next(e for e in rec["entities"] if e["name"] == firm)
    assert org["country"] == state


def test_firm_refs_the_state_investor_is_the_one_firm_of_that_state(extract, look):
    rec = extract("The first stone of a new factory making ceramic tiles was laid in Kentau. "
                  "Representatives of Turkish company Anadolu Energy attended. The construction of the plant "
                  "began after a meeting of the governor with the Turkish investor.")
    projects = look.events(rec, "project")
    assert [look.name(rec, v["owner"]) for v in projects] == ["Anadolu Energy"]


def test_firm_refs_two_firms_of_one_state_leave_the_description_alone(extract):
    rec = extract("Turkish company Anadolu Energy and Turkish company Bosphorus Energy attended. "
                  "The Turkish investor praised the site.")
    for e in rec["entities"]:
        assert "The Turkish investor" not in [m["text"] for m in e["mentions"]]
