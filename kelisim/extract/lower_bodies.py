"""State bodies written in lower case with their state: "министерство энергетики Казахстана",
"министерство образования и науки Кыргызстана". News write a ministry's name without the capital
as often as with it; followed by its state in the genitive it names one body as surely as the
capitalised form. Alone ("министерство сообщило") it refers back, and in the plural ("главы
правительств Кыргызстана и Узбекистана") it is several bodies: both are left alone.
"""
from __future__ import annotations

from ..doc import Span, Token

LINKS = {"и"}          # "образования и науки": the words of the name run on over "и"


def state_follows(toks: list[Token], start: int, end: int, places: list[Span], longest: int = 4) -> int | None:
    """The end token of a lower-case body's name run from toks[start:end] up to the state after it:
    lower-case genitive words (and "и") followed by a state in the genitive; None if no state follows."""
    if toks[start].feats.get("Number") == "Plur":
        return None
    j = end
    while j < len(toks) and j - end < longest:
        t = toks[j]
        if any(p.type == "GPE" and p.start == t.start for p in places):
            return j if t.case == "Gen" or t.text.isupper() else None
        if not (t.text.islower() and t.text.isalpha() and (t.case == "Gen" or t.text in LINKS)):
            return None
        j += 1
    return None
