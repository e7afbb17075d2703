"""Who is who in English news: names, titles and offices, states, organisations, groups, coreference."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, name, title, country", [
    ("Kazakh Foreign Minister Murat Nurtleu arrived in London.", "Murat Nurtleu", "Foreign Minister", "KZ"),
    ("UK Foreign Secretary David Cameron arrived in Astana.", "David Cameron", "Foreign Secretary", "GB"),
    ("President of the Republic of Chile Jorge Vargas arrived in Tashkent.",
     "Jorge Vargas", "President", "CL"),
    ("Also, a meeting was held with the Speaker of the House of Commons Lindsay Hoyle.",
     "Lindsay Hoyle", "Speaker of the House of Commons", None),
    ("Kazakhstan's Deputy Premier and Foreign Minister Daniyar Omarov spoke first.",
     "Daniyar Omarov", "Foreign Minister", "KZ"),
    ("Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev opened the forum.",
     "Yermek Kosherbayev", "Foreign Minister", "KZ"),
    ("Minister of Energy Almasadam Satkaliyev visited the plant.", "Almasadam Satkaliyev", "Minister of Energy", None),
    ("Murat Nurtleu, Kazakhstan's Foreign Minister, said the talks went well.", "Murat Nurtleu", "Foreign Minister", "KZ"),
    ("BP chief executive Murray Auchincloss visited Atyrau.", "Murray Auchincloss", "Chief Executive", None),
    ("Kazakh Foreign Minister Daniyar Omarov met with his Chinese counterpart Zhou Ming.",
     "Zhou Ming", "Foreign Minister", "CN"),
    ("Turkmenistan's President Serdar Berdimuhamedov met the delegation.", "Serdar Berdimuhamedov", "President", "TM"),
    ("A delegation led by Kazakh Trade Minister Arman Shakkaliyev arrived.", "Arman Shakkaliyev", "Trade Minister",
     "KZ"),
    ("Microsoft President Brad Smith visited Astana.", "Brad Smith", "President", None),
    ("Tajik Energy Minister Daler Juma and Uzbek Energy Minister Jurabek Mirzamakhmudov signed it.",
     "Jurabek Mirzamakhmudov", "Energy Minister", "UZ"),
])
def test_entities_person_with_title_and_state(extract, look, sentence, name, title, country):
    p = look.person(extract(sentence), name.split()[-1])
    assert p["name"] == name
    assert any(r["title"] == title for r in p["roles"]), p["roles"]
    if country:
        assert p["country"] == country


def test_entities_list_apposition_gives_each_person_the_state_in_its_place(extract, look):
    rec = extract("The Foreign Ministers of Mongolia and Chile, Batbayar Enkhjargal and Carlos Vidal, "
                  "held talks.")
    assert look.person(rec, "Enkhjargal")["country"] == "MN"
    assert look.person(rec, "Vidal")["country"] == "CL"
    assert look.person(rec, "Vidal")["roles"][0]["title"] == "Foreign Minister"


def test_entities_a_singular_title_before_a_list_is_the_first_persons_alone(extract, look):
    rec = extract("Kazakh Foreign Minister Murat Nurtleu and David Lammy held talks.")
    assert look.person(rec, "Lammy")["country"] != "KZ"


@pytest.mark.parametrize("sentence, name", [
    ("Mr Cameron thanked his hosts.", "Cameron"),
    ('"We are ready," Tokayev said.', "Tokayev"),                      # a surname by its ending
    ("Xi Jinping arrived in Astana. Xi met the students.", "Xi Jinping"),
    ("Abdullatif bin Rashid Al Zayani, Bahrain's Foreign Minister, arrived.", "Abdullatif bin Rashid Al Zayani"),
    ("European Commission President Ursula von der Leyen arrived in Astana on Friday for the summit. "
     "Von der Leyen met with the students and the teachers of the university.", "Ursula von der Leyen"),
    ("Tajik Energy Minister Daler Juma and Uzbek Energy Minister Jurabek Mirzamakhmudov signed it.",
     "Daler Juma|Jurabek Mirzamakhmudov"),
])
def test_entities_person_names(extract, sentence, name):
    rec = extract(sentence)
    pers = [e for e in rec["entities"] if e["type"] == "PER"]
    assert [e["name"] for e in pers] == name.split("|")


def test_entities_a_field_before_minister_is_no_organisation(extract):
    rec = extract("Commerce Minister Wang Wentao held talks with Kazakh Trade Minister Arman Shakkaliyev.")
    assert [e["name"] for e in rec["entities"] if e["type"] == "ORG"] == []


@pytest.mark.parametrize("sentence", [
    "Kazakhstan defeated Austria 2-0 at the Astana Arena on Monday.",
    "BEIJING. KAZINFORM The forum opened on Monday.",
    "The Ministry of Foreign Affairs noted that trade had grown.",
    "Queen's University Belfast will open a campus.",
    "According to the agency, exports grew in March.",
])
def test_entities_no_person_where_none_is_named(extract, sentence):
    rec = extract(sentence)
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == []


@pytest.mark.parametrize("sentence, org, country", [
    ("The Ministry of Foreign Affairs noted the growth.", "Ministry of Foreign Affairs", None),
    ("A branch of Queen’s University Belfast will open in Astana.", "Queen’s University Belfast", None),
    ("Officials of the Ministry of Digital Technologies of Uzbekistan arrived.",
     "Ministry of Digital Technologies of Uzbekistan", "UZ"),
    ("The plant will be built by German company Svevind Energy.", "Svevind Energy", None),
    ("Chinese company CNPC has completed the pipeline.", "CNPC", None),
    ("The UK Foreign Office said the visit went well.", "UK Foreign Office", "GB"),
    ("Microsoft President Brad Smith visited Astana.", "Microsoft", None),
    ("The Ministry of Economy of Kyrgyzstan and the Russian Export Center signed a memorandum.",
     "Russian Export Center", None),
    ("The Ministry of Industry and Trade of Uzbekistan hosted the forum.", "Ministry of Industry and Trade of Uzbekistan",
     "UZ"),
])
def test_entities_organisations(extract, sentence, org, country):
    rec = extract(sentence)
    orgs = {e["name"]: e for e in rec["entities"] if e["type"] == "ORG"}
    assert org in orgs, list(orgs)
    if country:
        assert orgs[org]["country"] == country


@pytest.mark.parametrize("sentence, group, country", [
    ("Uzbekistan and leading US companies signed agreements.", "leading US companies", "US"),
    ("British MPs welcomed the agreement.", "British MPs", "GB"),
    ("He met with representatives of the British business community.",
     "representatives of the British business community", "GB"),
    ("The sides reaffirmed their commitment to peace.", "the sides", None),
])
def test_entities_groups_are_organisations(extract, sentence, group, country):
    rec = extract(sentence)
    groups = {e["name"]: e for e in rec["entities"] if e.get("group")}
    assert group in groups, list(groups)
    assert groups[group]["type"] == "ORG"
    assert groups[group]["country"] == country


@pytest.mark.parametrize("text, surname, mention", [
    ("US President Donald Trump spoke first. He underlined that trade grew.", "Trump", "He"),
    ("German Foreign Minister Annalena Baerbock met Murat Nurtleu. She stressed the role of trade.",
     "Baerbock", "She"),
    ("Uzbek President Shavkat Mirziyoyev spoke. Uzbek leader stressed that investment grew.",
     "Mirziyoyev", "Uzbek leader"),
    ("Uzbek President Shavkat Mirziyoyev met US President Donald Trump. "
     "\"It is a new era,\" the head of Uzbekistan noted.", "Mirziyoyev", "the head of Uzbekistan"),
    ("Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi. The Kazakh diplomat thanked him.",
     "Nurtleu", "The Kazakh diplomat"),
])
def test_entities_coreference(extract, look, text, surname, mention):
    p = look.person(extract(text), surname)
    assert mention in [m["text"] for m in p["mentions"]]


def test_entities_pronoun_skips_a_person_named_inside_a_quote(extract, look):
    rec = extract('"We will welcome President Nursultan Nazarbayev in May," Wang Yi said. '
                  '"We are strategic partners," he noted.')
    assert "he" in [m["text"] for m in look.person(rec, "Wang")["mentions"]]


def test_entities_offsets_point_into_the_text(extractor):
    from kelisim.read import parse_plain_text
    text = ("date 2024-04-24 Talks in Astana\n\nKazakh Foreign Minister Murat Nurtleu met UK Foreign Secretary "
            "David Cameron in Astana. He said the UK's commitment was clear.\n")
    rec = extractor.extract(parse_plain_text(text, "t.txt"))
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    assert all(e["name_latin"] == e["name"] for e in rec["entities"] if e["type"] == "PER")
