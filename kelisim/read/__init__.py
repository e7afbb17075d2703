"""Readers: files, folders, JSON lines, standard input, HTML pages and RSS/Atom feeds -> Article."""
from .article import Article
from .decode import decode_bytes
from .formats import DEFAULT_MAX_BYTES, read_text_bytes
from .plain import parse_plain_text
from .skipped import Skipped
from .sources import read_sources

__all__ = [
    "Article", "Skipped", "read_sources", "read_text_bytes", "parse_plain_text", "decode_bytes",
    "DEFAULT_MAX_BYTES",
]
