"""English speakers: a pronoun opening a sentence is the previous subject, a description before the
name is the one person it fits, "<name> of <state>" gives the state, a press service is a source."""
from __future__ import annotations

import pytest


def speakers(look, rec) -> list[str]:
    return [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")]


@pytest.mark.parametrize("body, expected", [
    ("Latvian President Pedro Alvarado congratulated Austrian Chancellor Karl Weber on the anniversary.\n\n"
     "He expressed readiness to expand trade.", ["Pedro Alvarado", "Pedro Alvarado"]),
    ("During the talks with Karl Weber, the Latvian president noted the importance of the visit.\n\n"
     "Latvian President Pedro Alvarado arrived in Vienna on Sunday.", ["Pedro Alvarado"]),
    ("Latvian President Pedro Alvarado met the envoy.\n\nThe press service of the head of state reported.",
     []),
    ("According to the press service of Latvian President Pedro Alvarado, the envoy arrived on Monday.", []),
    ("According to Latvian President Pedro Alvarado, trade grew by ten percent.", ["Pedro Alvarado"]),
])
def test_speakers_resolved(extract, look, body, expected):
    assert speakers(look, extract(body)) == expected


def test_speakers_state_after_name(extract, look):
    rec = extract("Presidents Pedro Alvarado of Latvia and Karl Weber of Austria signed a joint declaration.")
    assert look.person(rec, "Alvarado")["country"] == "LV"
    assert look.person(rec, "Weber")["country"] == "AT"
    assert [r["title"] for r in look.person(rec, "Weber")["roles"]] == ["President"]
