"""Salience: which person named before a point a pronoun or description most likely means - the
nearest sentence first, and in it the subject before the others; a name closing a title after
"с" ("переговоры с вице-министром Китая Ли Фэем") is no subject, however the parser hung it."""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Span
from ..nlp.match import word_keys
from .context import mentions_in, unique
from .gazetteer import gazetteer


CLIMB = ("appos", "flat", "flat:name", "flat:foreign", "conj")


def is_subject(doc: Doc, m: Span) -> bool:
    """Does the mention stand in a subject ("Президент Казахстана X провел ..."), itself or as the
    name in apposition to it?"""
    sent = doc.sent_at(m.start)
    if sent is None:
        return False
    toks = sent.tokens
    ks = [i for i, t in enumerate(toks) if m.start <= t.start < m.end]
    if ks and _after_with(toks, ks[0]):
        return False      # "провел переговоры с вице-министром Китая Ли Фэем", however it is parsed
    for k in ks:
        for _ in range(6):
            t = toks[k]
            if t.rel.startswith("nsubj"):
                return True
            if t.rel not in CLIMB or not 0 <= t.head < len(toks):
                break
            k = t.head
    return False


def holds_opinion(doc: Doc, m: Span) -> bool:
    """Does the mention name whose words a sentence reports ("По мнению политолога X, ключевой
    темой для Y остается ...")? The one who speaks there is its subject in all but syntax: "—
    сказал он" after it is X, not Y."""
    from .statement_frames import according     # (it imports this module through statements.py)
    sent = doc.sent_at(m.start)
    if sent is None:
        return False
    toks = sent.tokens
    k = next((i for i, t in enumerate(toks) if m.start <= t.start < m.end), None)
    for _ in range(6):
        if k is None or not 0 <= toks[k].head < len(toks) or toks[k].rel not in CLIMB + ("nmod",):
            return False
        k = toks[k].head
        if according(doc.lang, toks, k):
            return True
    return False


def _subject_just_before(doc: Doc, person: Entity, offset: int) -> bool:
    """Is the person the subject of the sentence right before `offset`, in the same paragraph?"""
    prev = next((s for s in reversed(doc.sents) if s.end <= offset), None)
    return prev is not None and "\n\n" not in doc.text[prev.end:offset] and any(
        prev.start <= m.start < prev.end and is_subject(doc, m) for m in person.mentions)


def _after_with(toks, k: int) -> bool:
    """Does "с" open the title the name at k closes, no verb or comma between?"""
    for j in range(k - 1, max(-1, k - 8), -1):
        if toks[j].pos in ("VERB", "AUX", "PUNCT", "CCONJ"):
            return False
        if toks[j].text.lower() in ("с", "со"):
            return True
    return False


def salient_before(doc: Doc, offset: int, skip=()) -> list[Entity]:
    """Persons named before `offset`, the likeliest referent of a pronoun or description first:
    the nearest sentence first, and in it the subject before the others ("X провел разговор с Y.
    Глава государства поздравил ..." is X)."""
    ranked = []
    for e in doc.entities:
        if e.type != "PER" or e.group:
            continue
        for m in e.mentions:
            if m.end <= offset and not any(a <= m.start < b for a, b in skip):
                sent = doc.sent_at(m.start)
                ranked.append(((sent.start if sent else m.start), is_subject(doc, m) or holds_opinion(doc, m),
                               m.start, e))
    ranked.sort(key=lambda x: x[:3], reverse=True)
    return unique([e for *_, e in ranked])


def latest_speaker(reader, at: int) -> Entity | None:
    """Who spoke last before offset `at`: the reader's last speaker of reported words, or the
    speaker of a quote told after it (reader.spoken, the quotes of the first pass): "«...», –
    заявил X.\n\nПо его словам, ..." is X speaking on, not the one reported before the quote."""
    since = getattr(reader, "last_at", -1)
    quoted = [(a, e) for a, e in getattr(reader, "spoken", ()) if since < a < at]
    return max(quoted, key=lambda x: x[0])[1] if quoted else reader.last_speaker


def commentator_named(doc: Doc, vstart: int, qa: int, skip=frozenset()) -> Entity | None:
    """"По оценке партнёра компании X, ... «...», – считает эксперт": a commentator's noun
    (lang/<xx>/commentators.txt) after a quote is the person the paragraph named before it."""
    from ..lang import words
    m = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+)?", doc.text[vstart:vstart + 60])
    if m is None or not any(word_keys(w, doc.lang) & words(doc.lang, "commentators.txt") for w in m.group(0).split()[1:]):
        return None
    para = next(((a, b) for a, b in doc.paragraphs() if a <= qa < b), None)
    named = [e for _, e in mentions_in(doc, para[0], qa, ("PER",)) if e.id not in skip] if para else []
    return named[-1] if named else None


def counterpart_states(doc: Doc, at: int) -> set[str]:
    """The states of a "коллега" the sentence names by a state adjective outside its subject
    ("поблагодарил российского коллегу", "с узбекским коллегой"): the one described is not of them."""
    sent = doc.sent_at(at)
    if sent is None:
        return set()
    gaz = gazetteer(doc.lang)
    toks = sent.tokens
    return {c for t in toks if "коллега" in word_keys(t.text) and not t.rel.startswith("nsubj")
            for x in toks if x.pos == "ADJ" and 0 <= x.head < len(toks) and toks[x.head] is t
            for c in gaz.cues_in(x.text)}


def named_in_sentence(doc: Doc, person: Entity, at: int) -> bool:
    """Is the person named by name earlier in the sentence of the description at `at`? A writer
    who names someone does not describe them by an office they are not known to hold in the
    same sentence: that office is someone else's."""
    sent = doc.sent_at(at)
    return sent is not None and any(sent.start <= m.start < at and m.text[:1].isupper() for m in person.mentions)


def lone_stateless(doc: Doc, before: list[Entity], at: int) -> list[Entity]:
    """"Касым-Жомарт Токаев лично встречает российского коллегу" when no one of that state is known
    yet: the one person named before whose state is not known either and who is not named in the
    description's own sentence; none when several are."""
    lone = [p for p in before if not p.country and not named_in_sentence(doc, p, at)]
    return lone if len(lone) == 1 else []
