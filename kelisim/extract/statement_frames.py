"""Statements that no verb of speech carries, read from frames: a message sent ("направил
поздравительную телеграмму"), a text that speaks impersonally ("в обращении X отмечается"),
an opinion noun ("по оценке X"), and the quoted words inside reported speech."""
from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Entity, Event, Sent
from ..lang import lexicon, words
from ..nlp.frames import Frame, frames_in
from ..nlp.match import fold, lookup, word_keys
from .context import children, mention_at, subject_entities
from .statements import said
from .speakers import speaker_ok_body


@cache
def speech_nouns(lang: str) -> dict[str, tuple[str, str]]:
    """noun lemma -> (use, kind): message (sent by the subject), source (the text speaks),
    according ("по оценке X"), proposal (put forward by the subject)."""
    return {r[0]: (r[1], r[2]) for r in lexicon(lang, "speech_nouns.tsv")}


def _noun(lang: str, word: str) -> tuple[str, str] | None:
    return lookup(speech_nouns(lang), word, lang)


def _person_in(doc: Doc, sent: Sent, tokens, ok) -> Entity | None:
    for j in tokens:
        hit = mention_at(doc, sent.tokens[j])
        if hit is not None and ok(hit[1]):
            return hit[1]
    return None


def message(doc: Doc, sent: Sent, f: Frame, ok) -> tuple[Entity, str] | None:
    """"X направил поздравительную телеграмму": a verb whose object is a message names its sender
    as the speaker; "в обращении X отмечается": an impersonal verb of speech inside a message
    names its author."""
    toks = sent.tokens
    if f.kind != "verb" or f.negated or f.quoted:
        return None
    for a in f.role(doc.lang, "patient"):
        found = [_noun(doc.lang, toks[j].text) for j in a.tokens if toks[j].pos in ("NOUN", "ADJ")]
        # a proposal or an opinion speaks only when the verb puts it forward ("представил предложение",
        # "высказал мнение")
        found = [x for x in found if x is not None and (x[0] == "message" or x[0] in ("proposal", "according") and bool(
            word_keys(toks[f.pred].text) & words(doc.lang, "proposing.txt")) or x[0] == "protest" and _cause(doc, sent, a.tokens[0]))]
        if found:
            # a passive's subject is the message itself, and whom it names did not send it
            subj = [] if f.voice == "passive" else [e for e in subject_entities(doc, sent, f.pred) if ok(e)]
            if not subj and f.voice != "passive" and found[0][0] == "protest":
                subj = _body_subject(doc, sent, f.pred)     # "МИД вручил послу ноту протеста"
            if subj:
                return subj[0], found[0][1]
            if f.voice == "passive" and found[0][0] == "protest" and (host := _handing_side(doc, sent, f)) is not None:
                return host, found[0][1]
    if f.voice == "passive" or toks[f.pred].feats.get("Voice") == "Mid" or fold(toks[f.pred].text).endswith("ся"):
        for a in f.role(doc.lang, "place"):
            # "в обращении X", "в тексте поздравления X"
            uses = [u for j in a.tokens if toks[j].pos == "NOUN" and (u := _noun(doc.lang, toks[j].text))]
            use = next((u for u in uses if u[0] == "message"), None)
            if use is None:
                continue
            who = _person_in(doc, sent, a.tokens, ok)
            if who is not None:
                return who, use[1]
    return None


def _cause(doc: Doc, sent: Sent, k: int) -> bool:
    """Does the sentence say, after the note (its phrase starts at k), what it protests
    (lang/<xx>/protest_causes.txt)?"""
    rest = " " + " ".join(fold(t.text) for t in sent.tokens[k + 1:]) + " "
    return any(f" {c} " in rest for c in words(doc.lang, "protest_causes.txt"))


def _body_subject(doc: Doc, sent: Sent, verb: int) -> list[Entity]:
    """A state body that is itself the verb's subject ("Министерство ... вызвало посла и вручило
    ему ноту"), not one named inside a person's title ("официальный представитель МИД")."""
    toks = sent.tokens
    for v in (verb, toks[verb].head if toks[verb].rel == "conj" else -1):
        for c in (c for c in children(sent, v) if toks[c].rel == "nsubj") if 0 <= v < len(toks) else ():
            hit = mention_at(doc, toks[c])
            if hit is not None and hit[1].type == "ORG" and not hit[1].group and speaker_ok_body(doc.lang, hit[1]):
                return [hit[1]]
    return []


def _handing_side(doc: Doc, sent: Sent, f: Frame) -> Entity | None:
    """"В ходе встречи таджикской стороне был выражен протест", "казахстанской стороне была передана
    нота протеста": a message handed, no one named as its sender, to one side of the meeting just
    told comes from the other side of it."""
    from .gazetteer import gazetteer
    toks, gaz = sent.tokens, gazetteer(doc.lang)
    to = {c for a in f.args if a.case == "Dat" or a.rel == "iobj" for j in a.tokens for c in gaz.cues_in(toks[j].text)}
    met = [v for v in doc.events if v.type == "meeting" and v.modality == "asserted" and v.evidence[0].start < sent.end]
    if len(to) != 1 or not met:
        return None
    ents = {e.id: e for e in doc.entities}
    sides = [ents[p] for p in met[-1].attrs["participants"] if ents[p].country and ents[p].country not in to]
    return sides[0] if len(sides) == 1 else None


def according(lang: str, toks, i: int) -> bool:
    """"по словам X", "по оценке министра", "по его мнению", "с её слов": an opinion noun after
    "по" (or "слов" after "с") whose holder speaks."""
    word = fold(toks[i].text)
    if word == "слов":
        # "с её слов", "со слов министра"
        return any(fold(t.text) in ("с", "со") for t in toks[max(0, i - 2):i])
    # asked of every word of every sentence: the cheap test of "по" before the lexicon
    if not any(fold(t.text) == "по" for t in toks[max(0, i - 2):i]):
        return False
    use = _noun(lang, toks[i].text)
    return word == "словам" or use is not None and use[0] == "according"


def frame_statements(doc: Doc, sent: Sent, ok, done: set[str], taken=()) -> list[Event]:
    out = []
    for f in frames_in(doc, sent):
        if any(x <= sent.tokens[f.pred].start < y for x, y in taken):
            continue      # "«...», – отмечается в послании X": the quote's attribution, told already
        found = message(doc, sent, f, ok)
        if found is None or found[0].id in done:
            continue
        speaker, kind = found
        done.add(speaker.id)
        out.append(said(doc, sent.start, sent.end, speaker, kind, False,
                        doc.text[sent.tokens[f.pred].end:sent.end].strip(" ,:")))
    return out


MINISTRY_WORDS = frozenset({"ведомство", "министерство"})


def body_said_in(doc: Doc, sent: Sent, verb: int) -> Entity | None:
    """"В МИД подчеркнули, что ...": a state body in which "they" take a position speaks; "в
    пресс-службе сообщили" and any verb that only reports the news name a source, no speaker."""
    from .speakers import reporting, speaker_ok_body
    toks = sent.tokens
    if word_keys(toks[verb].text) & reporting(doc.lang):
        return None
    for c in children(sent, verb):
        if toks[c].rel == "obl" and any(fold(toks[k].text) in ("в", "во") and toks[k].rel == "case"
                                        for k in children(sent, c)):
            hit = mention_at(doc, toks[c])
            if hit is not None and hit[1].type == "ORG" and speaker_ok_body(doc.lang, hit[1]):
                return hit[1]
            if hit is None and word_keys(toks[c].text) & MINISTRY_WORDS:
                # "Во внешнеполитическом ведомстве подчеркнули": the ministry named last before
                from .context import last_named_of_kind
                body = last_named_of_kind(doc, {"министерство", "МИД"}, toks[c].start)
                if body is not None and speaker_ok_body(doc.lang, body):
                    return body
    return None


# "«...», – говорится в заявлении МИД", "– отмечается в обращении президента": an impersonal verb
# after the quote and the text it stands in, whose author speaks; "– говорится в сообщении" alone
# (the news report itself) names no one
IMPERSONAL = re.compile(r"(?:говорится|отмечается|подчеркивается|подчёркивается|указывается)\s+в(?:о)?\s+(\w+)")


def said_in_text(doc: Doc, vstart: int, para_end: int) -> tuple[Entity, int] | None:
    from .speakers import speaker_ok, speaker_ok_body
    m = IMPERSONAL.match(doc.text, vstart, para_end)
    use = _noun(doc.lang, m.group(1)) if m else None
    if use is None or use[0] not in ("message", "text"):
        return None
    sent = doc.sent_at(vstart)
    send = min(sent.end if sent else para_end, para_end)
    from .context import mentions_in, paragraph_of
    ok = lambda e: speaker_ok(e) or (e.type == "ORG" and speaker_ok_body(doc.lang, e))  # noqa: E731
    for _, e in mentions_in(doc, m.end(1), send, ("PER", "ORG")):
        if ok(e):
            return e, send
    # "«...», – говорится в заявлении ведомства": the ministry named last before (body_said_in)
    back = re.match(r"\s+(\w+)", doc.text[m.end(1):send])
    if back and word_keys(back.group(1)) & MINISTRY_WORDS:
        from .context import last_named_of_kind
        body = last_named_of_kind(doc, {"министерство", "МИД"}, vstart)
        return (body, send) if body is not None and speaker_ok_body(doc.lang, body) else None
    # "Как отмечается в сообщении министерства, ... «...», – говорится в сообщении": the bare
    # noun takes up the text named earlier in the paragraph, whose author speaks
    for t in reversed([t for s in doc.sents if paragraph_of(doc, vstart)[0] <= s.start < vstart
                       for t in s.tokens if t.end <= vstart]):
        if _noun(doc.lang, t.text) == use:
            after = mentions_in(doc, t.end, t.end + 80, ("PER", "ORG"))
            if after and after[0][0].start <= t.end + 1 and ok(after[0][1]):
                return after[0][1], send
            return None
    return _message_sender(doc, vstart, use, send)


def _message_sender(doc: Doc, vstart: int, use: tuple, send: int) -> tuple[Entity, int] | None:
    """"X направил телеграмму соболезнования ...\n\n«...», – говорится в телеграмме": a quote in a
    paragraph of its own stands in the message the paragraph before tells of; its sender (the
    person named last before the message noun in that sentence) speaks."""
    from .context import mentions_in, paragraph_of
    from .speakers import speaker_ok
    if use[0] != "message":
        return None
    start = paragraph_of(doc, vstart)[0]
    before = [p for p in doc.paragraphs() if p[1] < start]
    if not before:
        return None
    pa, _ = before[-1]
    # any message takes up any other: "X выразил соболезнования ...\n\n«...», – отмечается в послании"
    is_message = lambda t: (_noun(doc.lang, t.text) or ("",))[0] == "message"  # noqa: E731
    for s in reversed([s for s in doc.sents if pa <= s.start < start]):
        noun = next((t for t in s.tokens if is_message(t)), None)
        if noun is None:
            continue
        pers = [e for _, e in mentions_in(doc, s.start, noun.start, ("PER",)) if speaker_ok(e)]
        return (pers[-1], send) if pers else None
    return None


def body_head(doc: Doc, vstart: int, send: int, qa: int, skip: set[str]) -> Entity | None:
    """"«...», – отметила глава Сената Чехии": the head of a body speaks, not the body: the one
    person who holds an office in it, else the person named last before the quote whom the verb's
    gender fits (lang/ru/body_heads.txt)."""
    from ..lang import words
    from .context import mentions_in
    from .coref import agreed_gender
    from .salience import salient_before
    org = next(((m, e) for m, e in mentions_in(doc, vstart, send, ("ORG",))), None)
    word = re.search(r"(\w+)\s*$", doc.text[vstart:org[0].start]) if org else None
    if word is None or not word_keys(word.group(1)) & set(words(doc.lang, "body_heads.txt")):
        return None
    holders = [p for p in doc.entities if p.type == "PER" and p.id not in skip
               and any(r.org == org[1].id for r in p.roles)]
    if len(holders) == 1:
        return holders[0]
    sent = doc.sent_at(vstart)
    verb = next((t for t in sent.tokens if t.start >= vstart), None) if sent is not None else None
    g = verb.feats.get("Gender") if verb is not None else None
    return next((p for p in salient_before(doc, qa) if p.id not in skip
                 and (g not in ("Masc", "Fem") or agreed_gender(doc, p) == g)), None)


def words_passed_on(doc: Doc, vstart: int, send: int, qa: int, skip: set[str]) -> Entity | None:
    """"«...», — приводит слова главы банка пресс-служба президента": the verb after the quote takes
    the noun of words (lang/<xx>/word_nouns.txt), and whose words they are is said right after it
    (a person, or the head of a body); the subject only passes them on."""
    from ..lang import words
    from .context import mentions_in
    from .speakers import speaker_ok
    m = re.match(r"\w+\s+(\w+)\s+", doc.text[vstart:send])
    if m is None or not word_keys(m.group(1), doc.lang) & words(doc.lang, "word_nouns.txt"):
        return None
    start = vstart + m.end()
    person = next(((x, e) for x, e in mentions_in(doc, start, send, ("PER",)) if e.id not in skip and speaker_ok(e)), None)
    org = next((x for x, _ in mentions_in(doc, start, send, ("ORG",))), None)
    if org is not None and (person is None or org.start < person[0].start):
        return body_head(doc, start, send, qa, skip) or (person[1] if person else None)
    return person[1] if person else None


def body_office(doc: Doc, sent: Sent, i: int, body: Entity) -> Entity | None | bool:
    """"Председатель Милли Меджлиса подчеркнула": a subject headed by an office in a body (lang/ru/
    body_heads.txt) names the one person who holds an office there (None when the article names
    no such one); False when the subject is no such office, and the body itself may speak."""
    from ..lang import words
    toks = sent.tokens
    head = next((toks[c] for c in children(sent, i) if toks[c].rel.startswith("nsubj")), None)
    if head is None or not word_keys(head.text) & set(words(doc.lang, "body_heads.txt")) \
            or mention_at(doc, head) is not None:
        return False
    holders = [p for p in doc.entities if p.type == "PER" and not p.group and any(r.org == body.id for r in p.roles)]
    return holders[0] if len(holders) == 1 else None
