"""What an analyst may correct, per event type, and the vocabularies (OUTPUT.md's) that a
correction is checked against before review.py stores it."""
from __future__ import annotations

import datetime as dt

from ..errors import StoreError

STATUSES = ("confirmed", "rejected")
MODALITIES = ("asserted", "planned", "possible", "negated")
MODES = ("in_person", "phone", "video")
DOC_TYPES = ("agreement", "memorandum", "roadmap", "declaration", "protocol", "contract", "action_plan",
             "joint_statement", "other")
KINDS = ("campus", "school", "university", "research_centre", "plant", "mine", "infrastructure", "fund",
         "programme", "office", "other")
SECTORS = ("critical_minerals", "energy", "green_economy", "climate_environment", "transport_logistics", "trade",
           "investment", "finance", "digital_ai", "education", "science", "health", "agriculture", "industry",
           "culture_humanitarian", "security", "parliamentary", "governance", "diplomacy_general")
COMMITMENT_STAGES = ("announced", "agreed", "in_progress", "completed", "cancelled")
# Which fields an analyst may correct, per event type; `date`, `modality` and `mode` are columns.
FIELDS = {
    "meeting": ("date", "modality", "mode"),
    "statement": ("date", "modality", "text", "direct"),
    "agreement": ("date", "modality", "title", "doc_type", "deadline", "sectors"),
    "project": ("date", "modality", "name", "kind", "sectors", "deadline"),
}


def clean_fields(event_type: str, fields: dict) -> dict:
    """The corrected fields, checked against the vocabularies of OUTPUT.md; a StoreError says
    which field is wrong and what it may be."""
    allowed = FIELDS.get(event_type, ("date", "modality"))
    out = {}
    for name, value in fields.items():
        if name not in allowed:
            raise StoreError(f"a {event_type}'s {name!r} cannot be corrected here; fields: {', '.join(allowed)}")
        out[name] = _check(name, value)
    if not out:
        raise StoreError(f"say what to correct: one or more of {', '.join(allowed)}")
    return out


def _check(name: str, value):
    if name == "date":
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise StoreError(f"date wants YYYY-MM-DD, not {value!r}") from None
    if name == "deadline":
        from .commitments import deadline_date
        if value in (None, ""):
            return None
        if deadline_date(str(value)) is None or len(str(value)) not in (4, 7, 10):
            raise StoreError(f"deadline wants YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        return str(value)
    vocab = {"modality": MODALITIES, "mode": MODES, "doc_type": DOC_TYPES, "kind": KINDS}.get(name)
    if vocab:
        if value is None and name == "mode":
            return None
        if value not in vocab:
            raise StoreError(f"{name} is one of {', '.join(vocab)}, not {value!r}")
        return value
    if name == "sectors":
        if not isinstance(value, list) or any(s not in SECTORS for s in value):
            raise StoreError(f"sectors is a list of sector codes ({', '.join(SECTORS)})")
        return list(dict.fromkeys(value))
    if name == "direct":
        if not isinstance(value, bool):
            raise StoreError("direct is true or false")
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 2000:
        raise StoreError(f"{name} wants a text of 1 to 2000 characters")
    return value.strip()
