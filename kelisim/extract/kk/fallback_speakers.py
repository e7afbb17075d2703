"""Who speaks when the clause of a verb of speech names no speaker of its own (statements.py): the
subject of a speech converb before it in the sentence, or an envoy received unnamed, who speaks
for the state an earlier sentence names him by."""
from __future__ import annotations

from ...doc import Doc, Entity, Sent
from ..context import headline_end
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


def described_speaker(doc: Doc, before: int) -> Entity | None:
    """"X ... арнайтынын айтты.\\n\\n– ..., – деді балуан.": a common noun after the verb of a quote
    that is no one's office (coref.office_holder found no holder) describes the one who spoke in
    the paragraph just before, when he holds no office (an officer would be called by it)."""
    prev = next(((a, b) for a, b in reversed(doc.paragraphs()) if b <= before), None)
    if prev is None or prev[0] < headline_end(doc):
        return None
    for sent in reversed([s for s in doc.sents if prev[0] <= s.start < prev[1]]):
        toks = sent.tokens
        for i in range(len(toks) - 1, -1, -1):
            v = speech_verb(toks, i)
            if v is None or v.tense == "noun" or v.start != i:
                continue
            who, _ = subject(doc, sent, v)
            if who is None or who.type != "PER" or who.group or not speaker_ok(who, "kk"):
                return None
            return who if not any(r.title for r in who.roles) else None
    return None
