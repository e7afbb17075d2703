"""The main text of a news page, by trafilatura: the article's paragraphs without the menus,
related-article lists, comments, cookie banners and footers that real news pages are full of.

trafilatura is adapted here, at the border: the rest of kelisim sees a list of paragraphs and
the page's own metadata. A page trafilatura finds nothing in (a bare fragment, a page of one
short paragraph) falls back to kelisim's block reader over the page's <article>, <main> or
<body>, so a small page still reads as it did.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from .html import blocks, clean_line, main_content, parse_markup

# trafilatura logs a warning for every page it finds too short; kelisim reports its own skips.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


# trafilatura marks a list item with "- "; in kelisim a line-initial dash opens a quoted remark.
_LIST_MARK = re.compile(r"^\s*-\s+")


@dataclass(frozen=True)
class MainText:
    paragraphs: list[str]
    title: str = ""
    date: str | None = None
    by: str = "trafilatura"        # or "blocks": the fallback reader


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config
    config = use_config()
    # Short press releases are news too: keep whatever trafilatura finds as the main text.
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE", "MIN_OUTPUT_COMM_SIZE", "MIN_EXTRACTED_COMM_SIZE"):
        config.set("DEFAULT", key, "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")   # its signal-based timeout breaks in threads
    return config


def trafilatura_text(markup: str, url: str | None = None) -> MainText | None:
    """The page's paragraphs by trafilatura, or None when it finds no main text."""
    import trafilatura
    try:
        doc = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_formatting=False, favor_precision=True, deduplicate=False,
            config=_config())
    except Exception:  # noqa: BLE001 - a page trafilatura cannot take falls back to the block reader
        return None
    if doc is None:
        return None
    fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    paragraphs = [line for line in (clean_line(_LIST_MARK.sub("", p)) for p in (fields.get("text") or "").split("\n"))
                  if line]
    if not paragraphs:
        return None
    return MainText(paragraphs, clean_line(fields.get("title") or ""), fields.get("date") or None)


def block_text(markup: str) -> MainText:
    """kelisim's own reader: the blocks of the page's main element."""
    return MainText(blocks(main_content(parse_markup(markup))), by="blocks")


def main_text(markup: str, url: str | None = None) -> MainText:
    """The article's paragraphs: trafilatura's, else the block reader's."""
    return trafilatura_text(markup, url) or block_text(markup)


def guess_date(markup: str, url: str | None = None) -> str | None:
    """The publication date by htmldate, for pages whose metadata names none. Only the page's
    own markup and URL are read (no extensive search of the text, which finds any date)."""
    try:
        from htmldate import find_date
        return find_date(markup, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a date is optional; a page htmldate cannot read has none
        return None
