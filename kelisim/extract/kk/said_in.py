"""Kazakh bodies as speakers. A state body takes a position ("Сыртқы істер министрлігі шабуылды
айыптайды": condemns, supports, calls for) and so speaks, as in Russian and English; it only
carries the news with a plain verb of saying. A quote "said in" a body's document («...», –
делінген министрліктің мәлімдемесінде) is the body's: the body named in the genitive, or named
earlier when the document's owner is only its common noun ("министрліктің"). The words are data
(lang/kk/said_in.tsv, org_heads.tsv).
"""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Entity, Sent
from ...lang import folded, lexicon
from ...nlp.kazakh import fold, stem_keys
from ..context import mentions_in


@cache
def _head_stems() -> frozenset[str]:
    return frozenset(k for r in lexicon("kk", "org_heads.tsv") if r[2] != "latin" for k in stem_keys(r[0]))


def state_body(e: Entity | None) -> bool:
    """An organisation whose name ends in a word that heads a body ("... министрлігі", "... әкімдігі")."""
    return e is not None and e.type == "ORG" and not e.group and bool(e.name.split()) \
        and bool(stem_keys(e.name.split()[-1]) & _head_stems())


def takes_position(e: Entity | None, kind: str) -> bool:
    """A body that condemns, supports or calls for something speaks; "айтты" alone it reports."""
    return state_body(e) and kind not in ("", "generic")


def said_in(doc: Doc, sent: Sent, k: int) -> Entity | None:
    """The body whose document a quote is said in, the words from token k of `sent` on:
    "делінген X-тің мәлімдемесінде", or None."""
    toks = sent.tokens
    if k >= len(toks) or fold(toks[k].text) not in folded("kk", "said_in.tsv", "passive"):
        return None
    docs = folded("kk", "said_in.tsv", "document")
    n = next((n for n in range(k + 1, min(len(toks), k + 5))
              if any(fold(toks[n].text).startswith(d) for d in docs)), None)
    if n is None:
        return None
    named = [e for m, e in mentions_in(doc, toks[k].end, toks[n].start) if state_body(e)]
    if named:
        return named[-1]
    owner = stem_keys(toks[n - 1].text) & _head_stems() if n - 1 > k else set()
    if not owner:
        return None
    earlier = [e for m, e in mentions_in(doc, 0, toks[k].start) if state_body(e)
               and stem_keys(e.name.split()[-1]) & owner]
    return earlier[-1] if earlier else None
