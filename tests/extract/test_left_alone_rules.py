"""Rules other helpers noticed on unseen-style news and left alone: distinct projects of one kind
stay apart when merged (one project noun told with two different words before it), while later
mentions of one project still join it; each tried on names written for it."""
from __future__ import annotations

import pytest

from kelisim.doc import Doc, Entity, Event, Span
from kelisim.extract.project_merge import merge_same, named_words, names_agree, places_agree


def _doc(lang: str) -> Doc:
    doc = Doc("x" * 200)
    doc.lang = lang
    return doc


def _project(start: int, name: str, owner: str | None) -> Event:
    return Event(f"p{start}", "project", [Span(start, start + 5, name)], "asserted",
                 attrs={"kind": "plant", "name": name, "owner": owner, "location": None, "agreement": None,
                        "value": None, "sectors": ["industry"], "stage": "announced"})


@pytest.mark.parametrize("lang,first,later,one", [
    # two projects of one kind, named apart
    ("en", "brick plant", "steel plant", False),
    ("en", "paper mill plant", "tyre plant", False),
    ("ru", "кирпичный завод", "стекольный завод", False),
    ("ru", "северная ГЭС", "южная ГЭС", False),
    # a later mention of one project joins it, with its owner
    ("en", "brick plant", "plant", True),
    ("en", "new plant", "brick plant", True),
    ("en", "$2 billion brick plant", "brick plant", True),
    ("ru", "кирпичный завод", "завод", True),
    ("ru", "новый завод", "кирпичный завод", True),
    ("ru", "северная ГЭС", "северная гидроэлектростанция", True),
])
def test_projects_of_one_kind_merge_only_when_their_names_agree(lang, first, later, one):
    doc = _doc(lang)
    assert names_agree(lang, first, later, named_words(doc)) is one
    merged = merge_same(doc, [_project(0, first, "e1"), _project(100, later, None)])
    assert len(merged) == (1 if one else 2) and merged[0].attrs["owner"] == "e1"


@pytest.mark.parametrize("first,later,one", [
    (("Tashkent", "UZ"), ("Almaty", "KZ"), False),
    (("Samarkand", "UZ"), ("Bukhara", "UZ"), True),
    (("Almaty", "KZ"), ("Shymkent", None), True),
])
def test_projects_in_places_of_two_states_are_two(first, later, one):
    doc = _doc("en")
    doc.entities = [Entity("e8", "LOC", first[0], country=first[1]), Entity("e9", "LOC", later[0], country=later[1])]
    a, b = _project(0, "brick plant", None), _project(100, "plant", None)
    a.attrs["location"], b.attrs["location"] = "e8", "e9"
    assert places_agree(doc, "e8", "e9") is one
    assert len(merge_same(doc, [a, b])) == (1 if one else 2)


def test_a_state_named_as_a_projects_place_is_not_compared():
    # "a school built with China's grant ... the school in Dushanbe": China pays, the school is one
    doc = _doc("en")
    doc.entities = [Entity("e8", "GPE", "China", country="CN"), Entity("e9", "LOC", "Dushanbe", country="TJ")]
    assert places_agree(doc, "e8", "e9")


@pytest.mark.parametrize("text,name", [
    ("The delegation was led by engineer Park Jin-ho.", "Jin-ho"),
    ("He thanked Kim Sang-woo. Then he left.", "Sang-woo"),
    ("The deal was signed by Jean-Luc.", "Jean-Luc"),
])
def test_a_hyphenated_name_ending_a_sentence_leaves_the_full_stop_out(text, name):
    from kelisim.nlp.english import tokenize
    words = [t.text for t in tokenize(text)]
    assert name in words and words[words.index(name) + 1] == "."
