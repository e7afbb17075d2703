"""One input's bytes -> its articles, by format: plain text, an HTML page or a feed, known from
the file's name or else from how its text begins."""
from __future__ import annotations

import os
from collections.abc import Iterator

from ..errors import InputError
from .article import Article
from .decode import declared_charset, decode_bytes
from .feeds import read_feed
from .page import parse_html
from .plain import parse_plain_text
from .skipped import Skipped, too_big

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# A .xml file is a feed unless it turns out to be an XHTML page; other names say nothing.
_KIND_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html",
                   ".xml": "xml", ".rss": "feed", ".atom": "feed"}


def kind_of(path: str) -> str | None:
    """'jsonl', 'html', 'feed' or 'xml' from a file's name; None when the content must tell."""
    return _KIND_BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def sniff(text: str) -> str:
    """'html', 'feed' or 'text', from how the text begins."""
    head = text[:2048].lstrip().lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2:].lstrip() if "?>" in head else ""
        return "html" if head.startswith(("<!doctype html", "<html")) else "feed"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    return "text"


def read_bytes(data: bytes, source: str, kind: str | None = None) -> Iterator[Article | Skipped]:
    """The articles in one input's bytes (`kind` as `kind_of` gives it), or one `Skipped`."""
    try:
        text, encoding = decode_bytes(data, source, declared=declared_charset(data))
        sniffed = sniff(text)
        kind = {None: sniffed, "xml": "html" if sniffed == "html" else "feed"}.get(kind, kind)
        if kind == "feed":
            yield from read_feed(text, source, encoding=encoding)
            return
        article = _read_one(text, source, kind, encoding)
    except InputError as error:
        yield Skipped.from_error(error)
        return
    except Exception as error:  # noqa: BLE001 - a parser failing on hostile markup must not end the batch
        yield Skipped(source, f"could not be read as {kind} ({type(error).__name__}: {error}); please report it")
        return
    yield article


def read_text_bytes(data: bytes, source: str = "<bytes>", *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One article from bytes (an upload, a request body): decoded as files are, read as plain
    text, or as a page when it is HTML. Raises `InputError` saying what is wrong."""
    if len(data) > max_bytes:
        raise InputError(source, too_big(len(data), max_bytes))
    text, encoding = decode_bytes(data, source, declared=declared_charset(data))
    kind = sniff(text)
    if kind == "feed":
        raise InputError(source, "is an RSS or Atom feed, which holds many articles; read it with read_sources")
    return _read_one(text, source, kind, encoding)


def _read_one(text: str, source: str, kind: str, encoding: str) -> Article:
    article = parse_html(text, source, encoding=encoding) if kind == "html" else parse_plain_text(text, source)
    article.encoding = encoding
    return article
