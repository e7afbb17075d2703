"""Publication dates as 'YYYY-MM-DD', from the forms sources write them in."""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

_ISO = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[Tt ]\S.*)?\s*")


def parse_date(value: object) -> str | None:
    """'YYYY-MM-DD' from '2026-02-27', an ISO datetime ('2026-02-27T23:30:00+05:00') or an
    RFC 822 date as feeds write it ('Fri, 27 Feb 2026 23:30:00 +0500'); None for anything else.

    The date is the one written in the source's own time zone, never shifted to UTC: a statement
    published at 01:00 in Astana belongs to that day in Astana.
    """
    if not isinstance(value, str):
        return None
    match = _ISO.fullmatch(value)
    if match:
        return _valid(match.group(1))
    parts = parsedate_tz(value)
    if parts is None:
        return None
    year, month, day = parts[:3]
    return _valid(f"{year:04d}-{month:02d}-{day:02d}")


def _valid(iso: str) -> str | None:
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return None
    return iso
