"""Where a company's run of capitalised words ends (companies.company_spans): after a trade word
(lang/en/company_heads.txt) unless another follows, and past an ampersand."""
from __future__ import annotations

from ...doc import Token
from ...lang import folded
from ...nlp.match import fold
from .lexicons import is_cap


def _heads() -> frozenset[str]:
    return folded("en", "company_heads.txt")


def ampersand_tail(toks: list[Token], taken: list[bool], j: int) -> int:
    """"Hyundai Engineering & Construction", "Larsen & Toubro": an ampersand never joins two
    companies in prose ("and" does), so the words after it still name the firm: to the last trade
    word of the next three capitalised ones, else the one word. Returns the name's last token."""
    while j + 2 < len(toks) and toks[j + 1].text == "&" and not taken[j + 2] and is_cap(toks[j + 2]):
        run = []
        for x in range(j + 2, min(len(toks), j + 5)):
            if taken[x] or not is_cap(toks[x]):
                break
            run.append(x)
        heads = [x for x in run if fold(toks[x].text) in _heads()]
        j = heads[-1] if heads else run[0]
    return j


def head_follows(toks: list[Token], taken: list[bool], j: int) -> bool:
    """"Nordic Rail Systems": a trade word right after another ends the name, not the first."""
    return j + 1 < len(toks) and not taken[j + 1] and is_cap(toks[j + 1]) and fold(toks[j + 1].text) in _heads()
