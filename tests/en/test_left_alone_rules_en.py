"""English rules other helpers noticed on unseen-style news and left alone: the speaker after a long
title after the verb ("said the Minister of Industry and Advanced Technology of the UAE, X"), a
one-word field of an office before an unknown name ("Minister of Energy Elnur Mammadli")."""
from __future__ import annotations

import pytest

QUOTE = '"Our exports of grain will grow again next year," '


@pytest.mark.parametrize("attribution, speaker", [
    ("said Latvia's Deputy Minister of Agriculture Rufat Guliyev.", "Rufat Guliyev"),
    ("said the Minister of Transport and Digital Development of Latvia, Rufat Guliyev.", "Rufat Guliyev"),
    ("said Latvia's Minister of Science and Higher Education Karl Weber.", "Karl Weber"),
    ("said the Minister of Energy and Water Resources of Oman, Salim Al Harthy.", "Salim Al Harthy"),
])
def test_the_speaker_after_a_long_title_after_the_verb(extract, look, attribution, speaker):
    rec = extract(QUOTE + attribution)
    assert [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")] == [speaker], rec["events"]


@pytest.mark.parametrize("attribution, name", [
    ("said Latvia's Deputy Minister of Energy Elmir Gasanli.", "Elmir Gasanli"),
    ("said the Minister of Finance Tural Jafarli.", "Tural Jafarli"),
])
def test_an_unknown_name_after_a_one_word_field_of_an_office(extract, look, attribution, name):
    rec = extract(QUOTE + attribution)
    persons = [e["name"] for e in rec["entities"] if e["type"] == "PER"]
    assert persons == [name]


def test_a_field_of_several_words_is_not_a_name(extract):
    rec = extract("The delegation met the Minister of Labour and Social Protection of Latvia on Monday.")
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == []
