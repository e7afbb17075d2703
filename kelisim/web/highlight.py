"""An article's text cut into pieces at every evidence and mention boundary, so a template can
escape each piece and wrap it in a <mark> or a link: highlighting built from offsets, never by
inserting markup into the text.

A span whose offsets fall outside the text, or whose quoted text differs from the text at those
offsets, is left out and counted (a record from another version of the text).

A plain-text article keeps its header (` date 2026-02-27 Headline`) in the stored text, since the
offsets count from it; the page shows the date and headline above the text, so the text is shown
from `body_start()` on, and spans inside the header are left out (not counted as misplaced).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import KelisimError
from ..read.plain import parse_plain_text

_HEADER = re.compile(r"\s*date[ \t]+\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)


@dataclass
class Piece:
    text: str
    events: list[str] = field(default_factory=list)     # local ids of the events whose evidence covers it
    kind: str | None = None                            # the first such event's type, for its colour
    actor: int | None = None                           # the actor a mention here names
    anchors: list[str] = field(default_factory=list)   # events whose first evidence starts here


def body_start(text: str) -> int:
    """Where the body of a plain-text article begins: after its `date ...` line and headline
    (0 for a text without that header)."""
    if not _HEADER.match(text):
        return 0
    try:
        start = parse_plain_text(text).meta["body_start"]
    except KelisimError:
        return 0
    return len(text) - len(text[start:].lstrip())


def pieces(text: str, events: list[dict], mentions: list[dict], start: int = 0) -> tuple[list[Piece], int]:
    """(pieces of text[start:], number of spans left out). `events`: [{local_id, type, evidence:
    [{start, end, text}]}]; `mentions`: [{start, end, text, actor_id}]."""
    spans, unplaced = [], 0
    for ev in events:
        first = True
        for e in ev.get("evidence") or ():
            if not _fits(text, e):
                unplaced += 1
            elif e["end"] > start:
                spans.append((max(e["start"], start), e["end"], "ev", ev, first))
                first = False
    for m in mentions:
        if _fits(text, m) and m["start"] >= start:
            spans.append((m["start"], m["end"], "m", m, False))
    cuts = sorted({start, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    starts: dict[int, list] = {}
    for s in spans:
        starts.setdefault(s[0], []).append(s)
    out, active = [], []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > a] + starts.get(a, [])
        piece = Piece(text[a:b])
        for start, _end, what, obj, first in active:
            if what == "ev":
                piece.events.append(obj["local_id"])
                piece.kind = piece.kind or obj.get("type")
                if first and start == a:
                    piece.anchors.append(obj["local_id"])
            elif piece.actor is None:
                piece.actor = obj["actor_id"]
        out.append(piece)
    return out, unplaced


def _fits(text: str, span: dict) -> bool:
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return False
    quoted = span.get("text")
    return quoted is None or text[start:end] == quoted
