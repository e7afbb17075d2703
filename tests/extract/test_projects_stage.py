"""The project stage: one stage for every language, over a reader per language and shared steps."""
from __future__ import annotations

import pytest

from kelisim.doc import Event
from kelisim.extract.project_merge import absorb
from kelisim.extract.projects import held_back, project_words, stage_words
from kelisim.stages import default_stages


def test_one_project_stage_serves_every_language():
    stages = [s for s in default_stages() if "projects" in s.assigns]
    assert [s.name for s in stages] == ["projects"]
    assert set(stages[0].langs) == {"ru", "en", "kk"}


def test_projects_are_read_after_every_agreement_stage():
    """A project named in a document signed in the article is agreed: the documents come first."""
    names = [s.name for s in default_stages()]
    signing = [i for i, s in enumerate(default_stages()) if "agreements" in s.assigns]
    assert signing and names.index("projects") > max(signing)


def test_work_only_planned_is_announced():
    assert held_back("completed", "planned") == "announced"
    assert held_back("in_progress", "planned") == "announced"
    assert held_back("agreed", "planned") == "agreed"
    assert held_back("completed", "asserted") == "completed"
    # Kazakh holds back what is only possible as well
    assert held_back("completed", "possible") == "completed"
    assert held_back("completed", "possible", ("planned", "possible")) == "announced"


def test_a_project_told_again_adds_what_it_knows_and_goes_no_stage_back():
    first = Event(id="", type="project", attrs={"owner": None, "location": "e2", "agreement": None,
                                                  "value": None, "stage": "in_progress"})
    again = Event(id="", type="project", attrs={"owner": "e1", "location": "e3", "agreement": None,
                                                  "value": 5.0, "stage": "announced"})
    absorb(first, again)
    assert (first.attrs["owner"], first.attrs["location"], first.attrs["value"]) == ("e1", "e2", 5.0)
    assert first.attrs["stage"] == "in_progress"
    absorb(first, Event(id="", type="project", attrs={**again.attrs, "stage": "completed"}))
    assert first.attrs["stage"] == "completed"


def test_the_readers_words_are_data_by_kind():
    assert "agreement" in project_words("en", "document")
    assert "постановление" in project_words("ru", "decree")
    assert "оператор" in project_words("ru", "role", "project_owners.tsv")
    assert not project_words("en", "document") & project_words("en", "discuss")


@pytest.mark.parametrize("lang, word, stage", [
    ("ru", "строительство", "announced"),   # a noun: the project is told, not begun
    ("en", "open", "tense"),                # a verb: its form says ("opened", "will open")
])
def test_every_reader_reads_its_stage_words_from_one_table(lang, word, stage):
    assert stage_words(lang)[word] == stage
    assert set(stage_words(lang).values()) <= {"announced", "agreed", "in_progress", "completed", "cancelled",
                                               "tense", "ongoing", "operation"}
