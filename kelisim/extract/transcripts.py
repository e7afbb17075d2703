"""Transcripts: a paragraph that opens with a person's name and a colon ("В.Путин: Уважаемые
коллеги! ...", "K.Tokayev: Dear friends ...") is that person's turn, as presidential sites publish
the opening of talks. The words after the colon are the speaker's own, unquoted: direct speech
(spec/GOLD.md), one statement per paragraph. Nothing but the name may stand before the colon, so
"Фото: пресс-служба" or "Итоги: ..." stay what they are. Television sites print a speaker's
synchronous words under a line of their own, the name and the title ("Имя Фамилия, министр ...:"),
the words on the next line after a dash."""
from __future__ import annotations

from ..doc import Doc, Event
from .context import mentions_in
from .statements import inside, said


def transcript_turns(doc: Doc, paragraphs: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Event]:
    out: list[Event] = []
    for a, b in paragraphs:
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
    return out


def _label(text: str, named, colon: int, b: int) -> bool:
    """Only the name before the colon; or the name, a comma and a title on a line of its own,
    the words on the next line after a dash ("Имя Фамилия, министр ...:\n– Мы ...")."""
    between = text[named[0][0].end:colon]
    if len(named) == 1 and not between.strip():
        return True
    return between.lstrip().startswith(",") and "\n" not in between \
        and text[colon + 1:b].lstrip(" ").startswith("\n") and text[colon + 1:b].lstrip()[:1] in "–—-"
