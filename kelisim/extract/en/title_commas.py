"""Where a comma inside an English document's title does not end it: a list of fields ("in
energy, transport and agriculture"), the first side of a "between" phrase with an apposition
("between city A, the capital of region B, and city C"), and a body's name that lists its
fields ("the Institute of Geology, Seismology and Construction of the Academy of X")."""
from __future__ import annotations

from ...doc import Token
from ...nlp.match import fold
from ..agreement_sides import side_open

MAX_FIELDS = 8      # words from the comma to the "of" of a body's name
TOPIC = {"on", "in", "for"}       # prepositions of a document's topic


def comma_goes_on(toks: list[Token], k: int, end: int, stop: int) -> bool:
    """The comma toks[end] of a title that began at toks[k] is inside it."""
    nxt = toks[end + 1] if end + 1 < stop else None
    if nxt is None:
        return True       # a comma at the title's limit: the limit ends it
    if nxt.pos in ("NOUN", "ADJ") and nxt.text.islower():
        return True
    if topic_again(toks, k, end + 1, stop):
        return True
    return side_open("en", toks[k:end]) and apposition_then_side(toks, end + 1, stop) \
        or fields_of_a_name(toks, end + 1, stop)


def topic_again(toks: list[Token], k: int, i: int, stop: int) -> bool:
    """"agreements on visa-free travel, on cooperation in education and in the field of X": after the
    comma, a preposition of topics again, as the title opened, and common words (not ", in Astana",
    ", on Monday", ", in the presence of")."""
    if i + 1 >= stop or fold(toks[k].text) not in TOPIC or fold(toks[i].text) not in TOPIC:
        return False
    after = [fold(t.text) for t in toks[i + 1:min(stop, i + 4)]]
    return toks[i + 1].text.islower() and not toks[i + 1].text[:1].isdigit() and "presence" not in after


def apposition_then_side(toks: list[Token], i: int, stop: int) -> bool:
    """", the capital of region B, and city C": an apposition ("the"/"a" and a common noun) and
    then, before any verb, the "and" of the next side; not ", the minister said"."""
    if i + 1 >= stop or fold(toks[i].text) not in ("the", "a", "an") or not toks[i + 1].text.islower():
        return False
    for t in toks[i + 2:stop]:
        if fold(t.text) == "and":
            return True
        if t.pos in ("VERB", "AUX") or t.text in (";", ".", ":"):
            return False
    return False


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
