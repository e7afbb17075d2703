"""Matching phrases from lexicons against a Doc's tokens by lemma, whatever the case form.

Both sides are reduced the same way, out of context: a word's key set is the normal forms of
all its dictionary analyses (pymorphy3), so "Великобритании" and "Великобритания" share
"великобритания". Upper-case abbreviations (МИД, РК, UK) match only exactly.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ..doc import Token


def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


def is_abbr(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=200_000)
def word_keys(word: str, lang: str = "ru") -> frozenset[str]:
    if is_abbr(word):
        # "ТЭЦ-2", "ГРЭС-3": a numbered unit of what the abbreviation names is that too
        head, _, num = word.rpartition("-")
        return frozenset({word, head} if num.isdigit() and is_abbr(head) else {word})
    keys = {fold(word)}
    if lang == "ru" and any("\u0400" <= c <= "\u04ff" for c in word):
        from .normalize import parse
        keys.update(fold(p.normal_form) for p in parse(word.lower()))
    elif lang == "kk":
        from .kazakh import stem_keys     # Kazakh endings stripped by rule (nlp/kazakh.py)
        keys.update(stem_keys(word))
    elif lang == "en":
        from .english import lemma        # English rule lemmas: "signed" -> "sign" (nlp/english.py)
        keys.add(lemma(word))
    return frozenset(keys)


_TEXT = attrgetter("text")


@lru_cache(maxsize=2048)
def words_keys(words: tuple[str, ...], lang: str = "ru") -> frozenset[str]:
    """The keys of all the words, for a matcher to pass by a sentence none of whose words starts
    one of its phrases with one set test: every stage's matchers scan the same sentences, so a
    sentence's keys are gathered once (a batch's sentences fit in the cache)."""
    return frozenset().union(*(word_keys(w, lang) for w in words))


def tokens_keys(tokens: list[Token], lang: str = "ru") -> frozenset[str]:
    """Every key of the tokens' words (words_keys): a loop testing each token of a sentence
    against a lexicon passes by a sentence none of whose words is in it with one set test."""
    return words_keys(tuple(map(_TEXT, tokens)), lang)


def lookup(table: dict[str, Any], word: str, lang: str = "ru") -> Any:
    """The entry of a lexicon table under one of the word's keys (its forms and lemmas), or None.
    The word as written comes first: Kazakh "түрікмен" (Turkmen) is also "түрік" (Turkish) with
    the ending "-мен" stripped. Among other keys the least wins: a key set's order follows string
    hashing, which changes from run to run, and the same text must give the same record."""
    own = fold(word)
    if own in table and not is_abbr(word):
        return table[own]
    best = None
    for k in word_keys(word, lang):     # a loop, not min() over a generator: a hot call
        if k in table and (best is None or k < best):
            best = k
    return None if best is None else table[best]


def entry_key(word: str, lang: str = "ru") -> str:
    """The key an entry word is stored under: its first normal form (abbreviations as written)."""
    if is_abbr(word):
        return word
    if lang == "ru" and any("\u0400" <= c <= "\u04ff" for c in word):
        from .normalize import parse
        ps = parse(word.lower())
        if ps:
            return fold(ps[0].normal_form)
    return fold(word)


def split_words(phrase: str) -> list[str]:
    return phrase.replace("–", " – ").split()


@dataclass
class Match:
    start: int          # token index, inclusive
    end: int            # token index, exclusive
    value: Any


class PhraseMatcher:
    """Longest-match lookup of many phrases over a token list."""

    def __init__(self, lang: str = "ru", case_sensitive_single: bool = False):
        self.lang = lang
        self.index: dict[str, list[tuple[tuple[frozenset[str], ...], Any]]] = {}
        self.case_sensitive_single = case_sensitive_single

    def add(self, phrase: str, value: Any) -> None:
        words = split_words(phrase)
        if not words:
            return
        alts = tuple(frozenset({entry_key(w, self.lang), fold(w)} - {""}) if not is_abbr(w) else frozenset({w})
                     for w in words)
        for first in alts[0]:
            self.index.setdefault(first, []).append((alts, value))

    def add_all(self, items: Iterable[tuple[str, Any]]) -> "PhraseMatcher":
        for phrase, value in items:
            self.add(phrase, value)
        return self

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        best: Match | None = None
        for key in word_keys(tokens[i].text, self.lang):
            for alts, value in self.index.get(key, ()):
                n = len(alts)
                if i + n > len(tokens) or (best and n <= best.end - best.start):
                    continue
                if all(word_keys(tokens[i + k].text, self.lang) & alts[k] for k in range(1, n)):
                    best = Match(i, i + n, value)
        return best

    def finditer(self, tokens: list[Token]) -> Iterator[Match]:
        # Most tokens start no phrase: a token none of whose keys begins one is passed over
        # with one set test (the view tests each of the few keys against the index), not a
        # call to match_at. Several matchers scan every sentence, so this is a hot loop.
        starts, i = self.index.keys(), 0
        if starts.isdisjoint(tokens_keys(tokens, self.lang)):
            return      # no word of the sentence starts a phrase (four sentences in five)
        while i < len(tokens):
            if starts.isdisjoint(word_keys(tokens[i].text, self.lang)):
                i += 1
                continue
            m = self.match_at(tokens, i)
            if m:
                yield m
                i = m.end
            else:
                i += 1


@lru_cache(maxsize=None)
def lexicon_matcher(lang: str, name: str, default: Any = None) -> PhraseMatcher:
    """The phrases of lang/<lang>/<name>, each with its second column as value (`default` where a
    row has none): the matcher most lexicons are read into, built once for every reader."""
    from ..lang import lexicon
    return PhraseMatcher(lang).add_all((r[0], r[1] if len(r) > 1 else default) for r in lexicon(lang, name))
