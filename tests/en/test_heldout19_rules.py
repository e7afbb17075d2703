"""Rules the nineteenth held-out English set (tests/en/heldout19) showed missing, each tried on
sentences written for it: a speech verb after a modal ("the two sides should firmly support each
other") is a wish in someone's words, not a statement of its own, and one in the passive ("was
informed that") is not the subject's; "informed X that", "instructed X to" are statements; a
fragment quoted at the end of a sentence is not attributed by the next sentence's verb; a month
after the place is no part of a name; "production"
after the plant that launched it is no project; "the start of works on" a complex is work under way,
and the sentence that tells it says nothing of the project told before it; "the $210 million plant"
is the plant told before; "the ministers", "the leaders" of the talks speak together; "chief
engineer" is a title; "A's Minister for X and B's Deputy Prime Minister Z": Z's title starts at B."""
from __future__ import annotations

import pytest

LEAD = "Prime Minister Karl Obst met Energy Minister Aldo Venn in Riga on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    "Obst stressed that the two sides should firmly support each other on issues of their core interests.",
    "Venn said the ministries must closely support the new programme.",
])
def test_a_speech_verb_after_a_modal_is_no_statement_of_its_own(extract, look, sentence):
    rec = extract(LEAD + sentence)
    speakers = [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")]
    assert len(speakers) == 1 and speakers[0] in ("Karl Obst", "Aldo Venn")


@pytest.mark.parametrize("sentence, speaker", [
    ("Venn informed the Prime Minister that his ministry had completed the audit.", "Aldo Venn"),
    ("The Prime Minister instructed the Government to render assistance to the joint projects.", "Karl Obst"),
])
def test_informing_and_instructing_are_statements(extract, look, sentence, speaker):
    rec = extract(LEAD + sentence)
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [speaker]


def test_words_told_to_the_subject_in_the_passive_are_not_his(extract, look):
    rec = extract(LEAD + "In addition, the Prime Minister was informed that the ministry had completed the audit.")
    assert look.events(rec, "statement") == []


def test_a_fragment_closing_a_sentence_keeps_its_reported_words_and_the_next_sentence(extract, look):
    rec = extract(LEAD + 'Venn thanked Latvia for its support and said his country was ready to offer investors '
                  '"the most favorable conditions in the region". He invited Obst to attend the Song Festival.')
    said = sorted((look.name(rec, s["speaker"]), s["direct"]) for s in look.events(rec, "statement"))
    assert said == [("Aldo Venn", False), ("Aldo Venn", False), ("Aldo Venn", True)]


def test_a_month_after_the_place_is_no_part_of_a_name(extract, look):
    rec = extract(LEAD + "Venn said the company had launched production at a new textile factory in "
                  "Kurzeme region in August.")
    [p] = look.events(rec, "project")
    assert "textile factory" in p["name"] and "August" not in p["name"] and p["stage"] == "completed"


def test_production_launched_by_a_plant_is_no_second_project(extract, look):
    rec = extract(LEAD + "A new copper smelter built by Zemgale Mining in Kurzeme region launched production "
                  "in July, Venn said.")
    assert [p["name"] for p in look.events(rec, "project")] == ["new copper smelter"]


def test_the_start_of_works_on_a_complex_is_its_own_and_under_way(extract, look):
    rec = extract(LEAD + "It was noted that a 150 MW solar power plant will be constructed in Kurzeme region by "
                  "Baltic Solar Energy. Obst also welcomed the start of works on a textile complex in Zemgale "
                  "region by Rigas Tekstil, which broke ground on the project in September.")
    stages = {p["name"].split(" in ")[0]: p["stage"] for p in look.events(rec, "project")}
    assert stages == {"150 MW solar power plant": "announced", "textile complex": "in_progress"}


def test_the_plant_told_again_with_its_cost_is_the_same_plant(extract, look):
    rec = extract(LEAD + "Construction of a cement plant started in Kemin district on Monday. The plant will be "
                  "built by Ala-Too Cement.\n\nThe $210 million plant is expected to be completed by 2028, the "
                  "Cabinet's press service said.")
    assert [p["name"] for p in look.events(rec, "project")] == ["cement plant"]


@pytest.mark.parametrize("group", ["The ministers", "The leaders"])
def test_the_ministers_or_leaders_of_the_talks_speak_together(extract, look, group):
    rec = extract(LEAD + group + " also welcomed the progress in bilateral trade.")
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [group[0].lower() + group[1:]]


def test_a_chief_engineer_is_a_title(extract, look):
    rec = extract(LEAD + "The delegation also included the company's vice president Levent Yildiz and chief "
                  "engineer Ozan Kar.")
    assert look.person(rec, "Ozan Kar")["roles"][0]["title"] == "Chief Engineer"


def test_a_title_stops_at_and_before_another_states_office(extract, look):
    rec = extract(LEAD + "A phone conversation also took place between Latvia's Minister of Finance and Estonia's "
                  "Deputy Prime Minister Jaan Tamm.")
    tamm = look.person(rec, "Jaan Tamm")
    assert tamm["roles"][0]["title"] == "Deputy Prime Minister" and tamm["country"] == "EE"
