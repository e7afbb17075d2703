"""Roles rules in English news, each tried on sentences written for it: an office "for" a state
serves that state and does not make its holder that state's ("Country Director for Kazakhstan"),
and a bank's country director holds his office in the bank named before it."""
from __future__ import annotations

import pytest


def _person(rec: dict, name: str) -> dict:
    return next(e for e in rec["entities"] if e["type"] == "PER" and e["name"] == name)


@pytest.mark.parametrize("body, name, title, body_name", [
    ("The World Bank approved a new loan. The agreement was signed by Finance Minister Madi Takiyev"
     " and World Bank Country Director for Kazakhstan Andrei Mikhnev.", "Andrei Mikhnev", "Country Director",
     "World Bank"),
    ("The European Bank for Reconstruction and Development (EBRD) will finance the plant, said EBRD"
     " Regional Director for Kazakhstan Huseyin Ozhan.", "Huseyin Ozhan", "Regional Director",
     "European Bank for Reconstruction and Development"),
])
def test_an_office_for_a_state_serves_it_and_is_held_in_the_body(extract, body, name, title, body_name):
    rec = extract(body)
    p = _person(rec, name)
    orgs = {e["id"]: e["name"] for e in rec["entities"]}
    assert p["country"] is None, p
    assert [(r["title"], orgs.get(r["org"])) for r in p["roles"]] == [(title, body_name)], p
