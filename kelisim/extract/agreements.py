"""Agreements: documents signed, adopted or exchanged, with type, title, parties, deadline, value.

A document noun (lang/ru/agreements.tsv) in a sentence that signs or adopts
(lang/ru/signing.tsv) is one agreement; a list after "подписаны:" gives one each. Parties come
from "между X и Y", from a pair of states in the title ("Казахстан – Великобритания"), or from
who signs. A document the article only refers back to ("в рамках соглашения") is not signed here.
"""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Event, Sent, Span, Token
from ..lang import lexicon, words
from ..nlp.match import PhraseMatcher, fold, word_keys
from .codes import agreement_codes
from .context import unique, body_sents, evidence, mentions_in, modality, subject_entities
from .quantities import find_dates, find_deadlines, find_money
from .sectors import sectors_of

REFERS_BACK = {"рамка", "согласно", "соответствие", "основа", "основание", "исполнение", "реализация"}
END_MARKS = {";", ".", ":"}


@cache
def documents(lang: str) -> PhraseMatcher:
    return PhraseMatcher(lang).add_all((r[0], r[1]) for r in lexicon(lang, "agreements.tsv"))


def _nominative(toks: list[Token]) -> str:
    from .roles import nominative_title
    text = nominative_title(toks)
    return text[:1].upper() + text[1:]


class Agreements:
    name = "agreements"
    requires = ("entity_ids",)
    assigns = ("agreements",)
    langs = ("ru",)

    def __call__(self, doc: Doc) -> Doc:
        signing = words(doc.lang, "signing.tsv")
        found: list[Event] = []
        for sent in body_sents(doc):
            toks = sent.tokens
            sign_at = [i for i, t in enumerate(toks) if word_keys(t.text) & signing]
            if not sign_at or self._background(doc, sent):
                continue
            matches = list(documents(doc.lang).finditer(toks))
            self._several = len(matches) > 1
            for n, m in enumerate(matches):
                if m.start > 0 and word_keys(toks[m.start - 1].text) & REFERS_BACK or \
                        m.start > 1 and word_keys(toks[m.start - 2].text) & REFERS_BACK:
                    continue
                stop = matches[n + 1].start if n + 1 < len(matches) else len(toks)
                ev = self._agreement(doc, sent, m.start, m.end, stop, m.value, sign_at)
                if ev is not None:
                    found.append(ev)
        doc.events.extend(merge_same(found))
        return doc

    @staticmethod
    def _background(doc: Doc, sent: Sent) -> bool:
        """"Соглашение ... было подписано в мае": signed well before the reported event."""
        if not doc.date:
            return False
        for f in find_dates(sent.text, doc.lang, doc.date):
            value = str(f.value)
            if value < doc.date[:len(value)] and not doc.date.startswith(value[:7]):
                return True
        return False

    def _agreement(self, doc: Doc, sent: Sent, a: int, b: int, stop: int, doc_type: str,
                   sign_at: list[int]) -> Event | None:
        toks = sent.tokens
        end = b
        while end < stop and toks[end].text not in END_MARKS and not (
                toks[end].pos in ("VERB", "AUX") and toks[end].feats.get("VerbForm") != "Part"):
            end += 1
        title_toks = toks[a:end]
        while title_toks and (title_toks[-1].pos in ("PUNCT", "CCONJ") or title_toks[-1].text in ("и", ",")):
            title_toks = title_toks[:-1]
        title_span = Span(title_toks[0].start, title_toks[-1].end, doc.text[title_toks[0].start:title_toks[-1].end])
        signer = min(sign_at, key=lambda i: abs(i - a))
        mod = modality(doc, sent, signer)
        parties = self._parties(doc, sent, title_toks, signer)
        deadlines = find_deadlines(title_span.text, doc.lang)
        if not deadlines and not self._several:
            deadlines = find_deadlines(sent.text, doc.lang)   # one document: the sentence's deadline is its own
        money = find_money(sent.text, doc.lang)
        sectors = sectors_of(doc, title_span.start, title_span.end) or sectors_of(doc, sent.start, sent.end)
        return Event(id="", type="agreement", evidence=[evidence(doc, sent.start, sent.end)], modality=mod,
                     codes=agreement_codes(mod),
                     attrs={"doc_type": doc_type, "title": _nominative(title_toks),
                            "title_span": [title_span.start, title_span.end],
                            "parties": [e.id for e in parties], "sectors": sectors,
                            "deadline": deadlines[0].value if deadlines else None,
                            "value": money[0].value if money else None, "date": doc.date})

    def _parties(self, doc: Doc, sent: Sent, title: list[Token], signer: int) -> list[Entity]:
        toks = sent.tokens
        start, end = title[0].start, title[-1].end
        # "между X и Y"
        for k, t in enumerate(title):
            if fold(t.text) == "между":
                ents = [e for _, e in mentions_in(doc, t.end, end, ("ORG", "GPE", "LOC", "PER"))]
                if len(ents) >= 2:
                    return unique(ents)
        # "Казахстан – Великобритания" in the title
        states = [e for _, e in mentions_in(doc, start, end, ("GPE",))]
        if len(unique(states)) >= 2:
            return unique(states)
        # who signs
        subj = subject_entities(doc, sent, signer)
        if subj:
            return unique(subj)
        # "казахстанско-британский" in the title
        from .gazetteer import gazetteer
        gaz = gazetteer(doc.lang)
        codes = [c for t in title for c in gaz.cues_in(t.text)]
        found = [e for e in doc.entities if e.type == "GPE" and e.country in codes]
        return unique(found) or meeting_sides(doc, sent.start)


def meeting_sides(doc: Doc, before: int) -> list[Entity]:
    """"По итогам переговоров подписаны: ...": the sides of the talks just told sign, each as its
    state where the article names the state, else as the person at the table."""
    meetings = [v for v in doc.events if v.type == "meeting" and v.modality == "asserted"
                and v.evidence[0].start <= before]
    if not meetings:
        return []
    ents = {e.id: e for e in doc.entities}
    states = {e.country: e for e in doc.entities if e.type == "GPE" and e.country}
    out = []
    for pid in meetings[-1].attrs["participants"]:
        p = ents[pid]
        out.append(states.get(p.country, p) if p.country else p)
    return unique(out)



def merge_same(events: list[Event]) -> list[Event]:
    """"подписал дорожную карту ..." then "Дорожная карта была подписана ...": one document."""
    out: list[Event] = []
    for v in events:
        twin = next((o for o in out if o.attrs["doc_type"] == v.attrs["doc_type"]
                     and o.modality == v.modality and _refers_to(v, o)), None)
        if twin is None:
            out.append(v)
            continue
        for k in ("deadline", "value"):
            twin.attrs[k] = twin.attrs[k] or v.attrs[k]
        twin.attrs["parties"] += [p for p in v.attrs["parties"] if p not in twin.attrs["parties"]]
        twin.attrs["sectors"] += [s for s in v.attrs["sectors"] if s not in twin.attrs["sectors"]]
        twin.evidence.extend(e for e in v.evidence if e.start not in {x.start for x in twin.evidence})
    return out


def _refers_to(later: Event, earlier: Event) -> bool:
    """A later mention with a bare title ("Дорожная карта") or the same subject ("договор о
    стратегическом партнерстве" / "соглашение о стратегическом партнерстве") is the same document."""
    if later.evidence[0].start == earlier.evidence[0].start:
        return False      # two documents listed in one sentence
    a, b = _subject(later.attrs["title"]), _subject(earlier.attrs["title"])
    return len(later.attrs["title"].split()) <= 3 or a == b


def _subject(title: str) -> str:
    words = fold(title).split()
    for k, w in enumerate(words):
        if w in ("о", "об", "по", "в"):
            return " ".join(words[k:])
    return " ".join(words)
