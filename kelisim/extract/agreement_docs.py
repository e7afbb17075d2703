"""Which document nouns of a Russian signing sentence are documents signed in the reported event:
the lexicon's, and "план <adjectives> сотрудничества"; not one told as signed before the news, by
the words of lang/ru/signed_before.tsv (agreements.told_before) or by a date before the article's.
"""
from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Sent, Token
from ..lang import lexicon, words
from ..nlp.match import fold, lookup, word_keys
from ..nlp.tree import hangs_on, subtree
from .agreements import told_before
from .history import dated_before
from .quantities import find_dates


@cache
def document_heads(lang: str) -> dict[str, tuple[str, frozenset[str]]]:
    return {r[0]: (r[1], frozenset(r[2].split("|"))) for r in lexicon(lang, "agreement_heads.tsv")}


def planned_documents(lang: str, toks: list[Token], found: list) -> list:
    """The lexicon's documents, and "план <adjectives> сотрудничества" that it spells no way of."""
    from ..nlp.match import Match
    heads = document_heads(lang)
    out = list(found)
    for i, t in enumerate(toks):
        head = lookup(heads, t.text)
        if head is None or any(m.start <= i < m.end for m in found):
            continue
        for j in range(i + 1, min(len(toks), i + 5)):
            if word_keys(toks[j].text) & head[1]:
                out.append(Match(i, j + 1, head[0]))
                break
            # the words between are genitives ("план военного сотрудничества") or, in a language
            # without cases, any after the preposition that opens them ("plan of military cooperation")
            if not (toks[j].pos in ("ADJ", "NOUN") and toks[j].case in ("Gen", None)
                    or toks[j].pos == "ADP" and j == i + 1 and toks[j].case is None):
                break
    # "декларация о доходах", "протокол допроса": a form or a record, not a pact
    nots = words(lang, "document_words.tsv", "not_a_pact")
    return sorted((m for m in out if not any(word_keys(t.text, lang) & nots for t in toks[m.end:m.end + 2])),
                  key=lambda m: m.start)


def recalled(doc: Doc, sent: Sent, signings: list[int]) -> bool:
    """"Соглашение ... было подписано в мае", "Ранее ... подписали", "в 2019 году", "в прошлом
    году", "X напомнил, что ...": signed before the reported event, recalled."""
    if told_before(doc.lang, sent.tokens, signings[0], signings):
        return True
    if not doc.date:
        return dated_before(doc, sent, signings[0])      # an article without a date: years ago
    future = any(sent.tokens[k].feats.get("Tense") == "Fut" for k in signings)
    if _dated_earlier(doc, _signing_clause(sent, signings[0], signings), future):
        return True
    return _then(doc, sent) and _dated_earlier(doc, _previous(doc, sent), future)


def _dated_earlier(doc: Doc, text: str, future: bool) -> bool:
    """Does the text name a year ("в 2019 году") or a date before the article's? (With a signing
    still to come, a month without a year is the next one.)"""
    years = [y for y in re.findall(r"\b(?:в|во)\s+((?:19|20)\d\d)\s+год", text, re.IGNORECASE)]
    if any(y < doc.date[:4] for y in years):
        return True
    if future:
        return False        # "подпишут в мае": a month without a year is the next one, not the last
    for f in find_dates(text, doc.lang, doc.date):
        if re.search(r"\bот\s*$", text[:f.start]):
            continue        # "Соглашение ... от 12 июня 2001 года": the date of a document's title
        value = str(f.value)
        if _within_week(value, doc.date):
            continue        # "в пятницу" read on a Wednesday, across a month's end: this week's news
        if value < doc.date[:len(value)] and not doc.date.startswith(value[:7]):
            return True
    return False


def _within_week(value: str, date: str) -> bool:
    """Is a full date (YYYY-MM-DD) at most a week before the article's own?"""
    import datetime as dt
    try:
        return len(value) == 10 and 0 <= (dt.date.fromisoformat(date[:10]) - dt.date.fromisoformat(value)).days <= 7
    except ValueError:
        return False


def _then(doc: Doc, sent: Sent) -> bool:
    """Does the sentence open with a word that takes its time from the sentence before ("Тогда
    лидеры приняли декларацию", lang/<xx>/then.txt)?"""
    return bool(sent.tokens) and bool(word_keys(sent.tokens[0].text, doc.lang) & words(doc.lang, "then.txt"))


def _previous(doc: Doc, sent: Sent) -> str:
    before = [s for s in doc.sents if s.start < sent.start]
    return before[-1].text if before else ""


def _signing_clause(sent: Sent, sign: int, signings: list[int] = ()) -> str:
    """The sentence up to the colon after its signing word: in "подписаны документы: – Протокол о
    внесении изменений в Соглашение от 12 июня 2001 года; ..." the dates of the listed titles are
    not when the signing took place; nor are those of a clause set off by a comma that tells
    another act of the document ("соглашение, парафированное в 2025 году"; "..., которое было
    парафировано в 2025 году"), unless that act is a signing too."""
    toks = sent.tokens
    colon = next((k for k in range(sign + 1, len(toks)) if toks[k].text == ":"), None)
    text = sent.text if colon is None else sent.text[:toks[colon].start - sent.start]
    for c in range(sign + 1, len(toks) - 1 if colon is None else colon):
        nxt = toks[c + 1]
        if toks[c].text != "," or not (nxt.feats.get("VerbForm") == "Part" or nxt.lemma == "который"):
            continue
        end = next((k for k in range(c + 1, len(toks)) if toks[k].text in (",", ";", ":", ".")), len(toks))
        if not any(c < k < end for k in signings):
            a, b = toks[c].start - sent.start, toks[end - 1].end - sent.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def referred_signed(doc: Doc, sent: Sent, a: int, b: int, signings: list[int]) -> bool:
    """"нарушает подписанный с Россией контракт", "по условиям подписанного соглашения", "вышла из
    договора, подписанного в Париже": a document the sentence names as signed, by a participle
    beside it, while telling something else of it, is one signed before, referred to; not one
    "подписанное сегодня" or "по итогам переговоров" (lang/ru/news_time.txt), nor one a
    signing word governs."""
    toks = sent.tokens
    if any(a <= k < b and toks[k].head in signings for k in range(a, b)):
        return False
    beside = [j for j in signings if a <= toks[j].head < b and toks[j].rel in ("amod", "acl")
              and toks[j].feats.get("VerbForm") == "Part" and toks[j].feats.get("Variant") != "Short"]
    now = words(doc.lang, "news_time.txt")
    return bool(beside) and not any(word_keys(toks[k].text) & now
                                    or find_dates(" ".join(toks[k].text for k in subtree(sent, j)), doc.lang)
                                    for j in beside for k in subtree(sent, j))


def title_ends(toks: list[Token], k: int) -> bool:
    """A relative clause (", подписание которого планировалось"), a clause of contrast (", но от
    подробностей отказались") or the subject of the clause
    ("При подписании нового соглашения министр X заявил") ends a document's title at token `k`."""
    return toks[k].rel.startswith("nsubj") or toks[k].text == "," and (any(
        word_keys(t.text) & words("ru", "document_words.tsv", "relative") for t in toks[k + 1:k + 3])
        or k + 1 < len(toks) and bool(word_keys(toks[k + 1].text) & words("ru", "document_words.tsv", "contrast")))


def listed_heads(toks: list[Token], matches: list) -> list:
    """In a list of documents signed ("подписаны: – Соглашение ...; – Протокол о внесении
    изменений в Соглашение ... от 2001 года; ..."), the document that opens an item; one named
    further inside an item's title is not signed here."""
    from .agreements import LIST_MARKS
    marks = [k for k, t in enumerate(toks) if t.text in LIST_MARKS and (k == 0 or toks[k - 1].text in (";", ":", "."))]
    if len(marks) < 2:
        return matches
    return [m for m in matches if m.start < marks[0] or any(0 < m.start - k <= 3 for k in marks)]


def inner_dot(doc: Doc, tok: Token) -> bool:
    """A full stop inside a name, with letters on both sides ("ВЭБ.РФ", "Kazakh Invest.kz"): it
    ends no title."""
    return tok.text == "." and tok.start > 0 and tok.end < len(doc.text) \
        and doc.text[tok.start - 1].isalnum() and doc.text[tok.end].isalnum()


def among_them(lang: str, sent: Sent) -> bool:
    """Does the sentence open "Среди них", "В их числе" (lang/<xx>/among_them.txt), listing what
    the sentence before signed as a batch?"""
    opening = " ".join(fold(t.text) for t in sent.tokens[:3])
    return any(opening.startswith(phrase) for phrase in words(lang, "among_them.txt"))


def document_subject(doc: Doc, sent: Sent, verb: int) -> bool:
    """"Подписаны протокол ..., соглашение между X и Y": the passive's subject is a document, so
    the names inside it are the listed documents' sides, not who signs."""
    from .agreements import documents
    from .context import children
    toks = sent.tokens
    # the document's words hold the subject's head: "Соглашение ...", "Совместное заявление ..."
    return any(toks[c].rel.startswith("nsubj") and any(m.start <= c - max(0, c - 2) < m.end for m in documents(
        doc.lang).finditer(toks[max(0, c - 2):c + 4])) for c in children(sent, verb))


def own_heads(sent: Sent, ms: list) -> list:
    """"протокол о внесении изменений в Соглашение о ...": a document named in another's title is
    not signed here (in a sentence that signs, or in a list "В их числе ...")."""
    return [m for n, m in enumerate(ms) if not any(hangs_on(sent, m.start, {p.start}, 5) for p in ms[:n])]
