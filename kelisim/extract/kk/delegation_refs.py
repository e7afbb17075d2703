"""A delegation received by its noun alone in Kazakh text: "X басқарған делегация облысқа іс
сапармен келді. Делегацияны облыс әкімі Y қабылдады". The delegation with no leader of its own in
the sentence is the one a sentence or two before (in the same paragraph) said X leads, so X sits
at Y's table; the leader stands for the delegation as "X бастаған делегацияны қабылдады" does."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent, Span
from ...lang import words
from ..groups import group_id
from ...nlp.frames import frames_in
from ...nlp.kazakh import analyses, stem_keys
from ..meetings import meeting_words
from .delegations import DELEGATION
from .frames import named
from .verbs import find_verbs

BACK = 2


def _is_delegation(tok) -> bool:
    return bool(stem_keys(tok.text) & DELEGATION)


def _leader_in(doc: Doc, sent: Sent) -> Entity | None:
    """The person a "X басқарған / бастаған делегация" of the sentence names as its leader."""
    toks = sent.tokens
    for f in frames_in(doc, sent):
        if f.lemma not in meeting_words("kk", "leading") or f.pred + 1 >= len(toks) \
                or not any(_is_delegation(t) for t in toks[f.pred + 1:f.pred + 3]):
            continue
        heads = [e for m, e in named(doc, sent, f.role("kk", "agent"), ("PER",))
                 if f.pred and m.end == toks[f.pred - 1].end]
        if heads:
            return heads[0]
    return None


def received_delegation(doc: Doc, sent: Sent, verb_start: int) -> Entity | None:
    """The leader of the delegation a reception's object ("Делегацияны", "Қонақ делегациясын")
    refers back to; None when the sentence names a leader itself or no earlier one is near."""
    toks = sent.tokens
    if not any(_is_delegation(t) and t.feats.get("Case") == "Acc" for t in toks[:verb_start]):
        return None
    if any(t.text.lower() in meeting_words("kk", "leading") for t in toks):
        return None
    earlier = [s for s in doc.sents if s.end <= sent.start]
    for s in reversed(earlier[-BACK:]):
        if "\n" in doc.text[s.end:sent.start]:
            break       # another paragraph: another story
        leader = _leader_in(doc, s)
        if leader is not None:
            return leader
    # "Сапар аясында қазақстандық делегацияны X қабылдады" paragraphs after the lead named its
    # leader: the article's one delegation, when it names no other
    leaders = {id(e): e for s in earlier if (e := _leader_in(doc, s)) is not None}
    return next(iter(leaders.values())) if len(leaders) == 1 else None


MEMBERS = frozenset({"мүше"})
COMPOSED = frozenset({"құрамындағы"})     # "делегация құрамындағы": in the delegation


def member_groups(doc: Doc) -> None:
    """"Сапар аясында Мәжіліс депутаттары ... кездесті", "делегация мүшелері ... кездесіп": a body's
    deputies or a delegation's members, in the nominative plural, are one group actor (an ORG), as
    a state's deputies are ("қазақстандық депутаттар", lang/kk/actor_groups.txt); "Мәжіліс депутаты
    X" is one deputy's title. Only where the sentence tells a meeting."""
    groups = words("kk", "actor_groups.txt")
    for sent in doc.sents:
        toks = sent.tokens
        if not find_verbs(toks, "meetings.tsv"):
            continue      # "Мәжіліс депутаттары заң жобасын мақұлдады": the house at work, no actor met
        for k in range(1, len(toks)):
            t, prev = toks[k], toks[k - 1]
            body = doc.entity_at(prev.start, prev.end)
            # "Делегация құрамындағы сенаторлар": the senators of the delegation
            within = k >= 2 and prev.text.lower() in COMPOSED and _is_delegation(toks[k - 2])
            if t.feats.get("Case", "Nom") != "Nom" or doc.entity_at(t.start, t.end) is not None \
                    or not any("Plur" in x.slots for x in analyses(t.text)) or not (
                    stem_keys(t.text) & groups and body is not None and body.type == "ORG" and not body.group
                    or stem_keys(t.text) & MEMBERS and _is_delegation(prev)
                    or stem_keys(t.text) & (groups | MEMBERS) and within):
                continue
            a = toks[k - 2].start if within else \
                next((m.start for m in body.mentions if m.start <= prev.start < m.end), prev.start) if body else prev.start
            text = doc.text[a:t.end]
            doc.entities.append(Entity(id=group_id(doc), type="ORG", name=text, group=True,
                                       country=body.country if body else None,
                                       mentions=[Span(a, t.end, text, source="group")]))
