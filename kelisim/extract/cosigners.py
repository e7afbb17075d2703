"""Co-signers: "Кредитное соглашение подписали министр финансов A и председатель правления банка B".
Two persons who sign one document together, each for a side of his own, were at one table: the
article tells a meeting by its signing. Read from the frame of the signing verb: its subjects, or
in the passive its agents in the instrumental ("подписано министром A и послом B").

A signer's side is what his own words say: a kind of organisation (lang/<xx>/side_kinds.txt:
"председатель правления банка"), else the state or place named in them ("министр финансов
Кыргызстана", "аким Алматы"), else his state. A minister and a mayor of one state sign as one side."""
from __future__ import annotations

from ..doc import Doc, Entity, Event, Sent
from ..nlp.frames import frames_in
from .agreement_sides import side_kinds_of
from .agreements import is_signing
from .context import entities_in, mention_at


def _sides(doc: Doc, sent: Sent, tokens: list[int]) -> list[tuple[Entity, tuple]]:
    """Each person the tokens name, with the side his own words (those since the person before
    him) give."""
    out: list[tuple[Entity, tuple]] = []
    own: list[int] = []
    for j in tokens:
        hit = mention_at(doc, sent.tokens[j])
        if hit is None or hit[1].type != "PER":
            own.append(j)
            continue
        person = hit[1]
        if all(person is not e for e, _ in out):
            kinds = [k for i in own for k in side_kinds_of(doc.lang, sent.tokens[i].text)]
            places = [e.country for e in entities_in(doc, sent, own, ("GPE", "LOC")) if e.country]
            out.append((person, ("kind", kinds[0]) if kinds else
                        ("state", places[0] if places else person.country or person.id)))
        own = []
    return out


def cosigners(doc: Doc, agreement: Event) -> list[Entity]:
    """The persons who signed the agreement together in the sentence of its evidence, if they
    sign for two sides or more (else [])."""
    ev = agreement.evidence[0]
    for sent in (s for s in doc.sents if s.start <= ev.start < s.end):
        for f in frames_in(doc, sent):
            if f.kind != "verb" or f.negated or f.quoted or f.tense == "Fut" \
                    or not is_signing(doc.lang, sent.tokens[f.pred]):
                continue
            args = f.subjects if f.voice == "active" else f.of("obl:agent") + f.of("obl", case="Ins", prep="")
            sides = _sides(doc, sent, sorted({j for a in args for j in a.tokens}))
            if len(sides) >= 2 and len({side for _, side in sides}) >= 2:
                return [e for e, _ in sides]
    return []
