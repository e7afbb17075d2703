"""Comparing names across scripts and spellings: cross-script keys (nlp.translit), the sound of a
surname, a given name's initial, and abbreviations of organisations' names."""
from __future__ import annotations

import re
from functools import lru_cache

from . import limits

PLACE_TYPES = ("GPE", "LOC")
_TOKEN = re.compile(r"\w+")
_STOP = frozenset({"и", "of", "the", "and", "for", "in", "on", "по", "de", "da", "al"})


def type_group(type_: str | None) -> str:
    """GPE and LOC are one group: the same city is typed either way by different articles."""
    return "PLACE" if type_ in PLACE_TYPES else (type_ or "ORG")


# The writer's own bounded caches (limits.py), in front of translit's uncached functions: an
# ingest meets new names for ever, and these are the only caches it fills with them.
@lru_cache(maxsize=limits.NAMES)
def name_key(name: str) -> str:
    from ..nlp.translit import name_key as key
    return key.__wrapped__(name)


@lru_cache(maxsize=limits.NAMES)
def surname_key(name: str) -> str:
    """nlp.translit.surname_key through the cache above: the key of the last word with one."""
    keys = [key for word in name.split() if (key := name_key(word))]
    return keys[-1] if keys else ""


def sound(key: str) -> str:
    """A key's consonant skeleton (a first vowel as "a"), so that English spellings of one
    name meet their transliterations: "cameron" and "kemeron" both give "kmrn"."""
    key = re.sub(r"c(?=[eiy])", "s", key.replace("ck", "k"))
    key = key.replace("c", "k")
    out = "a" if key[:1] in ("a", "e", "i", "o", "u", "y") else key[:1]     # Yi / И
    for ch in key[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


def initial(key: str) -> str | None:
    """The first letter of a multi-word name's first word (its given name), None for one word;
    any vowel stands for all ("Antony" / "Энтони" -> "entoni")."""
    words = key.split()
    if len(words) < 2:
        return None
    return "a" if words[0][0] in "aeiouy" else words[0][0]


def name_like(name: str) -> bool:
    """A name starts with a capital (or a digit); "президент России" describes, "Путин" names."""
    return name[:1].isupper() or name[:1].isdigit()


def countries_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _looks_abbreviated(token: str) -> bool:
    return 2 <= len(token) <= 8 and sum(ch.isupper() for ch in token) >= 2


def has_abbreviation(name: str) -> bool:
    """Whether a name has a word that may abbreviate others ("КазНУ", "МИД"): without one on
    either side, `abbreviates` is false both ways."""
    return any(_looks_abbreviated(t) for t in _TOKEN.findall(name))


def _spells(abbr: str, words: tuple[str, ...]) -> bool:
    """Whether `abbr` is the concatenation of non-empty prefixes of `words`, in order (small
    words like 'of' may give nothing): 'казну' from 'казахский национальный университет'."""
    @lru_cache(maxsize=None)
    def go(p: int, w: int) -> bool:
        if w == len(words):
            return p == len(abbr)
        word = words[w]
        if word in _STOP and go(p, w + 1):
            return True
        k = 1
        while k <= len(word) and p + k <= len(abbr) and abbr[p:p + k] == word[:k]:
            if go(p + k, w + 1):
                return True
            k += 1
        return False
    return go(0, 0)


def abbreviates(short: str, long: str) -> bool:
    """Whether `short` writes `long` with some of its words abbreviated (at least one
    abbreviation standing for two words or more); other words must be the same, or cut short
    ("им." for "имени")."""
    s_tokens, l_words = _TOKEN.findall(short), tuple(w.lower() for w in _TOKEN.findall(long))
    s_low = [t.lower() for t in s_tokens]

    @lru_cache(maxsize=None)
    def go(i: int, j: int, used: bool) -> bool:
        if i == len(s_tokens):
            return j == len(l_words) and used
        if j < len(l_words) and (s_low[i] == l_words[j] or len(s_low[i]) >= 2 and s_tokens[i].islower()
                                 and l_words[j].startswith(s_low[i])) and go(i + 1, j + 1, used):
            return True
        if _looks_abbreviated(s_tokens[i]):
            for k in range(1, len(l_words) - j + 1):
                if _spells(s_low[i], l_words[j:j + k]) and go(i + 1, j + k, used or k > 1):
                    return True
        return False
    return has_abbreviation(short) and go(0, 0, False)


def distinctive_words(name: str) -> set[str]:
    """The capitalised words of a name that are not generic ("Фараби", "Coventry", "KIA")."""
    from .wordlists import words
    generic = words("org_generic.txt")      # kelisim/lang/*/org_generic.txt
    return {w.lower() for w in _TOKEN.findall(name) if len(w) >= 3 and w[:1].isupper()
            and w.lower() not in generic}


def same_body(names_a: set[str], names_b: set[str]) -> bool:
    """Whether two sets of names plausibly name one body: one abbreviates the other, or they
    share a distinctive word. For telling apart owners of projects at the same place only."""
    if any(abbreviates(a, b) or abbreviates(b, a) for a in names_a for b in names_b):
        return True
    words_a = set().union(*map(distinctive_words, names_a)) if names_a else set()
    words_b = set().union(*map(distinctive_words, names_b)) if names_b else set()
    return bool(words_a & words_b)
