"""Rules the fourth held-out English set (tests/en/heldout4, see its README.md) showed missing,
each specified with invented sentences; the set itself is scored in tests/test_heldout_sets.py."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, owners", [
    # a plural noun before a colon counts the projects; each item after it is one, built "by" its firm
    ("Two plants are to be built in the new zone: a brick plant by the company Ferrox Building and a "
     "glass factory by Clearwave Materials.", ["Clearwave Materials", "Ferrox Building"]),
    ("Two plants are to be built in the new zone: a brick plant by NorBrik and a glass factory by "
     "Clearwave Materials.", ["Clearwave Materials", "NorBrik"]),
])
def test_heldout4_en_listed_projects_are_one_each(extract, look, body, owners):
    rec = extract(body, headline="Industrial zone grows")
    projects = look.events(rec, "project")
    assert sorted(look.name(rec, v["owner"]) for v in projects) == owners


def test_heldout4_en_the_plural_comes_back_to_projects_told(extract, look):
    body = ("Two plants are to be built in the new zone: a brick plant by NorBrik and a glass factory by "
            "Clearwave Materials.\n\nThe governor asked that roads be ready before the factories start working.")
    assert len(look.events(extract(body, headline="Industrial zone grows"), "project")) == 2


@pytest.mark.parametrize("body, stage", [
    ("Construction of a glass plant by Clearwave Materials in the Aral region is 70 percent complete.",
     "in_progress"),
    ("The glass plant that Clearwave Materials is building in the Aral region is 45% complete.", "in_progress"),
    ("Clearwave Materials will build a glass plant in the Aral region, where 30 percent of the land is ready.",
     "announced"),
])
def test_heldout4_en_a_share_done_is_under_way(extract, look, body, stage):
    assert [v["stage"] for v in look.events(extract(body, headline="Plant grows"), "project")] == [stage]


def test_heldout4_en_a_named_zone_created_is_a_project(extract, look):
    body = "The government has approved the creation of the Saryarka industrial zone in the Aral region."
    projects = look.events(extract(body, headline="Zone approved"), "project")
    assert [v["kind"] for v in projects] == ["other"]


def test_heldout4_en_an_existing_fund_named_in_a_title_is_no_project(extract, look):
    body = ("The sides signed a protocol amending the Agreement on the Establishment of the Nordic-Aral "
            "Investment Fund of 2021.")
    assert look.events(extract(body, headline="Fund grows"), "project") == []


def test_heldout4_en_built_by_after_a_comma_names_the_builder(extract, look):
    body = ("A new grain terminal was inaugurated at the port of Aktau on Friday.\n\n"
            "The terminal, built by Verdane Grain Logistics for 9 billion tenge, can hold 40,000 tonnes.")
    rec = extract(body, headline="Terminal opens")
    assert [look.name(rec, v["owner"]) for v in look.events(rec, "project")] == ["Verdane Grain Logistics"]


@pytest.mark.parametrize("word, firm", [
    ("KazAgroMash", True), ("NorBrik", True), ("McAllister", False), ("KyrgyzstanLesslie", False),
])
def test_heldout4_en_joined_capitals_name_a_firm(extract, word, firm):
    rec = extract(f"The tractor plant was inaugurated by {word} on Friday.", headline="Plant opens")
    assert any(e["type"] == "ORG" and e["name"] == word for e in rec["entities"]) == firm


def test_heldout4_en_the_parties_also_signed_keeps_the_sides(extract, look):
    body = ("The Ministry of Energy of Azerbaijan and the company Sunfield Power signed an investment agreement "
            "on a solar plant.\n\nThe parties also signed a land lease agreement for the site.")
    rec = extract(body, headline="Solar deal signed")
    sides = [sorted(look.names(rec, v["parties"])) for v in look.events(rec, "agreement")]
    assert len(sides) == 2 and sides[0] == sides[1], sides


@pytest.mark.parametrize("body, person", [
    ("The loan was signed by Regional Hub Manager of the Nordic Bank Tomas Ekberg.", "Tomas Ekberg"),
    ("General Manager of Verdane Grain Logistics Tomas Ekberg opened the terminal.", "Tomas Ekberg"),
])
def test_heldout4_en_a_manager_is_a_title_not_a_person(extract, body, person):
    rec = extract(body, headline="Loan signed")
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == [person]
