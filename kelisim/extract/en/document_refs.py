"""English words about documents that name no new one: a quantifier over documents ("every
agreement"), the set a named deal belongs to ("Among the largest deals, ..."), and the test of
whether a document told after another is a new deal of its own sides (agreements.py)."""
from __future__ import annotations

import re

from ...doc import Doc, Event, Token
from ...nlp.match import fold


def any_document(toks: list[Token], a: int) -> bool:
    """"every agreement": documents in general ("did not sign any agreement" stays a negated one); "Among
    the deals, X signed ...": the set the document named next belongs to."""
    k = a - 1
    while k >= 0 and toks[k].pos in ("ADJ", "NOUN") and toks[k].text.islower():
        k -= 1
    return k >= 0 and (fold(toks[k].text) in ("every", "each", "all")
                       or fold(toks[k].text) == "the" and k > 0 and fold(toks[k - 1].text) == "among")


def new_deal(doc: Doc, earlier: Event, later: Event) -> bool:
    """A document with an indefinite article ("X and Y signed an agreement") and sides of its own."""
    a = later.attrs["title_span"][0]
    det = re.findall(r"\b(a|an|the|this|that)\b", doc.text[max(0, a - 40):a].lower())
    return bool(det) and det[-1] in ("a", "an") and len(later.attrs["parties"]) >= 2 \
        and not set(later.attrs["parties"]) <= set(earlier.attrs["parties"])
