"""One kind of plant in several places: "строительство ТЭЦ в Кокшетау, Семее и Усть-Каменогорске"
tells three plants, one in each town, at the same stage and by the same builder. The project read
with the first place is copied for each place listed after it, unless the sentence recalls the
list from before the news ("о планах строительства трёх ТЭЦ в A, B и C было объявлено в 2024 году")."""
from __future__ import annotations

import re

from ..doc import Doc, Event, Sent
from .agreements import told_before
from .history import dated_before

# between two places of the list: a comma, "и", or both
_JOIN = re.compile(r"\s*(?:,\s*(?:и\s+)?|\s+и\s+)")


def other_sites(doc: Doc, sent: Sent, v: Event, trigger: int) -> list[Event]:
    """The copies of the project `v` (its act at token `trigger`) for the places listed after its
    own in its name's sentence."""
    loc = doc.entity(v.attrs.get("location")) if v.attrs.get("location") else None
    name = v.attrs.get("name") or ""
    root = next((k for k, t in enumerate(sent.tokens) if t.head == -1), trigger)
    if loc is None or loc.type not in ("LOC", "GPE") or dated_before(doc, sent, trigger) \
            or dated_before(doc, sent, root) or told_before(doc.lang, sent.tokens, trigger, [trigger]):
        return []     # (the act's clause, or the sentence's, dates the list years back)
    at = next((m for m in loc.mentions if sent.start <= m.start < sent.end and m.text in name), None)
    if at is None or not name.endswith(at.text):
        return []
    places = sorted({(m.start, m.end, e.id, m.text) for e in doc.entities if e.type in ("LOC", "GPE")
                     for m in e.mentions if at.end < m.start < sent.end})
    out, pos, group = [], at.end, (sent.start, at.start)     # the copies and their first stay apart
    for start, end, eid, written in places:
        if start < pos:
            continue
        if not _JOIN.fullmatch(doc.text[pos:start]):
            break
        copy = Event(id="", type="project", evidence=list(v.evidence), modality=v.modality, codes=dict(v.codes),
                     attrs={**v.attrs, "location": eid, "name": name[: len(name) - len(at.text)] + written, "sites": group})
        out.append(copy)
        pos = end
    if out:
        v.attrs["sites"] = group
    return out
