"""Where a comma inside an English document's title does not end it: a list of fields ("in
energy, transport and agriculture"), the first side of a "between" phrase with an apposition
("between city A, the capital of region B, and city C"), and a body's name that lists its
fields ("the Institute of Geology, Seismology and Construction of the Academy of X")."""
from __future__ import annotations

from ...doc import Token
from ...nlp.match import fold
from ..agreement_sides import side_open

MAX_FIELDS = 8      # words from the comma to the "of" of a body's name


def comma_goes_on(toks: list[Token], k: int, end: int, stop: int) -> bool:
    """The comma toks[end] of a title that began at toks[k] is inside it."""
    nxt = toks[end + 1] if end + 1 < stop else None
    if nxt is None:
        return True       # a comma at the title's limit: the limit ends it
    if nxt.pos in ("NOUN", "ADJ") and nxt.text.islower():
        return True
    return side_open("en", toks[k:end]) or fields_of_a_name(toks, end + 1, stop)


def fields_of_a_name(toks: list[Token], i: int, stop: int) -> bool:
    """Capitalised words, "and", capitalised words, then "of": the rest of a body's name that
    lists its fields ("..., Seismology and Construction of the Academy")."""
    seen_and = False
    for n in range(i, min(stop, i + MAX_FIELDS)):
        w = fold(toks[n].text)
        if w == "and" and n > i:
            seen_and = True
        elif w == "of":
            return seen_and and fold(toks[n - 1].text) != "and"
        elif not toks[n].text[:1].isupper():
            return False
    return False
