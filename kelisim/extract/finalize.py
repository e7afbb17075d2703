"""Events put in reading order with ids v1, v2, ...; references between events become ids."""
from __future__ import annotations

from ..doc import Doc, Event

INTERNAL = ("title_span", "sectors_default", "another", "owner_guessed", "proper", "sites")


class FinalizeEvents:
    name = "events_final"
    requires = ("entity_ids",)
    assigns = ("event_ids",)
    langs = None

    def __call__(self, doc: Doc) -> Doc:
        doc.events.sort(key=lambda v: (v.evidence[0].start if v.evidence else -1, v.type))
        for n, v in enumerate(doc.events, 1):
            v.id = f"v{n}"
        for v in doc.events:
            link = v.attrs.get("agreement")
            if isinstance(link, Event):
                v.attrs["agreement"] = link.id
            for k in INTERNAL:
                v.attrs.pop(k, None)
        return doc
