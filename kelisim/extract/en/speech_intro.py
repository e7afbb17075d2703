"""A speech introduced by a colon at the end of a paragraph ("At the end of his visit the
Minister said:") goes on in the paragraphs that follow: the next paragraph is the speaker's
words, quoted or not, and so is each further one that opens with a quotation mark and names no
speaker of its own. Those words are direct speech (GOLD.md: first-person words after their
introduction are direct).
"""
from __future__ import annotations

from ...doc import Doc, Entity, Event
from ...nlp.match import fold
from ..codes import statement_codes
from ..context import evidence, protagonist
from .clause import entity_at, subject_before

OPENING = ('"', "“", "«", "'")


def colon_speeches(doc: Doc, paragraphs: list[tuple[int, int]], speech, speaker_ok,
                   taken: list[tuple[int, int]]) -> list[Event]:
    out: list[Event] = []
    speaker: Entity | None = None
    for n, (a, b) in enumerate(paragraphs):
        text = doc.text[a:b].strip()
        if speaker is not None and text and (not out or out[-1].evidence[0].end <= a) \
                and (not out or text.startswith(OPENING)) and not any(x <= a < y for x, y in taken):
            if out and any(entity_at(doc, t) is not None and entity_at(doc, t).type == "PER"
                           for s in doc.sents if a <= s.start < b for t in s.tokens):
                speaker = None      # a paragraph naming someone tells its own attribution
                continue
            start = a + (len(doc.text[a:b]) - len(doc.text[a:b].lstrip()))
            out.append(Event(id="", type="statement", evidence=[evidence(doc, start, b)],
                             codes=statement_codes("generic"),
                             attrs={"speaker": speaker.id, "direct": True, "text": text.strip('"“”«» ')}))
            continue
        speaker = _introduced(doc, a, b, speech, speaker_ok) if text.endswith(":") else None
    return out


def _introduced(doc: Doc, a: int, b: int, speech, speaker_ok) -> Entity | None:
    sent = doc.sent_at(doc.text.rindex(":", a, b))
    if sent is None:
        return None
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
