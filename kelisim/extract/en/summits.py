"""Summits: one gathering of several leaders, told by who takes part rather than by a meeting verb.

"X took part in the Consultative Meeting of the Heads of State ... The summit, chaired by A, was
attended by B, C and D": the leaders put at the gathering met, as one meeting. News tells a
summit over several sentences, each naming some of those at it (the host, the chair, those who
attended, "the presidents of C1, C2"); they are one meeting. Talks "on the sidelines of the
summit" are meetings of their own, told by the sentence readers (one per counterpart), and a
sentence that already tells a meeting adds no one to the summit; nor does one that only invites
to it or thanks for it. One leader alone at a summit met the organisation holding it. Words:
lang/en/summits.tsv.
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Event, Sent
from ...lang import lexicon
from ...nlp.match import PhraseMatcher, fold
from ..context import body_sents, evidence, mentions_in
from ..meeting_place import sentence_place
from ..meetings import context_matcher, meeting, meeting_words, mode
from ..numbers import words as quantity_words
from .clause import entity_at, in_quote, modality
from .counterparts import counterparts

ASIDE_BEFORE = 4      # "on the sidelines of the summit": the aside word stands this close before
CONVENER_AFTER = 3    # "the summit of the Shanghai Cooperation Organisation": its name starts this near


@cache
def _matcher(kind: str) -> PhraseMatcher:
    return PhraseMatcher("en").add_all((r[0], kind) for r in lexicon("en", "summits.tsv") if r[1] == kind)


def gatherings(toks) -> list:
    """The matches of a gathering's noun in the tokens ("summit", "meeting of the heads of state")."""
    return list(_matcher("gathering").finditer(toks))


def as_setting(toks, k: int) -> bool:
    """Is the word at k named as the setting of something else ("on the sidelines of the summit",
    "ahead of the summit")?"""
    return any(_matcher("aside").match_at(toks, j) for j in range(max(0, k - ASIDE_BEFORE), k))


def setting_only(doc: Doc, sent: Sent, e) -> bool:
    """Is `e` named in the sentence only as the setting of the talks ("held talks with several of
    his counterparts on the sidelines of the X Forum")? A forum is no one across the table."""
    toks = sent.tokens
    at = [k for m in e.mentions if sent.start <= m.start < sent.end for k, t in enumerate(toks) if t.start == m.start]
    return bool(at) and all(as_setting(toks, k) for k in at)


def together(toks, a: int, b: int) -> bool:
    """A word between a and b that says the sides met together ("jointly", "a trilateral
    meeting", "the summit"), unless it only names where separate talks were held ("held talks with
    A and B on the sidelines of the summit": one meeting with each)."""
    m = context_matcher("en", "joint")
    return any(m.match_at(toks, k) and not as_setting(toks, k) for k in range(max(0, a), min(len(toks), b)))


def joint_purpose(toks, b: int) -> bool:
    """"hosted A and B in Kars for the 12th trilateral meeting": a "for" after the counterparts
    that names a joint gathering as the purpose says they sat together."""
    return any(fold(toks[k].text) == "for" and together(toks, k + 1, k + 5) for k in range(b, len(toks)))


def counted_after(doc: Doc, sent: Sent, n: int) -> bool:
    """"X hosted his Kazakh and Uzbek counterparts, A and B. The three ministers signed ...": the next
    sentence of the paragraph opens on those at the table counted as one group (n of them), so they
    sat together."""
    later = [s for s in doc.sents if s.start >= sent.end][:1]
    toks = later[0].tokens[:3] if later else []
    if len(toks) < 3 or fold(toks[0].text) != "the" or fold(toks[2].text) not in meeting_words("en", "sides") \
            or not any(a <= sent.start and later[0].end <= b for a, b in doc.paragraphs()):
        return False
    try:
        return quantity_words("en").number(fold(toks[1].text)) == n
    except (KeyError, ArithmeticError):
        return False


def _at_summit(doc: Doc, sent: Sent) -> int | None:
    """The token after the attendance word when the sentence puts someone at a summit it names
    (asserted, outside quotes, not a summit only named as the setting of something else)."""
    toks = sent.tokens
    named = [m for m in gatherings(toks) if not in_quote(doc, toks[m.start].start)
             and not as_setting(toks, m.start)]
    words = _matcher("attend")
    if not named and _told_before(doc, sent):
        words = _matcher("assemble")      # "A summit in Gabala ... The presidents of A, B and C gathered in Gabala"
    elif not named:
        return None
    for m in words.finditer(toks):
        if not in_quote(doc, toks[m.start].start) and modality(doc, sent, m.start) == "asserted" \
                and not (m.start > 0 and _matcher("unsaid").match_at(toks, m.start - 1)) \
                and all(modality(doc, sent, g.start) == "asserted" for g in named):
            return m.end
    return None


def _told_before(doc: Doc, sent: Sent) -> bool:
    """Has a sentence before this one (the headline too) named a summit as what happened?"""
    return any(not as_setting(toks, m.start) for s in doc.sents if s.end <= sent.start
               for toks in [s.tokens] for m in gatherings(toks) if not in_quote(doc, toks[m.start].start))


def _convener(doc: Doc, sent: Sent) -> Entity | None:
    """The organisation whose summit it is: "the summit of the Shanghai Cooperation
    Organisation", "the CSTO summit"."""
    toks = sent.tokens
    for g in gatherings(toks):
        after = [entity_at(doc, t) for t in toks[g.end:g.end + CONVENER_AFTER]] \
            if g.end < len(toks) and fold(toks[g.end].text) == "of" else []
        before = [entity_at(doc, toks[g.start - 1])] if g.start > 0 else []
        found = next((e for e in after + before if e is not None and e.type == "ORG" and not e.group), None)
        if found is not None:
            return found
    return None


def _present(doc: Doc, sent: Sent, after: int, before: list[Event]) -> list[Entity]:
    """The persons the sentence names, and the offices it names without holders after the
    attendance word ("bringing together X and the presidents of C1 and C2"): their holders where
    the article names them elsewhere, else their states. "The two presidents" are the persons of
    the last meeting told `before` the sentence."""
    people = []
    for m, e in mentions_in(doc, sent.start, sent.end, ("PER", "ORG")):
        if in_quote(doc, m.start):
            continue
        if e.type == "PER" and e not in people:
            people.append(e)
        elif e.group and fold(e.name).split()[-1] in meeting_words("en", "sides"):
            last = [v for v in before if v.modality == "asserted" and v.evidence[0].start < sent.start][-1:]
            people += [p for v in last for p in map(doc.entity, v.attrs["participants"])
                       if p.type == "PER" and p not in people]
    offices = counterparts(doc, sent, after, len(sent.tokens)) if after < len(sent.tokens) else []
    # "A and the foreign ministers of C1, C2 and C3 gathered for the ministerial meeting": before the verb
    # (both sides of it: "The presidents of C1 and C2 gathered in X, with A and B attending as observers")
    offices += [e for e in counterparts(doc, sent, 0, after) if e not in offices]
    people += [e for e in offices if e.type == "PER" and e not in people]
    states = {e.country for e in people if e.country}
    return people + [e for e in offices if e.type == "GPE" and e.country not in states]


def summits(doc: Doc, found: list[Event]) -> list[Event]:
    """The summit the article tells, as one meeting of all those it puts at it (or [])."""
    told = {(s.start, s.end) for v in found for s in v.evidence}
    sents = [(s, k) for s in body_sents(doc) if (s.start, s.end) not in told
             for k in [_at_summit(doc, s)] if k is not None]
    people: list[Entity] = []
    for s, k in sents:
        people += [e for e in _present(doc, s, k, found) if e not in people]
    held = {e.country for e in people if e.type == "PER" and e.country}
    people = [e for e in people if e.type == "PER" or e.country not in held]     # a state is its leader there
    if len(people) == 1:        # "X took part in the CSTO summit": he met its members
        people += [e for s, _ in sents for e in [_convener(doc, s)] if e is not None][:1]
    if len(people) < 2:
        return []
    first = sents[0][0]
    how = mode(doc, first, "in_person")       # "took part in the summit via videoconference"
    # the place may be told in another of its sentences ("gathered on Thursday in the resort of Gabala")
    place = next((p for s, _ in sents for p in [sentence_place(doc, s, people)] if p is not None), None)
    v = meeting(doc, first, people, place, "asserted", how, "in_person")
    v.evidence += [evidence(doc, s.start, s.end) for s, _ in sents[1:]]
    return [v]
