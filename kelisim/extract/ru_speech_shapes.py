"""Shapes of Russian speech the statement reader (ru_statements.py) recognises beyond a verb of
speech with its subject: words in the first person without quote marks ("Мы рассчитываем ...,
сообщил X"), a quote split by its attribution inside one pair of quote marks, and a speaker the
parser left without a subject link ("Посол X, выступая на церемонии, выразил ...")."""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Sent
from ..lang import words
from ..nlp.match import fold
from .context import mentions_in
from .speakers import DASHES, speaker_ok, speech_kind
from .statement_frames import according

# ", – подчеркнул он. – " inside one pair of quote marks: the words go on after the attribution
# (a hyphen between spaces stands for the dash in many texts: ", - заявил он. - ")
INNER_ATTRIBUTION = re.compile(r"[,.!?]\s*[–—-]\s+(\w+)[^–—«»\n]*?[,.:]\s*(?:[–—]|(?<=\s)-)\s+(?=\w)")


def first_person_before(doc: Doc, sent: Sent, i: int) -> int | None:
    """"Мы рассчитываем выйти на мощность в 2028 году, сообщил X" (or ", – сказал X"): the verb of
    speech comes after a comma and the words before it speak in the first person ("мы", "наш",
    "рассчитываем") - speech without quote marks, direct by spec/GOLD.md. The index where those
    words end, or None. "По его словам, мы ..." is not: the words must open the sentence."""
    toks = sent.tokens
    cut = i - 1
    if cut > 0 and toks[cut].text in DASHES and toks[cut - 1].text == ",":
        cut -= 1
    if cut < 3 or toks[cut].text != "," or any(according(doc.lang, toks, k) for k in range(min(4, i))):
        return None
    first = words(doc.lang, "first_person.txt")
    before = toks[:cut]
    if any(t.pos == "VERB" and speech_kind(doc.lang, t.text) and t.feats.get("Person") != "1" for t in before):
        return None           # "X заявил, что ..., подчеркнул он": reported speech runs on
    if any(fold(t.text) in first and t.pos in ("PRON", "DET") for t in before) \
            or any(t.pos in ("VERB", "AUX") and t.feats.get("Person") == "1" for t in before):
        return cut
    return None


def named_at_start(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Посол КНР в Таджикистане Чжоу Вэньшэн, выступая на церемонии, выразил уверенность":
    the parser hung the name on the title and left the verb without a subject. The person named
    in the nominative before the verb, with no finite verb between, is it; one in another case
    ("с Президентом X") is not."""
    toks = sent.tokens
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in toks[:i]):
        return None
    for m, e in mentions_in(doc, sent.start, toks[i].start, ("PER",)):
        first = next((k for k, t in enumerate(toks) if t.start >= m.start), None)
        if first is None or first and toks[first - 1].pos == "ADP":
            continue
        if all(t.feats.get("Case") in (None, "Nom") for t in toks[first:i] if m.start <= t.start < m.end):
            return e if speaker_ok(e) else None
    return None


def after_quoted_outlet(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"Как пояснил «Ъ» аналитик X, ...", "заявил «Ведомостям» глава компании X": the outlet told,
    in quote marks right after the verb, is no speaker (the parser often takes it for the
    subject); the person named after it, before the clause ends, is."""
    toks = sent.tokens
    k = i + 1
    if k >= len(toks) or toks[k].text not in ("«", "“", "\"", "„"):
        return None
    close = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].text in ("»", "”", "\"", "“")), None)
    if close is None:
        return None
    for j in range(close + 1, min(len(toks), close + 9)):
        if toks[j].text in (",", ".", ":", ";"):
            break
        e = next((e for m, e in mentions_in(doc, toks[j].start, toks[j].end + 1)), None) \
            or next((e for e in doc.entities for m in e.mentions if m.start <= toks[j].start < m.end), None)
        if e is not None and e.type == "PER" and speaker_ok(e):
            return e
    return None
