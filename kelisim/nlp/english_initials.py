"""An initial before the name it shortens ("K. Tokayev", "E. Rahmon", glued "L.Ganzorig") is no
sentence's end: the tokenizer (english.py) keeps "K." one token when a capitalised word follows on
the line that is not a closed-class word opening a sentence ("Plan B. The sides ...")."""
from __future__ import annotations

import re
from functools import cache

from ..lang import lexicon

INITIAL = re.compile(r"[A-Z]\.")
NAME_AFTER = re.compile(r"[ \t]*([A-Z][a-z]+)")


@cache
def _closed() -> frozenset[str]:
    return frozenset(r[0] for r in lexicon("en", "words.tsv"))


def initial_before_name(word: str, text: str, end: int) -> bool:
    """Is `word`, ending at `end` of `text`, an initial before a name?"""
    m = NAME_AFTER.match(text, end) if INITIAL.fullmatch(word) else None
    return m is not None and m[1].lower() not in _closed()
