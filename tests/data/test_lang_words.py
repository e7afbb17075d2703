"""kelisim.lang.words: the first column of a language file, or of its rows of one kind. Readers
ask for a kind of word by name ("host" verbs of meetings.tsv, "single" group nouns) instead of
filtering the rows themselves."""
from __future__ import annotations

import pytest

from kelisim.lang import lexicon, words


@pytest.mark.parametrize("lang, name, kind, word, inside", [
    ("ru", "meetings.tsv", "host", "принять", True),        # "принял делегацию": the host's verb
    ("ru", "meetings.tsv", "noun", "принять", False),       # its row's kind is host, not noun
    ("ru", "groups.tsv", "single", "делегация", True),      # a group in the singular too
    ("ru", "groups.tsv", "bare", "делегация", False),
    ("ru", "groups.tsv", "bare", "президент", True),        # "Президенты отметили"
])
def test_words_of_one_kind_are_the_rows_whose_second_column_is_that_kind(lang, name, kind, word, inside):
    assert (word in words(lang, name, kind)) is inside


@pytest.mark.parametrize("lang, name", [("ru", "groups.tsv"), ("en", "meeting_words.tsv"), ("kk", "agreement_sides.tsv")])
def test_words_without_a_kind_are_every_row_and_the_kinds_split_them(lang, name):
    kinds = {r[1] for r in lexicon(lang, name) if len(r) > 1}
    assert words(lang, name) == {r[0] for r in lexicon(lang, name)}
    assert set().union(*(words(lang, name, k) for k in kinds)) <= words(lang, name)
    assert words(lang, name, "no such kind") == frozenset()
