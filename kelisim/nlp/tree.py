"""Walks over a sentence's dependency tree (Token.head, Token.rel in Universal Dependencies),
for the NLP stages that repair a parse and for the extractors that read it."""
from __future__ import annotations

from ..doc import Sent


def children(sent: Sent, i: int) -> list[int]:
    return [k for k, t in enumerate(sent.tokens) if t.head == i]


def subtree(sent: Sent, i: int) -> list[int]:
    # the parser may make a token its own head or close a cycle: each token is taken once
    out, stack, seen = [], [i], {i}
    while stack:
        k = stack.pop()
        out.append(k)
        for c in children(sent, k):
            if c not in seen:
                seen.add(c)
                stack.append(c)
    return sorted(out)


def ancestors(sent: Sent, i: int, depth: int = 3) -> list[int]:
    out = []
    k = sent.tokens[i].head
    while 0 <= k < len(sent.tokens) and len(out) < depth:
        out.append(k)
        k = sent.tokens[k].head
    return out


def has_subject(sent: Sent, verb: int) -> bool:
    return any(sent.tokens[c].rel.startswith("nsubj") for c in children(sent, verb))


def head_of(sent: Sent, start: int, end: int) -> int:
    """The token a multi-word phrase hangs on: "телефонный разговор" is held through "разговор"."""
    for k in range(start, end):
        if not start <= sent.tokens[k].head < end:
            return k
    return start


def hangs_on(sent: Sent, i: int, heads: set[int], steps: int) -> bool:
    """Does token i depend, within `steps` heads up and not as a conjunct, on one of `heads`
    ("строительство завода" on "проект"), rather than stand beside it ("соглашение ... и меморандум")?"""
    toks = sent.tokens
    for _ in range(steps):
        if toks[i].rel == "conj" or not 0 <= toks[i].head < len(toks):
            return False
        i = toks[i].head
        if i in heads:
            return True
    return False
