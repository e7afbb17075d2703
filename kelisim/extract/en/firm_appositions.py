"""Firms the article names in a way that says they are firms, whatever the words of their names:
described right after the name ("a loan to Agromir Foods, a Samarkand-based food company, for
..."; a firm noun closes the description, lang/en/firm_described.txt), or owned by a state in the
possessive the agency wires use ("Italy's Eni", "Russia's Gazprom and Kazakhstan's QazaqGaz"), or
placed by a compound before the name ("Pennsylvania-based Wabtec", "Dubai-based DP World"), or
named right after "company" in lower case ("the Slovak company Zelmont Astana would build": a
city's name ends the firm's name when a lower-case word follows it)."""
from __future__ import annotations

import re

from ...doc import Doc, Span, Token
from ...lang import words
from ...nlp.match import fold
from ..gazetteer import gazetteer
from ...nlp.english import vocabulary
from .lexicons import common_words, given_names, in_titles, is_cap, looks_like_surname, taken_span

SKIP_POS = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV")
DESCRIPTION = 6       # words at most between "a" and the firm noun


def _described(toks: list[Token], c: int) -> bool:
    """Does ", a ... company," start at the comma c and end on a firm noun?"""
    if c + 2 >= len(toks) or fold(toks[c + 1].text) not in ("a", "an"):
        return False
    for n in range(c + 2, min(len(toks), c + 3 + DESCRIPTION)):
        t = toks[n]
        if fold(t.text) in words("en", "firm_described.txt") and t.text.islower():
            return n + 1 == len(toks) or toks[n + 1].text in (",", ".", ";", ")")
        if t.text in (",", ";", ".") or t.pos in ("VERB", "AUX") and not t.text.endswith("ed"):
            return False
    return False


def described_firms(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = []
    for c, t in enumerate(toks):
        if t.text != "," or c == 0 or taken[c - 1] or not is_cap(toks[c - 1]) or not _described(toks, c):
            continue
        k = c
        while k > 0 and not taken[k - 1] and is_cap(toks[k - 1]) and not in_titles(toks[k - 1]) \
                and toks[k - 1].pos not in SKIP_POS:
            k -= 1
        if k == c or fold(toks[k].text) in given_names() or any(gazetteer("en").cue(x.text) for x in toks[k:c]):
            continue      # "Ivan Petrov, a company director"; "Kazakhstan, a ...": no firm's name
        out.append(taken_span(doc, toks, taken, k, c, type="ORG", source="company"))
    return out


def state_before(toks: list[Token], k: int) -> str | None:
    """The code of the state whose name ends right before token k ("Italy", "South Korea")."""
    gaz = gazetteer("en")
    return next((m.value.country for j in range(max(0, k - 3), k) if (m := gaz.names.match_at(toks, j)) is not None
                 and m.end == k and m.value.type == "GPE"), None)


def _person_elsewhere(doc: Doc, word: str) -> bool:
    """"Russia's Putin": the word follows a given name somewhere in the article, or is one."""
    names = given_names()
    if fold(word) in names or looks_like_surname(word):
        return True
    return any(fold(m.group(1)) in names for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b", doc.text))


def possessed_firms(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = []
    known = vocabulary()
    for k in range(1, len(toks) - 1):
        if toks[k].text not in ("'s", "’s") or not state_before(toks, k) or taken[k + 1]:
            continue
        j = k + 1
        # "Russia's Inter RAO": a word of the language may open a firm's name that an abbreviation ends
        opener = k + 2 < len(toks) and is_cap(toks[k + 1]) and not in_titles(toks[k + 1]) \
            and toks[k + 2].text.isupper() and len(toks[k + 2].text) >= 2 and toks[k + 2].text.isalpha()
        while j < len(toks) and not taken[j] and is_cap(toks[j]) and not in_titles(toks[j]) \
                and toks[j].pos not in SKIP_POS and (fold(toks[j].text) not in known or opener and j == k + 1):
            j += 1
        if j == k + 1 or j < len(toks) and (toks[j].text.islower() and toks[j].pos == "NOUN" or is_cap(toks[j])):
            continue      # "Kazakhstan's Tengiz field", "Uzbekistan's President": a place or an office
        if any(_person_elsewhere(doc, t.text) or gazetteer("en").cue(t.text) for t in toks[k + 1:j]):
            continue
        out.append(taken_span(doc, toks, taken, k + 1, j, type="ORG", source="company", country=state_before(toks, k)))
    return out


PLACED = ("-based", "-headquartered", "-listed", "-registered")
NAMED_AFTER = {"company", "firm", "contractor", "developer", "miner", "operator", "producer", "manufacturer",
               "carmaker", "automaker"}


def _state_named(toks: list[Token], k: int) -> str | None:
    """"Kazakh firm X will build", "Chinese contractor X has begun": a state's adjective before the
    firm noun says the capitalised words after it name a firm, of that state."""
    return gazetteer("en").cue_before(toks, k, window=3)


def _common_before(toks: list[Token], k: int) -> bool:
    """"the Slovak company X", "a company X"; not "at Source Energy company X", where "company"
    closes a name and a person may follow."""
    return k > 0 and (toks[k - 1].text.islower() or gazetteer("en").cue(toks[k - 1].text) is not None)


def placed_firms(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """"Pennsylvania-based Wabtec clinched a contract": the capitalised run after "<place>-based"; "the
    Slovak company Zelmont Astana would build": the run after "company" when a city closes it."""
    out = []
    for k, t in enumerate(toks[:-1]):
        if not (fold(t.text).endswith(PLACED) or t.text in NAMED_AFTER and _common_before(toks, k)) or taken[k + 1]:
            continue
        j = k + 1
        while j < len(toks) and not taken[j] and is_cap(toks[j]) and not in_titles(toks[j]) \
                and toks[j].pos not in SKIP_POS and not _person_elsewhere(doc, toks[j].text):
            j += 1
        if t.text in NAMED_AFTER and j > k + 1 and j + 1 < len(toks) and toks[j + 1].text.islower() \
                and (m := gazetteer("en").names.match_at(toks, j)) is not None and m.end == j + 1 \
                and m.value.type != "GPE":
            j += 1        # "Zelmont Astana would build": the city is the firm's
        elif t.text in NAMED_AFTER and not (k + 1 < j and j - k <= 4 and _state_named(toks, k) and (
                j < len(toks) and toks[j].text in (".", ",", ";") or j < len(toks) and toks[j].text.islower()
                and (toks[j].pos in ("VERB", "AUX") or fold(toks[j].text) in words("en", "verb_chain.txt")))):
            continue      # no city closing it and no verb after it: the other rules read the name
        if j == k + 1 or j - k > 5 or any(gazetteer("en").cue(x.text) for x in toks[k + 1:j]):
            continue      # "a London-based Kazakh company": a state's adjective, no name
        # (set off by its noun, as an apposition: named_again finds it on its own later)
        out.append(taken_span(doc, toks, taken, k + 1, j, type="ORG",
                              source="apposition" if t.text in NAMED_AFTER else "company",
                              country=_state_named(toks, k) if t.text in NAMED_AFTER else None))
    return out


def paired_firms(doc: Doc, toks: list[Token], taken: list[bool], orgs: list[Span]) -> list[Span]:
    """"Kazakhtelecom and Vietnam's Viettel signed", "Altyn Tau and Siberia Metal signed": a name of
    capitalised words no rule has typed, joined by "and" to a firm's name, the two the subject of a
    verb, is a firm too (a given name, a surname's ending, a state or a word of the language in it
    says it is none)."""
    out = []
    for c in range(1, len(toks) - 1):
        if fold(toks[c].text) != "and":
            continue
        right = next((o for o in orgs if o.type == "ORG" and _opens_at(toks, c + 1, o)), None)
        left = next((o for o in orgs if o.type == "ORG" and o.end == toks[c - 1].end), None)
        if right is not None and not taken[c - 1]:
            k = c
            while k > 0 and not taken[k - 1] and is_cap(toks[k - 1]) and toks[k - 1].pos not in SKIP_POS:
                k -= 1
            a, b, after = k, c, next((n for n, t in enumerate(toks) if t.start >= right.end), len(toks))
        elif left is not None and c + 1 < len(toks) and not taken[c + 1]:
            j = c + 1
            while j < len(toks) and not taken[j] and is_cap(toks[j]) and toks[j].pos not in SKIP_POS:
                j += 1
            a, b, after = c + 1, j, j
        else:
            continue
        run = toks[a:b]
        if not run or after >= len(toks) or toks[after].pos not in ("VERB", "AUX") or any(
                in_titles(t) or fold(t.text) in common_words() or _person_elsewhere(doc, t.text)
                or gazetteer("en").cue(t.text) or gazetteer("en").names.match_at(toks, a + n) for n, t in enumerate(run)):
            continue
        out.append(taken_span(doc, toks, taken, a, b, type="ORG", source="company"))
    return out


def _opens_at(toks: list[Token], k: int, org: Span) -> bool:
    """Does the firm's name start at token k, or after a state's possessive there ("Vietnam's Viettel")?"""
    if org.start == toks[k].start:
        return True
    return k + 1 < len(toks) and any(toks[n].text in ("'s", "’s") and org.start == toks[n + 1].start
                                     for n in range(k, min(len(toks) - 1, k + 3)))
