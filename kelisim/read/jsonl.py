"""JSON lines: one article a line, `{"text": ..., "title"?, "date"?, "source"?, "id"?}`.

A corpus dump can be far larger than any one article, so the file is streamed and the size limit
applies to each line, not to the file. A bad line is skipped with its number; the rest go on.
"""
from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator

from ..errors import InputError
from .article import Article
from .dates import parse_date
from .decode import BLANK, EMPTY
from .plain import normalize_newlines
from .skipped import Skipped, too_big

_FIELDS = ("text", "title", "date", "source", "id")
# JSON can escape half a surrogate pair ("\ud800"), which no UTF-8 file or database can hold.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read_jsonl(chunks: Iterable[bytes], source: str, *, max_bytes: int) -> Iterator[Article | Skipped]:
    """Articles from the bytes of a JSON-lines file or stream, given in chunks of any size.

    A line without its own "source" gets `SOURCE:LINE`.
    """
    seen_bytes = seen_line = False
    for number, line, size in split_lines(chunks, max_bytes):
        seen_bytes = seen_bytes or size > 0
        if number == 1 and line is not None:
            line = line.removeprefix(codecs.BOM_UTF8)
            if b"\x00" in line:
                yield Skipped(source, "has NUL bytes: binary or UTF-16, but JSON lines must be UTF-8")
                return
        if line is None:
            yield Skipped(f"{source}:{number}", "line " + too_big(size, max_bytes))
            continue
        if not line.strip():
            continue
        seen_line = True
        try:
            yield parse_json_line(line, source, number)
        except InputError as error:
            yield Skipped.from_error(error)
    if not seen_line:
        yield Skipped(source, BLANK if seen_bytes else EMPTY)


def parse_json_line(line: bytes | str, source: str, number: int) -> Article:
    """Line `number` of `source` -> `Article`; raises `InputError` (its source `SOURCE:LINE`)
    saying what is wrong with the line."""
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise InputError(where, "line is not valid UTF-8; JSON lines must be UTF-8") from None
    except json.JSONDecodeError as error:
        raise InputError(where, f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, 'not a JSON object; write each line as {"text": "...", "title": "..."}')
    if "text" not in record:
        raise InputError(where, 'has no "text" field')
    for name in ("text", "title", "source"):
        if (name == "text" or record.get(name) is not None) and not isinstance(record[name], str):
            raise InputError(where, f'"{name}" is not a string')
    record.update({name: _LONE_SURROGATE.sub("\ufffd", record[name])
                   for name in ("text", "title", "source") if isinstance(record.get(name), str)})
    text = normalize_newlines(record["text"])
    if not text.strip():
        raise InputError(where, '"text" is empty')
    meta: dict = {"format": "jsonl", "line": number, "title_span": None, "body_start": 0}
    date = parse_date(record.get("date"))
    if record.get("date") is not None and date is None:
        meta["bad_date"] = record["date"]
    extra = {key: value for key, value in record.items() if key not in _FIELDS}
    if extra:
        meta["extra"] = extra
    return Article(
        text=text,
        title=record.get("title") or "",
        date=date,
        source=record.get("source") or where,
        id=str(record["id"]) if record.get("id") not in (None, "") else "",
        meta=meta,
    )


def split_lines(chunks: Iterable[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, line, size) for each line of a chunked byte stream, without its line end; `line` is
    None for a line over `limit` bytes, whose bytes are dropped as they arrive, never held."""
    buffer = b""
    number = 0
    dropped = 0  # bytes of the current line already thrown away because it is too long
    for chunk in chunks:
        buffer += chunk
        start = 0
        while (end := buffer.find(b"\n", start)) >= 0:
            number += 1
            size = dropped + end - start
            line = buffer[start:end].removesuffix(b"\r")
            yield number, (line if not dropped and size <= limit else None), size
            dropped, start = 0, end + 1
        buffer = buffer[start:]
        if len(buffer) > limit:
            dropped += len(buffer)
            buffer = b""
    if buffer or dropped:
        size = dropped + len(buffer)
        yield number + 1, (buffer.removesuffix(b"\r") if not dropped and size <= limit else None), size
