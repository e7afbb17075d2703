"""The audit log as the review page shows it: each entry's change as fields that went from one
value to another ("deadline: 2027 → 2030"), not the stored before/after states.

The states are {date, modality, mode, attrs: {...}, commitment_stage, review}; the type's own
fields (attrs) are compared one by one, as if they were columns. The template puts the field
names and vocabulary values into the reader's language (Translator.field / .value).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .sources import source_label

_LINKS = {"event": "/events/", "article": "/articles/", "actor": "/actors/"}
_HIDDEN = ("before", "after", "note", "report")


@dataclass
class Entry:
    at: str
    who: str
    action: str                      # event.correct, actor.merge, ... (strings.tsv: action.*)
    target_kind: str                 # event, article, actor, token, or "" for another target
    target_id: str
    target_href: str | None
    note: str | None
    changes: list[tuple[str, object, object]] = field(default_factory=list)   # (field, before, after)
    extras: list[tuple[str, object]] = field(default_factory=list)             # (field, value)


def changes(before: dict | None, after: dict | None) -> list[tuple[str, object, object]]:
    """The fields whose value differs between two states, attrs flattened, in a stable order."""
    before, after = before or {}, after or {}
    flat_before = {**{k: v for k, v in before.items() if k != "attrs"}, **(before.get("attrs") or {})}
    flat_after = {**{k: v for k, v in after.items() if k != "attrs"}, **(after.get("attrs") or {})}
    keys = list(dict.fromkeys([*flat_before, *flat_after]))
    return [(k, flat_before.get(k), flat_after.get(k)) for k in keys
            if _same(flat_before.get(k)) != _same(flat_after.get(k))]


def _same(value):
    # An empty list, an empty string and a missing value all mean "nothing" to a reader.
    return None if value in (None, "", [], {}) else value


def entry(row) -> Entry:
    detail = row.detail or {}
    kind, _, ident = (row.target or "").partition(" ")
    if kind not in _LINKS and kind != "token":
        kind, ident = "", row.target or ""
    # An actor target is "actor 12 Name" when the id was known, else the name as given.
    link_id = ident.split(" ", 1)[0]
    href = _LINKS[kind] + link_id if kind in _LINKS and (kind != "actor" or link_id.isdigit()) else None
    return Entry(at=row.at.strftime("%Y-%m-%d %H:%M:%S"), who=row.who, action=row.action, target_kind=kind,
                 target_id=ident, target_href=href, note=detail.get("note"),
                 changes=changes(detail.get("before"), detail.get("after")),
                 extras=[(k, source_label(v) if k == "source" else v) for k, v in detail.items() if k not in _HIDDEN])
