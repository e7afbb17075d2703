"""The date of a project's act in English news: "welcomed the opening of a campus in September",
told in December, tells the campus open (en/projects.py)."""
from __future__ import annotations

from ...doc import Doc, Sent
from ..quantities import find_dates


def dated_before_news(doc: Doc, sent: Sent, trig: int) -> bool:
    """Does a date after the act at `trig`, in its clause, fall before the article's month ("the
    opening of a campus in September" in a December article)?"""
    if not doc.date:
        return False
    toks = sent.tokens
    end = next((k for k in range(trig + 1, len(toks)) if toks[k].text in (",", ";") or toks[k].pos == "VERB"), len(toks))
    a, b = toks[trig].start - sent.start, (toks[end - 1].end if end > trig + 1 else toks[trig].end) - sent.start
    return any(f.value[:7] < doc.date[:7] for f in find_dates(sent.text[a:b], "en", doc.date))
