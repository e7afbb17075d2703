"""What only a wish tells: "Italian firms are interested in ... the modernization of the railways"
names a project nobody has announced; it is possible, not asserted."""
from __future__ import annotations

from ...nlp.match import fold
from ..projects import project_words


def interest_only(toks: list, trig: int) -> bool:
    """The nearest verb or adjective before the act is one of interest (lang/en/project_words.tsv
    "interest"): "are interested in agriculture and the modernization of X"."""
    for k in range(trig - 1, -1, -1):
        if toks[k].pos in ("VERB", "ADJ"):
            return fold(toks[k].text) in project_words("en", "interest")
    return False
