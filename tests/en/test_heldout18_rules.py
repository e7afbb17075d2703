"""Rules the eighteenth held-out English set (tests/en/heldout18) showed missing, each tried on
sentences written for it: a project named in a document still to be signed waits for it (no fact
yet), unless a firm that is to sign it will build it; one named in a document still to be ratified
was agreed when it was signed; "construction is underway on a plant financed by X" is work in
progress (the participle after the plant does not date it); "a 200 MW pumped storage plant" keeps
its "-ed" word; a forum named as the setting of talks ("on the sidelines of the X Forum") is no one
at the table; "the signing earlier today of a memorandum" is the day's news, not a document signed
before; "called for the swift ratification of" a document is a purpose, not a signing."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "A memorandum on a joint industrial zone is expected to be signed during a visit by the Latvian "
    "president next month, officials said.",
    "The ministers will sign an agreement on the construction of a logistics centre in Riga in November.",
])
def test_a_project_in_a_document_still_to_be_signed_is_no_fact(extract, look, sentence):
    rec = extract("Prime Minister Karl Obst met Trade Minister Aldo Venn in Riga on Monday.\n\n" + sentence)
    assert look.events(rec, "project") == []


def test_a_project_in_a_document_still_to_be_ratified_was_agreed(extract, look):
    rec = extract("Prime Minister Karl Obst met Trade Minister Aldo Venn in Riga on Monday.\n\n"
                  "Obst said the parliament would ratify the agreement on a joint container hub at the port of "
                  "Liepaja by the end of the year.")
    assert [p["stage"] for p in look.events(rec, "project")] == ["agreed"]


@pytest.mark.parametrize("sentence, stage", [
    ("Construction is underway on a 250 MW solar power plant financed by a loan from the Baltic Bank.", "in_progress"),
    ("According to the minister, construction is underway on a similar 1,560 MW plant in Kurzeme region, "
     "which is to be commissioned in 2027.", "in_progress"),
    ("Work is under way on a new cargo terminal at the port of Liepaja.", "in_progress"),
])
def test_work_under_way_on_a_project_says_its_stage(extract, look, sentence, stage):
    rec = extract("Prime Minister Karl Obst met Energy Minister Aldo Venn in Riga on Monday.\n\n" + sentence)
    assert [p["stage"] for p in look.events(rec, "project")] == [stage]


def test_a_participle_before_a_plant_noun_is_part_of_its_name(extract, look):
    rec = extract("Construction is underway on a 200 MW pumped storage power plant in Kurzeme region.")
    assert [p["name"].split()[2] for p in look.events(rec, "project")] == ["pumped"]


def test_a_forum_named_as_the_setting_is_no_participant(extract, look):
    rec = extract("Latvian Foreign Minister Karl Obst held talks with several of his counterparts on the sidelines "
                  "of the Riga International Forum on May 28, the ministry's press service reported.")
    assert [look.names(rec, m["participants"]) for m in look.events(rec, "meeting")] == []


def test_talks_on_the_sidelines_of_a_forum_keep_their_named_partner(extract, look):
    rec = extract("Latvian Foreign Minister Karl Obst held talks with Chilean Foreign Minister Aldo Venn on the "
                  "sidelines of the Riga International Forum on May 28.")
    assert [sorted(n.split()[-1] for n in look.names(rec, m["participants"]))
            for m in look.events(rec, "meeting")] == [["Obst", "Venn"]]


@pytest.mark.parametrize("when", ["earlier today", "earlier in the day"])
def test_a_signing_earlier_the_same_day_is_news(extract, look, when):
    rec = extract("Secretary of State Karl Obst met today with Latvian Foreign Minister Aldo Venn in Riga. The "
                  f"Secretary noted the signing {when} of a Memorandum of Understanding between the Baltic Energy "
                  "Company and the Latvian Ministry of Economy on reducing methane emissions.")
    assert [a["doc_type"] for a in look.events(rec, "agreement")] == ["memorandum"]


def test_a_signing_told_as_earlier_is_still_background(extract, look):
    rec = extract("Secretary of State Karl Obst met today with Latvian Foreign Minister Aldo Venn in Riga. The "
                  "Secretary noted the memorandum signed earlier between the Baltic Energy Company and the "
                  "Latvian Ministry of Economy.")
    assert look.events(rec, "agreement") == []


def test_a_call_for_ratification_signs_nothing(extract, look):
    rec = extract("Foreign Minister Karl Obst received EU Special Representative Aldo Venn in Riga.\n\n"
                  "Obst called for the swift ratification of the Enhanced Partnership and Cooperation Agreement "
                  "by all EU member states.")
    assert look.events(rec, "agreement") == []


def test_a_firm_to_sign_a_deal_to_build_has_announced_its_project(extract, look):
    rec = extract("Latvia will sign an investment agreement with Norway's NORD Construction for the construction "
                  "of a glass plant.")
    assert [look.name(rec, p["owner"]) for p in look.events(rec, "project")] == ["NORD Construction"]
