"""English rules that recover facts the pipeline missed, each a construction of how news is
written: a column or op-ed its author "penned" is what the author says."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BEFORE = "Brazilian Foreign Minister Mauro Vieira met students in Lima on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    'Prior to his visit, Mauro Vieira penned a column for "Folha", outlining the main areas of cooperation.',
    "Mauro Vieira penned an op-ed in a Peruvian daily on the future of the trade bloc.",
    "Vieira also wrote an article for a local newspaper on the prospects of the partnership.",
])
def test_the_author_of_a_column_speaks(extract, look, sentence):
    rec = extract(BEFORE + sentence)
    said = [(look.name(rec, v["speaker"]), v["direct"]) for v in look.events(rec, "statement")]
    assert ("Mauro Vieira", False) in said


def test_a_pen_that_is_a_thing_says_nothing(extract, look):
    rec = extract(BEFORE + "Mauro Vieira received a pen as a gift from the students.")
    assert look.events(rec, "statement") == []


@pytest.mark.parametrize("sentence, owner", [
    ("Industrial ties grew. In particular, Skodaworks plans to open a plant in Narva.", "Skodaworks"),
    ("In addition, Baltrail will build a logistics centre near Riga.", "Baltrail"),
])
def test_a_lone_unknown_name_before_the_act_is_the_firm_that_builds(extract, look, sentence, owner):
    rec = extract(sentence)
    assert [look.name(rec, p["owner"]) for p in look.events(rec, "project")] == [owner]


@pytest.mark.parametrize("sentence", [
    "Officials plan to open a plant in Narva.",                              # a word, capitalised first
    "The minister on Thursday visited the construction site of a hospital in Narva.",   # a weekday
    "In particular, Estonia plans to open a plant in Narva.",              # a state, not a firm
])
def test_no_firm_is_made_of_a_word_a_day_or_a_state(extract, look, sentence):
    rec = extract(sentence)
    made = {e["name"] for e in rec["entities"] if e["type"] == "ORG"}
    assert not made & {"Officials", "Thursday", "Estonia"}


def test_a_sector_word_inside_a_persons_office_is_no_sector_of_the_article(extract):
    rec = extract("Latvian Foreign Minister Baiba Braze met Deputy Minister of Agriculture of Lithuania Egidijus "
                  "Giedraitis in Riga to discuss the border.")
    assert "agriculture" not in rec["sectors"]
    rec = extract("Latvian Foreign Minister Baiba Braze discussed agriculture with her Lithuanian counterpart.")
    assert "agriculture" in rec["sectors"]


def test_the_security_of_a_sector_belongs_to_that_sector(extract):
    sectors = extract("The new dam will strengthen the energy security of both countries.")["sectors"]
    assert "energy" in sectors and "security" not in sectors


@pytest.mark.parametrize("sentence, owner, stage", [
    ("Latvia has been working on its own vaccine production since spring.", "Latvia", "in_progress"),
    ("Estonia is working on its own satellite programme.", "Estonia", "in_progress"),
])
def test_a_state_working_on_its_own_project_carries_it_out(extract, look, sentence, owner, stage):
    rec = extract("Foreign Minister Baiba Braze met her counterpart in Riga. " + sentence)
    assert [(look.name(rec, p["owner"]), p["stage"]) for p in look.events(rec, "project")] == [(owner, stage)]


def test_a_state_building_is_still_no_owner_by_that_rule(extract, look):
    """Only working on it oneself names a state the builder; "Latvia is building" says where."""
    rec = extract("Foreign Minister Baiba Braze met her counterpart in Riga. Latvia is building a new port.")
    assert [look.name(rec, p["owner"]) for p in look.events(rec, "project")] == [None]
