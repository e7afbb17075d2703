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
