"""Rules the twenty-second held-out English set (tests/en/heldout22) showed missing, each tried on
sentences written for it: a page's heading lines ("From: ... MP" over "Published 3 December")
are sentences of their own; a firm's head word inside a minister's field ("Minister of Water
Resources and Irrigation") is no firm and leaves the field whole; those a guest meets on his
visit are of the state he visits; "the exchange of data" signs nothing; works "discussed", then
"already begun", are under way; "HPP", "CHP" name power plants; "the head of state" is the one
named most so far; talks at a residence and in its capital are one meeting."""
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


@pytest.mark.parametrize("sentence, documents", [
    ("The agreement provides for the exchange of hydrological data and the joint use of reservoirs.", 1),
    ("The ministers also exchanged views on regional security.", 1),
    ("Following the talks, the two leaders witnessed the exchange of a loan agreement.", 2),
    ("In their presence, the parties exchanged memorandums on tourism.", 2),
])
def test_an_exchange_of_what_is_no_document_signs_nothing(extract, look, sentence, documents):
    rec = extract("Latvia and Estonia signed an agreement on water resources in Riga.\n\n" + sentence)
    assert len(look.events(rec, "agreement")) == documents


@pytest.mark.parametrize("told, stage", [
    ("The reconstruction of the reservoir has already begun.", "in_progress"),
    ("The reconstruction of the reservoir was completed in November.", "completed"),
])
def test_works_discussed_then_told_begun_are_a_fact(extract, look, told, stage):
    rec = extract("The parties discussed the reconstruction of the Orto-Tokoy reservoir. " + told)
    [p] = look.events(rec, "project")
    assert p["stage"] == stage


def test_works_only_discussed_stay_possible(extract, look):
    rec = extract("The parties discussed the reconstruction of the Orto-Tokoy reservoir. The talks were held in Riga.")
    assert not look.events(rec, "project")


def test_an_agreed_project_whose_works_begin_is_under_way(extract, look):
    rec = extract("Latvia and Estonia signed an agreement on the construction of the Narva HPP-2. "
                  "Construction of the HPP started in October.")
    [p] = look.events(rec, "project")
    assert p["stage"] == "in_progress"


@pytest.mark.parametrize("plant", ["the Kambarata HPP-1", "the Rogun HPP", "the Almaty CHP-2", "a 100-megawatt SPP"])
def test_abbreviated_power_plants_are_projects(extract, look, plant):
    rec = extract(f"The construction of {plant} started in October.")
    [p] = look.events(rec, "project")
    assert p["kind"] == "infrastructure" and p["stage"] == "in_progress"


@pytest.mark.parametrize("opening, speaker", [
    ("Opening the talks, Mart Kask noted that the visit of the Latvian President is the first in 30 years.", "Mart Kask"),
    ("Opening the talks, Edgars Lapa noted that his visit is the first in 30 years. Lapa thanked Kask.", "Edgars Lapa"),
])
def test_the_head_of_state_is_the_one_named_most_so_far(extract, look, opening, speaker):
    """The one named most in the whole article (Lapa, below) is not yet the reader's "head of state"."""
    rec = extract("Latvia and Estonia agreed on projects following talks between President Mart Kask and President "
                  "of Latvia Edgars Lapa in Tallinn.\n\n"
                  f"{opening}\n\n"
                  "\u201cLatvia is an important partner for us,\u201d the head of state said.\n\n"
                  "Edgars Lapa, for his part, stressed that Latvia is interested in Estonian timber.\n\n"
                  "\u201cWe want our businessmen to come,\u201d Lapa said.")
    said = [look.name(rec, s["speaker"]) for s in look.events(rec, "statement") if s["direct"]]
    assert said == [speaker, "Edgars Lapa"]


@pytest.mark.parametrize("venue, meetings", [
    ("the Kuksaroy residence", 1),
    ("the Akorda", 2),       # the Akorda is Kazakhstan's: another place than Tashkent
])
def test_talks_at_a_residence_and_in_its_capital_are_one_meeting(extract, look, venue, meetings):
    rec = extract("President Shavkat Mirziyoyev held talks with President of Latvia Edgars Lapa in Tashkent.\n\n"
                  f"An official welcome ceremony was held at {venue}, after which the heads of state held talks "
                  "in a narrow format.")
    assert len(look.events(rec, "meeting")) == meetings


THREE = ("Minister of Energy of Estonia Mart Kask spoke at the forum. Minister of Energy of Latvia Karl Obst spoke too. "
         "Minister of Energy of Lithuania Jonas Petraitis spoke as well.\n\n")


@pytest.mark.parametrize("sentence", [
    "On the same day, the three ministers held a trilateral meeting in Riga.",
    "Later, the three ministers held talks in Riga.",
    "The three ministers then met in Riga.",
])
def test_the_three_ministers_meeting_are_the_three_ministers_named(extract, look, sentence):
    rec = extract(THREE + sentence)
    [m] = look.events(rec, "meeting")
    assert sorted(look.names(rec, m["participants"])) == ["Jonas Petraitis", "Karl Obst", "Mart Kask"]


def test_a_count_that_fits_no_named_ministers_names_none(extract, look):
    rec = extract(THREE + "On the same day, the four ministers held a meeting in Riga.")
    assert not any("Mart Kask" in look.names(rec, m["participants"]) for m in look.events(rec, "meeting"))


def test_sides_agreeing_to_pay_visits_hold_no_meeting(extract, look):
    rec = extract(THREE + "The three ministers agreed to pay mutual visits.")
    assert not look.events(rec, "meeting", None)


MET = "Foreign Minister Karl Obst met Estonia's Foreign Minister Mart Kask in Riga.\n\n"


@pytest.mark.parametrize("paragraph, speaker", [
    ("The ministers discussed trade. They welcomed the opening of a new ferry line.", "the ministers"),
    ("The Ministers discussed trade. They welcomed the opening of a new ferry line.", "the Ministers"),
    ("The sides discussed energy. They stressed the importance of regional grids.", "the sides"),
])
def test_they_after_the_sides_is_the_sides(extract, look, paragraph, speaker):
    rec = extract(MET + paragraph)
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [speaker]


def test_they_after_a_sentence_that_opens_on_no_group_is_nobody_new(extract, look):
    rec = extract(MET + "Obst discussed trade with Kask. They welcomed the opening of a new ferry line.")
    assert not [s for s in look.events(rec, "statement") if look.name(rec, s["speaker"]) in ("the sides", "the ministers")]


@pytest.mark.parametrize("sentence, said", [
    ("The Ministers agreed on the importance of a stable Afghanistan.", True),
    ("The sides agreed on the need to expand trade.", True),
    ("The Ministers agreed to hold the next round in Tallinn.", False),
])
def test_the_sides_agreeing_on_the_importance_of_is_their_statement(extract, look, sentence, said):
    rec = extract(MET + sentence)
    assert bool(look.events(rec, "statement")) is said


@pytest.mark.parametrize("sentence, name", [
    ("Acme Chemicals will build a cement plant worth $300 million in Osh region.", "cement plant"),
    ("Acme Chemicals will build an ammonia and urea production complex in Osh region.", "urea production complex"),
    ("Acme Chemicals will build a fruit and vegetable processing plant in Osh region.", "vegetable processing plant"),
])
def test_a_plant_with_its_worth_or_two_products_is_one_project(extract, look, sentence, name):
    rec = extract(sentence)
    [p] = look.events(rec, "project")
    assert name in p["name"] and look.name(rec, p["owner"]) == "Acme Chemicals"


def test_two_kinds_of_one_corridor_do_not_make_a_compound(extract, look):
    rec = extract("The leaders discussed the creation of an international transport and transit corridor.")
    assert not look.events(rec, "project")


def test_a_count_of_projects_told_one_by_one_is_no_project(extract, look):
    rec = extract("Osh region will launch two large industrial plants by the end of 2027, the governor said.\n\n"
                  "The largest of them is a copper concentrator at the Tastau deposit, which is being built by Altai Mining.")
    assert [p["name"] for p in look.events(rec, "project")] == ["copper concentrator at the Tastau deposit"]


def test_a_count_of_projects_alone_stays_a_project(extract, look):
    rec = extract("Osh region will launch two large industrial plants by the end of 2027, the governor said.")
    assert len(look.events(rec, "project")) == 1


@pytest.mark.parametrize("sentence, firm", [
    ("The fertilizer company Pupuk Indonesia will build a plant in Osh.", "Pupuk Indonesia"),
    ("The state-owned Garuda Indonesia will open an office in Tashkent.", "Garuda Indonesia"),
])
def test_a_firm_name_may_end_in_its_state(extract, look, sentence, firm):
    rec = extract(sentence)
    assert firm in [e["name"] for e in rec["entities"] if e["type"] == "ORG"]


def test_a_state_after_a_firm_word_and_a_verb_is_the_state(extract, look):
    rec = extract("The company signed a contract with Indonesia on Monday.")
    assert "Indonesia" in [e["name"] for e in rec["entities"] if e["type"] == "GPE"]


@pytest.mark.parametrize("when, stage", [
    ("in September", "completed"),       # the article is of December 2026
    ("in February 2027", "announced"),
    ("next year", "announced"),
])
def test_an_opening_dated_before_the_article_is_done(extract, look, when, stage):
    rec = extract(f"They welcomed the opening of a new campus of the University of Westminster in Tashkent {when}.",
                  date="2026-12-03")
    [p] = look.events(rec, "project")
    assert p["stage"] == stage


def test_a_projects_financial_close_is_its_financing_agreed(extract, look):
    rec = extract("They welcomed the financial close of the Samarkand airport reconstruction.")
    [p] = look.events(rec, "project")
    assert p["stage"] == "agreed" and "Samarkand airport" in p["name"]


@pytest.mark.parametrize("verb, stage", [
    ("was completed in November", "completed"),
    ("will be completed in 2028", "announced"),
])
def test_the_part_a_relative_clause_describes_is_done_when_the_part_is(extract, look, verb, stage):
    rec = extract("The first stage of the project, which provided for the construction of 320 kilometres of water "
                  f"pipelines in Nukus, {verb}.")
    [p] = look.events(rec, "project")
    assert p["stage"] == stage


@pytest.mark.parametrize("opening, stage", [
    ("It provides for", "agreed"),
    ("The bank also discussed", None),
])
def test_it_after_a_signed_document_is_that_document(extract, look, opening, stage):
    rec = extract("Following the meeting, the parties signed a loan agreement worth $150 million. "
                  f"{opening} the construction of a water treatment plant in Nukus.")
    stages = [p["stage"] for p in look.events(rec, "project")]
    assert stages == ([stage] if stage else []) or stage is None and "agreed" not in stages


@pytest.mark.parametrize("listing, stage", [
    ("The document provides for joint exploration, the training of specialists and the creation of a technology "
     "center in Narva.", "agreed"),
    ("The document provides for joint exploration, while Estonia plans the creation of a technology center in Narva.",
     "announced"),
])
def test_a_document_providing_a_list_provides_each_item(extract, look, listing, stage):
    rec = extract("Following the talks, the ministers signed a roadmap on cooperation in critical minerals. " + listing)
    [p] = look.events(rec, "project")
    assert p["kind"] == "research_centre" and p["stage"] == stage


@pytest.mark.parametrize("sentence, documents", [
    ("The sides signed agreements on visa-free travel, on cooperation in education and on halal standards.", 3),
    ("The sides signed agreements on visa-free travel, in the presence of the presidents.", 1),
    ("The sides signed an agreement on visa-free travel, in Riga.", 1),
    ("The sides signed an agreement on visa-free travel, on Monday.", 1),
])
def test_topics_each_with_its_preposition_are_documents_of_their_own(extract, look, sentence, documents):
    rec = extract("President Karl Obst of Latvia held talks with President Mart Kask of Estonia.\n\n" + sentence)
    assert len(look.events(rec, "agreement")) == documents


@pytest.mark.parametrize("topic, sectors", [
    ("a subsea power cable across the Caspian Sea", ["energy"]),
    ("a high-voltage power line to Riga", ["energy"]),
    ("a museum of applied arts", []),
])
def test_power_cables_and_lines_are_energy(extract, look, topic, sectors):
    rec = extract(f"Latvia and Estonia signed a memorandum on {topic}.")
    [a] = look.events(rec, "agreement")
    assert ("energy" in a["sectors"]) is bool(sectors)
