"""Who may be the speaker of a statement in English news: a person or a group of persons, not a
ministry, agency or press service that only reports the news, nor the person whose office,
press service or spokesman it is ("the Prime Minister's office said") (GOLD.md)."""
from __future__ import annotations

from ...doc import Doc, Entity
from ...nlp.match import fold
from ..context import protagonist
from ..speakers import sources, speaker_ok as shared_speaker_ok
from .clause import entity_at, subject_before


def source_of(before: list) -> bool:
    """"as the press service of X reports", "the spokesman of X": X's office reports, X does not
    speak (lang/en/sources.txt)."""
    words_ = [fold(t.text) for t in before]
    return any(w in sources("en") and nxt == "of" for w, nxt in zip(words_, words_[1:]))


def owned_source(doc: Doc, toks: list, k: int) -> bool:
    """"the Prime Minister's office said", "the President's press office announced": the
    person named at token k only owns the office that reports."""
    e = entity_at(doc, toks[k])
    n = k
    while n < len(toks) and entity_at(doc, toks[n]) is e:
        n += 1
    if n >= len(toks) or toks[n].text not in ("'s", "’s"):
        return False
    return any(fold(t.text) in sources("en") for t in toks[n + 1:n + 4])


def speaker_ok(e: Entity | None) -> bool:
    return shared_speaker_ok(e, "en")


def co_speakers(doc: Doc, sent, i: int, speaker: Entity) -> list[Entity]:
    """"A and B reaffirmed their commitment": every person conjoined in the subject of the verb of
    speech at token i says it, read from the parse (nlp/frames.py)."""
    from ...nlp.frames import arg_tokens, frames_in
    toks = sent.tokens
    if i >= 2 and fold(toks[i - 1].text) == "who" and toks[i - 2].text == ",":
        # "spoke with A and B, who congratulated him": a relative after persons joined by "and" is both
        people = [e for e in subject_before(doc, sent, i) if e.type == "PER" and not e.group]
        return [e for e in people if e is not speaker and speaker_ok(e)] if speaker in people else []
    frame = next((f for f in frames_in(doc, sent) if f.pred == i and f.kind == "verb"), None)
    if frame is None:
        return []
    own = {j for a in frame.role(doc.lang, "agent") for j in a.tokens}
    # a conjunct joined by "and" (a comma alone sets off an apposition: "the adviser to A, B,"),
    # also one the parser hung on a word inside the subject rather than on its head
    joined = {j for d, t in enumerate(toks) if t.rel == "conj" and (t.head in own or d in own)
              and any(c.head == d and c.rel == "cc" for c in toks) for j in arg_tokens(sent, d)}
    if not joined:
        return []         # "the president's adviser X said": one speaker, however many names
    words = sorted(own | joined)
    people: list[Entity] = []
    for j in words:
        e = entity_at(doc, toks[j])
        if e is not None and e.type == "PER" and not e.group and e not in people:
            people.append(e)
    return [e for e in people if e is not speaker and speaker_ok(e)] if speaker in people else []


def introduced(doc: Doc, sent, speech) -> Entity | None:
    """The speaker of an intro ending in ":" ("Closing the briefing, the Minister said:")."""
    toks = sent.tokens
    for m in speech().finditer(toks):
        if m.end < len(toks) - 2 or fold(toks[m.start].text) in ("to",):
            continue        # the verb ends the intro: "the Minister said:"
        ok = [e for e in subject_before(doc, sent, m.start) if speaker_ok(e)]
        if ok:
            return ok[0]
        hero = protagonist(doc)        # "the Minister said:": the article's actor
        return hero if hero is not None and any(t.text[:1].isupper() or t.pos == "PRON"
                                                for t in toks[:m.start]) else None
    return None
