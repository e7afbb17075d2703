"""An article's text cut into pieces at every evidence and mention boundary, so a template can
escape each piece and wrap it in a <mark> or a link: highlighting built from offsets, never by
inserting markup into the text.

A span whose offsets fall outside the text, or whose quoted text differs from the text at those
offsets, is left out and counted (a record from another version of the text).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    text: str
    events: list[str] = field(default_factory=list)     # local ids of the events whose evidence covers it
    kind: str | None = None                            # the first such event's type, for its colour
    actor: int | None = None                           # the actor a mention here names
    anchors: list[str] = field(default_factory=list)   # events whose first evidence starts here


def pieces(text: str, events: list[dict], mentions: list[dict]) -> tuple[list[Piece], int]:
    """(pieces, number of spans left out). `events`: [{local_id, type, evidence: [{start, end,
    text}]}]; `mentions`: [{start, end, text, actor_id}]."""
    spans, unplaced = [], 0
    for ev in events:
        first = True
        for e in ev.get("evidence") or ():
            if _fits(text, e):
                spans.append((e["start"], e["end"], "ev", ev, first))
                first = False
            else:
                unplaced += 1
    for m in mentions:
        if _fits(text, m):
            spans.append((m["start"], m["end"], "m", m, False))
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
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
