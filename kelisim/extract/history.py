"""Events an article tells as history, not as its news: a meeting or a finished building dated
to years before the article's ("В 1995 году X встречался с Y", a biography's "в 1980-х годах",
"мост был построен в 1936 году"), and meetings told as a habit ("неоднократно встречались", "регулярно созваниваются"), which are no distinct meeting."""
from __future__ import annotations

import re

from ..doc import Doc, Sent
from ..nlp.match import fold, word_keys
from ..nlp.tree import children
from .meetings import meeting_words

YEAR = re.compile(r"(1[89]\d\d|20\d\d)(?:-[а-яё]+)?")
YEAR_WORD = re.compile(r"год", re.IGNORECASE)
# a year the news looks forward to ("к 2020 году", "до 2015 года", "на 2011 год") is no time of it
FORWARD = {"к", "до", "на", "по", "с", "со"}
# years before the article's that make an event history: last year's meeting ("Предыдущий раз
# президенты встречались 10 октября") is still one the news recalls, one of years ago is not
GAP = 2
YEARS_AGO = {"лет", "года", "десятилетия", "десятилетий", "века"}
CLAUSES = ("acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj")
TEXT_YEAR = re.compile(r"(?<![\w-])(?:(к|до|на|по|со?)\s+)?(1[89]\d\d|20\d\d)(?:-[а-яё]+)?\s+год", re.IGNORECASE)


def news_year(doc: Doc) -> int | None:
    """The article's year: its date's; an article without a date is read as of the latest year it
    names, not looking forward ("к 2020 году")."""
    if doc.date:
        return int(doc.date[:4])
    years = [int(m[2]) for m in TEXT_YEAR.finditer(doc.text) if not m[1]]
    return max(years) if years else None


def _clause(sent: Sent, k: int) -> list[int]:
    """The tokens of the clause of `k`, its own subordinate and joined clauses left out."""
    out, stack = [], [k]
    while stack:
        j = stack.pop()
        out.append(j)
        stack += [c for c in children(sent, j) if c != j and sent.tokens[c].rel not in CLAUSES and c not in out]
    return out


def dated_before(doc: Doc, sent: Sent, verb: int) -> bool:
    """Does the clause of the event at `verb` date it to years before the article's?"""
    now = news_year(doc) or 0
    toks = sent.tokens
    for j in _clause(sent, verb):
        if fold(toks[j].text) == "назад" and j > 0 and fold(toks[j - 1].text) in YEARS_AGO:
            return True       # "встречались десять лет назад"
        if toks[j].rel in ("obl", "amod") and word_keys(toks[j].text) & meeting_words(doc.lang, "era") \
                and _in_time_phrase(sent, j):
            return True       # "в молодости", "в советское время"
        m = YEAR.fullmatch(toks[j].text)
        if m is None or j + 1 >= len(toks) or not YEAR_WORD.match(toks[j + 1].text):
            continue
        if j > 0 and fold(toks[j - 1].text) in FORWARD:
            continue
        if int(m[1]) <= now - GAP:
            return True
    return False


def _in_time_phrase(sent: Sent, j: int) -> bool:
    """"в молодости" (the word itself after "в"), "в советское время" (its noun after "в")."""
    toks = sent.tokens
    k = toks[j].head if toks[j].rel == "amod" else j
    return 0 <= k < len(toks) and any(fold(toks[c].text) in ("в", "во") for c in children(sent, k))


def habitual(doc: Doc, sent: Sent, verb: int) -> bool:
    """"неоднократно встречался", "не раз беседовали", "регулярно созваниваются": a habit, not one
    meeting (lang/<xx>/meeting_words.tsv `habitual`, one word or two)."""
    toks = sent.tokens
    habit = meeting_words(doc.lang, "habitual")
    for c in children(sent, verb):
        w = fold(toks[c].text)
        pairs = {f"{fold(toks[c - 1].text)} {w}" if c > 0 else w, f"{w} {fold(toks[c + 1].text)}" if c + 1 < len(toks) else w}
        if w in habit or pairs & habit:
            return True
    return False


def told_as_history(doc: Doc, sent: Sent, verb: int) -> bool:
    """A meeting the clause of `verb` tells as a habit or dates before the article's year."""
    return habitual(doc, sent, verb) or dated_before(doc, sent, verb)
