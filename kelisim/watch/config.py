"""Source lists to import (`kelisim sources import FILE`): OPML, as feed readers export it, or TOML:

    [[source]]
    url = "https://example.kz/rss"
    kind = "feed"          # feed | page | sitemap
    every = "15m"
    lang = "ru"
"""
from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError
from .discover import refuse_entities


def read_source_list(path: str) -> list[dict]:
    """Dicts with `url` and, where given, `kind`, `every` and `lang`."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot be read: {e.strerror or e}") from None
    if path.lower().endswith(".toml"):
        return _toml(data, path)
    return _opml(data, path)


def _toml(data: bytes, path: str) -> list[dict]:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InputError(path, f"is not valid TOML ({e})") from None
    items = doc.get("source") or doc.get("sources") or []
    if not isinstance(items, list) or not all(isinstance(i, dict) and i.get("url") for i in items):
        raise InputError(path, "holds no [[source]] tables with a url")
    return [{k: v for k, v in i.items() if k in ("url", "kind", "every", "lang")} for i in items]


def _opml(data: bytes, path: str) -> list[dict]:
    refuse_entities(data, path)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise InputError(path, f"is neither TOML (.toml) nor readable OPML ({e})") from None
    out = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("url") or outline.get("htmlUrl")
        if not url:
            continue
        kind = "feed" if outline.get("xmlUrl") or (outline.get("type") or "").lower() in ("rss", "atom") else "page"
        item = {"url": url, "kind": kind}
        if outline.get("language"):
            item["lang"] = outline.get("language")
        out.append(item)
    if not out:
        raise InputError(path, "holds no <outline> with an xmlUrl or url")
    return out
