"""A title written after a person's name, between commas: "Ерлан Ақкенженов, Энергетика
министрі, ...", "Асқар Дәулетов, Қазақстанның Сауда министрі: ..." (the way a quote's speaker is
introduced in agency copy). The title before a name is roles.py's; this is the other order."""
from __future__ import annotations

from ...doc import Doc, Entity, Token
from ...lang import words
from ...nlp.kazakh import fold
from ..roles import give_role
from .lexicon import matcher

AFTER_TITLE = (",", ":", "–", "—")
MODIFIERS = 3


def past_degree(toks: list[Token], i0: int) -> int:
    """"профессоры, тарих ғылымдарының докторы Ғалия ...": the comma before a degree written
    between a post and the name (lang/kk/degrees.txt), so the post is read as the title; else i0."""
    for phrase in words("kk", "degrees.txt"):
        n = len(phrase.split())
        if i0 >= n + 2 and " ".join(fold(t.text) for t in toks[i0 - n:i0]) == fold(phrase):
            k = i0 - n - 1 if toks[i0 - n - 1].text == "," else i0 - n - 2    # one word of field
            if k >= 1 and toks[k].text == ",":
                return k
    return i0


def title_after(doc: Doc, person: Entity, toks: list[Token], j: int) -> None:
    """toks[j] is the token right after a mention of `person`."""
    from .roles import title_text     # roles.py calls this module
    if j + 1 >= len(toks) or toks[j].text != ",":
        return
    k, state = j + 1, None
    owner = doc.entity_at(toks[k].start, toks[k].end)
    if owner is not None and owner.type == "GPE" and owner.country and owner is not person:
        while k < len(toks) and doc.entity_at(toks[k].start, toks[k].end) is owner:
            k += 1            # "Қазақстанның Сауда министрі": the state's name goes first
        state = owner.country
    # the office's own words may go before the title word ("Энергетика министрі")
    m = next((m for m in matcher("titles.tsv").finditer(toks[k:k + MODIFIERS + 3])
              if m.start <= MODIFIERS and all(t.pos != "PUNCT" and doc.entity_at(t.start, t.end) is None
                                               for t in toks[k:k + m.start])), None)
    end = k + m.end if m is not None else None
    if end is None or end >= len(toks) or toks[end].text not in AFTER_TITLE:
        return                # "X, Энергетика министрі Y": the title is the next name's
    give_role(person, title_text(toks[k:end], m.value[0] if m.start == 0 else ""), owner.id if state else None)
    person.country = person.country or state


def opening_title(doc: Doc, person: Entity, toks: list[Token], i0: int) -> None:
    """"Экономист, «X» орталығының директоры Арман Бейсенбаев ...": a title that is the whole first
    phrase of the sentence, before a comma, is one more title of the person the phrase after the
    comma ends in (toks[i0] opens his name), when no other name stands between."""
    comma = next((k for k in range(1, min(i0, MODIFIERS + 1)) if toks[k].text == ","), None)
    m = matcher("titles.tsv").match_at(toks, 0) if comma is not None else None
    if m is None or m.end != comma or m.value[0] not in words("kk", "commentator_titles.txt") or any((e := doc.entity_at(t.start, t.end)) is not None and e.type == "PER"
                                          for t in toks[comma:i0]):
        return
    give_role(person, m.value[0], None)
