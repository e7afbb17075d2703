"""English statements: an office, press service or spokesman owned by a person is a source of the
news, not that person speaking (GOLD.md); verbs of recalling and revealing attribute speech."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", [
    "Prime Minister Aidar Temirov met investors in Aktau. The Prime Minister's office said the new "
    "terminal is to handle two million tonnes a year.",
    "Prime Minister Aidar Temirov met investors in Aktau. The terminal will open in 2027, reported the Prime "
    "Minister’s press service.",
    "President Aidar Temirov visited the port. According to the President's spokesman, the visit lasted "
    "three hours.",
])
def test_statements_owned_source_is_not_a_speaker(extract, look, body):
    rec = extract(body)
    assert look.events(rec, "statement") == []


@pytest.mark.parametrize("body, speaker", [
    ("Foreign Minister Daniyar Omarov reminded that the two countries signed a visa agreement last year.",
     "Daniyar Omarov"),
    ("Foreign Minister Daniyar Omarov revealed that a new consulate will open in Samarkand.", "Daniyar Omarov"),
    ("According to Foreign Minister Daniyar Omarov, trade grew by a fifth.", "Daniyar Omarov"),
])
def test_statements_recall_and_reveal_attribute_speech(extract, look, body, speaker):
    rec = extract(body)
    said = look.events(rec, "statement")
    assert [(look.name(rec, v["speaker"]), v["direct"]) for v in said] == [(speaker, False)]
