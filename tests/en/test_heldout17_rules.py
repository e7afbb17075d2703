"""Rules the seventeenth held-out English set (tests/en/heldout17) showed missing, each tried on
sentences written for it: "a government official said" (lower-case nouns between "a" and the
office word) is someone the article does not name, not the person quoted before; "his Estonian
and Lithuanian counterparts, A and B" gives each name the state in its place; a host who met
counterparts of several states "for the trilateral meeting" sat with them at one table; "Minister
of External Affairs" is an office whose holder's name follows it."""
from __future__ import annotations

import pytest


def _person(rec: dict, surname: str) -> dict:
    return next(e for e in rec["entities"] if e["type"] == "PER" and e["name"].split()[-1] == surname)


@pytest.mark.parametrize("official", [
    "a Latvian government official said",
    "a senior ministry official said on condition of anonymity",
    "an energy ministry official said",
])
def test_an_unnamed_official_is_not_the_person_quoted_before(extract, look, official):
    rec = extract("Prime Minister Karl Obst met President Aldo Venn in Riga on Monday.\n\n"
                  "Venn said his country wanted Latvian know-how.\n\n"
                  f"A steel mill in Daugavpils is expected to open in 2028, {official}.")
    speakers = [look.names(rec, [s["speaker"]]) for s in look.events(rec, "statement")]
    assert len(speakers) == 1


@pytest.mark.parametrize("sentence", [
    "Latvian Foreign Minister Karl Obst hosted his Estonian and Lithuanian counterparts, Mart Kask and "
    "Nino Kapanadze, in Riga on Tuesday.",
    "Latvian Foreign Minister Karl Obst received his Estonian and Lithuanian counterparts, Mart Kask and "
    "Nino Kapanadze, in Riga.",
])
def test_two_state_adjectives_before_two_names_go_each_to_its_own(extract, sentence):
    rec = extract(sentence)
    assert _person(rec, "Kask")["country"] == "EE"


@pytest.mark.parametrize("purpose", [
    "for the fifth trilateral meeting of the three countries' foreign ministers",
    "for a trilateral summit",
])
def test_counterparts_met_for_a_trilateral_meeting_sit_at_one_table(extract, look, purpose):
    rec = extract(f"Latvian Foreign Minister Karl Obst hosted his Estonian and Lithuanian counterparts, Mart Kask "
                  f"and Nino Kapanadze, in Riga on Tuesday {purpose}.")
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1
    assert {n.split()[-1] for n in look.names(rec, meetings[0]["participants"])} >= {"Obst", "Kask", "Kapanadze"}


def test_counterparts_of_two_states_met_without_a_joint_word_are_two_meetings(extract, look):
    rec = extract("Latvian Foreign Minister Karl Obst met his Estonian and Lithuanian counterparts, Mart Kask "
                  "and Nino Kapanadze, in Riga on Tuesday.")
    assert len(look.events(rec, "meeting")) == 2


@pytest.mark.parametrize("title", [
    "Minister of External Affairs",
    "External Affairs Minister",
])
def test_the_minister_of_external_affairs_is_an_office_before_a_name(extract, look, title):
    rec = extract(f"{title} Ravi Shankar Menon held talks with Kazakhstan's Deputy Foreign Minister Aibek "
                  "Nurlanov in New Delhi on Wednesday.")
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1
    assert {n.split()[-1] for n in look.names(rec, meetings[0]["participants"])} >= {"Menon", "Nurlanov"}
