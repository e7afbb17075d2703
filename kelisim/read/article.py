"""The one thing every reader produces: an `Article` (text, title, date, source)."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


def article_id(text: str) -> str:
    """Stable id: sha256 of the normalized body (NFC, collapsed whitespace), first 16 hex digits."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    text: str                     # the body, in NFC; offsets in records index into this string
    title: str = ""
    date: str | None = None       # YYYY-MM-DD
    source: str = ""              # file path, URL, feed item id
    id: str = ""
    encoding: str = "utf-8"       # how the bytes were decoded
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Text copied from PDFs and some editors spells "й" as "и" and a combining breve (NFD); the
        # lexicons, the tagger and the names people search for spell it as one character.
        self.text, self.title = (unicodedata.normalize("NFC", s) for s in (self.text, self.title))
        if not self.id:
            self.id = article_id(self.text)
