"""RSS and Atom feeds -> one `Article` per entry, through feedparser (adapted here, at the border)."""
from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator

import feedparser

from .article import Article
from .dates import parse_date
from .html import clean_line, html_to_text
from .page import assemble
from .skipped import Skipped

_XML_ENCODING = re.compile(r"""(\A\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
# An internal DTD subset declaring entities: the parser would leave "&b;" unexpanded in the
# text (or, expanding, could be made to blow up: "billion laughs"); news feeds never need one.
_ENTITY_DECL = re.compile(r"<!DOCTYPE[^\[>]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)
_CHARREF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));")


def read_feed(text: str, source: str, *, encoding: str = "utf-8") -> Iterator[Article | Skipped]:
    """Articles from a decoded feed: title, a blank line and the entry's content (or summary) as
    text; the source is the entry's link or id. A feed with no entries yields one `Skipped`."""
    # The text is decoded already (cp1251 included), so the parser gets UTF-8 saying so; a stream,
    # because feedparser would fetch a string that looks like a URL.
    if _ENTITY_DECL.search(text[:65536]):
        yield Skipped(source, "feed declares its own XML entities (<!ENTITY> in its DOCTYPE), which kelisim does "
                              "not expand; remove the DOCTYPE block or ask the publisher for a plain feed")
        return
    text = _CHARREF.sub(_safe_charref, _XML_ENCODING.sub(r"\1\2utf-8\2", text, count=1))
    payload = text.encode("utf-8")
    parsed = feedparser.parse(io.BytesIO(payload), resolve_relative_uris=False)
    if not parsed.entries:
        yield Skipped(source, _no_entries(parsed))
        return
    for number, entry in enumerate(parsed.entries, 1):
        article = adapt_entry(entry, f"{source}#{number}")
        if article is None:
            yield Skipped(f"{source}#{number}", "feed entry has neither a title nor text")
            continue
        article.encoding = encoding
        article.meta.update(feed=source, entry=number)
        yield article


def adapt_entry(entry: dict, fallback_source: str) -> Article | None:
    """A feedparser entry -> `Article`, or None when it carries no text at all."""
    title = clean_line(_detail_text(entry.get("title") or "", entry.get("title_detail")))
    body = _entry_body(entry)
    if not title and not body:
        return None
    meta = {"format": "feed"}
    if entry.get("id"):
        meta["entry_id"] = entry["id"]
    return assemble(title, body, meta=meta, date=_entry_date(entry),
                    source=entry.get("link") or entry.get("id") or fallback_source)


def _entry_body(entry: dict) -> str:
    contents = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return _detail_text(best["value"], best)
    return _detail_text(entry.get("summary") or "", entry.get("summary_detail"))


def _detail_text(value: str, detail: dict | None) -> str:
    """Text from a feed field: markup converted, plain text kept in its paragraphs."""
    if detail and detail.get("type") == "text/plain":
        paragraphs = (clean_line(p) for p in re.split(r"\n\s*\n", value))
        return "\n\n".join(p for p in paragraphs if p)
    return html_to_text(value)


def _entry_date(entry: dict) -> str | None:
    # The date as the feed writes it, in the publisher's time zone; feedparser's *_parsed fields
    # are shifted to UTC and only stand in when the written form is unusual.
    for key in ("published", "updated", "created"):
        date = parse_date(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return time.strftime("%Y-%m-%d", entry[key])
    return None


def _safe_charref(match: re.Match) -> str:
    """A character reference feedparser can take: one to a surrogate or past U+10FFFF (which makes
    it fail) becomes U+FFFD, as an XML parser would treat it."""
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    return "&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else match.group(0)


def _no_entries(parsed) -> str:
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version"):
        detail = f" ({problem})" if problem else ""
        return f"not an RSS or Atom feed{detail}; give a feed, or save the page as .html or .txt"
    if problem:
        return f"feed is malformed and no entry could be read ({problem})"
    return "feed has no entries"
