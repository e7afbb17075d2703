"""English meetings across a table: counterparts listed in one object, offices standing for their
states, and one meeting per counterpart when one person meets several."""
from __future__ import annotations

import pytest

HOST = "Kyrgyz Foreign Minister Jeenbek Kulubaev visited the region this week. "


@pytest.mark.parametrize("body, meetings", [
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev met with the foreign ministers of Austria, Chile and Norway.",
     [["Jeenbek Kulubaev", "Austria"], ["Jeenbek Kulubaev", "Chile"], ["Jeenbek Kulubaev", "Norway"]]),
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev held separate meetings with Austrian Foreign Minister Karl Weber "
     "and Chilean Foreign Minister Pedro Alvarado.",
     [["Jeenbek Kulubaev", "Karl Weber"], ["Jeenbek Kulubaev", "Pedro Alvarado"]]),
    ("Kyrgyz President Sadyr Japarov also met with the presidents of Armenia and Georgia.",
     [["Sadyr Japarov", "Armenia"], ["Sadyr Japarov", "Georgia"]]),
    ("Tajik President Emomali Rahmon and Armenian President Vahagn Petrosyan attended the summit. British Foreign "
     "Secretary Oliver Grant separately met with the presidents of Armenia and Tajikistan.",
     # the summit the two presidents attended is a meeting of its own (test_enfix_rules.py)
     [["Oliver Grant", "Vahagn Petrosyan"], ["Oliver Grant", "Emomali Rahmon"], ["Emomali Rahmon", "Vahagn Petrosyan"]]),
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev met with ministers from Austria and Chile on Monday.",
     [["Jeenbek Kulubaev", "Austria"], ["Jeenbek Kulubaev", "Chile"]]),
])
def test_counterparts_one_meeting_each(extract, look, body, meetings):
    rec = extract(body)
    got = sorted(sorted(look.names(rec, v["participants"])) for v in look.events(rec, "meeting"))
    assert got == sorted(sorted(m) for m in meetings)


@pytest.mark.parametrize("body, participants", [
    (HOST + "During his meeting with Deputy Foreign Minister Karl Weber, the sides discussed transit.",
     ["Jeenbek Kulubaev", "Karl Weber"]),
    (HOST + "He held a trilateral meeting with Austrian Foreign Minister Karl Weber and Chilean Foreign "
     "Minister Pedro Alvarado.", ["Jeenbek Kulubaev", "Karl Weber", "Pedro Alvarado"]),
    ("Kyrgyz President Sadyr Japarov received a delegation of investors consisting of businessman Karl Weber "
     "and businessman Pedro Alvarado.", ["Sadyr Japarov", "Karl Weber", "Pedro Alvarado"]),
    ("Kyrgyz President Sadyr Japarov received a delegation of international investors consisting of the Chairman of the "
     "Board of Nordic Glass Industries Karl Weber and Senior Managing Director of Baltic Capital Company Pedro "
     "Alvarado.", ["Sadyr Japarov", "Karl Weber", "Pedro Alvarado"]),
    (HOST + "Prospects for cooperation with the World Bank were discussed with its President Karl Weber.",
     ["Jeenbek Kulubaev", "Karl Weber"]),
    (HOST + "Talks also took place with the Director-General of ADB, Karl Weber.",
     ["Jeenbek Kulubaev", "Karl Weber"]),
    ("Kyrgyz President Sadyr Japarov met with a delegation of foreign investors to discuss cooperation.\n\n"
     "The delegation included Karl Weber, chairman of Nordic Glass Industries, and Pedro Alvarado, director of "
     "Baltic Capital Company.", ["Sadyr Japarov", "Karl Weber", "Pedro Alvarado"]),
    ("Chilean President Pedro Alvarado said after talks with the Austrian president that trade had grown.",
     ["Pedro Alvarado", "Austria"]),
])
def test_counterparts_one_meeting(extract, look, body, participants):
    rec = extract(body, headline="Minister on a tour")
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1, meetings
    assert sorted(look.names(rec, meetings[0]["participants"])) == sorted(participants)


@pytest.mark.parametrize("body", [
    "Kyrgyz Foreign Minister Jeenbek Kulubaev briefed journalists ahead of the talks with the Austrian minister.",
    "Kyrgyz Foreign Minister Jeenbek Kulubaev spoke to journalists during the meeting.",
])
def test_counterparts_no_meeting(extract, look, body):
    assert look.events(rec := extract(body), "meeting") == [], rec["events"]


@pytest.mark.parametrize("body", [
    "Kyrgyz President Sadyr Japarov accepted credentials from the new Ambassador of Latvia Pedro Alvarado.",
    "Ambassador Pedro Alvarado presented his credentials to Kyrgyz President Sadyr Japarov.",
    "Kyrgyz President Sadyr Japarov received the new Ambassador of Latvia Pedro Alvarado. The President "
    "accepted credentials from the Ambassador.",
])
def test_counterparts_credentials_are_a_meeting(extract, look, body):
    meetings = look.events(rec := extract(body), "meeting")
    assert [sorted(look.names(rec, v["participants"])) for v in meetings] == [["Pedro Alvarado", "Sadyr Japarov"]]


@pytest.mark.parametrize("body, mode", [
    ("Austrian Chancellor Karl Weber called Latvian President Pedro Alvarado to discuss trade.", "phone"),
    ("Austrian Chancellor Karl Weber phoned Latvian President Pedro Alvarado on Monday.", "phone"),
    ("Latvian President Pedro Alvarado received a phone call from Austrian Chancellor Karl Weber.", "phone"),
    ("Latvian President Pedro Alvarado and Austrian Chancellor Karl Weber exchanged views on security.", "in_person"),
    ("Austrian Chancellor Karl Weber exchanged views with Latvian President Pedro Alvarado.", "in_person"),
])
def test_counterparts_calls_and_exchanges(extract, look, body, mode):
    meetings = look.events(rec := extract(body), "meeting")
    assert [(sorted(look.names(rec, v["participants"])), v["mode"]) for v in meetings] == [
        (["Karl Weber", "Pedro Alvarado"], mode)]


@pytest.mark.parametrize("body", [
    "The ministry called for calm after Austrian Chancellor Karl Weber spoke.",
    "Austrian Chancellor Karl Weber called the decision a mistake.",
])
def test_counterparts_call_without_a_person_is_no_meeting(extract, look, body):
    assert look.events(extract(body), "meeting", None) == []


def test_counterparts_the_two_leaders_are_the_persons_at_the_table(extract, look):
    rec = extract("Latvian President Pedro Alvarado held talks with Austrian Chancellor Karl Weber in Vienna.\n\n"
                  "The two leaders met in Vienna on Monday and discussed transit.")
    meetings = look.events(rec, "meeting")
    assert [sorted(look.names(rec, v["participants"])) for v in meetings] == [["Karl Weber", "Pedro Alvarado"]]


@pytest.mark.parametrize("body, location", [
    ("RIGA – Latvian Foreign Minister Pedro Alvarado held talks during the UN General Assembly in New York.\n\n"
     "Alvarado met with the foreign ministers of Austria and Chile.", "New York"),
    ("Latvian, Austrian leaders hold talks\n\nVIENNA, May 19. /TASS/. Latvian President Pedro Alvarado held talks "
     "with Austrian Chancellor Karl Weber.", "Vienna"),
])
def test_counterparts_place_from_the_lead_or_a_later_dateline(extract, look, body, location):
    rec = extract(body)
    assert {look.name(rec, v["location"]) for v in look.events(rec, "meeting")} == {location}
