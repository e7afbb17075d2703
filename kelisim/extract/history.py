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
CLAUSES = ("acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj")


def news_year(doc: Doc) -> int | None:
    """The article's year: its date's; an article without a date is read as of the latest year it
    names for something done ("в 2025 году был запущен"), not looking forward ("к 2020 году",
    "завершить планируется в 2027 году")."""
    if doc.date:
        return int(doc.date[:4])
    if "news_year" not in doc.meta:
        doc.meta["news_year"] = max((y for sent in doc.sents for y in _past_years(sent)), default=None)
    return doc.meta["news_year"]


def _past_years(sent: Sent):
    """The years ("в 2025 году") the sentence names for what a verb in the past tense tells."""
    toks = sent.tokens
    for j, t in enumerate(toks[:-1]):
        m = YEAR.fullmatch(t.text)
        if m is None or not YEAR_WORD.match(toks[j + 1].text) or j > 0 and fold(toks[j - 1].text) in FORWARD:
            continue
        k, steps = t.head, 0
        while 0 <= k < len(toks) and steps < 4 and toks[k].pos not in ("VERB", "AUX"):
            k, steps = toks[k].head, steps + 1
        if 0 <= k < len(toks) and toks[k].feats.get("Tense") == "Past":
            yield int(m[1])


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
        if fold(toks[j].text) in meeting_words(doc.lang, "ago") and j > 0 \
                and fold(toks[j - 1].text) in meeting_words(doc.lang, "years_ago"):
            return True       # "встречались десять лет назад", "three years ago, X met Y"
        if toks[j].rel in ("obl", "amod") and word_keys(toks[j].text) & meeting_words(doc.lang, "era") \
                and _in_time_phrase(sent, j):
            return True       # "в молодости", "в советское время"
        m = YEAR.fullmatch(toks[j].text)
        if m is None or not (j + 1 < len(toks) and YEAR_WORD.match(toks[j + 1].text) or _bare_year(doc, sent, j)):
            continue
        if j > 0 and fold(toks[j - 1].text) in FORWARD:
            continue
        if int(m[1]) <= now - GAP:
            return True
    return False


def _bare_year(doc: Doc, sent: Sent, j: int) -> bool:
    """"In 2011, X met Y": a year with no word for "year", after the language's preposition of
    time (lang/<xx>/meeting_words.tsv `year_before`)."""
    return j > 0 and fold(sent.tokens[j - 1].text) in meeting_words(doc.lang, "year_before")


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
    """A meeting the clause of `verb` tells as a habit or dates before the article's year; for a
    meeting noun in a phrase ("в ходе визита X"), the clause of the verb that phrase hangs on ("В
    мае 2024 года в ходе визита X было подписано ...")."""
    toks, k, steps = sent.tokens, verb, 0
    while 0 <= k < len(toks) and steps < 3 and toks[k].pos not in ("VERB", "AUX"):
        k, steps = toks[k].head, steps + 1
    above = k if 0 <= k < len(toks) and k != verb and toks[k].pos in ("VERB", "AUX") else None
    return habitual(doc, sent, verb) or dated_before(doc, sent, verb) \
        or above is not None and dated_before(doc, sent, above)


def undated_recall(doc: Doc, sent: Sent) -> bool:
    """"Ранее КТЖ завершила строительство линии X": a sentence opened by a word of recalling
    (lang/<xx>/signed_before.tsv `opening`) that names no time (no number, no noun of
    lang/<xx>/time_nouns.txt) tells background, not the news; "Ранее в этом году ... введена в
    эксплуатацию" and "Напомним, в 2025 году ... запущен" date what they recall."""
    from ..lang import lexicon, words
    try:
        openers = {r[0] for r in lexicon(doc.lang, "signed_before.tsv") if r[1:2] == ("opening",)}
        times = words(doc.lang, "time_nouns.txt")
    except FileNotFoundError:
        return False
    toks = sent.tokens
    if not toks or not word_keys(toks[0].text) & openers:
        return False
    return not any(t.pos == "NUM" or any(c.isdigit() for c in t.text) or word_keys(t.text) & times for t in toks)
