"""Sources -> articles: files, folders and standard input, each read as plain text, JSON lines,
an HTML page or a feed. One input at a time, so memory stays flat however large the corpus."""
from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain
from typing import BinaryIO

from .article import Article
from .formats import DEFAULT_MAX_BYTES, kind_of, read_bytes
from .jsonl import read_jsonl
from .skipped import Skipped, too_big

FOLDER_SUFFIXES = (".txt", ".text", ".jsonl", ".html", ".htm", ".xml", ".rss", ".atom")
_CHUNK = 64 * 1024


def read_sources(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Articles from files, folders (walked in sorted order) and `-` (standard input), with a
    `Skipped` for every input that cannot be read; never raises for a bad input."""
    for path in map(str, paths):  # pathlib.Path objects too
        if path == "-":
            yield from read_stream(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", max_bytes)
        elif os.path.isdir(path):
            found = False
            for item in walk(path):
                found = True
                if isinstance(item, Skipped):
                    yield item
                else:
                    yield from read_file(item, max_bytes)
            if not found:
                yield Skipped(path, f"folder holds no {', '.join(FOLDER_SUFFIXES)} files")
        else:
            yield from read_file(path, max_bytes)


def walk(folder: str) -> Iterator[str | Skipped]:
    """Paths of the article files under `folder`, depth first in sorted order of names; hidden
    files and folders are left out, and links to folders are not followed (they can loop)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(folder, f"folder cannot be listed: {error.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path)
        elif entry.name.lower().endswith(FOLDER_SUFFIXES) and entry.is_file():
            yield entry.path


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skipped]:
    """The articles in one file; a JSON-lines file is streamed, any other is read whole once its
    size is known to be within `max_bytes`."""
    try:
        with open(path, "rb") as file:
            kind = kind_of(path)
            if kind == "jsonl":
                yield from read_jsonl(iter(partial(file.read, _CHUNK), b""), path, max_bytes=max_bytes)
                return
            size = os.fstat(file.fileno()).st_size
            if size > max_bytes:
                yield Skipped(path, too_big(size, max_bytes))
                return
            data = _read_up_to(file, size, max_bytes)
    except FileNotFoundError:
        yield Skipped(path, "no such file")
        return
    except OSError as error:
        yield Skipped(path, f"cannot be read: {error.strerror or error}")
        return
    if len(data) > max_bytes:
        yield Skipped(path, too_big(None, max_bytes))
        return
    yield from read_bytes(data, path, kind)


def _read_up_to(file: BinaryIO, size: int, limit: int) -> bytes:
    """The file's bytes, or more than `limit` of them when it is too big. `read(limit)` would
    allocate the whole limit for every small file; a pipe, a /proc file or a file that grows
    as it is read says nothing true of its size, so those are read on in chunks."""
    data = file.read(size + 1) if size else b""
    if size and len(data) <= size:
        return data
    parts, total = [data], len(data)
    while total <= limit and (chunk := file.read(_CHUNK)):
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def read_stream(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | Skipped]:
    """A stream of JSON lines when its first non-space byte is `{`, else one article."""
    stream = getattr(stream, "buffer", stream)  # sys.stdin given where sys.stdin.buffer was meant
    chunks = iter(partial(stream.read, _CHUNK), b"")
    head = b""
    for chunk in chunks:
        head += chunk
        if head.strip() or len(head) > max_bytes:
            break
    if head.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
        yield from read_jsonl(chain([head], chunks), source, max_bytes=max_bytes)
        return
    parts, size = [head], len(head)
    for chunk in chunks:
        if size > max_bytes:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        yield Skipped(source, too_big(None, max_bytes))
        return
    yield from read_bytes(b"".join(parts), source)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles `read_sources(paths)` will give, or skip, as far as can be told without
    reading them: one per file, one per line of a JSON-lines file; None with standard input.
    A feed counts as one (its entries are known only once it is read); a progress bar adds
    the rest when they come."""
    total = 0
    for path in map(str, paths):
        if path == "-":
            return None
        files = [p for p in walk(path) if not isinstance(p, Skipped)] if os.path.isdir(path) else [path]
        total += sum(_lines(p) if kind_of(p) == "jsonl" else 1 for p in files) or 1
    return total


def _lines(path: str) -> int:
    """Non-blank lines of a JSON-lines file (a blank one gives no article), at least 1."""
    try:
        with open(path, "rb") as file:
            return max(1, sum(1 for line in file if line.strip()))
    except OSError:
        return 1
