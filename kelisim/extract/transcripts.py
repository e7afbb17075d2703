"""Transcripts: a paragraph that opens with a person's name and a colon ("В.Путин: Уважаемые
коллеги! ...", "K.Tokayev: Dear friends ...") is that person's turn, as presidential sites publish
the opening of talks. The words after the colon are the speaker's own, unquoted: direct speech
(spec/GOLD.md), one statement per paragraph. Nothing but the name may stand before the colon, so
"Фото: пресс-служба" or "Итоги: ..." stay what they are. Television sites print a speaker's
synchronous words under a line of their own, the name and the title ("Имя Фамилия, министр ...:"),
the words on the next line after a dash. A turn runs on into the next paragraphs that carry no
label while they speak in the first person ("Видим хорошие перспективы ... Имею в виду ..."): the
transcript breaks a long turn into paragraphs; the editor's "Напомним, ..." is no turn."""
from __future__ import annotations

from ..doc import Doc, Event
from ..lang import lexicon
from ..nlp.match import fold
from .context import mentions_in
from .speakers import speech_kind
from .statements import inside, said


def transcript_turns(doc: Doc, paragraphs: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Event]:
    out: list[Event] = []
    turn_of = None                          # (speaker, end of the turn's last paragraph)
    for a, b in paragraphs:
        if turn_of is not None and _goes_on(doc, turn_of[1], a, b, taken):
            start, end = a + len(doc.text[a:b]) - len(doc.text[a:b].lstrip()), len(doc.text[:b].rstrip())
            out.append(said(doc, start, end, turn_of[0], "generic", True, doc.text[start:end]))
            taken.append((start, end))
            turn_of = (turn_of[0], b)
            continue
        turn_of = None
        para = doc.text[a:b]
        start = a + len(para) - len(para.lstrip())
        colon = doc.text.find(":", start, b)
        if colon < 0 or inside(start, taken) or any(start <= x < b for x, _ in taken):
            continue
        named = mentions_in(doc, start, colon, ("PER",))
        if not named or named[0][0].start != start or not _label(doc.text, named, colon, b):
            continue
        words_at = colon + 1 + len(doc.text[colon + 1:b]) - len(doc.text[colon + 1:b].lstrip(" \n–—-"))
        end = len(doc.text[:b].rstrip())
        if len(doc.text[words_at:end].split()) < 3:
            continue
        out.append(said(doc, start, end, named[0][1], "generic", True, doc.text[words_at:end]))
        taken.append((start, end))
        turn_of = (named[0][1], b)
    return out


def _label(text: str, named, colon: int, b: int) -> bool:
    """Only the name before the colon; or the name, a comma and a title on a line of its own,
    the words on the next line after a dash ("Имя Фамилия, министр ...:\n– Мы ...")."""
    between = text[named[0][0].end:colon]
    if len(named) == 1 and not between.strip():
        return True
    return between.lstrip().startswith(",") and "\n" not in between \
        and text[colon + 1:b].lstrip(" ").startswith("\n") and text[colon + 1:b].lstrip()[:1] in "–—-"


def _goes_on(doc: Doc, last: int, a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    """The paragraph text[a:b] right after a turn that ended at `last` carries it on: no label, no
    quote or dash opening it, no person named, no verb of speech but of the first person, and a word of the first person in it (a pronoun of lang/<xx>/first_person.txt
    or a verb of the first person) other than the editor's "Напомним" (lang/<xx>/signed_before.tsv)."""
    para = doc.text[a:b]
    if doc.text[last:a].count("\n") > 2 or any(a <= x < b for x, _ in taken) \
            or para.lstrip()[:1] in "«\"“–—-" or mentions_in(doc, a, b, ("PER",)):
        return False
    try:
        first = {r[0] for r in lexicon(doc.lang, "first_person.txt")}
        editors = {r[0] for r in lexicon(doc.lang, "signed_before.tsv") if r[1:2] == ("opening",)}
    except FileNotFoundError:
        return False
    toks = [t for s in doc.sents if a <= s.start < b for t in s.tokens]
    if not toks or fold(toks[0].text) in editors or fold(toks[0].lemma) in editors:
        return False
    if any(t.pos == "VERB" and speech_kind(doc.lang, t.text) and t.feats.get("Person") != "1" for t in toks):
        return False
    return any(fold(t.text) in first and t.pos in ("PRON", "DET")
               or t.pos in ("VERB", "AUX") and t.feats.get("Person") == "1" for t in toks)
