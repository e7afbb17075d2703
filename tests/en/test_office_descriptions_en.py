"""English descriptions that name an office without a state ("the Deputy Minister", "the
spokesperson") refer back to the one person named before whose title ends on that office."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("intro, later, speaker", [
    ("Kazakh Deputy Foreign Minister Arman Zhakupov received the ambassador of Chile.",
     '"We are ready to open new routes," the Deputy Minister said.', "Arman Zhakupov"),
    ("Kyrgyz Foreign Ministry spokesperson Aida Omurova briefed journalists on Monday.",
     "The spokesperson also recalled that the embassy in Rome had reopened.", "Aida Omurova"),
    # the office's "of ..." complement does not change the office
    ("The spokesperson of the Kyrgyz Foreign Ministry, Aida Omurova, briefed journalists on Monday.",
     "The spokesperson also noted that the embassy in Rome had reopened.", "Aida Omurova"),
])
def test_office_descriptions_refer_back_to_the_holder(extract, look, intro, later, speaker):
    rec = extract(f"{intro}\n\n{later}")
    said = [v for v in look.events(rec, "statement") if later[:25] in v["evidence"][0]["text"]]
    assert speaker in {look.name(rec, v["speaker"]) for v in said}, rec["events"]


def test_office_descriptions_an_exact_title_wins_over_a_longer_one(extract, look):
    rec = extract("Minister Oliver Grant met Deputy Foreign Minister Aziz Rahimov in Tashkent.\n\n"
                  '"Trade has doubled," the Minister said.')
    direct = [v for v in look.events(rec, "statement") if v["direct"]]
    assert [look.name(rec, v["speaker"]) for v in direct] == ["Oliver Grant"]
