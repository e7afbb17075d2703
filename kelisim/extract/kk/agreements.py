"""The Kazakh reader of agreements (agreements.py runs it).

A document noun (lang/kk/agreements.tsv: келісім, меморандум, жол картасы) before a verb of
signing (lang/kk/signing.tsv: "қол қойды", "қол қойылды", "бекітілді") is one agreement. The
verb's ending gives its modality: done (past), to come (future, intent), and a participle only
recalls a signing told elsewhere ("мәлімдемеге қол қойылғанын атап өтті"), which is no agreement
of this article. The parties are those "X мен Y арасында" (between X and Y; the words are in
lang/kk/agreement_sides.tsv) names, else the states, bodies and persons (as subjects) named
before the document, else the sides of the article's meeting ("Тараптар ... қол қойды").
Documents joined before one verb ("хаттамасына және ... келісімге қол қойылды") are one
agreement each, with the same parties.
"""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Event, Sent
from ..agreement_sides import meeting_sides, side_words
from ..agreements import Reader, agreement
from ..context import mentions_in, paragraph_of, unique
from ..quantities import find_deadlines, find_money
from ..sectors import sectors_of
from ...lang import words
from ...nlp.kazakh import fold, stem_keys, strip_case
from ...nlp.frames import frames_in
from .context import sentence_modality, side_end
from .frames import named
from .lexicon import matcher
from .unnamed_sides import _watchers, joined_subjects_end, unnamed_sides
from .verbs import find_verbs, verb_at

DONE = {"past", "progressive", "converb"}
TO_COME = {"future", "intent", "future_participle"}
NEAR = 6


def _signatory(doc: Doc, toks: list, k: int) -> bool:
    """A person or a state; a bloc (data/blocs.tsv) only joined to another side ("Қазақстан мен ЕО
    ... туралы бірлескен мәлімдеме"), not alone before "туралы" ("ЕАЭО туралы шарт": its topic)."""
    e = doc.entity_at(toks[k].start, toks[k].end)
    if e is not None and e.type == "ORG" and k > 0 and toks[k - 1].text in side_words("kk", "joiner"):
        return any(s.start <= toks[k].start < s.end and s.data.get("kind") == "bloc" for s in doc.spans)
    return e is not None and e.type in ("PER", "GPE")


def _among(toks: list, k: int) -> int | None:
    """"құжатқа қол қойылды, соның ішінде ...": the token after the words (lang/kk/among_them.txt)
    that open the list of the documents signed, or None."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    rest = " ".join(fold(t.text) for t in toks[k + 1:k + 4])
    phrase = next((p for p in words("kk", "among_them.txt") if rest.startswith(p + " ")), None)
    return k + 1 + len(phrase.split()) if phrase else None


def _tally(toks: list, doc_start: int, verb: int) -> bool:
    """"Соңғы екі жылда Мәжіліс ... алты халықаралық келісімді ратификациялады": a number of documents
    (a figure or a number word a word or two before the document's noun) and a stretch of time
    before the verb (agreement_sides.tsv: stretch) tally past signings, no one signing."""
    from ..numbers import words as numbers
    number = numbers("kk").pattern("number")
    counted = any(t.pos == "NUM" or t.text[:1].isdigit() or re.fullmatch(number, t.text)
                  for t in toks[max(0, doc_start - 2):doc_start])
    return counted and any(fold(t.text) in side_words("kk", "stretch") for t in toks[:verb])


def _noun_modality(toks: list, v) -> str | None:
    """"қол қою рәсімі өтті", "қол қоюға келісті": the verb after the verbal noun of signing
    (lang/kk/signing_noun.tsv) tells whether it was done, is to be or was put off; None without one."""
    for j in range(v.end, min(len(toks), v.end + 3)):
        after = verb_at(toks, j, "signing_noun.tsv")
        if after is not None and after.start >= v.end:
            return after.modality if after.value[0] == "ceremony" else after.value[0]
    return None


def _title(doc: Doc, toks: list, start: int, end: int) -> str:
    """The words of a title from `start`, its last one (the document noun) in the nominative."""
    return doc.text[toks[start].start:toks[end - 1].start] + strip_case(toks[end - 1].text)[0]


class KazakhSigning(Reader):
    """The Kazakh reader of the agreement stage (agreements.py)."""

    def __init__(self) -> None:
        self.package: tuple | None = None     # "құжаттар топтамасына қол қойылды", named next

    def signed(self, doc: Doc, sent: Sent, found: list[Event]) -> list[Event]:
        here, package = self._sentence(doc, sent), self.package
        if not here and package is not None and paragraph_of(doc, sent.start) == package[0]:
            here = self._listed(doc, sent, *package[1:3])
        self.package = self._package(doc, sent) if not here else None
        if self.package is not None and self.package[3] is not None:
            # "құжаттарға қол қойылды: ... келісім және ... меморандум": listed after a colon
            here = here + self._listed(doc, sent, *self.package[1:])
            self.package = None
        return here

    def _package(self, doc: Doc, sent: Sent) -> tuple | None:
        """"Құжаттар топтамасына қол қойылды": documents signed, named in the sentence after or
        after a colon: (paragraph, modality, parties, the token after the colon or None)."""
        toks = sent.tokens
        for v in find_verbs(toks, "signing.tsv"):
            if v.tense in DONE and any(stem_keys(t.text) & side_words("kk", "package")
                                       for t in toks[max(0, v.start - NEAR):v.start]):
                parties = self._parties(doc, sent, v.start) or self._meeting_sides(doc, sent)
                colon = v.end + 1 if v.end + 1 < len(toks) and toks[v.end].text == ":" else _among(toks, v.end)
                return paragraph_of(doc, sent.start), sentence_modality(sent, v), parties, colon
        return None

    def _listed(self, doc: Doc, sent: Sent, mod: str, parties: list[Entity], first: int | None = None
                ) -> list[Event]:
        """"Олардың қатарында ... хаттамасы және ... меморандумы бар": each document of the package."""
        toks = sent.tokens
        out, after, since = [], toks[first].start if first else sent.start, first or 0
        for m in [m for m in matcher("agreements.tsv").finditer(toks) if m.start >= (first or 0)]:
            start = self._title_start(doc, sent, m.start)
            end = toks[m.end - 1].end
            # "..., соның ішінде X мен Y арасындағы меморандум": an item that names its own sides
            own = self._parties(doc, sent, start, since) if start > since else []
            out.append(agreement(doc, sent, mod, m.value[0], _title(doc, toks, start, m.end), own or parties,
                                 sectors_of(doc, after, end), dated=False))
            after, since = end, m.end      # the words since the document before name this one's field
        return out

    def _sentence(self, doc: Doc, sent: Sent) -> list[Event]:
        toks = sent.tokens
        out = []
        docs = list(matcher("agreements.tsv").finditer(toks))
        for v in find_verbs(toks, "signing.tsv"):
            mod = _noun_modality(toks, v) if v.tense == "noun" else None
            if v.tense not in DONE | TO_COME and mod is None:
                continue
            # "келісімді ратификациялау туралы заңды қабылдады": a document before "туралы" is the
            # topic of what follows it (a law, a decision), not what the verb signs
            m = next((m for m in reversed(docs) if m.end <= v.start and v.start - m.end <= NEAR
                      and not any(t.lemma == "туралы" for t in toks[m.end:v.start])
                      and ("next" not in v.value or m.end == v.start)), None)
            signers: list[Entity] = []
            if m is None:
                m, signers = self._signers_after(doc, sent, docs, v)
            if m is None or _tally(toks, m.start, v.start):
                continue
            if mod is None:
                mod = sentence_modality(sent, v)
            if mod == "asserted" and v.tense in TO_COME:
                mod = "planned"
            joined = []
            while m is not None:
                start = self._title_start(doc, sent, m.start)
                prev = next((d for d in reversed(docs) if d.end < start), None)
                # "хаттамасына және ... келісімге қол қойылды": documents joined before one verb; a
                # title may run long after the joiner ("және 2026-2028 жылдарға арналған ... бағдарламасына")
                also = prev is not None and self._also(toks, prev.end)
                if prev is None or start - prev.end > 2 * NEAR and not also \
                        or toks[prev.end].text not in side_words("kk", "joiner") | {","}:
                    prev = None
                joined.append((m, start, prev.end + 1 if prev is not None else None, also))
                m = prev
            parties = signers or self._parties(doc, sent, joined[-1][1]) \
                or self._meeting_sides(doc, sent, "named" in v.value)
            if not parties and "named" in v.value:
                continue      # "тараптар мәлімдеме қабылдады" with no side named but persons: unknown sides
            # one document in the sentence: a deadline before it is its own ("2028 жылға дейін ...
            # жол картасына қол қойылды"); among several, no one's
            deadlines = find_deadlines(doc.text[sent.start:toks[v.start].start], "kk", doc.date) \
                if len(docs) == 1 else []
            # "85 млн доллар тұратын инвестициялық келісімге": the sum before the one document is its value
            money = find_money(doc.text[sent.start:toks[v.start].start], "kk") if len(docs) == 1 else []
            # several documents joined: each has the field its own words name ("... автомобиль
            # қатынасы туралы келісімге және білім беру ... меморандумға")
            split, after = len(joined) > 1, sent.start
            for m, start, own, also in reversed(joined):
                # among several, the years in a document's own words after the joiner are its own
                # ("... және 2026-2028 жылдарға арналған бағдарламаға")
                mine = deadlines or own is not None and find_deadlines(
                    doc.text[toks[own].start:toks[m.end - 1].end], "kk", doc.date) or []
                # "..., сондай-ақ X мен Y арасында ... меморандумға": a document with sides of its own
                own_sides = also and self._parties(doc, sent, start, own) or parties
                span = (after, toks[m.end - 1].end) if split else (sent.start, sent.end)
                after = toks[m.end - 1].end     # each document added so has the field its own words name
                out.append(agreement(doc, sent, mod, m.value[0], _title(doc, toks, start, m.end), own_sides,
                                     sectors_of(doc, *span), deadlines=mine, money=money, dated=False))
        return out

    def _signers_after(self, doc: Doc, sent: Sent, docs: list, v) -> tuple:
        """"Меморандумға X министрі A мен Y министрі B қол қойды": the document opens the clause and
        the persons who sign, the verb's agents, stand between it and the verb, with no comma: (the
        document, the persons), or (None, []). A state named there is no signer ("Келісім X
        Президентінің сапары барысында жасалды": a visit's)."""
        toks = sent.tokens
        m = next((m for m in reversed(docs) if m.end <= v.start), None)
        if m is None or any(t.pos == "PUNCT" and t.text not in "«»\"" for t in toks[m.end:v.start]):
            return None, []
        sides = [e for e in self._parties(doc, sent, v.start, m.end) if e.type == "PER"]
        return (m, sides) if len(sides) >= 2 else (None, [])

    @staticmethod
    def _title_start(doc: Doc, sent: Sent, a: int) -> int:
        """"стратегиялық әріптестік туралы меморандум": the words of "X туралы" before the noun,
        back to a signatory or the word that joins two ("Тоқаев пен Жапаров Стратегиялық ...")."""
        toks = sent.tokens
        k = a
        if k > 1 and toks[k - 1].lemma == "туралы":
            k -= 1
            while k > 0 and toks[k - 1].pos not in ("PUNCT", "NUM") \
                    and toks[k - 1].lemma not in side_words("kk", "between") \
                    and a - k < NEAR and toks[k - 1].feats.get("Case", "Nom") in ("Nom", "Gen", "Acc") \
                    and toks[k - 1].text not in side_words("kk", "joiner") and not _signatory(doc, toks, k - 1) \
                    and not (k < a - 1 and side_end(doc, toks, k - 1)):
                k -= 1
        return k

    @staticmethod
    def _also(toks: list, k: int) -> bool:
        """"келісімге, сондай-ақ": the next document is added with its own sides."""
        return k + 1 < len(toks) and fold(toks[k + 1].text) in side_words("kk", "also")

    @staticmethod
    def _parties(doc: Doc, sent: Sent, before: int, since: int = 0) -> list[Entity]:
        """Those named "X мен Y арасында", else the states and bodies named before the title
        (after token `since`, where a document added with its own sides begins)."""
        toks = sent.tokens
        k = next((i for i in range(since, before) if {toks[i].lemma, toks[i].text} & side_words("kk", "between")), None)
        end = toks[k].start if k is not None else toks[before].start
        found = [(m, e) for m, e in mentions_in(doc, toks[since].start, end) if e.type in ("GPE", "ORG", "PER")]
        # persons sign as subjects, a frame's agents ("Тоқаев пен Жапаров ... қол қойды"), not in
        # the presence of the one in the genitive ("Президенттің қатысуымен")
        agents = {m.start for f in frames_in(doc, sent) for m, _ in named(doc, sent, f.role("kk", "agent"), ("PER",))}
        watched = _watchers(sent)
        if watching := unique([e.id for m, e in found if e.type == "PER" and m.start in watched]):
            doc.meta.setdefault("watchers", {})[sent.start] = watching     # met, maybe (meeting_merge)
        found = [(m, e) for m, e in found if e.type != "PER" or m.start in agents and m.start not in watched]
        out = unique([e for _, e in found if not e.group])
        if k is not None and len(out) < 2:
            out = unique(out + unnamed_sides(doc, toks, k))
        elif not out and (j := joined_subjects_end(doc, toks, since, before)) is not None:
            out = unnamed_sides(doc, toks, j)     # "облыс әкімдігі мен компания ... қол қойды"
        return out if len(out) >= 2 or k is not None else []

    @staticmethod
    def _meeting_sides(doc: Doc, sent: Sent, named: bool = False) -> list[Entity]:
        """A document signed at the article's meeting: its participants are its parties. One the
        sides adopt (`named`) is the states' of the persons at the table, two or more, or none."""
        sides = meeting_sides(doc, sent.start, as_states=named)
        return sides if not named or len(sides) >= 2 and all(e.type != "PER" for e in sides) else []
