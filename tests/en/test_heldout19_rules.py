"""Rules the nineteenth held-out English set (tests/en/heldout19) showed missing, each tried on
sentences written for it: a speech verb after a modal ("the two sides should firmly support each
other") is a wish in someone's words, not a statement of its own."""
from __future__ import annotations

import pytest

LEAD = "Prime Minister Karl Obst met Energy Minister Aldo Venn in Riga on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    "Obst stressed that the two sides should firmly support each other on issues of their core interests.",
    "Venn said the ministries must closely support the new programme.",
])
def test_a_speech_verb_after_a_modal_is_no_statement_of_its_own(extract, look, sentence):
    rec = extract(LEAD + sentence)
    speakers = [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")]
    assert len(speakers) == 1 and speakers[0] in ("Karl Obst", "Aldo Venn")
