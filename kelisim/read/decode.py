"""Bytes -> text: UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one by where its
NUL bytes fall) and cp1251, which Russian news sites and Windows tools still produce.

Binary, empty and undecodable inputs are refused with an `InputError` that says why.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that never occur in text (tab, newlines, vertical tab and form feed do), and DEL.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r") + b"\x7f"
_CONTROL_CHARS = dict.fromkeys(_CONTROL)  # the same, for str.translate
_MAX_CONTROL_SHARE = 0.02  # a stray Ctrl-Z at the end of a DOS file is text; 2% is not
_WORD = re.compile(r"[^\W\d_]+")

EMPTY = "file is empty"
BLANK = "file holds only whitespace"
NUL = "looks binary (NUL bytes), not a text article"
CONTROL = "looks binary (control characters), not a text article"
UNDECODABLE = "cannot be decoded as UTF-8, UTF-16 or cp1251; save it as UTF-8"


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` and name the encoding used ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le',
    'utf-16-be', 'cp1251', or a `declared` one), the text in NFC; raise `InputError` for empty, whitespace-only,
    binary or undecodable bytes.

    `declared` is the charset an HTML or XML document names for itself; it is tried after UTF-8,
    because pages re-saved as UTF-8 often keep a stale declaration. UTF-8 with a few bad bytes
    (at most one in 500) is kept, each bad byte shown as U+FFFD.
    """
    if not data:
        raise InputError(source, EMPTY)
    text, encoding = _decode(data, source, declared)
    if not text:
        raise InputError(source, EMPTY)  # a BOM and nothing else
    if text.isspace():
        raise InputError(source, BLANK)
    return unicodedata.normalize("NFC", text), encoding   # as Article keeps it, before readers parse it


def _decode(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(source, UNDECODABLE) from None
            if _too_many_controls(text):
                raise InputError(source, CONTROL)
            return text, encoding
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found is None:
            raise InputError(source, NUL)
        return found
    if _too_many_controls(data):
        raise InputError(source, CONTROL)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in (_known_codec(declared), "cp1251"):
        if encoding is None:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "cp1251" or looks_cp1251(text):
            return text, encoding
    # UTF-8 with a stray bad byte or a character cut off at the end (a truncated download) is
    # still the article: each bad sequence becomes one U+FFFD, visible in the text.
    text = data.decode("utf-8", "replace")
    if text.count("\ufffd") - data.count("\ufffd".encode()) <= max(1, len(data) // 500):
        return text, "utf-8"
    raise InputError(source, UNDECODABLE)


def _too_many_controls(data: bytes | str) -> bool:
    if isinstance(data, bytes):
        kept = data.translate(None, _CONTROL)
    else:
        kept = data.translate(_CONTROL_CHARS)
    return len(data) - len(kept) > _MAX_CONTROL_SHARE * len(data)


def _known_codec(name: str | None) -> str | None:
    """Python's name for a declared charset, or None when it is unknown or cannot apply here."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # UTF-8 has already failed; UTF-16 without a BOM is found by its NUL bytes, not by a label.
    return None if codec.startswith(("utf-8", "utf-16", "utf-32")) else codec


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: its ASCII characters put a NUL in every high byte, so NULs fall
    on one side (odd offsets for little-endian) and hardly ever on the other."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if min(even, odd) > 0.02 * max(even, odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _looks_like_text(text) else None


def _looks_like_text(text: str) -> bool:
    """Printable, and written in the scripts kelisim reads (Latin, Cyrillic, common punctuation);
    binary read as UTF-16 comes out as control characters and scattered CJK ideographs."""
    usual = sum(1 for c in text if (c.isprintable() or c in "\t\n\r") and (c < "\u0530" or "\u2000" <= c < "\u2300"))
    return usual >= 0.95 * len(text)


def looks_cp1251(text: str) -> bool:
    """Whether `text`, decoded as cp1251, reads as Cyrillic writing rather than mojibake.

    Judged on the first 64K characters: a file does not change its encoding halfway."""
    text = text[:65536]
    letters = [c for c in text if c.isalpha() and c > "\x7f"]
    if not letters:
        return True  # only quotes, dashes or '№' beyond ASCII: cp1251 and cp1252 agree on them
    cyrillic = [c for c in letters if "\u0400" <= c <= "\u04ff"]
    if len(cyrillic) < 0.9 * len(letters):
        return False
    # KOI8-R read as cp1251 turns lower case into capitals ('бНОПНЯ' for 'вопрос').
    if len(cyrillic) >= 20 and sum(c.islower() for c in cyrillic) < 0.5 * len(cyrillic):
        return False
    # Latin-1 read as cp1251 puts Cyrillic letters inside Latin words ('cafй').
    words = [w for w in _WORD.findall(text) if any("\u0400" <= c <= "\u04ff" for c in w)]
    mixed = sum(1 for w in words if any(c.isascii() for c in w))
    return mixed <= 0.1 * len(words)


_XML_CHARSET = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an XML declaration or an HTML <meta> names near the start of `data`, if any."""
    head = data[:4096]
    match = _XML_CHARSET.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None
