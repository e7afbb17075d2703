"""English meetings: who met whom, where, how, and whether it happened."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, participants, location, mode, cameo", [
    ("Kazakh Foreign Minister Daniyar Omarov met with his Chinese counterpart Zhou Ming in Shanghai.",
     ["Daniyar Omarov", "Zhou Ming"], "Shanghai", "in_person", "040"),
    ("President Kassym-Jomart Tokayev received Chinese Foreign Minister Wang Yi at the Akorda.",
     ["Kassym-Jomart Tokayev", "Wang Yi"], "Akorda", "in_person", "043"),
    ("The Foreign Ministers of Mongolia and Chile, Batbayar Enkhjargal and Carlos Vidal, recently held "
     "talks in Ulaanbaatar.", ["Batbayar Enkhjargal", "Carlos Vidal"], "Ulaanbaatar", "in_person", "046"),
    ("Uzbek President Shavkat Mirziyoyev held a phone conversation with Russian President Vladimir Putin.",
     ["Shavkat Mirziyoyev", "Vladimir Putin"], None, "phone", "041"),
    ("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon spoke by phone on Friday.",
     ["Sadyr Japarov", "Emomali Rahmon"], None, "phone", "041"),
    ("On the sidelines of the SCO summit, Kazakh President Kassym-Jomart Tokayev met with Turkish President "
     "Recep Tayyip Erdogan.", ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"], None, "in_person", "040"),
    ("The talks between Foreign Minister Bakhtiyor Saidov and his Bahraini counterpart Abdullatif bin Rashid "
     "Al Zayani took place in Manama.", ["Bakhtiyor Saidov", "Abdullatif bin Rashid Al Zayani"], "Manama",
     "in_person", "046"),
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev and EU Special Representative for Central Asia Terhi Hakala "
     "discussed regional security on Friday.", ["Jeenbek Kulubaev", "Terhi Hakala"], None, "in_person", "040"),
    ("Chile and French firms signed contracts, Chilean President Jorge Vargas stated during a meeting with "
     "French President Louis Marchand.", ["Jorge Vargas", "Louis Marchand"], None, "in_person", "040"),
    ("Uzbek Foreign Minister Bakhtiyor Saidov was received by UK Foreign Secretary Yvette Cooper at Lancaster "
     "House.", ["Bakhtiyor Saidov", "Yvette Cooper"], None, "in_person", "043"),
    ("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev met in Khiva on Friday.",
     ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Khiva", "in_person", "040"),
    ("Talks between Kazakh Foreign Minister Murat Nurtleu and Iranian Foreign Minister Abbas Araghchi focused on "
     "transit.", ["Murat Nurtleu", "Abbas Araghchi"], None, "in_person", "046"),
    # a visit is held where one goes (meeting_place.py: the destination role)
    ("Kazakh Prime Minister Olzhas Bektenov paid an official visit to Uzbekistan, where he met with Uzbek Prime "
     "Minister Abdulla Aripov.", ["Olzhas Bektenov", "Abdulla Aripov"], "Uzbekistan", "in_person", "042"),
])
def test_meetings_held(extract, look, body, participants, location, mode, cameo):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1, rec["events"]
    v = meetings[0]
    assert sorted(look.names(rec, v["participants"])) == sorted(participants)
    assert look.name(rec, v["location"]) == location
    assert v["mode"] == mode
    assert v["codes"] == {"plover": "CONSULT", "cameo": cameo}


@pytest.mark.parametrize("body, modality", [
    ("Prime Minister Olzhas Bektenov is expected to meet with German Chancellor Olaf Scholz in Berlin.", "planned"),
    ("Prime Minister Olzhas Bektenov will hold talks with German Chancellor Olaf Scholz.", "planned"),
    ("Prime Minister Olzhas Bektenov plans to meet with German Chancellor Olaf Scholz.", "planned"),
    ("Prime Minister Olzhas Bektenov may meet with German Chancellor Olaf Scholz.", "possible"),
    ("Prime Minister Olzhas Bektenov did not meet with German Chancellor Olaf Scholz.", "negated"),
    ("Talks between Prime Minister Olzhas Bektenov and German Chancellor Olaf Scholz will take place in May.",
     "planned"),
])
def test_meetings_modality(extract, look, body, modality):
    rec = extract(body)
    assert [v["modality"] for v in look.events(rec, "meeting", None)] == [modality]
    if modality != "asserted":
        assert look.events(rec, "meeting") == []
        assert look.events(rec, "meeting", None)[0]["codes"]["cameo"] == "036"


@pytest.mark.parametrize("body", [
    "During the meeting, US President Donald Trump said that trade was growing.",
    "Kazakh Foreign Minister Murat Nurtleu will visit Tokyo next week.",
    "The state visit of the Mongolian President Batbayar Enkhjargal to Japan is expected in June.",
    "Kazakhstan hosts around 600 companies with British capital.",
    "The new plant will meet the demand for fertilisers.",
    "Kazakhstan defeated Austria 2-0 at the Astana Arena on Monday.",
])
def test_meetings_none(extract, look, body):
    assert look.events(extract(body), "meeting") == []


def test_meetings_welcoming_a_person_is_a_reception_not_a_statement(extract, look):
    rec = extract("Kazakh President Kassym-Jomart Tokayev welcomed Turkish President Recep Tayyip Erdogan at the "
                  "airport.")
    assert [v["codes"]["cameo"] for v in look.events(rec, "meeting")] == ["043"]
    assert look.events(rec, "statement") == []


def test_meetings_one_meeting_told_twice_is_one_event(extract, look):
    rec = extract("Chile and French firms signed contracts, Chilean President Jorge Vargas stated during a meeting "
                  "with French President Louis Marchand.\n\nPresident of the Republic of Chile Jorge Vargas met "
                  "with the President of France Louis Marchand at the Élysée Palace on 21 June.",
                  date="2019-06-21")
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1
    assert look.name(rec, meetings[0]["location"]) == "Élysée Palace"
    assert meetings[0]["date"] == "2019-06-21"
    assert len(meetings[0]["evidence"]) == 2


def test_meetings_dateline_is_the_place_when_the_sentence_names_none(extract, look):
    rec = extract("SHANGHAI. KAZINFORM Kazakh Foreign Minister Daniyar Omarov met with his Chinese counterpart "
                  "Zhou Ming to discuss cooperation.")
    assert look.name(rec, look.events(rec, "meeting")[0]["location"]) == "Shanghai"


def test_meetings_talks_referred_back_to_are_held_by_the_two_leaders(extract, look):
    rec = extract("President of Azerbaijan Ilham Aliyev and President of Kazakhstan Kassym-Jomart Tokayev have "
                  "signed a treaty.\n\nThe signing ceremony took place in Baku following talks in an expanded format.")
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1
    assert sorted(look.names(rec, meetings[0]["participants"])) == ["Ilham Aliyev", "Kassym-Jomart Tokayev"]
    assert look.name(rec, meetings[0]["location"]) == "Baku"


def test_meetings_two_ministers_of_two_states_signing_together_have_met(extract, look):
    rec = extract("Tajik Energy Minister Daler Juma and Uzbek Energy Minister Jurabek Mirzamakhmudov signed an "
                  "agreement on the joint construction of two hydropower plants.")
    meetings = look.events(rec, "meeting")
    assert [look.names(rec, v["participants"]) for v in meetings] == [["Daler Juma", "Jurabek Mirzamakhmudov"]]


def test_meetings_a_group_meets_a_person(extract, look):
    rec = extract("Uzbek Prime Minister Abdulla Aripov met with representatives of leading German businesses.")
    v = look.events(rec, "meeting")[0]
    assert look.names(rec, v["participants"]) == ["Abdulla Aripov", "representatives of leading German businesses"]


def test_meetings_dateline_city_refines_a_state_named_in_the_sentence(extract, look):
    rec = extract("ISTANBUL. KAZINFORM On a business trip to the Republic of Turkey, Governor of Kostanay region "
                  "Serik Bekov has held talks with Head of Anadolu Yapi Holding Mehmet Kaya.")
    assert look.name(rec, look.events(rec, "meeting")[0]["location"]) == "Istanbul"


@pytest.mark.parametrize("topic", ["the war in Syria", "the situation in Afghanistan", "the conflict in Yemen"])
def test_meetings_a_place_of_the_topic_is_no_meeting_place(extract, look, topic):
    rec = extract(f"During his meeting with Deputy Foreign Minister Timur Rakhimov, Minister Sean Brennan "
                  f"discussed {topic}.")
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1 and meetings[0]["location"] is None


@pytest.mark.parametrize("body, participants", [
    ("Prime Minister Aidar Temirov agreed on building a brick factory with the head of the Board of "
     "Anadolu Yapi Holding Mehmet Kaya on March 3.", ["Aidar Temirov", "Mehmet Kaya"]),
    ("Foreign Minister Daniyar Omarov and Latvian Foreign Minister Karlis Ozols agreed to open consulates.",
     ["Daniyar Omarov", "Karlis Ozols"]),
])
def test_meetings_two_persons_agreeing_together_have_met(extract, look, body, participants):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert [sorted(look.names(rec, v["participants"])) for v in meetings] == [sorted(participants)]


def test_meetings_agreeing_alone_is_no_meeting(extract, look):
    assert look.events(extract("Minister Daniyar Omarov agreed that trade must grow."), "meeting") == []


def test_meetings_topic_words_still_lemmatise_for_sectors(extract):
    rec = extract("During the meeting with Foreign Minister Timur Rakhimov, Minister Sean Brennan discussed "
                  "the judicial reforms in Kyrgyzstan.")
    assert "governance" in rec["sectors"]


def test_meetings_a_meeting_held_in_a_ministry_has_the_ministry_across_the_table(extract, look):
    rec = extract("Deputy Prime Minister Ivan Sokolov also had a meeting in Mongolia's Foreign Ministry, where "
                  "views were exchanged.")
    meetings = look.events(rec, "meeting")
    assert [look.names(rec, v["participants"]) for v in meetings] == [["Ivan Sokolov", "Foreign Ministry"]]


def test_meetings_a_meeting_in_a_city_alone_has_no_second_side(extract, look):
    rec = extract("Deputy Prime Minister Ivan Sokolov also had a meeting in Ulaanbaatar.", headline="A trip")
    assert all(len(v["participants"]) != 1 for v in look.events(rec, "meeting"))
