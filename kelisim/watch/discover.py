"""New article URLs from what a source serves: a feed's entries (feedparser), a sitemap's <loc>s,
or the article links of a press page (courlan's filters). Each function takes the fetched bytes
and returns canonical URLs in the source's order, or raises `InputError` saying what is wrong.

XML that declares entities is refused before any parser sees it: an entity-expansion feed
("billion laughs") is an attack, not news.
"""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from ..errors import InputError
from ..read.decode import declared_charset, decode_bytes
from .urls import canonical

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
# Paths that list articles rather than being one: a press page links to these too.
_NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|category|categories|rubric|author|authors|page|search|login|register|"
    r"subscribe|contacts?|about|privacy|rss|feed)(?:/|$)|\.(?:jpg|jpeg|png|gif|svg|pdf|zip|mp4|mp3|css|js)$",
    re.IGNORECASE)


def refuse_entities(data: bytes, source: str) -> None:
    if _ENTITY.search(data[:65536]):
        raise InputError(source, "declares XML entities (an entity-expansion attack?); skipped")


def feed_links(data: bytes, source: str) -> list[str]:
    """The links of a feed's entries (RSS 0.9x-2.0, RSS 1.0, Atom)."""
    import feedparser
    refuse_entities(data, source)
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False)
    if not parsed.entries:
        why = getattr(parsed, "bozo_exception", None)
        raise InputError(source, "is not a readable feed" + (f" ({why})" if why else " (no entries)"))
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
        url = canonical(link, source) if link else None
        if url:
            links.append(url)
    if not links and parsed.get("bozo"):
        raise InputError(source, f"is not a readable feed ({parsed.get('bozo_exception')}); no article links in it")
    return list(dict.fromkeys(links))


def sitemap_links(data: bytes, source: str) -> tuple[list[str], list[str]]:
    """(article URLs, child sitemaps) of a sitemap or a sitemap index."""
    refuse_entities(data, source)
    if _DOCTYPE.search(data[:65536]):
        raise InputError(source, "a sitemap has no DOCTYPE; this one does, so it is not read")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise InputError(source, f"is not a readable sitemap ({e})") from None
    urls, children = [], []
    for element in root.iter():
        if _local(element.tag) != "loc" or not (element.text or "").strip():
            continue
        url = canonical(element.text, source)
        if url:
            (children if _local(root.tag) == "sitemapindex" else urls).append(url)
    return list(dict.fromkeys(urls)), list(dict.fromkeys(children))


def page_links(data: bytes, source: str) -> list[str]:
    """The links of a press page that look like articles: same site, not navigation, not the
    page itself, not a listing (tags, categories, pages of results)."""
    from courlan import is_navigation_page
    from selectolax.lexbor import LexborHTMLParser
    text, _ = decode_bytes(data, source, declared=declared_charset(data))
    tree = LexborHTMLParser(text)
    site, itself = urlsplit(source).netloc.lower(), canonical(source)
    links = []
    for node in tree.css("a[href]"):
        if _in_chrome(node):
            continue
        url = canonical(node.attrs.get("href") or "", source)
        if not url or url == itself or urlsplit(url).netloc.lower() != site:
            continue
        path = urlsplit(url).path
        if path in ("", "/") or _NOT_ARTICLE.search(path) or is_navigation_page(url):
            continue
        links.append(url)
    return list(dict.fromkeys(links))


def _in_chrome(node) -> bool:
    """Whether a link sits in the page's navigation, header or footer."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("nav", "header", "footer"):
            return True
        parent = parent.parent
    return False


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
