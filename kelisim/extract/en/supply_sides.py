"""The buyer of a supply contract: "X clinched a contract to supply 40 locomotives to Y" (Y, the
organisation the goods go to, is the other side of the contract)."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent
from ...nlp.match import fold
from .clause import entity_at

SUPPLY = {"supply", "deliver", "sell", "provide", "ship", "export"}
REACH = 14


def supplied_to(doc: Doc, sent: Sent, signer: int) -> list[Entity]:
    toks = sent.tokens
    for k in range(signer + 1, min(len(toks) - 1, signer + REACH)):
        if toks[k].text in (";", ".") or toks[k].text == "," and k > signer + 1:
            return []
        if fold(toks[k].text) == "to" and toks[k + 1].lemma in SUPPLY:
            for n in range(k + 2, min(len(toks) - 1, k + 2 + REACH)):
                if toks[n].text in (",", ";", "."):
                    return []
                if fold(toks[n].text) == "to":
                    m = n + 1
                    while m < len(toks) and toks[m].pos == "DET":
                        m += 1
                    e = entity_at(doc, toks[m]) if m < len(toks) else None
                    return [e] if e is not None and e.type in ("ORG", "GPE") else []
            return []
    return []
