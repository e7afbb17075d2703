"""Speakers set off from their words: 'Izvestia quoted Kremlin aide X as telling reporters that ...', 'X was quoted by the cabinet as
saying ...': a paper or a body that quotes someone is the source; the person quoted speaks; and
'"...," Mr. X, the executive in charge of the project, said': a description between name and verb;
'"The Secretary underscored ...," the readout said': a document's own words report the person."""
from __future__ import annotations

import re

from ...doc import Doc, Entity, Sent
from ...nlp.match import fold
from .clause import _quote_at, entity_at, finite_verb, subject_before
from .speakers import speaker_ok

QUOTING = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}
SPEECH_LEMMAS = {"say", "tell", "add", "note", "explain", "write"}
SAYING = {"saying", "telling", "stating", "describing", "calling"}


def quoted_as(doc: Doc, sent: Sent) -> list[tuple[Entity, int]]:
    """(speaker, offset where his words begin) for each 'quoted X as saying' in the sentence."""
    toks = sent.tokens
    out = []
    for i, t in enumerate(toks[:-1]):
        if fold(t.text) != "as" or fold(toks[i + 1].text) not in SAYING:
            continue
        q = next((k for k in range(i - 1, max(-1, i - 14), -1) if fold(toks[k].text) in QUOTING), None)
        if q is None:
            continue
        # active: the person stands between "quoted" and "as"; passive: he is the subject of "was quoted"
        between = [e for e in (entity_at(doc, x) for x in toks[q + 1:i]) if e is not None and e.type == "PER"]
        speaker = between[0] if between else next((e for e in subject_before(doc, sent, q) if e.type == "PER"), None)
        if speaker_ok(speaker):
            out.append((speaker, toks[i + 1].end))
    return out


def appositive_speaker(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """'"...," Mr. X, the Marubeni executive in charge of the project, said in an interview': the
    person named first after the quote, whose description in commas stands before the verb."""
    toks = sent.tokens
    k = i
    while k < len(toks) and k - i < 3 and entity_at(doc, toks[k]) is None:
        k += 1        # "Mr.", a title before the name
    e = entity_at(doc, toks[k]) if k < len(toks) else None
    if e is None or e.type != "PER":
        return None
    while k < len(toks) and entity_at(doc, toks[k]) is e:
        k += 1
    if k >= len(toks) or toks[k].text != ",":
        return None
    close = next((n for n in range(k + 1, min(len(toks), k + 16)) if toks[n].text == ","), None)
    relative = fold(toks[k + 1].text) == "who"     # "X, who arrived on Tuesday, told Xinhua"
    if close is None or not relative and any(finite_verb(t) for t in toks[k + 1:close]) or close + 1 >= len(toks):
        return None
    verb = toks[close + 1]
    return e if finite_verb(verb) and verb.lemma in SPEECH_LEMMAS and speaker_ok(e) else None


_DOCUMENT_SAID = re.compile(r"[\s,.]*[\"”]?\s*,?\s*(?:the|its|a)\s+(?:[\w'’-]+\s+){0,3}?(?:readout|statement|communiqu[eé]|"
                            r"press release)\s+(?:reads|read|says|said|stated|noted|added)\b", re.I)


def document_words(doc: Doc, offset: int) -> tuple[int, int] | None:
    """The quote of a document holding the offset ('"The Secretary underscored ...," the readout
    said'), whose words tell in the third person what someone said: reported speech, not his own."""
    q = _quote_at(doc, offset)
    return q if q is not None and _DOCUMENT_SAID.match(doc.text, q[1]) is not None else None
