"""English entity hygiene: capitalised runs after a title that are no person's name (headline
verbs, an office's field, an agency's credit), and names that survive beside them."""
from __future__ import annotations

import pytest


def persons(rec: dict) -> list[str]:
    return sorted(e["name"] for e in rec["entities"] if e["type"] == "PER")


@pytest.mark.parametrize("headline, body, expected", [
    ("Kazakh Minister Receives Swiss Envoy",
     "Kazakh Foreign Minister Yerlan Karin received the Swiss ambassador on Monday.", ["Yerlan Karin"]),
    ("Minister Strengthens Trade Ties during Visit",
     "Swiss Minister Karl Weber arrived in Tashkent on Monday.", ["Karl Weber"]),
    ("Officials meet in the capital",
     "He met the Deputy Minister of Energy, Mining, and Trade, Aliya Bekova, on Monday.", ["Aliya Bekova"]),
    ("Officials meet in the capital",
     "The Chairman of the Board later spoke to Kazakh Foreign Minister Yerlan Karin.", ["Yerlan Karin"]),
    ("Officials meet in the capital",
     "Trade is growing, said Kazakh Foreign Minister Yerlan Karin, Qazaq reports.", ["Yerlan Karin"]),
    ("Officials meet in the capital",
     "He thanked the Director-General of the World Trade Organization Ngozi Okonjo-Iweala for the visit.",
     ["Ngozi Okonjo-Iweala"]),
    ("Officials meet in the capital",
     "He met the foreign minister of Chile Pedro Alvarado on Monday.", ["Pedro Alvarado"]),
    ("Officials meet in the capital",
     "British Minister Karen Bright MP met Kazakh Foreign Minister Yerlan Karin in Astana.",
     ["Karen Bright", "Yerlan Karin"]),
    ("Officials meet in the capital",
     "Later, Xavier Dumont and Ignazio Ferri visited the museum.", ["Ignazio Ferri", "Xavier Dumont"]),
    ("Officials meet in the capital",
     "Adewale Okonkwo, Senior Managing Director of Baltic Capital Company, arrived on Monday.",
     ["Adewale Okonkwo"]),
])
def test_names_not_persons(extract, headline, body, expected):
    assert persons(extract(body, headline=headline)) == expected


@pytest.mark.parametrize("body, speaker, text", [
    ("Freight between the two countries keeps rising, said President of Chile Jorge Vargas.",
     "Jorge Vargas", "Freight between the two countries keeps rising"),
    ("Energy ties are deepening, said Kazakh Foreign Minister Yerlan Karin.", "Yerlan Karin",
     "Energy ties are deepening"),
])
def test_names_inverted_speaker_after_title(extract, look, body, speaker, text):
    rec = extract(body)
    said = look.events(rec, "statement")
    assert [(look.name(rec, v["speaker"]), v["text"]) for v in said] == [(speaker, text)]


def test_names_plural_title_spread_over_a_list_of_states_and_names(extract, look):
    rec = extract("Kazakh Foreign Minister Daniyar Omarov met the foreign ministers of Portugal José Alvaro, "
                  "Latvia Anna Berzina, Luxembourg Xavier Dumont, and Switzerland Ignazio Ferri on Monday.")
    got = {e["name"]: (e["country"], [r["title"] for r in e["roles"]]) for e in rec["entities"] if e["type"] == "PER"}
    assert got == {"Daniyar Omarov": ("KZ", ["Foreign Minister"]), "José Alvaro": ("PT", ["Foreign Minister"]),
                   "Anna Berzina": ("LV", ["Foreign Minister"]), "Xavier Dumont": ("LU", ["Foreign Minister"]),
                   "Ignazio Ferri": ("CH", ["Foreign Minister"])}
    meetings = look.events(rec, "meeting")
    assert sorted(look.names(rec, v["participants"])[1] for v in meetings) == [
        "Anna Berzina", "Ignazio Ferri", "José Alvaro", "Xavier Dumont"]


def test_names_a_lead_on_the_first_line_keeps_its_names(extractor):
    from kelisim.read import Article
    text = ("RIGA. Latvian Foreign Minister Pedro Alvarado held talks with Austrian Chancellor Karl Weber in Riga "
            "on Tuesday.\n\nThe sides signed a roadmap on transport until 2030.")
    rec = extractor.extract(Article(text=text, title="Latvia and Austria sign a roadmap", date="2026-04-08"))
    assert persons(rec) == ["Karl Weber", "Pedro Alvarado"]
    assert [v["type"] for v in rec["events"]][:1] == ["meeting"]


@pytest.mark.parametrize("body, surname, country, title", [
    ("Foreign Minister Yerlan Karin received Ambassador of the Kingdom of Spain to the Republic of "
     "Kazakhstan Lucia Romero on Monday.", "Romero", "ES", "Ambassador"),
    ("Lastly, he talked to the British Council Director in Mongolia, Anna Hart.", "Hart", "GB", "Director"),
    ("He met the foreign ministers of Russia, Sergey Orlov, and the Deputy Minister of Foreign Affairs of Latvia "
     "Anna Berzina.", "Orlov", "RU", None),
    ("During a working visit to China, Governor of Kyzylorda region Yerlan Karin held talks with Li Ming.",
     "Karin", "KZ", None),
])
def test_names_state_of_the_office_not_of_the_host(extract, look, body, surname, country, title):
    p = look.person(extract(body), surname)
    assert p["country"] == country
    if title:
        assert [r["title"] for r in p["roles"]][:1] == [title]


@pytest.mark.parametrize("body, persons_, orgs", [
    ("The governor held talks with Head of Baltic Glass Co., Ltd. Li Ming on Feb. 27.", ["Li Ming"],
     ["Baltic Glass Co., Ltd."]),
])
def test_names_legal_form_and_calendar_abbreviation(extract, body, persons_, orgs):
    rec = extract(body)
    assert persons(rec) == persons_
    assert sorted(e["name"] for e in rec["entities"] if e["type"] == "ORG") == orgs


@pytest.mark.parametrize("sentence", [
    "The minister took part in a gathering of the trade ministers of Japan and Central Asian countries.",
    "Delegations of the European Union and South Caucasian states attended.",
])
def test_names_a_run_before_a_plural_noun_is_no_person(extract, sentence):
    rec = extract(sentence)
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == []


def test_names_a_surname_before_a_plural_noun_stays_a_person(extract):
    rec = extract("Nurlan Tokmagambetov talks with investors lasted two hours.")
    assert "Nurlan Tokmagambetov" in [e["name"] for e in rec["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize("sentence, name", [
    ("He received the energy ministers of Qatar - Khalid Nasser, and the Islamic Republic of Iran Mahmoud Amir "
     "Jafari.", "Mahmoud Amir Jafari"),
    ("Kazakh Senator Arman Sultan Beisenov attended the session.", "Arman Sultan Beisenov"),
])
def test_names_a_given_name_that_is_also_an_office_inside_a_name(extract, sentence, name):
    rec = extract(sentence)
    assert name in [e["name"] for e in rec["entities"] if e["type"] == "PER"]
