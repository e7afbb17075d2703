"""Plain-text news files: an optional `date YYYY-MM-DD` first line, the headline, the body.

The article's text is the decoded file with its line ends made `\\n` and nothing else changed, so
that offsets in records point into the file as a reader sees it (OUTPUT.md, "Plain-text input").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import InputError
from .article import Article
from .dates import parse_date
from .decode import BLANK

# ` date 2026-05-14 Новый этап партнерства`: the headline may share the date's line.
# Matched against the line with the spaces around it already left out.
_DATE_LINE = re.compile(r"date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*))?", re.IGNORECASE)


def normalize_newlines(text: str) -> str:
    """`\\r\\n` and lone `\\r` become `\\n`; the only change a reader makes to a text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_plain_text(text: str, source: str = "") -> Article:
    """An `Article` from the text of a news file, with `meta['title_span']` ([start, end] of the
    headline in the text) and `meta['body_start']` (where the text after it begins).

    Raises `InputError` for a text that holds a date line and nothing else.
    """
    text = normalize_newlines(text)
    meta: dict = {"format": "text"}
    lines = _nonblank_lines(text)
    first = next(lines, None)
    if first is None:
        raise InputError(source, BLANK)
    date = None
    headline = first
    match = _DATE_LINE.fullmatch(text, *first)
    if match:
        date = parse_date(match.group(1))
        if date is None:
            meta["bad_date"] = match.group(1)
        same_line = _strip_span(text, match.span(2)) if match.group(2) else (0, 0)
        headline = same_line if same_line[0] < same_line[1] else next(lines, None)
        if headline is None:
            raise InputError(source, "has a date line but no headline or text after it")
    meta["title_span"] = list(headline)
    meta["body_start"] = _line_end(text, headline[1])
    title = text[headline[0]:headline[1]]
    return Article(text=text, title=title, date=date, source=source, meta=meta)


def _nonblank_lines(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each line that holds more than whitespace, without the spaces around it."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        span = _strip_span(text, (start, end))
        if span[0] < span[1]:
            yield span
        start = end + 1


def _strip_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends, past its `\\n`."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end + 1
