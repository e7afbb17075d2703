"""Rules the twenty-fourth held-out English set (tests/en/heldout24) showed missing, each tried on
sentences written for it: "Credentials were presented by Ambassador of A X, Ambassador of B Y ..."
puts every envoy listed at the table; an invitation to pay a visit is to a visit not yet paid; "The
ambassadors, in turn, thanked" is the envoys speaking; an ampersand goes on inside a company's
name; a word that refers back ("line") ends the item before "and a memorandum"; "X village" is a
place."""
from __future__ import annotations

import pytest

CEREMONY = "President Karl Obst received the credentials of the newly appointed ambassadors at the Kadriorg Palace.\n\n"


def test_every_envoy_listed_after_by_hands_his_credentials(extract, look):
    rec = extract(CEREMONY + "The credentials were presented by Ambassador of the Kingdom of Norway Lars Eide, "
                  "Ambassador of the Republic of Peru Carlos Quispe, Ambassador of Japan Kenji Mori and "
                  "Ambassador of the Republic of Ghana Kwame Asante.")
    [m] = look.events(rec, "meeting")
    assert sorted(n.split()[-1] for n in look.names(rec, m["participants"])) == ["Asante", "Eide", "Mori", "Obst",
                                                                              "Quispe"]


def test_one_envoy_after_by_is_the_one_guest(extract, look):
    rec = extract(CEREMONY + "The credentials were presented by Ambassador of the Kingdom of Norway Lars Eide.")
    [m] = look.events(rec, "meeting")
    assert sorted(n.split()[-1] for n in look.names(rec, m["participants"])) == ["Eide", "Obst"]


@pytest.mark.parametrize("sentence, asserted", [
    ("Ambassador Lars Eide reaffirmed the invitation to pay a state visit to Norway next year.", 0),
    ("Ambassador Lars Eide conveyed an invitation to President Karl Obst to pay an official visit to Norway.", 0),
    ("President Karl Obst paid a state visit to Norway in May and held talks with King Harald Solberg.", 1),
])
def test_an_invitation_to_pay_a_visit_is_no_visit_paid(extract, look, sentence, asserted):
    assert len(look.events(extract(sentence), "meeting")) == asserted


@pytest.mark.parametrize("sentence, speaker", [
    ("The ambassadors, in turn, thanked the President for the warm welcome.", "the ambassadors"),
    ("The ambassadors thanked the President for the warm welcome.", "the ambassadors"),
    ("The sides, for their part, reaffirmed their interest in closer ties.", "the sides"),
])
def test_a_group_acting_past_a_parenthetical_speaks(extract, look, sentence, speaker):
    rec = extract(CEREMONY + "The credentials were presented by Ambassador of the Kingdom of Norway Lars Eide.\n\n"
                  + sentence)
    assert [look.name(rec, v["speaker"]) for v in look.events(rec, "statement")] == [speaker]


@pytest.mark.parametrize("sentence, firm", [
    ("The plant will be built by Samwon Engineering & Construction, the ministry said.",
     "Samwon Engineering & Construction"),
    ("The contract went to Tallinn Heavy Engineering & Machinery Industries.",
     "Tallinn Heavy Engineering & Machinery Industries"),
    ("The deal was signed by Nordvik Energy and Baltic Construction on Monday.", "Nordvik Energy"),
])
def test_an_ampersand_goes_on_inside_a_company_name(extract, look, sentence, firm):
    rec = extract(sentence)
    assert firm in [e["name"] for e in rec["entities"] if e["type"] == "ORG"]


def test_a_word_that_refers_back_ends_the_item_before_the_next_document(extract, look):
    rec = extract("The Cabinet of Ministers and the company Tarva Cement signed an investment agreement on the "
                  "construction of a second production line and a memorandum of understanding on the training of "
                  "specialists.")
    assert sorted(a["doc_type"] for a in look.events(rec, "agreement")) == ["agreement", "memorandum"]


def test_a_document_in_line_with_another_still_refers_back(extract, look):
    rec = extract("In line with the agreement, the company Tarva Cement opened a plant in Tartu county.")
    assert look.events(rec, "agreement") == []


@pytest.mark.parametrize("sentence, place", [
    ("The president launched a cement plant built by Tarva Cement in Kyzyl-Adyr village.", "Kyzyl-Adyr village"),
    ("The president launched a textile factory built by Tarva Textile in Ak-Zhol town.", "Ak-Zhol town"),
])
def test_a_village_or_a_town_names_a_place(extract, look, sentence, place):
    [p] = look.events(extract(sentence), "project")
    assert look.name(extract(sentence), p["location"]) == place


def test_two_plants_in_two_places_launched_on_two_visits_stay_two(extract, look):
    rec = extract("The president launched a cement plant built by Tarva Cement in Kyzyl-Adyr village.\n\n"
                  "Earlier, the president paid a working visit to Naryn region, where he launched a wool factory.")
    assert sorted(p["name"] for p in look.events(rec, "project")) == ["cement plant", "wool factory"]


@pytest.mark.parametrize("sentence, stage", [
    ("The sides agreed to launch a regular container train service between Tallinn and Riga.", "agreed"),
    ("The first freight train service between Tallinn and Riga was launched on Monday.", "completed"),
])
def test_a_train_service_launched_is_a_project(extract, look, sentence, stage):
    assert [p["stage"] for p in look.events(extract(sentence), "project")] == [stage]


SIGNED = ("The Ministry of Education of Estonia and the Nordic Investment Bank signed a grant agreement worth "
          "€20 million on Monday.\n\n")


@pytest.mark.parametrize("sentence", [
    "The grant will be used to build 10 new schools in Tartu county.",
    "The grant will finance the construction of 10 new schools in Tartu county.",
])
def test_what_the_grant_signed_will_be_used_for_is_agreed(extract, look, sentence):
    [p] = look.events(extract(SIGNED + sentence), "project")
    assert (p["stage"], look.name(extract(SIGNED + sentence), p["owner"])) == ("agreed", "Ministry of Education of Estonia")


def test_a_grant_told_without_a_signing_agrees_nothing(extract, look):
    rec = extract("The ministry hopes to receive a grant.\n\nThe grant will be used to build 10 new schools in Tartu county.")
    assert [p["stage"] for p in look.events(rec, "project")] != ["agreed"]


@pytest.mark.parametrize("second, n", [
    ("The company also proposed the modernization of the Tartu - Parnu highway.", 2),
    ("The company also proposed to build a solar power plant in Tartu county.", 2),
    ("The first unit of the thermal power plant will be launched in 2028.", 1),
])
def test_a_road_or_another_source_of_power_is_another_project(extract, look, second, n):
    rec = extract("The company Tarva Energy has begun the construction of a 1,600-megawatt combined-cycle thermal "
                  "power plant in Parnu county.\n\n" + second)
    assert len(look.events(rec, "project", modality=None)) == n


@pytest.mark.parametrize("sentence, group", [
    ("In addition, the President met with residents and activists of the region.", "residents and activists of the region"),
    ("The President met with activists of the region.", "activists of the region"),
])
def test_a_leader_meets_the_people_of_a_region(extract, look, sentence, group):
    rec = extract("President Karl Obst is on a working visit to Tartu county.\n\n" + sentence)
    [m] = look.events(rec, "meeting")
    assert look.names(rec, m["participants"]) == ["Karl Obst", group]


def test_residents_alone_are_no_one_at_the_table(extract, look):
    rec = extract("President Karl Obst is on a working visit to Tartu county.\n\n"
                  "The new school will serve residents of three villages.")
    assert look.events(rec, "meeting") == []
