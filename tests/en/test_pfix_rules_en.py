"""English project rules the held-out set en/heldout7 showed missing: the plans a firm has are news
even when the talks only discuss them, and a plain document signed later (a loan agreement) agrees
the project told before it; each tried on sentences written for it."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _projects(rec: dict) -> list[dict]:
    return [dict(v, owner=names(rec, [v["owner"]])[0] if v.get("owner") else None)
            for v in events(rec, "project") if v["modality"] == "asserted"]


@pytest.mark.parametrize("text", [
    "The minister met with the head of Posco to discuss the company's plans to build a steel plant in Pavlodar.",
    "The sides discussed its plans to open a new factory in Karaganda region.",
])
def test_plans_a_firm_has_are_asserted_though_only_discussed(extract, text):
    got = _projects(extract(text))
    assert [v["stage"] for v in got] == ["announced"], got


def test_building_only_discussed_stays_possible(extract):
    assert not _projects(extract("The ministers discussed building a new steel plant in Pavlodar."))


@pytest.mark.parametrize("later, stage", [
    ("The loan agreement was signed in Astana by the finance minister and the bank's director.", "agreed"),
    ("The sides also signed a memorandum on cooperation in tourism.", "announced"),
])
def test_a_plain_document_signed_later_agrees_the_project_told_before(extract, later, stage):
    got = _projects(extract("The Islamic Development Bank will finance the project. The project will build a new"
                            " water treatment plant in Termez.\n\n" + later))
    assert [v["stage"] for v in got] == [stage], got
