"""Rules the twenty-sixth held-out English set (tests/en/heldout26) showed missing, each tried on
sentences written for it: "the khokim" (an Uzbek governor) is an office, and names again the khokim
named before."""
from __future__ import annotations

import pytest

INTRO = "Khokim of Samarkand region Botir Rashidov opened a textile factory in Urgut on Monday.\n\n"


@pytest.mark.parametrize("sentence, title", [
    ("The ceremony was attended by the khokim of Samarkand region Botir Rashidov.", "khokim"),
    ("Khokim of Samarkand region Botir Rashidov received the delegation.", "khokim"),
])
def test_khokim_is_an_office(extract, look, sentence, title):
    rec = extract(sentence)
    rashidov = look.person(rec, "Rashidov")
    assert any(title in r["title"].lower() for r in rashidov["roles"])


@pytest.mark.parametrize("sentence, participant", [
    ("After the ceremony, the khokim held a meeting with Chairman of Hanwa Textiles Lee Jun.", "Botir Rashidov"),
    ("After the ceremony, Deputy Minister Aziz Karimov held a meeting with Chairman of Hanwa Textiles "
     "Lee Jun.", "Aziz Karimov"),
])
def test_the_khokim_names_again_the_khokim_named_before(extract, look, sentence, participant):
    rec = extract(INTRO + sentence)
    [m] = look.events(rec, "meeting")
    assert participant in look.names(rec, m["participants"])


def test_the_khokim_noted_is_his_statement(extract, look):
    rec = extract(INTRO + "The khokim noted that the region will build a new road to the factory.")
    speakers = [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")]
    assert "Botir Rashidov" in speakers

