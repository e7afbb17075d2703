"""Who speaks when the clause of a verb of speech names no speaker of its own (statements.py): the
subject of a speech converb before it in the sentence, or an envoy received unnamed, who speaks
for the state an earlier sentence names him by."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent
from ..speakers import speaker_ok
from .context import subject, unnamed_envoys
from .lexicon import matcher
from .verbs import Verb, speech_verb

ENVOY = "елші"


def converb_speaker(doc: Doc, sent: Sent, v: Verb) -> Entity | None:
    """"X алғыс айтып, ... дайын екенін растады": a speech converb before the verb, closing a
    clause with a comma, shares its subject with it."""
    for j in range(v.start - 2, -1, -1):
        c = speech_verb(sent.tokens, j) if sent.tokens[j + 1].text == "," else None
        if c is not None and c.tense == "converb" and c.end == j + 1:
            who, _ = subject(doc, sent, c)
            if who is not None and speaker_ok(who, "kk"):
                return who
    return None


def envoy_speaking(doc: Doc, sent: Sent, v: Verb) -> Entity | None:
    """"Жапония елшісін қабылдады. ... Елші ... жеткізді": an envoy received unnamed speaks for
    the state he serves (the one an earlier sentence of the article names him by)."""
    toks = sent.tokens
    if not any(m.value[0] == ENVOY and toks[m.end - 1].feats.get("Case", "Nom") == "Nom"
               for m in matcher("titles.tsv").finditer(toks[:v.start])):
        return None
    states = [e for s in doc.sents if s.end <= sent.start for e in unnamed_envoys(doc, s)]
    return states[-1] if states and all(e is states[-1] for e in states) else None
