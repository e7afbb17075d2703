"""A lexicon table read through a word's keys (kelisim/nlp/match.py lookup): any case form or
inflection finds the entry stored under the lemma; an abbreviation only as written."""
import pytest

from kelisim.nlp.match import lookup

TABLE = {"заявить": "generic", "строительство": "planned", "sign": "signed", "МИД": "body"}


@pytest.mark.parametrize("word, lang, expected", [
    ("заявил", "ru", "generic"),
    ("Строительства", "ru", "planned"),
    ("signed", "en", "signed"),
    ("МИД", "ru", "body"),
    ("мид", "ru", None),           # an abbreviation matches only as written
    ("встреча", "ru", None),
])
def test_match_lookup_finds_the_entry_under_any_form(word, lang, expected):
    assert lookup(TABLE, word, lang) == expected


@pytest.mark.parametrize("lang, name, words, expected", [
    ("ru", "modality.tsv", ["Визит", "планируется", "в", "мае"], [(1, 2, "planned")]),
    ("en", "speech.tsv", ["He", "said", "so"], [(1, 2, "generic")]),
    ("en", "speech.tsv", ["A", "visit", "in", "May"], []),
])
def test_lexicon_matcher_gives_each_phrase_its_second_column(lang, name, words, expected):
    from kelisim.doc import Token
    from kelisim.nlp.match import lexicon_matcher
    toks, at = [], 0
    for w in words:
        toks.append(Token(at, at + len(w), w))
        at += len(w) + 1
    assert [(m.start, m.end, m.value) for m in lexicon_matcher(lang, name).finditer(toks)] == expected
    assert lexicon_matcher(lang, name) is lexicon_matcher(lang, name)      # built once for every reader


def test_match_lookup_prefers_the_word_as_written_then_the_least_key(monkeypatch):
    # a word whose keys find two entries: the one stored as written wins, else the least key, so
    # that the same text gives the same record whatever order a run's string hashing gives a set
    import kelisim.nlp.match as match
    monkeypatch.setattr(match, "word_keys", lambda word, lang="ru": frozenset({"b", "a", "ab"}))
    assert lookup({"ab": 1, "b": 2}, "ab", "kk") == 1
    assert lookup({"b": 2, "a": 3}, "ab", "kk") == 3
    assert lookup({"c": 4}, "ab", "kk") is None
