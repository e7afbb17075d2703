"""The Kazakh NER model's spans as the span builder (spans.py) reads them: a person only the model
finds keeps the words that can be a name's, and a place it finds loses a common word that opens
its sentence ("Құжат Баян-Өлгий аймағы арқылы ...": the document, no part of the place)."""
from __future__ import annotations

from ...doc import Span, Token
from ...nlp.kazakh import fold
from ...nlp.kk_ner import FRAMES
from .lexicon import not_names
from .names import eligible, state_pair


def model_spans(toks: list[Token], ner: list[Span]) -> list[tuple[str, int, int]]:
    """The model's spans of a sentence as (kind, first token, token after)."""
    out = []
    for s in ner:
        ids = [k for k, t in enumerate(toks) if s.start <= t.start and t.end <= s.end and t.text not in "(["]   # "агенттігінің (KOICA)"
        if ids and s.type not in FRAMES:
            out.append((s.type, ids[0], ids[-1] + 1))
    return out


QUOTES = {"«", "»", "\"", "“", "”", "„"}
OFFICE_WORDS = 6         # lower-case words of an office's name before its title


def model_person(toks: list[Token], i: int, j: int, places, in_title: set[int] = frozenset()) -> list[tuple[int, int]]:
    """A person only the model finds: a state's name at its end is no part of it ("Тоқаев
    Ресейді"); Latin words in Kazakh text name an outlet or a brand ("Azattyq Ruhy"), as the
    press writes persons' names in Cyrillic; nor is a name in quotation marks a person's. A
    state and an office with no name ("Қытай Елшісін", capitalised in a headline) is nobody's
    name: the state and the title words before a name are no part of it."""
    in_place = {x for a, b, _ in places for x in range(a, b)}
    while i < j and (i in in_place or i in in_title):
        i += 1
    if i == j:
        return []
    j = next((a for a, _, _ in places if i < a < j), j)
    if all(t.text.isascii() for t in toks[i:j]) or state_pair(toks[i].text) \
            or not any(eligible(t) for t in toks[i:j]):
        return []     # nor "Қазақстан-Словакия (бизнес-форумы)", "Қазақстан-Түркия Жоғары (... кеңесі)": a
        #               pair of states opens a body's name; nor "Дипломат": no word a name's
    if 0 < i and j < len(toks) and toks[i - 1].text in QUOTES and toks[j].text in QUOTES:
        return []     # "Адырна" порталы: a quoted name is a work's or an outlet's
    if j - i == 1 and opens_office(toks, j, in_title):
        return []     # "Энергетика министрі", "Азық-түлік, ауыл шаруашылығы ... министрі": an office's name
    return [(i, j)]


def opens_office(toks: list[Token], j: int, in_title: set[int]) -> bool:
    """Do the words from j on run, in lower case or between commas, into a title?"""
    k = j
    while k < len(toks) and k - j < OFFICE_WORDS and k not in in_title \
            and (toks[k].text == "," or toks[k].text[:1].islower()):
        k += 1
    return k in in_title


def model_place_start(toks: list[Token], i: int, j: int) -> int:
    """The first word of a place the model finds over tokens i..j-1, past the words that are no
    part of a name (lang/kk/not_names.txt)."""
    while i < j - 1 and fold(toks[i].text) in not_names():
        i += 1
    return i
