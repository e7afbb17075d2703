"""Rules the eighteenth held-out English set (tests/en/heldout18) showed missing, each tried on
sentences written for it: a project named in a document still to be signed waits for it (no fact
yet), while one named in a document still to be ratified was agreed when it was signed."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "A memorandum on a joint industrial zone is expected to be signed during a visit by the Latvian "
    "president next month, officials said.",
    "The ministers will sign an agreement on the construction of a logistics centre in Riga in November.",
])
def test_a_project_in_a_document_still_to_be_signed_is_no_fact(extract, look, sentence):
    rec = extract("Prime Minister Karl Obst met Trade Minister Aldo Venn in Riga on Monday.\n\n" + sentence)
    assert look.events(rec, "project") == []


def test_a_project_in_a_document_still_to_be_ratified_was_agreed(extract, look):
    rec = extract("Prime Minister Karl Obst met Trade Minister Aldo Venn in Riga on Monday.\n\n"
                  "Obst said the parliament would ratify the agreement on a joint container hub at the port of "
                  "Liepaja by the end of the year.")
    assert [p["stage"] for p in look.events(rec, "project")] == ["agreed"]
