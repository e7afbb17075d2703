"""The agreement stage: one for every language, run where the sides it reads are known."""
from __future__ import annotations

from kelisim.stages import default_stages


def test_agreements_one_stage_reads_every_language():
    stages = [st for st in default_stages() if "agreements" in st.assigns]
    assert [st.name for st in stages] == ["agreements"]
    assert set(stages[0].langs) == {"ru", "en", "kk"}


def test_agreements_run_after_the_meetings_and_statements_of_every_language():
    # the sides of the meeting sign what a sentence leaves unsigned; "we" is the speaker's state
    names = [(st.name, st.assigns) for st in default_stages()]
    at = next(n for n, (name, _) in enumerate(names) if name == "agreements")
    told_before = [n for n, (_, assigns) in enumerate(names) if {"meetings", "statements"} & set(assigns)]
    assert told_before and max(told_before) < at


def test_agreements_run_before_the_stages_that_read_them():
    names = [st.name for st in default_stages()]
    readers = [n for n, st in enumerate(default_stages()) if "agreements" in st.requires]
    assert readers and min(readers) > names.index("agreements")
