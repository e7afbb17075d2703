"""The English lexicons the entity rules read (lang/en/*.tsv), loaded once, and the token tests
built on them: titles, organisation head words, honorifics, given names, surname endings; spans
named as written."""
from __future__ import annotations

import re
from functools import cache

from ...doc import Doc, Span, Token
from ...lang import lexicon, words
from ...nlp.match import PhraseMatcher, fold, word_keys
from .. import spans, titles as shared_titles

CORPORATE = words("en", "corporate_offices.txt")     # "Microsoft President Brad Smith"
CONNECTORS = {"of", "for", "and", "&", "the", "on", "de", "'s", "’s"}
PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "ul", "ud", "le", "la", "du", "di", "bint"}
# Turkic patronymic words written in lower case after the father's name: "Nurlanbek Turgunbek uulu".
PATRONYMICS = {"uulu", "kyzy", "uly", "ogly", "oglu", "qizi", "kizi", "ugli", "o'g'li"}


def patronymic(toks: list[Token], j: int) -> bool:
    return 0 < j and toks[j].text.islower() and fold(toks[j].text) in PATRONYMICS and is_cap(toks[j - 1])


def nasab(run: list[Token]) -> bool:
    """"Salim bin Rashid Al Amri": a given name, "bin" and the father's name, surely a person."""
    return len(run) >= 3 and fold(run[1].text) in ("bin", "ibn", "bint") and is_cap(run[0]) and is_cap(run[2])


def name_tail(run: list[Token]) -> bool:
    """The end of a full name written again: "Al Otaibi", "von der Leyen" (particles, then the
    surname) or "Turgunbek uulu" (the father's name and the patronymic)."""
    return all(fold(t.text) in PARTICLES for t in run[:-1]) or patronymic(run, len(run) - 1)


def initial_of(run: list[Token], fulls) -> str | None:
    """"P.Szijjarto" after "Peter Szijjarto", "Sh.Mirziyoyev" after "Shavkat Mirziyoyev": an initial
    and the surname of the one full name whose given name the initial begins."""
    if len(run) != 2 or not re.fullmatch(r"[A-Z][a-z]?\.", run[0].text):
        return None
    hits = sorted(f for f in fulls if f.split()[0].startswith(run[0].text[:-1]))
    return hits[0] if len(hits) == 1 else None


def bodies() -> PhraseMatcher:
    return spans.bodies("en")


@cache
def national_bodies() -> dict[str, str]:
    """fold(name) -> ISO code of the one state a body so named belongs to (lang/en/national_bodies.tsv)."""
    return {fold(r[0]): r[1] for r in lexicon("en", "national_bodies.tsv")}


def titles() -> PhraseMatcher:
    return shared_titles.titles("en")


@cache
def title_words() -> frozenset[str]:
    return frozenset(w.lower() for r in lexicon("en", "titles.tsv") for w in r[0].split()) - {"of", "for", "and"}


@cache
def honorifics() -> PhraseMatcher:
    return PhraseMatcher("en").add_all((r[0], r[0]) for r in lexicon("en", "honorifics.txt"))


@cache
def given_names() -> dict[str, tuple[str, str]]:
    """fold(name) -> (gender, kind): kind "given", or "surname" for East Asian surnames written first."""
    names = {fold(r[0]): (r[1] if len(r) > 1 else "", r[2] if len(r) > 2 else "given")
             for r in lexicon("en", "given_names.tsv")}
    # the same name in another usual romanisation: "Aibek"/"Aybek", "Kairat"/"Kayrat",
    # "Mahmoud"/"Mahmud", "Mansour"/"Mansur"
    for name, (gender, kind) in list(names.items()):
        if kind == "given":
            for other in (re.sub(r"ai(?=[^aeiou])", "ay", name), name.replace("ou", "u")):
                names.setdefault(other, (gender, kind))
    return names


@cache
def surname_endings() -> tuple[str, ...]:
    return tuple(sorted({r[0] for r in lexicon("en", "surname_endings.txt")}, key=len, reverse=True))


def looks_like_surname(word: str) -> bool:
    """"Tokayev", "Mirziyoyev", "Kulubaeva": a surname by its ending, long enough not to be a word."""
    w = fold(word)
    return len(w) >= 5 and w.isalpha() and w.endswith(surname_endings()) and word[:1].isupper() \
        and not word.isupper()


@cache
def calendar_words() -> frozenset[str]:
    return frozenset(fold(r[1]).rstrip(".") for r in lexicon("en", "quantities.tsv")
                     if r[0] in ("month", "weekday") and len(r) > 1)


def written_span(doc: Doc, start: int, end: int, **kw) -> Span:
    """A span whose normal form is the text as written: an English name is not inflected."""
    span = doc.span(start, end, **kw)
    span.normal = span.text
    return span


def taken_span(doc: Doc, toks: list[Token], taken: list[bool], a: int, b: int, **kw) -> Span:
    """toks[a:b] as a span written_span makes, its tokens marked `taken`: no later rule reads them."""
    taken[a:b] = [True] * (b - a)
    return written_span(doc, toks[a].start, toks[b - 1].end, **kw)


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def in_titles(tok: Token) -> bool:
    return bool(word_keys(tok.text, "en") & title_words())


@cache
def common_words() -> frozenset[str]:
    """The words the English lexicons write in lower case: words of the language, unlike a word
    a lexicon holds only inside a capitalised name ("Aral" of "Aral Sea"), which the vocabulary
    the lemmatiser reads (nlp/english.py) takes in as well."""
    from ...nlp.english import VOCAB_FILES, _irregular
    out = set(_irregular().values())
    for name in VOCAB_FILES:
        out.update(w for r in lexicon("en", name) for w in r[0].replace("-", " ").split() if w.islower())
    return frozenset(out)
