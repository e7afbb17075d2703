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
