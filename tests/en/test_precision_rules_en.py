"""Rules found by reading government press releases (the ministers' statements and readouts a
foreign ministry publishes): a statement printed as plain paragraphs after "X said:", offices
written as "Secretary X", Arabic names joined by a hyphen ("al-Rashidi"), and an organisation met
as a whole. The sentences are invented."""
from __future__ import annotations

import pytest

RELEASE = ("Foreign Minister Anna Lindqvist said:\n\n"
           "The floods have caused terrible suffering. I offer my condolences to the families.\n\n"
           "Sweden stands ready to help the people of the region. We will send aid this week.\n\n"
           "{last}")


@pytest.mark.parametrize("last, told", [
    # the words run on in plain paragraphs: each is a statement of its own (GOLD.md, per paragraph)
    ("Our experts are already working with the local authorities.", 3),
    # narration about the speaker ends the statement
    ("Following the visit, Foreign Minister Anna Lindqvist will travel on to Oslo.", 2),
    ("Following the talks the Foreign Minister will travel on to Oslo on 11 May.", 2),
    # a heading is no one's words
    ("Further information", 2),
    # a paragraph quoting someone else has its own attribution
    ('"We are grateful for the help," the mayor of the city told reporters.', 2),
])
def test_plain_paragraphs_after_said_colon(extract, look, last, told):
    rec = extract(RELEASE.format(last=last))
    mine = [v for v in look.events(rec, "statement") if look.name(rec, v["speaker"]) == "Anna Lindqvist"]
    assert len(mine) == told, rec["events"]
    assert all(v["direct"] for v in mine)


def test_quoted_first_paragraph_keeps_plain_narration_out(extract, look):
    """After a quoted paragraph only further quoted ones go on: a plain one is the reporter's."""
    rec = extract('Minister Anna Lindqvist said:\n\n"The floods have caused terrible suffering to the region."'
                  "\n\nThe rescue teams reached the valley on Tuesday morning after the rain stopped.")
    mine = [v for v in look.events(rec, "statement") if look.name(rec, v["speaker"]) == "Anna Lindqvist"]
    assert len(mine) == 1, rec["events"]


@pytest.mark.parametrize("body, pair", [
    ("Secretary Whitfield spoke with Chilean Foreign Minister Ramos by phone on Monday.", {"Whitfield", "Ramos"}),
    ("Secretary Whitfield raised these concerns in a call with Chilean Foreign Minister Ramos today.",
     {"Whitfield", "Ramos"}),
    ("Deputy Secretary Whitfield met Peruvian Foreign Minister Elena Ramos in Lima.", {"Whitfield", "Elena Ramos"}),
])
def test_secretary_before_a_surname_is_a_title(extract, look, body, pair):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1, rec["events"]
    assert set(look.names(rec, meetings[0]["participants"])) == pair


@pytest.mark.parametrize("body, name", [
    ("Minister Anna Lindqvist met Iraqi Prime Minister Karim al-Rashidi in Baghdad.", "Karim al-Rashidi"),
    ("Minister Anna Lindqvist met Egyptian Foreign Minister Hassan el-Masri in Cairo.", "Hassan el-Masri"),
])
def test_hyphenated_particle_belongs_to_the_name(extract, look, body, name):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1, rec["events"]
    assert name in look.names(rec, meetings[0]["participants"])


@pytest.mark.parametrize("body, side", [
    ("Minister Anna Lindqvist met with the National Unity Coalition in Amman.", "National Unity Coalition"),
    ("In Jordan Minister Anna Lindqvist met with the Refugee Council, as well as local charities.",
     "Refugee Council"),
])
def test_organisation_met_as_a_whole(extract, look, body, side):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1, rec["events"]
    assert set(look.names(rec, meetings[0]["participants"])) == {"Anna Lindqvist", side}


def test_organisation_of_a_person_met_is_no_side(extract, look):
    """"met the head of the Chamber": the Chamber is where the person works, not a side of its own."""
    rec = extract("Minister Anna Lindqvist met the head of the Chamber of Commerce, Lars Holm, in Oslo.")
    for v in look.events(rec, "meeting"):
        assert "Chamber of Commerce" not in look.names(rec, v["participants"])


def test_words_after_said_colon_in_the_same_paragraph(extract, look):
    """"X said: <words>" without quote marks: X's direct speech, not that of a person it names."""
    rec = extract("Foreign Minister Anna Lindqvist said: Sweden has agreed new listings with its partners. "
                  "They include Marco Bellini, a broker buying oil. This shows that he supports the regime.\n\n"
                  "These sanctions show that the union is united.")
    said = look.events(rec, "statement")
    assert [look.name(rec, v["speaker"]) for v in said] == ["Anna Lindqvist", "Anna Lindqvist"], rec["events"]
    assert all(v["direct"] for v in said)
    assert said[0]["text"].startswith("Sweden has agreed")


def test_secretary_as_a_description_keeps_its_holder(extract, look):
    """"Secretary" before a surname is a form of address, not an office that the next name in
    "the secretary and Vargas" would take over: "the secretary said" stays the Defense Secretary's."""
    rec = extract("Defense Secretary Mark Olsen met Peruvian Prime Minister Luis Vargas in Lima.\n"
                  "The secretary and Vargas agreed that work remains, the release said.\n"
                  '"I want to convey my deepest condolences to the families," the secretary said in a statement.')
    direct = [v for v in look.events(rec, "statement") if v["direct"]]
    assert [look.name(rec, v["speaker"]) for v in direct] == ["Mark Olsen"], rec["events"]
