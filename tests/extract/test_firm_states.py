"""A state adjective before a word for a company gives the company named right after it its state,
whether the name is quoted or written as the firm writes it (kelisim/extract/quoted_orgs.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, firm, state", [
    ("Китайская компания Sino Wind Holding построит ветровую станцию.", "Sino Wind Holding", "CN"),
    ("Турецкая компания «Анадолу Энерджи» построит солнечную станцию.", "Анадолу Энерджи", "TR"),
    ("Контракт получила итальянская компания Marsegalia Costruzioni.", "Marsegalia Costruzioni", "IT"),
])
def test_the_state_before_a_word_for_a_company_is_the_companys(extract, text, firm, state):
    orgs = {e["name"]: e.get("country") for e in extract(text)["entities"] if e["type"] == "ORG"}
    assert orgs.get(firm) == state, orgs


def test_a_company_after_a_word_with_no_state_gets_none(extract):
    orgs = {e["name"]: e.get("country") for e in extract("Компания Sino Wind Holding построит станцию.")["entities"]
            if e["type"] == "ORG"}
    assert orgs.get("Sino Wind Holding") is None, orgs
