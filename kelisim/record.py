"""Doc -> Record: the one place that knows the output format (spec/OUTPUT.md)."""
from __future__ import annotations

from typing import Any

from .doc import Doc, Entity, Event, Span

ENTITY_TYPES = ("PER", "ORG", "LOC", "GPE")


def span_json(s: Span, raw: str | None = None) -> dict[str, Any]:
    """A span as the record gives it; with `raw` (the article as written, where it holds invisible
    marks the stages read as spaces: doc.visible), its text quotes the article."""
    return {"start": s.start, "end": s.end, "text": s.text if raw is None else raw[s.start:s.end]}


def entity_json(e: Entity, raw: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "name_latin": e.name_latin,
        "aliases": list(e.aliases),
        "country": e.country,
        "roles": [{"title": r.title, "org": r.org} for r in e.roles],
        "mentions": [span_json(m, raw) for m in sorted(e.mentions, key=lambda m: m.start)],
    }
    if e.key:
        out["key"] = e.key
    if e.group:
        out["group"] = True
    return out


def event_json(v: Event, raw: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": v.id, "type": v.type}
    out.update(v.attrs)
    out["modality"] = v.modality
    out["codes"] = dict(v.codes)
    out["evidence"] = [span_json(s, raw) for s in v.evidence]
    return out


def as_record(doc: Doc, with_text: bool = False) -> dict[str, Any]:
    raw = doc.meta.get("raw_text")
    rec: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "lang": doc.lang,
        "date": doc.date,
        "title": doc.title,
        "entities": [entity_json(e, raw) for e in doc.entities if e.type in ENTITY_TYPES],
        "events": [event_json(v, raw) for v in doc.events],
        "sectors": list(doc.sectors),
    }
    if doc.warnings:
        rec["warnings"] = list(doc.warnings)
    if with_text:
        rec["text"] = raw or doc.text
    return rec
