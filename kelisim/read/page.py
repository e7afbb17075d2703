"""An HTML news page -> `Article`: the headline, the publication date and the article's main text
(maintext.py: trafilatura, with kelisim's block reader as the fallback). Every reader of HTML
(files, `extract`, `ingest`, the API's POST, `watch`) comes here, so a saved page and a fetched
one give the same record."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..errors import InputError
from .article import Article
from .dates import parse_date
from .html import clean_line, main_content, parse_markup
from .maintext import guess_date, main_text

_TITLE_SOURCES = (
    ('meta[property="og:title"]', "content"),
    ('meta[name="og:title"]', "content"),
    ("title", None),
    ("h1", None),
)
# Where pages state their publication date, most trusted first; None stands for the element's text.
_DATE_SOURCES = (
    ('meta[property="article:published_time"]', ("content",)),
    ('[itemprop="datePublished"]', ("content", "datetime", None)),
    ('meta[name="pubdate"]', ("content",)),
    ('meta[name="date"]', ("content",)),
    ('meta[name="dc.date"]', ("content",)),
    ('meta[name="DC.date.issued"]', ("content",)),
)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# 'Headline | Site', 'Headline — Site': a <title> that repeats the <h1> and names the site.
_SITE_SUFFIX = re.compile(r"\s*\|\s*|\s+(?:—|–|-|::|·)\s+")


def parse_html(markup: str, source: str = "", *, encoding: str = "utf-8", url: str | None = None) -> Article:
    """An `Article` whose text is the headline, a blank line and the main text's paragraphs
    separated by blank lines; `meta` holds `format`, `title_span` and `body_start` as for plain
    text, and `main_text` (which reader found the body). `url` helps find the date.

    Raises `InputError` when the page holds no text.
    """
    tree = parse_markup(markup)
    found = main_text(markup, url)
    title = page_title(tree) or found.title
    date = page_date(tree) or found.date or guess_date(markup, url)
    body = list(found.paragraphs)
    heading = tree.css_first("h1")
    heading = clean_line(heading.text(deep=True)) if heading is not None else ""
    if heading and title and _same_headline(title, heading):
        title = heading              # the <h1> the main text left out, without the site's name
    if body and (not title or _same_headline(title, body[0])):
        title, body = body[0], body[1:]  # the headline as the article prints it, without the site
    if not body:
        raise InputError(source, "no article text found in the HTML page")
    return assemble(title, "\n\n".join(body), date=date, source=source, encoding=encoding,
                    meta={"format": "html", "main_text": found.by})


def assemble(title: str, body: str, *, meta: dict, **fields) -> Article:
    """An `Article` whose text is `title`, a blank line and `body`, with the offsets recorded."""
    text = f"{title}\n\n{body}" if title and body else title or body
    meta["title_span"] = [0, len(title)] if title else None
    meta["body_start"] = len(text) - len(body) if body else len(text)
    return Article(text=text, title=title, meta=meta, **fields)


def page_title(tree: LexborHTMLParser) -> str:
    for selector, attribute in _TITLE_SOURCES:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attrs.get(attribute) if attribute else node.text(deep=True)
        title = clean_line(value or "")
        if title:
            return title
    return ""


def page_date(tree: LexborHTMLParser) -> str | None:
    """The publication date from the page's metadata: Open Graph, schema.org (microdata or
    JSON-LD), then the first <time datetime> of the article."""
    for selector, attributes in _DATE_SOURCES:
        for node in tree.css(selector):
            for attribute in attributes:
                date = parse_date(node.attrs.get(attribute) if attribute else node.text(deep=True).strip())
                if date:
                    return date
    for node in tree.css('script[type="application/ld+json"]'):
        match = _LD_DATE.search(node.text(deep=True) or "")
        if match and parse_date(match.group(1)):
            return parse_date(match.group(1))
    for root in (main_content(tree), tree.root):
        for node in root.css("time[datetime]"):
            date = parse_date(node.attrs.get("datetime") or "")
            if date:
                return date
    return None


def _same_headline(title: str, block: str) -> bool:
    """Whether the body's first block repeats the headline (an <h1> under a <title>)."""
    title, block = title.casefold(), block.casefold()
    if title == block:
        return True
    return title.startswith(block) and _SITE_SUFFIX.match(title, len(block)) is not None
