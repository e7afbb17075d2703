"""The meeting stage is one for every language: shared steps, a small reader per language, the
words the readers test tokens against kept as data under lang/<xx>/meeting_words.tsv."""
from __future__ import annotations

import pytest

from kelisim.doc import Event, Span
from kelisim.extract.meetings import Meetings, meeting_words, retold
from kelisim.extract.readers import READERS
from kelisim.stages import default_stages


def test_one_meeting_stage_serves_each_language_once():
    stages = [s for s in default_stages() if s.assigns == ("meetings",)]
    assert {type(s) for s in stages} == {Meetings}
    langs = [lang for s in stages for lang in s.langs]
    assert sorted(langs) == sorted(set(langs)) == sorted(READERS["meetings"]) == ["en", "kk", "ru"]


def test_russian_meetings_come_before_the_statements_english_and_kazakh_after_them():
    names = [(s.name, tuple(s.langs or ())) for s in default_stages()]
    statements = names.index(("statements", ("ru", "en", "kk")))
    assert names.index(("meetings", ("ru",))) < statements < names.index(("meetings", ("en", "kk")))


@pytest.mark.parametrize("lang, kind, word", [
    ("ru", "pronoun_object", "его"), ("ru", "alone", "стороны"), ("ru", "visit_frame", "итог"),
    ("en", "object_end", "during"), ("en", "sides", "leaders"), ("en", "public_body", "ministry"),
    ("kk", "leading", "бастаған"), ("kk", "attributive", "дағы"),
])
def test_meeting_words_are_read_from_language_data(lang, kind, word):
    assert word in meeting_words(lang, kind)
    assert word not in meeting_words(lang, "no such kind")


def test_a_meeting_retold_with_another_counterpart_shares_nothing_mutable():
    v = Event(id="", type="meeting", evidence=[Span(0, 5, "Встреча")], modality="asserted",
              codes={"cameo": "040"}, attrs={"participants": ["e1", "e2"], "location": None, "mode": "in_person"})
    w = retold(v, ["e1", "e3"])
    w.evidence.append(Span(6, 9, "ещё"))
    w.codes["cameo"] = "041"
    assert v.attrs["participants"] == ["e1", "e2"] and w.attrs["participants"] == ["e1", "e3"]
    assert len(v.evidence) == 1 and v.codes == {"cameo": "040"}
    assert w.attrs["mode"] == "in_person" and w.modality == "asserted"
