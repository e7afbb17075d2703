"""Who else sat at the talks in Kazakh text: "... -мен кездесті. Кездесуге облыс әкімінің
орынбасары X (да) қатысты": a sentence that opens with a meeting noun in the dative
(lang/kk/attendance.txt) and ends on "қатысты", or with one in the locative and ends on the
particle and "болды" ("Кездесуде ... елшісі X та болды"), no more than AFTER sentences after the
meeting (or farther, opening a paragraph) and before any other, adds the persons it names to that meeting."""
from __future__ import annotations

from ...doc import Doc, Event
from ...lang import words
from ...nlp.kazakh import fold
from ..context import mentions_in

AFTER = 3


def _attends(toks) -> bool:
    last = [fold(t.text) for t in toks if t.pos != "PUNCT"]
    if len(last) < 3 or fold(toks[0].text) not in words("kk", "attendance.txt"):
        return False
    # "Кездесуде X та болды": present at it, the particle before "болды" (not "... сөз болды")
    return last[-1] in ("қатысты", "қатысқан") or last[-1] == "болды" and last[-2] in ALSO


ALSO = frozenset({"да", "де", "та", "те"})


def attendees(doc: Doc, events: list[Event]) -> None:
    meetings = sorted((v for v in events if v.type == "meeting" and v.evidence), key=lambda v: v.evidence[0].start)
    for n, v in enumerate(meetings):
        start = v.evidence[0].start
        stop = meetings[n + 1].evidence[0].start if n + 1 < len(meetings) else len(doc.text)
        later = [s for s in doc.sents if s.start > start and s.end <= stop]
        # farther on, a paragraph that opens with it ("Кездесуге ... вице-министрі X қатысты.") still
        # tells the one meeting before it, the next one not yet told
        opening = {a for a, _ in doc.paragraphs()}
        for k, s in enumerate(later):
            if not _attends(s.tokens) or k >= AFTER and s.start not in opening:
                continue
            for _, e in mentions_in(doc, s.start, s.end, ("PER",)):
                if not e.group and e.id not in v.attrs["participants"]:
                    v.attrs["participants"].append(e.id)
