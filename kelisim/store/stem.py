"""Light stemmers for full-text search: Snowball's Russian algorithm and a small English one.

Search stores a stemmed copy of each article (SQLite FTS5) and stems queries the same way, so
"критические минералы" finds "критических минералов" and "agreements" finds "agreement". The
stemmer is chosen per word by its script, not per article: Russian quotes in English news and
Kazakh text in Cyrillic are stemmed the same way in the article and in the query.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import limits

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

_RU_VOWELS = set("аеиоуыэюя")


def _endings(*words: str) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


# Snowball Russian (snowballstem.org/algorithms/russian/stemmer.html). Endings of a "1" group
# count only after а or я.
_PERFECTIVE_1 = _endings("в", "вши", "вшись")
_PERFECTIVE_2 = _endings("ив", "ивши", "ившись", "ыв", "ывши", "ывшись")
_ADJECTIVE = _endings("ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
                      "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею")
_PARTICIPLE_1 = _endings("ем", "нн", "вш", "ющ", "щ")
_PARTICIPLE_2 = _endings("ивш", "ывш", "ующ")
_REFLEXIVE = _endings("ся", "сь")
_VERB_1 = _endings("ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть",
                   "ешь", "нно")
_VERB_2 = _endings("ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им",
                   "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть",
                   "ишь", "ую", "ю")
_NOUN = _endings("а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой",
                 "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь",
                 "ию", "ью", "ю", "ия", "ья", "я")
_SUPERLATIVE = _endings("ейше", "ейш")
_DERIVATIONAL = _endings("ость", "ост")


def _region(word: str, start: int) -> int:
    """Snowball's R1 from `start`: after the first non-vowel that follows a vowel."""
    for i in range(start + 1, len(word)):
        if word[i] not in _RU_VOWELS and word[i - 1] in _RU_VOWELS:
            return i + 1
    return len(word)


def _suffix(word: str, limit: int, plain: tuple[str, ...], after_a: tuple[str, ...] = ()) -> str:
    """The longest ending of either group within word[limit:], or ''; Snowball's `among`."""
    for ending in sorted(plain + after_a, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= limit:
            if ending in after_a and ending not in plain:
                before = len(word) - len(ending) - 1
                return ending if before >= limit and word[before] in "ая" else ""
            return ending
    return ""


# Bounded well below a news stream's vocabulary, which never stops growing (limits.py): the
# commonest words are most of any text, and a miss costs Snowball a few microseconds.
@lru_cache(maxsize=limits.WORDS)
def stem_ru(word: str) -> str:
    word = word.lower().replace("ё", "е")
    rv = next((i + 1 for i, ch in enumerate(word) if ch in _RU_VOWELS), len(word))
    if rv >= len(word):
        return word
    r2 = _region(word, _region(word, 0) - 1)

    def cut(w: str, ending: str) -> str:
        return w[:len(w) - len(ending)] if ending else w

    ending = _suffix(word, rv, _PERFECTIVE_2, _PERFECTIVE_1)
    if ending:
        word = cut(word, ending)
    else:
        word = cut(word, _suffix(word, rv, _REFLEXIVE))
        ending = _suffix(word, rv, _ADJECTIVE)
        if ending:
            word = cut(word, ending)
            word = cut(word, _suffix(word, rv, _PARTICIPLE_2, _PARTICIPLE_1))
        else:
            ending = _suffix(word, rv, _VERB_2, _VERB_1)
            word = cut(word, ending) if ending else cut(word, _suffix(word, rv, _NOUN))
    word = cut(word, _suffix(word, rv, ("и",)))
    word = cut(word, _suffix(word, r2, _DERIVATIONAL))
    if word.endswith("нн") and len(word) - 2 >= rv:
        return word[:-1]
    ending = _suffix(word, rv, _SUPERLATIVE)
    if ending:
        word = cut(word, ending)
        return word[:-1] if word.endswith("нн") else word
    return cut(word, _suffix(word, rv, ("ь",)))


_EN_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=limits.WORDS)
def stem_en(word: str) -> str:
    """Plurals, -ed/-ing, -ly and a final -e/-y: enough for a query to meet its inflected forms."""
    word = word.lower().replace("\u2019", "'").removesuffix("'s").removesuffix("'")
    if len(word) <= 3:
        return word
    for end, new in (("sses", "ss"), ("ies", "y"), ("ss", "ss"), ("us", "us"), ("is", "is"), ("s", "")):
        if word.endswith(end):
            word = word[:len(word) - len(end)] + new
            break
    for end in ("ingly", "edly", "ing", "ed"):
        rest = word[:-len(end)]
        if word.endswith(end) and len(rest) >= 3 and _EN_VOWEL.search(rest):
            word = rest[:-1] if len(rest) > 3 and rest[-1] == rest[-2] and rest[-1] not in "lsz" else rest
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if word.endswith(("e", "y")) and len(word) > 4:
        word = word[:-1]
    return word


def stem(word: str) -> str:
    if _CYRILLIC.search(word):
        return stem_ru(word)
    if word.isascii() and word.isalpha():
        return stem_en(word)
    return word.lower()


def stems(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text or "")]


def stem_text(text: str) -> str:
    return " ".join(stems(text))
