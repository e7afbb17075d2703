"""English lines of a heading: "From: Foreign Office and Stephen Doughty MP\nPublished 3 December
2026", "OFFICE OF THE SPOKESPERSON\nFEBRUARY 10, 2026". A line that ends on a capitalised word or
a number, with no stop, and a next line that opens with one are two sentences: a page's byline,
date and kind lines, copied as lines, are never one clause, and the name that ends one line would
otherwise take the next line's first word as its surname ("MP Published")."""
from __future__ import annotations

from ..doc import Token
from .english_datelines import dateline_apart


def _opens_line(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def lines_apart(text: str, sent: list[Token]) -> list[list[Token]]:
    out, cur = [], []
    for t in sent:
        if cur and "\n" in text[cur[-1].end:t.start] and _opens_line(cur[-1]) and _opens_line(t):
            out.append(cur)
            cur = []
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def pieces(text: str, sent: list[Token]) -> list[list[Token]]:
    """A sentence cut at its heading lines, then its dateline (nlp/english_datelines.py)."""
    return [part for line in lines_apart(text, sent) for part in dateline_apart(line)]
