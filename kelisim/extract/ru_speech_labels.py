"""A quote brought in by a label alone, with no verb of speech: "Шаккалиев: «...»", "Министр
торговли Арман X: «...»", "Посол: «...»" (interviews, broadcast transcripts, press digests)."""
from __future__ import annotations

import re

from ..doc import Doc, Entity
from ..nlp.match import fold
from .context import mention_at
from .speakers import speaker_ok


def labelled(doc: Doc, qa: int) -> Entity | None:
    """"Шаккалиев: «...»", "Министр торговли Арман X: «...»", "Посол: «...»": a label with no verb,
    the person's name or office alone before the colon that brings in the quote, is its speaker
    (a description coreference gave to the last holder of the office stands for him)."""
    m = re.search(r":\s*[«“„\"]?\s*$", doc.text[max(0, qa - 120):qa])
    colon = qa - len(doc.text[max(0, qa - 120):qa]) + m.start() if m else -1
    sent = doc.sent_at(colon) if m else None
    toks = [t for t in sent.tokens if t.end <= colon] if sent is not None else []
    if not toks or len(toks) > 8 or any(t.pos in ("VERB", "AUX") or t.text in ",;«»\"" for t in toks):
        return None
    hit = mention_at(doc, toks[-1])
    if hit is not None:
        return hit[1] if hit[1].type == "PER" and hit[0].end == toks[-1].end and speaker_ok(hit[1]) else None
    if len(toks) > 2:
        return None
    # the name recognizer misses a surname alone at the head of a paragraph ("Шаккалиев:"), and a
    # bare office ("Министр:", "Посол:") is no mention: the last person named before who has
    # that surname, or holds that office
    word = fold(toks[-1].text)
    people = sorted(((m.start, e) for e in doc.entities if e.type == "PER" and not e.group and speaker_ok(e)
                     for m in e.mentions if m.end <= toks[0].start), key=lambda x: x[0], reverse=True)
    for _, e in people:
        if fold(e.name.split()[-1]) == word or len(toks) == 1 and any(
                r.title and fold(r.title.split()[0]) == word for r in e.roles):
            return e
    return None
