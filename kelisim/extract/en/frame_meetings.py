"""English meetings read from the dependency parse through the shared frame layer
(nlp/frames.py, extract/meeting_frames.py): what the word-list triggers miss.

"During his meeting with X, the minister said", "Talks were held with X and Y", "The president
discussed trade with X": a meeting noun or a verb of discussion with a partner in "with" names a
meeting whatever words stand around it. The parts of the meeting (who, whether held, when) are
the shared frame rules; only the event is built here, with English modality and mode.
"""
from __future__ import annotations

from ...doc import Doc, Event, Sent
from ..codes import meeting_codes
from ..context import evidence, in_headline
from ..meeting_frames import discussion, partner_meeting
from .clause import in_quote, modality
from .meeting_cues import near


def frame_meeting(doc: Doc, sent: Sent) -> Event | None:
    """A meeting the parse tells in a sentence where no trigger of the lexicon told one."""
    if in_headline(doc, sent.start):
        return None
    found = partner_meeting(doc, sent) or discussion(doc, sent)
    if found is None:
        return None
    people, i = found
    if in_quote(doc, sent.tokens[i].start):
        return None
    toks = sent.tokens
    mode = "phone" if near(toks, "phone", 0, len(toks)) else "video" if near(toks, "video", 0, len(toks)) \
        else "in_person"
    mod = modality(doc, sent, i)
    return Event(id="", type="meeting", evidence=[evidence(doc, sent.start, sent.end)], modality=mod,
                 codes=meeting_codes(mode, "in_person", mod),
                 attrs={"participants": [e.id for e in people], "location": None, "date": doc.date, "mode": mode})
