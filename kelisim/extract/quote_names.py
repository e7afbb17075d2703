"""Quotes that name a thing rather than give someone's words, and one quoted word that is the
speaker's own: the nouns around a quote (lang/<xx>/quote_name_nouns.txt, quote_title_nouns.txt,
word_nouns.txt and the reader's list of nouns after a quote) decide (extract/statements.py)."""
from __future__ import annotations

import re

from ..doc import Doc
from ..lang import words
from ..nlp.match import word_keys


def word_noun_before(doc: Doc, qa: int) -> bool:
    """"словом «отличное»", 'the word "excellent"': a noun of lang/<xx>/word_nouns.txt right before
    the quote mark makes one quoted word the speaker's own."""
    m = re.search(r"(\w+)\s*[«“\"„]$", doc.text[max(0, qa - 40):qa])
    return m is not None and bool(word_keys(m.group(1), doc.lang) & words(doc.lang, "word_nouns.txt"))


def names_a_thing(doc: Doc, qb: int, names: str) -> bool:
    """Is the word after the quote ending at qb (and its closing mark) a noun of lang/<xx>/<names>?"""
    m = re.match(r"[»”\"']?\s*([^\W\d_]+)", doc.text[qb:qb + 60])
    return m is not None and bool(word_keys(m.group(1), doc.lang) & words(doc.lang, names))


def named_before(doc: Doc, qa: int) -> bool:
    """Is the quote opening at qa the name a noun of lang/<xx>/quote_name_nouns.txt gives it
    ("по принципу «одна нация – два государства»", "под лозунгом «...»")?"""
    m = re.search(r"([^\W\d_]+)\s*[«“„\"']?\s*$", doc.text[max(0, qa - 40):qa])
    if m is None:
        return False
    keys = word_keys(m.group(1), doc.lang)
    if keys & _nouns(doc.lang, "quote_name_nouns.txt"):
        return True
    # 'the national project "Healthy Villages"' names it; 'considers the project "a strategic
    # priority"' is the speaker's words: a title noun (quote_title_nouns.txt) names a capitalised quote
    first = doc.text[qa:qa + 4].lstrip("«“„\"' ")
    return first[:1].isupper() and bool(keys & _nouns(doc.lang, "quote_title_nouns.txt"))


def _nouns(lang: str, name: str) -> frozenset[str]:
    try:
        return frozenset(words(lang, name))
    except FileNotFoundError:
        return frozenset()
