"""Words a lost space glued together: a state's name run into the next capitalised word ("the
Ambassador of France to GeorgiaMaria Lenz") is two tokens, so the name after it stands alone."""
from __future__ import annotations

import re
from functools import cache

from ..data import table
from ..doc import Token

GLUED = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]+)")


@cache
def _states() -> frozenset[str]:
    """The one-word English names of states (data/states.tsv)."""
    return frozenset(r["name"] for r in table("states")
                     if r["lang"] == "en" and r["kind"] in ("name", "short", "name_ambiguous") and " " not in r["name"])


def split_glued(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        m = GLUED.fullmatch(t.text)
        if m and m.group(1) in _states():
            n = len(m.group(1))
            out += [Token(t.start, t.start + n, t.text[:n]), Token(t.start + n, t.end, t.text[n:])]
        else:
            out.append(t)
    return out
