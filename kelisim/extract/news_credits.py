"""Who a sentence credits with the news, not with a part in it: "сообщает РБК", "как передает
Интерфакс", "пишет газета X", "по данным «Коммерсанта»", "рассказал «Интерфаксу»", "в интервью
телеканалу X". An outlet or agency so placed is the source of the report (GOLD.md), not a side at
the meeting the sentence tells. The words are data (lang/<xx>/news_credits.tsv)."""
from __future__ import annotations

from ..doc import Doc, Event, Sent
from ..lang import words
from ..nlp.match import word_keys
from ..nlp.tree import subtree
from .context import token_index
from .person_split import NAME_RELS
from .speakers import speech_kind


def credited(doc: Doc, sent: Sent, start: int, trigger: int | None = None) -> bool:
    """Is the organisation mentioned at `start` credited with the news? Its subject of a reporting
    verb counts where that verb does not govern the `trigger` ("МИД сообщил, что провел
    консультации" is the ministry at the table); one told something ("рассказал X-у") or whose
    data or correspondent it is counts always."""
    toks = sent.tokens
    k = token_index(toks, start)
    if _heading(doc, sent, k):
        return True
    for _ in range(4):
        if k is None or not 0 <= toks[k].head < len(toks):
            return False
        t, h = toks[k], toks[toks[k].head]
        keys = word_keys(h.text, doc.lang)
        if t.rel in ("iobj", "obl") and keys & words(doc.lang, "news_credits.tsv", "known"):
            return True        # "как стало известно «Ведомостям»" hung on "известно"
        if t.rel in ("nmod", "appos", "obl", "iobj") and keys & words(doc.lang, "news_credits.tsv", "noun"):
            return True        # "по данным X", "корреспонденту X", "со ссылкой на X"
        if t.rel == "nmod" and keys & words(doc.lang, "news_credits.tsv", "talk") and _told_in(doc, sent, t.head):
            return True        # "в разговоре с РБК подтвердил": the outlet that asked, no side at a table
        if h.pos in ("VERB", "AUX"):
            if t.rel == "iobj" or t.rel == "obl" and t.case == "Dat" and speech_kind(doc.lang, h.text):
                return True    # "рассказал «Интерфаксу»", "сообщили РБК"
            if t.rel in ("nsubj", "iobj", "obl") and _made_known(doc, sent, t.head):
                return True    # "как стало известно «Ъ»": the outlet the news became known to
            if t.rel.startswith("nsubj") and keys & words(doc.lang, "news_credits.tsv", "verb"):
                return trigger is None or trigger not in subtree(sent, t.head)
            return False
        if t.rel not in NAME_RELS:
            return False
        k = t.head                 # "газета «Ведомости»": the name stands beside its kind
    return False


def _told_in(doc: Doc, sent: Sent, k: int) -> bool:
    """A talk hung on a verb of speech ("в беседе с X рассказал"), not one held ("провел беседу с X")."""
    t = sent.tokens[k]
    return t.rel == "obl" and 0 <= t.head < len(sent.tokens) and bool(speech_kind(doc.lang, sent.tokens[t.head].text))


def _made_known(doc: Doc, sent: Sent, verb: int) -> bool:
    """A verb with a word of "known" beside it ("стало известно"): lang/<xx>/news_credits.tsv `known`."""
    known = words(doc.lang, "news_credits.tsv", "known")
    return any(t.head == verb and word_keys(t.text, doc.lang) & known for t in sent.tokens)


def _heading(doc: Doc, sent: Sent, k: int | None) -> bool:
    """"Лента.ру: Россия и Китай подписали ...": a name that opens the sentence before a colon
    heads the report with its source."""
    toks = sent.tokens
    if k is None or any(t.pos != "PUNCT" for t in toks[:k]):
        return False
    e = doc.entity_at(toks[k].start, toks[k].end)
    j = k
    while j < len(toks) and e is not None and doc.entity_at(toks[j].start, toks[j].end) is e:
        j += 1
    while j < len(toks) and toks[j].text in "»\"”":
        j += 1
    return j < len(toks) and toks[j].text == ":"


def drop_credited(doc: Doc, found: list[Event]) -> None:
    """Each document's parties but the organisations its sentence credits with the news, or the
    dateline with the agency ("Ташкент. 15 октября. ИНТЕРФАКС - Область заключила контракт")."""
    from .meeting_sides import in_credit
    ents = {e.id: e for e in doc.entities}
    for v in found:
        sent = doc.sent_at(v.evidence[0].start)
        if sent is not None:
            v.attrs["parties"] = [p for p in v.attrs["parties"] if ents[p].type != "ORG" or ents[p].group or not any(
                credited(doc, sent, m.start) or in_credit(doc, m) for m in ents[p].mentions if sent.start <= m.start < sent.end)]
