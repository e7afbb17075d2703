"""Rules added after the first run of the fifth held-out English set (tests/en/heldout5), each
with invented sentences: meetings told "between" two sides, one of them named by office only;
Turkic patronymics and Arabic "bin" names kept whole."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, sides", [
    ("Talks were held between Uzbek Foreign Minister Nodir Karimov and the Foreign Minister of Oman in "
     "Tashkent on Wednesday.", ["Nodir Karimov", "Oman"]),
    ("A meeting took place between Kazakh Senate Speaker Ardak Zhunusov and the Ambassador of Japan in Astana.",
     ["Ardak Zhunusov", "Japan"]),
    ("Talks between Kyrgyz President Almaz Toktosunov and the Turkish president focused on trade.",
     ["Almaz Toktosunov", "Turkey"]),
    ("Kazakh Foreign Minister Yerlan Dossayev met with the Georgian foreign minister in Tbilisi.",
     ["Georgia", "Yerlan Dossayev"]),
])
def test_heldout5_a_side_named_by_office_stands_for_its_state(extract, look, body, sides):
    rec = extract(body)
    meetings = look.events(rec, "meeting")
    assert len(meetings) == 1 and sorted(look.names(rec, meetings[0]["participants"])) == sorted(sides)


def test_heldout5_talks_between_two_named_persons_still_meet(extract, look):
    rec = extract("Talks were held between Uzbek Foreign Minister Nodir Karimov and Omani Foreign Minister "
                  "Said Al Harthi in Muscat.")
    meetings = look.events(rec, "meeting")
    assert [sorted(look.names(rec, m["participants"])) for m in meetings] == [["Nodir Karimov", "Said Al Harthi"]]


@pytest.mark.parametrize("body, full, short", [
    ("Speaker of the Jogorku Kenesh Nurbek Asanbek uulu received the Ambassador of Japan Taro Hayashida.\n\n"
     "Asanbek uulu noted that trade between the two countries had doubled.", "Nurbek Asanbek uulu", "Asanbek uulu"),
    ("Deputy Minister Aigul Sadyk kyzy visited Osh on Monday.\n\nSadyk kyzy noted that exports rose by a third.",
     "Aigul Sadyk kyzy", "Sadyk kyzy"),
])
def test_heldout5_a_patronymic_belongs_to_the_name(extract, look, body, full, short):
    rec = extract(body)
    people = [e["name"] for e in rec["entities"] if e["type"] == "PER"]
    assert full in people and short not in people
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [full]


def test_heldout5_a_patronymic_word_alone_is_no_name(extract):
    rec = extract("The farmers of the Chui valley said that the uulu harvest festival was cancelled.")
    assert not any("uulu" in e["name"] for e in rec["entities"])


@pytest.mark.parametrize("body, name", [
    ("Karimov received a delegation led by its chairman Hilal bin Saif Al Mahrouqi.", "Hilal bin Saif Al Mahrouqi"),
    ("The delegation was led by Undersecretary of the Ministry of Trade of Oman Salim bin Nasser Al Habsi.",
     "Salim bin Nasser Al Habsi"),
])
def test_heldout5_a_name_with_bin_keeps_its_given_name(extract, body, name):
    rec = extract(body)
    assert name in [e["name"] for e in rec["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize("body, speaker", [
    ("The Kyrgyz Ministry of Foreign Affairs expressed deep condolences to the people of Nepal over the floods.",
     "Kyrgyz Ministry of Foreign Affairs"),
    ("The Kazakh Foreign Ministry condemned the attack on the convoy near the border.", "Kazakh Foreign Ministry"),
    ("The Government of Uzbekistan welcomed the decision of the court in The Hague.", "Government of Uzbekistan"),
])
def test_heldout5_a_ministry_taking_a_position_speaks(extract, look, body, speaker):
    rec = extract(body)
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [speaker]


@pytest.mark.parametrize("body", [
    "The talks took place in Astana, the Kazakh Ministry of Foreign Affairs said.",
    "The Kazakh Foreign Ministry noted that consultations had been held in Astana.",
    "The press service of the Kyrgyz Foreign Ministry expressed hope for a quick answer.",
])
def test_heldout5_a_ministry_that_reports_is_a_source(extract, look, body):
    assert look.events(extract(body), "statement") == []


def test_heldout5_the_statement_reads_quotes_the_ministry(extract, look):
    body = ("The Kyrgyz Ministry of Foreign Affairs expressed condolences over the floods in Nepal.\n\n"
            '"We share the pain of the families who lost their homes and their loved ones," the statement reads.')
    rec = extract(body)
    direct = [s for s in look.events(rec, "statement") if s["direct"]]
    assert [look.name(rec, s["speaker"]) for s in direct] == ["Kyrgyz Ministry of Foreign Affairs"]


@pytest.mark.parametrize("body, speaker", [
    ("According to the Omani minister, Muscat sees Tashkent as a key partner in the region.", "Oman"),
    ("According to the Foreign Minister of Oman, Muscat sees Tashkent as a key partner in the region.", "Oman"),
])
def test_heldout5_an_office_without_a_name_speaks_for_its_state(extract, look, body, speaker):
    rec = extract(body)
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [speaker]


def test_heldout5_according_to_a_document_is_no_speaker(extract, look):
    assert look.events(extract("According to the ministry, the talks were held in Muscat."), "statement") == []


def test_heldout5_the_minister_is_the_one_named_last(extract, look):
    body = ("Kazakh Foreign Minister Yerlan Dossayev met Finnish Foreign Minister Aino Kallio and Maltese Foreign "
            "Minister Paul Borg in Vienna.\n\n"
            "Dossayev also addressed the plenary session, where he called for a return to dialogue.\n\n"
            '"Security in Europe and Asia is indivisible, and we are ready to help," the minister said.')
    rec = extract(body)
    direct = [s for s in look.events(rec, "statement") if s["direct"]]
    assert [look.name(rec, s["speaker"]) for s in direct] == ["Yerlan Dossayev"]


def test_heldout5_the_minister_among_two_named_together_stays_open(extract, look):
    body = ("Finnish Foreign Minister Aino Kallio and Maltese Foreign Minister Paul Borg met in Vienna.\n\n"
            '"Security in Europe is indivisible, and we are ready to help," the minister said.')
    rec = extract(body)
    assert [s for s in look.events(rec, "statement") if s["direct"]] == []


@pytest.mark.parametrize("body, count", [
    ('"We have ratified all the agreements signed during the last visit of the President," the Speaker said.', 0),
    ("The two ministers recalled the treaty signed two years ago in Bishkek.", 0),
    ("The ministers signed an agreement on visa-free travel during the talks in Bishkek.", 1),
])
def test_heldout5_a_document_signed_at_an_earlier_occasion_is_no_new_one(extract, look, body, count):
    assert len(look.events(extract(body), "agreement")) == count


@pytest.mark.parametrize("body, count", [
    ("Turkish companies are ready to take part in the building of schools and hospitals in the regions.", 0),
    ("China is willing to work with Tajikistan to jointly build the Belt and Road.", 0),
    ("The company started the construction of two schools in Osh.", 1),
    ("The government approved the creation of the Ordabasy industrial zone in the Turkistan region.", 1),
])
def test_heldout5_a_kind_of_thing_or_an_initiative_is_no_project(extract, look, body, count):
    assert len(look.events(extract(body), "project")) == count


@pytest.mark.parametrize("second, speaker", [
    ("In his words, the two countries could double their trade by 2030.", "Yerlan Dossayev"),
    ("The Italian side expressed interest in Kazakh wheat and uranium.", "Marco Alberti"),
    ("The Kazakh side, in turn, stressed that trade had doubled in two years.", "Yerlan Dossayev"),
])
def test_heldout5_words_owned_by_a_side_or_his_words(extract, look, second, speaker):
    body = "Kazakh Foreign Minister Yerlan Dossayev received the Ambassador of Italy Marco Alberti.\n\n" + second
    rec = extract(body)
    assert [look.name(rec, s["speaker"]) for s in look.events(rec, "statement")] == [speaker]


def test_heldout5_a_side_of_two_persons_names_no_one(extract, look):
    body = ("Kazakh Foreign Minister Yerlan Dossayev received Italian Ambassador Marco Alberti and Italian Senator "
            "Giulia Ferri.\n\nThe Italian side expressed interest in Kazakh wheat and uranium.")
    assert look.events(extract(body), "statement") == []


@pytest.mark.parametrize("body, title, country", [
    ("The meeting was also attended by members of the Mazhilis and the Ambassador of Turkey to Kazakhstan "
     "Aylin Karaosmanoglu.", "Ambassador", "TR"),
    ("The talks were attended by the Minister of Energy and the Ambassador of Japan Taro Hayashida.",
     "Ambassador", "JP"),
])
def test_heldout5_an_office_before_and_the_is_someone_elses(extract, body, title, country):
    rec = extract(body)
    people = [e for e in rec["entities"] if e["type"] == "PER"]
    assert len(people) == 1 and [r["title"] for r in people[0]["roles"]] == [title]
    assert people[0]["country"] == country


def test_heldout5_two_offices_of_one_person_stay_two(extract, look):
    rec = extract("Deputy Prime Minister and Minister of Trade Serik Zhakenov met the press in Astana.")
    assert [r["title"] for r in look.person(rec, "Zhakenov")["roles"]] == ["Deputy Prime Minister", "Minister of Trade"]


@pytest.mark.parametrize("first, country", [
    ("The Kyrgyz Ministry of Foreign Affairs expressed condolences over the floods.", "KG"),
    ("The Kazakh Ministry of Energy and the Mongolian Ministry of Foreign Affairs held consultations.", "MN"),
])
def test_heldout5_the_ministrys_spokesperson_is_of_its_state(extract, look, first, country):
    body = first + "\n\nSpeaking at a briefing, the ministry's spokesperson Aibek Tursunov said no citizens were hurt."
    assert look.person(extract(body), "Tursunov")["country"] == country


@pytest.mark.parametrize("body, name, title", [
    ("Tokayev held talks with the Emir of Qatar Sheikh Tamim bin Hamad Al Thani in Doha.",
     "Tamim bin Hamad Al Thani", "Emir"),
    ("Dossayev held talks with Saudi Minister of Foreign Affairs Prince Faisal Al Harbi in Riyadh.",
     "Faisal Al Harbi", "Foreign Minister"),
])
def test_heldout5_an_address_before_the_name_is_not_in_the_office(extract, look, body, name, title):
    rec = extract(body)
    assert [r["title"] for r in look.person(rec, name)["roles"]] == [title]


def test_heldout5_an_unnamed_minister_beside_a_named_compatriot_is_his_own_side(extract, look):
    body = ("Talks were held between Uzbek Foreign Minister Nodir Karimov and the Foreign Minister of Oman in "
            "Tashkent.\n\nLater, Karimov received the chairman of the Muscat Chamber of Commerce Hilal bin Saif "
            "Al Mahrouqi of Oman.")
    rec = extract(body)
    sides = sorted(sorted(look.names(rec, m["participants"])) for m in look.events(rec, "meeting"))
    assert sides == [["Foreign Minister of Oman", "Nodir Karimov"], ["Hilal bin Saif Al Mahrouqi", "Nodir Karimov"]]


def test_heldout5_an_unnamed_minister_alone_stands_for_his_state(extract, look):
    rec = extract("Talks were held between Uzbek Foreign Minister Nodir Karimov and the Foreign Minister of Oman.")
    assert [sorted(look.names(rec, m["participants"])) for m in look.events(rec, "meeting")] == [["Nodir Karimov", "Oman"]]
