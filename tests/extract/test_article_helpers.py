"""Helpers every language's readers share, on a Doc built by hand: the named mentions of a kind
with their sentences (context.named_mentions) and how often an article names each state
(gazetteer.state_counts, the ground of each reader's guess of a person's home state)."""
from __future__ import annotations

import re

import pytest

from kelisim.doc import Doc, Entity, Sent, Span, Token
from kelisim.extract.context import named_mentions
from kelisim.extract.gazetteer import state_counts

TEXT = "Astana, May 3. Kazakhstan hosted the Turkish side. Turkey and Kazakhstan met in Astana. The Kazakh firm agreed."


def _doc() -> Doc:
    doc = Doc(TEXT, lang="en")
    for m in re.finditer(r"[^.]+\.", TEXT[15:]):
        a, b = 15 + m.start() + (len(m.group()) - len(m.group().lstrip())), 15 + m.end()
        toks = [Token(a + t.start(), a + t.end(), t.group()) for t in re.finditer(r"\w+|\S", TEXT[a:b])]
        doc.sents.append(Sent(a, b, TEXT[a:b], toks))

    def spans(word: str, typ: str) -> list[Span]:
        return [Span(m.start(), m.end(), word, typ) for m in re.finditer(word, TEXT)]
    doc.entities = [
        Entity("e1", "GPE", "Kazakhstan", spans("Kazakhstan", "GPE"), country="KZ"),
        Entity("e2", "GPE", "Turkey", spans("Turkey", "GPE"), country="TR"),
        Entity("e3", "LOC", "Astana", spans("Astana", "LOC"), country="KZ"),     # the first in the dateline
        Entity("e4", "ORG", "The Kazakh firm", spans("The Kazakh firm", "ORG")),
        Entity("e5", "ORG", "the Turkish side", spans("the Turkish side", "ORG"), group=True),
    ]
    return doc


@pytest.mark.parametrize("kind, expected", [
    ("GPE", [("Kazakhstan", "e1"), ("Kazakhstan", "e1"), ("Turkey", "e2")]),   # entity by entity
    ("LOC", [("Astana", "e3")]),            # the dateline's Astana stands in no sentence
    ("ORG", [("The Kazakh firm", "e4")]),   # a group is left out
])
def test_named_mentions_of_a_kind_come_with_their_sentence(kind, expected):
    doc = _doc()
    found = list(named_mentions(doc, kind))
    assert [(m.text, e.id) for m, e, _ in found] == expected
    assert all(s.start <= m.start and m.end <= s.end for m, _, s in found)


@pytest.mark.parametrize("places, expected", [
    (False, {"KZ": 2, "TR": 1}),            # by name only
    # with places and adjectives: both Astanas; "Kazakh" and "Turkish" stand inside mentions
    (True, {"KZ": 4, "TR": 1}),
])
def test_state_counts_by_name_or_by_places_and_adjectives_too(places, expected):
    assert dict(state_counts(_doc(), places=places)) == expected


def test_state_counts_count_an_adjective_outside_every_mention():
    doc = _doc()
    doc.entities = [e for e in doc.entities if e.id != "e5"]      # "the Turkish side" no longer a mention
    assert state_counts(doc, places=True)["TR"] == 2
