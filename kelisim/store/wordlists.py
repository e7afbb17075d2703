"""Word lists the store compares names with, one file per language under kelisim/lang/<xx>/
(a word a line, '#' starts a comment); the store reads every language's file at once, since
names in one script are compared with names in another."""
from __future__ import annotations

from functools import cache
from importlib import resources

from .stem import stem

LANGS = ("ru", "en", "kk")


@cache
def words(filename: str) -> frozenset[str]:
    """The lower-cased words of kelisim/lang/*/`filename`."""
    out: set[str] = set()
    for lang in LANGS:
        path = resources.files(f"kelisim.lang.{lang}").joinpath(filename)
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip().lower()
            out.update(line.split())
    return frozenset(out)


@cache
def stems_of(filename: str) -> frozenset[str]:
    """The stems of those words (store/stem.py), for comparing with stemmed titles."""
    return frozenset(stem(w) for w in words(filename))
