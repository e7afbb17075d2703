"""Reading the meetings of a record in tests: those told as having happened, and who sat at each."""
from __future__ import annotations

from tests.conftest import events, names


def asserted_meetings(rec: dict) -> list[dict]:
    return [m for m in events(rec, "meeting") if m["modality"] == "asserted"]


def meeting_sides(rec: dict) -> list[set[str]]:
    return [set(names(rec, m["participants"])) for m in asserted_meetings(rec)]
