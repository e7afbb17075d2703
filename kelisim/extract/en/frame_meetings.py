"""English meetings read from the dependency parse through the shared frame layer
(nlp/frames.py, extract/meeting_frames.py).

"During his meeting with X, the minister said", "Talks were held with X and Y", "after talks
with the Kazakh president", "announced during a meeting with A and B", "The president discussed
trade with X": a meeting noun or a verb of discussion with a partner in "with" names a meeting,
whatever words stand around it. Who met is the shared frame rule; only English's own parts are
here: a partner named by office alone ("the Kazakh president", en/counterparts.py), modality,
mode, place and date.
"""
from __future__ import annotations

from typing import Callable

from ...doc import Doc, Entity, Event, Sent
from ..context import in_headline
from ..meeting_frames import discussion, partner_meeting
from ..meetings import meeting, mode
from ..quantities import find_dates
from .clause import in_quote, modality
from .counterparts import counterparts
from .meeting_cues import near


def offices(doc: Doc, sent: Sent, tokens: tuple[int, ...]) -> list[Entity]:
    """A partner the parse gives without a name: the state of its office ("the Kazakh president")."""
    return counterparts(doc, sent, tokens[0], tokens[-1] + 1)


def frame_meeting(doc: Doc, sent: Sent, locate: Callable[[Doc, Sent, list[Entity]], str | None]) -> Event | None:
    """A meeting the parse tells; `locate` gives its place from the sentence and participants."""
    if in_headline(doc, sent.start):
        return None
    found = partner_meeting(doc, sent, offices, among=True) or discussion(doc, sent)
    if found is None:
        return None
    people, i = found
    toks = sent.tokens
    if in_quote(doc, toks[i].start) or near(toks, "ahead", i - 4, i):
        return None       # "ahead of the talks with X": not held yet
    dates = find_dates(sent.text, "en", doc.date)
    return meeting(doc, sent, people, locate(doc, sent, people), modality(doc, sent, i),
                   mode(doc, sent, "in_person"), "in_person", dates[0].value if dates else None)
