"""Offices of two states that sign together have met: "In Riga, the Foreign Ministers of Latvia and
Chile signed a memorandum", "Latvian Trade Minister A and his Chilean counterpart B signed", "The
agreement was signed in X by A and B". The signers are the persons the subject (or the passive's
agent) names, or the one titled person of each state the article names elsewhere; the meeting is told by the signing sentence, beside the article's other meetings
(en/meetings.py `implied` reads a signing only when the article tells no meeting at all)."""
from __future__ import annotations

from ...doc import Doc, Entity, Event, Sent
from ...nlp.match import fold
from ..agreements import is_signing
from ..context import body_sents, in_headline, mentions_in
from ..meeting_place import sentence_place
from ..meetings import context_matcher, meeting, meeting_words
from ..quantities import find_dates
from .clause import chain_start, in_quote, modality
from .meeting_cues import near
from .counterparts import counterparts


def cosigned(doc: Doc, found: list[Event]) -> list[Event]:
    out: list[Event] = []
    if not any(v.modality == "asserted" and not in_headline(doc, v.evidence[0].start) for v in found):
        return out        # no meeting told: `implied` reads the signing, with the talks it refers back to
    for sent in body_sents(doc):
        if any(sent.start <= v.evidence[0].start < sent.end for v in found):
            continue          # the sentence tells its meeting itself
        toks = sent.tokens
        for i, t in enumerate(toks):
            if not is_signing("en", t) or t.pos != "VERB" or t.feats.get("Tense") != "Past" \
                    or in_quote(doc, t.start) or modality(doc, sent, i) != "asserted":
                continue
            start = chain_start(toks, i)
            x = max((k + 1 for k in range(start) if toks[k].text == ","), default=0)
            by = _agents(toks, i)
            sides = [_holder(doc, e) for e in (counterparts(doc, sent, *by) if by else counterparts(doc, sent, x, start))]
            if len(sides) < 2 or not all(e is not None and e.type == "PER" for e in sides) \
                    or len({_side(e) for e in sides}) < 2 or not any(e.country for e in sides):
                break
            told = [v for v in found if v.modality == "asserted" and v.evidence[0].start < sent.start]
            if _after_talks(toks, start) and told and not {e.id for e in sides} <= set(told[-1].attrs["participants"]):
                break         # "Following the meeting, his deputy and B signed": a signing of the talks told, no meeting
            if _held_during(doc, sent):
                break         # "... signed by A and B. The signing took place during the visit of C": C's visit
            dates = find_dates(sent.text, "en", doc.date)
            out.append(meeting(doc, sent, sides, sentence_place(doc, sent, sides), "asserted", "in_person",
                               "in_person", dates[0].value if dates else None))
            break
    return out


def _held_during(doc: Doc, sent) -> bool:
    """Does the next sentence of the paragraph place the signing within another event ("The signing
    took place during the visit of C to X, where she was received by D")?"""
    later = [s for s in doc.sents if s.start >= sent.end][:1]
    words_ = [fold(t.text) for t in later[0].tokens] if later else []
    return len(words_) > 3 and words_[0] == "the" and is_signing("en", later[0].tokens[1]) and "during" in words_[2:8] \
        and any(a <= sent.start and later[0].end <= b for a, b in doc.paragraphs())


def _agents(toks: list, i: int) -> tuple[int, int] | None:
    """"The agreement was signed in Bishkek by A and B, in the presence of C": the agents of the
    passive signing verb, after "by" (past a place or a date, no comma) up to the next comma."""
    if not (i > 0 and toks[i - 1].pos == "AUX"):
        return None
    by = next((k for k in range(i + 1, min(len(toks), i + 7)) if toks[k].text in (",", ";") or fold(toks[k].text) == "by"),
              None)
    if by is None or toks[by].text != "by":
        return None
    # up to a comma, or to "in the presence of" the leaders who watch
    end = next((k for k in range(by + 1, len(toks)) if toks[k].text in (",", ";")
                or context_matcher("en", "witness").match_at(toks, k)), len(toks))
    return by + 1, end


def _side(e: Entity) -> str:
    """A signer's side: his state, else the body he works for, else his own (a person whose state
    the article does not give signs for a side of his own, as extract/cosigners.py reads it)."""
    return e.country or next((r.org for r in e.roles if r.org), None) or e.id


def _holder(doc: Doc, e: Entity) -> Entity | None:
    """A state standing for its office's holder: the one titled person of that state the article names."""
    if e.type == "PER":
        return e
    people = [p for p in doc.entities if p.type == "PER" and not p.group and p.roles and p.country == e.country]
    return people[0] if len(people) == 1 else None


def _after_talks(toks: list, start: int) -> bool:
    """Does the sentence open on the talks already told ("Following the meeting,", "At the end of the
    talks,": a word referring back, lang/en/meeting_context.tsv "back", then "the" and a noun of
    talks)?"""
    back = context_matcher("en", "back")
    for k in range(min(start, 3)):
        m = back.match_at(toks, k)
        if m is not None and m.end + 1 < start and fold(toks[m.end].text) == "the" \
                and fold(toks[m.end + 1].text) in meeting_words("en", "told_talks") \
                and fold(toks[m.start].text) not in ("before", "ahead", "since"):
            return True
    return False


def signed_by(doc: Doc, sent: Sent, i: int) -> bool:
    """"The document was signed in Dushanbe by minister A and minister B in the presence of ...": the
    signers named after "by", before the witnesses."""
    toks = sent.tokens
    witness = next((k for k in range(i, len(toks)) if near(toks, "witness", k, k + 1)), len(toks))
    by = next((k for k in range(i + 1, witness) if fold(toks[k].text) == "by"), None)
    return by is not None and any(e.type == "PER" for _, e in mentions_in(doc, toks[by].end, toks[witness - 1].end))
