"""Rules the twenty-second held-out English set (tests/en/heldout22) showed missing, each tried on
sentences written for it: a page's heading lines ("From: ... MP" over "Published 3 December")
are sentences of their own; a firm's head word inside a minister's field ("Minister of Water
Resources and Irrigation") is no firm and leaves the field whole; those a guest meets on his
visit are of the state he visits."""
from __future__ import annotations

import pytest


def _people(rec):
    return sorted(e["name"] for e in rec["entities"] if e["type"] == "PER")


@pytest.mark.parametrize("heading, people", [
    ("From: Foreign Office and Karl Obst MP\nPublished 3 December 2026", ["Karl Obst"]),
    ("Press release\nKarl Obst MP\nUpdated 14 May 2026", ["Karl Obst"]),
    ("READOUT\nOFFICE OF THE SPOKESPERSON\nMAY 4, 2026", []),
])
def test_heading_lines_are_sentences_of_their_own(extract, heading, people):
    rec = extract(f"{heading}\n\nThe ministry said trade had grown by a third.")
    assert _people(rec) == people


def test_a_line_that_runs_on_in_lower_case_stays_one_sentence(extract, look):
    rec = extract("Foreign Minister Karl Obst met his counterpart Aldo Venn\nin Riga on Monday.")
    assert [look.names(rec, m["participants"]) for m in look.events(rec, "meeting")] == [["Karl Obst", "Aldo Venn"]]


@pytest.mark.parametrize("title, name", [
    ("Minister of Water Resources and Irrigation of Kazakhstan", "Nurlan Sadykov"),
    ("Minister of Natural Resources and Ecology of Latvia", "Aldo Venn"),
])
def test_a_firm_word_in_a_ministers_field_is_no_firm_and_the_field_runs_on(extract, look, title, name):
    rec = extract(f"The document was signed by Karl Obst and {title} {name}.")
    assert _people(rec) == sorted(["Karl Obst", name])
    assert not [e for e in rec["entities"] if e["type"] == "ORG" and "Resources" in e["name"]]


def test_a_firm_after_a_company_office_stays_a_firm(extract):
    rec = extract("Chairman of Steppe Resources Karl Obst met Aldo Venn in Riga.")
    assert "Steppe Resources" in [e["name"] for e in rec["entities"] if e["type"] == "ORG"]


@pytest.mark.parametrize("lead, host, state", [
    ("Estonian Foreign Minister Mart Kask paid an official visit to Riga, holding talks with Latvian "
     "Foreign Minister Karl Obst and meeting with President Edgars Lapa.", "Lapa", "LV"),
    ("Estonian Foreign Minister Mart Kask arrived in Riga on an official visit, meeting with Latvian "
     "Foreign Minister Karl Obst and Prime Minister Janis Berzs.", "Berzs", "LV"),
])
def test_those_a_guest_meets_on_his_visit_are_of_the_state_he_visits(extract, look, lead, host, state):
    rec = extract(lead + "\n\nThe ministers discussed trade between Estonia and Latvia. Estonia's exports grew."
                  "\n\nLatvia and Estonia signed no document.",
                  headline="Latvia, Estonia discuss trade")
    assert look.person(rec, host)["country"] == state
    assert look.person(rec, "Kask")["country"] == "EE"


def test_the_guest_himself_keeps_his_own_state(extract, look):
    rec = extract("President Mart Kask paid a state visit to Riga, where he met Latvian Foreign Minister Karl Obst."
                  "\n\nEstonia and Latvia discussed trade. Estonia's exports grew. Estonia and Latvia agreed.",
                  headline="Estonia, Latvia discuss trade")
    assert look.person(rec, "Kask")["country"] != "LV"
