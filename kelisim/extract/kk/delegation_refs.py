"""A delegation received by its noun alone in Kazakh text: "X басқарған делегация облысқа іс
сапармен келді. Делегацияны облыс әкімі Y қабылдады". The delegation with no leader of its own in
the sentence is the one a sentence or two before (in the same paragraph) said X leads, so X sits
at Y's table; the leader stands for the delegation as "X бастаған делегацияны қабылдады" does."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent, Span
from ...lang import words
from ..groups import group_id
from ...nlp.frames import frames_in
from ...nlp.kazakh import analyses, fold, stem_keys
from ..meetings import meeting_words
from .delegations import DELEGATION
from .frames import named
from .verbs import find_verbs

BACK = 2


def _is_delegation(tok) -> bool:
    return bool(stem_keys(tok.text) & DELEGATION)


def _qualifier(toks, k: int) -> str:
    """The word that qualifies the delegation noun toks[k] ("қазақстандық делегация"), or ""."""
    return fold(toks[k - 1].text) if k > 0 and toks[k - 1].pos != "PUNCT" else ""


def _leader_in(doc: Doc, sent: Sent, qualifier: str | None = None) -> Entity | None:
    """The person a "X басқарған / бастаған делегация" of the sentence names as its leader; with
    `qualifier`, only of a delegation the same word qualifies."""
    toks = sent.tokens
    for f in frames_in(doc, sent):
        k = next((k for k in range(f.pred + 1, min(len(toks), f.pred + 3)) if _is_delegation(toks[k])), None)
        if f.lemma not in meeting_words("kk", "leading") or k is None \
                or qualifier is not None and _qualifier(toks, k) != qualifier:
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
    received = next((k for k in range(verb_start) if _is_delegation(toks[k]) and toks[k].feats.get("Case") == "Acc"), None)
    if received is None:
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
    # leader's "қазақстандық делегация": the article's one delegation, named again the same way
    qualifier = _qualifier(toks, received)
    leaders = {id(e): e for s in earlier if qualifier and (e := _leader_in(doc, s, qualifier)) is not None}
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
