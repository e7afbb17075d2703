"""Builders chosen for a project: "X has been selected as the general contractor for a plant", "X was
named contractor for the bridge", "X, chosen as the contractor for a road": the subject of the verb
the contractor noun hangs on (active or passive) builds it. The nouns are lang/en/project_words.tsv
"builder"."""
from __future__ import annotations

from ...doc import Doc, Sent
from ..projects import project_words
from .clause import mention_at


def builder_chosen(doc: Doc, sent: Sent, trig: int) -> str | None:
    toks = sent.tokens
    # (the stage phrase may open before the noun: "general contractor for")
    noun = next((k for k in range(trig, min(len(toks), trig + 3)) if toks[k].lemma in project_words("en", "builder")), None)
    if noun is None:
        return None
    verb = toks[noun].head
    if verb < 0 or toks[verb].pos != "VERB":
        return None
    for k, t in enumerate(toks):
        if t.head == verb and t.rel in ("nsubj", "nsubj:pass") and (hit := mention_at(doc, t)) is not None \
                and hit[1].type == "ORG":
            return hit[1].id
    return None
