"""Agreements in Kazakh text: documents signed or adopted, with type, title, parties and sectors.

A document noun (lang/kk/agreements.tsv: келісім, меморандум, жол картасы) before a verb of
signing (lang/kk/signing.tsv: "қол қойды", "қол қойылды", "бекітілді") is one agreement. The
verb's ending gives its modality: done (past), to come (future, intent), and a participle only
recalls a signing told elsewhere ("мәлімдемеге қол қойылғанын атап өтті"), which is no agreement
of this article. The parties are those "X мен Y арасында" (between X and Y) names, else the
states, bodies and persons (as subjects) named before the document, else the sides of the
article's meeting ("Тараптар ... қол қойды"). Documents joined before one verb ("хаттамасына
және ... келісімге қол қойылды") are one agreement each, with the same parties.
"""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent
from ..agreements import merge_same
from ..codes import agreement_codes
from ..context import body_sents, mentions_in, unique
from ..sectors import sectors_of
from ...nlp.kazakh import strip_case
from .context import case_of, sentence_modality
from .lexicon import matcher
from .verbs import find_verbs

DONE = {"past", "progressive", "converb"}
TO_COME = {"future", "intent", "future_participle"}
BETWEEN = ("арасында", "арасындағы")
NEAR = 6
JOINERS = {"мен", "пен", "бен", "және"}


def _signatory(doc: Doc, tok) -> bool:
    e = doc.entity_at(tok.start, tok.end)
    return e is not None and e.type in ("PER", "GPE")


class KazakhAgreements:
    name = "kk_agreements"
    requires = ("entity_ids",)
    assigns = ("agreements",)
    langs = ("kk",)

    def __call__(self, doc: Doc) -> Doc:
        found = [v for sent in body_sents(doc) for v in self._sentence(doc, sent)]
        doc.events.extend(merge_same(found))
        return doc

    def _sentence(self, doc: Doc, sent: Sent) -> list[Event]:
        toks = sent.tokens
        out = []
        docs = list(matcher("agreements.tsv").finditer(toks))
        for v in find_verbs(toks, "signing.tsv"):
            if v.tense not in DONE | TO_COME:
                continue
            m = next((m for m in reversed(docs) if m.end <= v.start and v.start - m.end <= NEAR), None)
            if m is None:
                continue
            mod = sentence_modality(sent, v)
            if mod == "asserted" and v.tense in TO_COME:
                mod = "planned"
            joined = []
            while m is not None:
                start = self._title_start(doc, sent, m.start)
                joined.append((m, start))
                # "хаттамасына және ... келісімге қол қойылды": documents joined before one verb
                m = next((d for d in reversed(docs) if d.end < start and start - d.end <= NEAR
                          and toks[d.end].text in JOINERS | {","}), None)
            parties = self._parties(doc, sent, joined[-1][1]) or self._meeting_sides(doc)
            for m, start in reversed(joined):
                title = doc.text[toks[start].start:toks[m.end - 1].start] + strip_case(toks[m.end - 1].text)[0]
                out.append(Event(id="", type="agreement", evidence=[doc.span(sent.start, sent.end)],
                                 modality=mod, codes=agreement_codes(mod),
                                 attrs={"doc_type": m.value[0], "title": title, "parties": [e.id for e in parties],
                                        "sectors": sectors_of(doc, sent.start, sent.end), "deadline": None,
                                        "value": None}))
        return out

    @staticmethod
    def _title_start(doc: Doc, sent: Sent, a: int) -> int:
        """"стратегиялық әріптестік туралы меморандум": the words of "X туралы" before the noun,
        back to a signatory or the word that joins two ("Тоқаев пен Жапаров Стратегиялық ...")."""
        toks = sent.tokens
        k = a
        if k > 1 and toks[k - 1].lemma == "туралы":
            k -= 1
            while k > 0 and toks[k - 1].pos not in ("PUNCT", "NUM") and toks[k - 1].lemma not in BETWEEN \
                    and a - k < NEAR and toks[k - 1].feats.get("Case", "Nom") in ("Nom", "Gen", "Acc") \
                    and toks[k - 1].text not in JOINERS and not _signatory(doc, toks[k - 1]):
                k -= 1
        return k

    @staticmethod
    def _parties(doc: Doc, sent: Sent, before: int) -> list[Entity]:
        """Those named "X мен Y арасында", else the states and bodies named before the title."""
        toks = sent.tokens
        k = next((i for i, t in enumerate(toks[:before]) if t.lemma in BETWEEN or t.text in BETWEEN), None)
        end = toks[k].start if k is not None else toks[before].start
        found = [(m, e) for m, e in mentions_in(doc, sent.start, end) if e.type in ("GPE", "ORG", "PER")]
        # persons sign as subjects ("Тоқаев пен Жапаров ... қол қойды"), not in the presence of
        # the one in the genitive ("Президенттің қатысуымен")
        found = [(m, e) for m, e in found if e.type != "PER" or case_of(sent, m) == "Nom"]
        out = unique([e for _, e in found if not e.group])
        return out if len(out) >= 2 or k is not None else []

    @staticmethod
    def _meeting_sides(doc: Doc) -> list[Entity]:
        """A document signed at the article's meeting: its participants are its parties."""
        meeting = next((v for v in doc.events if v.type == "meeting" and v.modality == "asserted"), None)
        if meeting is None:
            return []
        return [e for i in meeting.attrs["participants"] if (e := doc.entity(i)) is not None]
