"""The ends of a route are places: "линии Дарбаза – Мактаарал", "трассе A – B – C". A single word
the NER took for a person, joined by a dash to a place named on the other side, is a place too;
a pair of persons ("встреча Токаев – Мирзиёев") has a person on both sides and stays as it is,
unless both words stand as places elsewhere in the article (a headline's "Дарбаза – Мактаарал, ...:"
where the body has "линии Дарбаза – Мактаарал").
"""
from __future__ import annotations

import re

from ..doc import Doc, Span

DASH = re.compile(r"\s*[–—-]\s*")
PLACES = ("LOC", "GPE")


def _joined(doc: Doc, a: Span, b: Span) -> bool:
    return a.end <= b.start and DASH.fullmatch(doc.text[a.end:b.start]) is not None


def _place_end(s: Span, other: Span, places: set[str]) -> bool:
    """Is `other`, beside the one-word person `s`, a place, or a "person" that, like `s`, is a place elsewhere?"""
    return other.type in PLACES or other.type == "PER" and {s.text.strip(), other.text.strip()} <= places


def route_ends(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` sorted by start, with each one-word person between dashes next to a place made a LOC."""
    spans = sorted(spans, key=lambda s: s.start)
    out = list(spans)
    places = {s.text.strip() for s in spans if s.type in PLACES}
    for i, s in enumerate(spans):
        if s.type != "PER" or " " in s.text.strip():
            continue
        before = spans[i - 1] if i else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        if before is not None and _place_end(s, before, places) and _joined(doc, before, s) \
                or after is not None and _place_end(s, after, places) and _joined(doc, s, after):
            out[i] = doc.span(s.start, s.end, type="LOC", source=s.source + "+route")
    return out
