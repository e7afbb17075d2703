"""Three English weaknesses: a summit is one meeting of the leaders it puts at it, apart from the
bilateral talks held on its sidelines (en/summits.py); a declaration "the leaders adopted" there is
the summit's states' (en/agreement_sides.gathering_states); a person whose state the article does
not write does not take the state of someone else's office in his sentence ("Mayor X met the
ambassador of Chile": en/home_state._others_offices)."""
from __future__ import annotations

import pytest

HOSTED = ("On June 12, President of Kyrgyzstan Sadyr Japarov hosted the summit of the Organization of "
          "Turkic States in Bishkek. The summit was attended by President of Kazakhstan Kassym-Jomart "
          "Tokayev, President of Azerbaijan Ilham Aliyev and President of Turkey Recep Tayyip Erdogan.")
TOOK_PART = ("Kazakh President Kassym-Jomart Tokayev took part in the summit of the Shanghai Cooperation "
             "Organisation in Astana on Thursday, together with Chinese President Xi Jinping and Russian "
             "President Vladimir Putin.")
GATHERED = ("Mongolia hosted the first summit of the northern forum in Ulaanbaatar on May 3, bringing "
            "together President Ukhnaagiin Khurelsukh and the presidents of Kazakhstan, Kyrgyzstan and "
            "Uzbekistan.")


def _tables(rec: dict, look) -> list[set[str]]:
    return [{n.split()[-1] for n in look.names(rec, m["participants"])} for m in look.events(rec, "meeting")]


@pytest.mark.parametrize("body, table", [
    (HOSTED, {"Japarov", "Tokayev", "Aliyev", "Erdogan"}),
    (TOOK_PART, {"Tokayev", "Jinping", "Putin"}),
    (GATHERED, {"Khurelsukh", "Kazakhstan", "Kyrgyzstan", "Uzbekistan"}),
])
def test_a_summit_is_one_meeting_of_those_it_puts_at_it(extract, look, body, table):
    tables = _tables(extract(body), look)
    assert any(table <= t for t in tables), tables


@pytest.mark.parametrize("body, table", [
    ("President Kassym-Jomart Tokayev took part in the summit of the Collective Security Treaty Organization "
     "in Bishkek on Thursday.", {"Tokayev", "Organization"}),
    ("President Kassym-Jomart Tokayev attended the summit of the Shanghai Cooperation Organisation in Tianjin "
     "on Monday, where he called for reform.", {"Tokayev", "Organisation"}),
])
def test_one_leader_at_a_summit_met_the_organisation_holding_it(extract, look, body, table):
    assert table in _tables(extract(body), look)


def test_a_summit_is_told_at_its_place(extract, look):
    rec = extract(HOSTED)
    summit = max(look.events(rec, "meeting"), key=lambda m: len(m["participants"]))
    assert look.name(rec, summit["location"]) == "Bishkek"


def test_talks_on_the_sidelines_of_a_summit_are_meetings_of_their_own(extract, look):
    body = TOOK_PART + " On the sidelines of the summit, Tokayev held talks with Xi Jinping. He also met " \
        "Indian Prime Minister Narendra Modi."
    tables = _tables(extract(body), look)
    assert any({"Tokayev", "Jinping", "Putin"} <= t for t in tables), tables
    assert {"Tokayev", "Jinping"} in tables and {"Tokayev", "Modi"} in tables, tables


@pytest.mark.parametrize("sideline, pairs", [
    ("On the sidelines of the summit, Tokayev met with the presidents of Uzbekistan and Kyrgyzstan.",
     [{"Tokayev", "Uzbekistan"}, {"Tokayev", "Kyrgyzstan"}]),
    ("Tokayev also held bilateral meetings with Indian Prime Minister Narendra Modi and Pakistani Prime "
     "Minister Shehbaz Sharif on the sidelines of the summit.", [{"Tokayev", "Modi"}, {"Tokayev", "Sharif"}]),
])
def test_the_summit_named_as_the_setting_of_talks_does_not_join_them(extract, look, sideline, pairs):
    tables = _tables(extract(TOOK_PART + "\n\n" + sideline), look)
    assert all(p in tables for p in pairs), tables


def test_the_pair_that_met_before_and_then_took_part_in_a_summit_sits_at_it(extract, look):
    body = ("Azerbaijani President Ilham Aliyev met Kazakh President Kassym-Jomart Tokayev in Baku on Thursday.\n\n"
            "On Friday, the two presidents took part in the summit of the Organization of Turkic States, which "
            "was also attended by Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev.")
    tables = _tables(extract(body), look)
    assert {"Aliyev", "Tokayev", "Japarov", "Mirziyoyev"} in tables, tables


@pytest.mark.parametrize("body", [
    "The leaders of Kazakhstan, Uzbekistan and Kyrgyzstan are expected to attend the summit in Astana in "
    "October, Foreign Minister Murat Nurtleu said on Monday.",
    "President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev on the sidelines of the summit "
    "in Astana.",
    "President Kassym-Jomart Tokayev said the summit would be attended by the presidents of Uzbekistan and "
    "Kyrgyzstan in October.",
    "President Kassym-Jomart Tokayev invited Uzbek President Shavkat Mirziyoyev to attend the summit in Astana.",
    "Uzbek President Shavkat Mirziyoyev thanked Kazakh President Kassym-Jomart Tokayev for hosting the summit.",
])
def test_a_summit_planned_or_only_the_setting_of_talks_is_no_meeting_of_its_own(extract, look, body):
    tables = _tables(extract(body), look)
    assert not any(len(t) >= 3 for t in tables), tables


@pytest.mark.parametrize("body, states", [
    ("President of Kyrgyzstan Sadyr Japarov met separately with Kazakh President Kassym-Jomart Tokayev on "
     "June 11.\n\n" + HOSTED + "\n\nThe leaders of the four states adopted the Bishkek Declaration.",
     {"KG", "KZ", "AZ", "TR"}),
    (GATHERED + "\n\nThe leaders adopted the Ulaanbaatar Declaration on transit.", {"MN", "KZ", "KG", "UZ"}),
])
def test_a_declaration_the_leaders_adopt_at_a_summit_is_its_states(extract, look, body, states):
    rec = extract(body)
    ents = {e["id"]: e for e in rec["entities"]}
    decl = [a for a in look.events(rec, "agreement") if a["doc_type"] == "declaration"]
    assert decl and states <= {ents[p]["country"] for p in decl[0]["parties"]}, decl


@pytest.mark.parametrize("sideline", [
    "On the sidelines of the summit, Japarov held talks with Erdogan, and the leaders signed a memorandum on energy.",
    "On the sidelines of the summit, Japarov held talks with Erdogan. During the talks, the leaders signed a "
    "memorandum on energy.",
])
def test_a_document_the_leaders_sign_at_sideline_talks_is_the_pairs(extract, look, sideline):
    body = HOSTED + "\n\n" + sideline
    rec = extract(body)
    ents = {e["id"]: e for e in rec["entities"]}
    memo = [a for a in look.events(rec, "agreement") if a["doc_type"] == "memorandum"]
    assert memo and {ents[p]["country"] for p in memo[0]["parties"]} == {"KG", "TR"}, memo


@pytest.mark.parametrize("body, person, state", [
    ("Mayor Daniel Okafor met the ambassador of Chile on Tuesday. They discussed tourism.", "Okafor", None),
    ("Governor Olivia Brandt met Chile's envoy on Monday. Brandt said the region hoped to export more wine.",
     "Brandt", None),
    ("Minister of Culture Aibek Nurlanov received the Chilean ambassador in Astana on Monday.", "Nurlanov", "KZ"),
    ("Mayor Daniel Okafor met a delegation from Chile on Tuesday. They discussed tourism.", "Okafor", None),
    ("Mayor Daniel Okafor received a Chilean business delegation on Tuesday. Okafor said the city was open.",
     "Okafor", None),
])
def test_a_person_does_not_take_the_state_of_another_office_in_his_sentence(extract, look, body, person, state):
    rec = extract(body, headline="Envoy pays a courtesy call")
    assert look.person(rec, person).get("country") == state


@pytest.mark.parametrize("body, host, state", [
    ("Akim of Almaty region Marat Sultangaziyev received the Ambassador of Chile to Kazakhstan on Monday.",
     "Sultangaziyev", "CL"),
    ("Senator Mark Hale met the Kazakh Foreign Minister in Washington on Monday.", "Hale", "KZ"),
])
def test_an_office_whose_holder_is_not_named_is_met_as_its_state(extract, look, body, host, state):
    rec = extract(body, headline="Envoy pays a courtesy call")
    ents = {e["id"]: e for e in rec["entities"]}
    assert any(any(host in ents[p]["name"] for p in m["participants"])
               and any(ents[p]["type"] == "GPE" and ents[p]["country"] == state for p in m["participants"])
               for m in look.events(rec, "meeting")), look.events(rec, "meeting")


@pytest.mark.parametrize("body", [
    "Minister Aibek Nurlanov received a letter from the Kazakh Foreign Minister on Monday.",
    "Governor Ruslan Temirov received an award of the Kazakh government on Monday.",
])
def test_an_office_not_opening_the_object_is_no_one_received(extract, look, body):
    assert not look.events(extract(body, headline="News of the region"), "meeting")


@pytest.mark.parametrize("adjective, state", [("Chilean", "CL"), ("Mexican", "MX"), ("Thai", "TH"), ("Iraqi", "IQ")])
def test_the_adjective_of_a_further_state_names_the_office_holders_state(extract, look, adjective, state):
    rec = extract(f"Minister of Culture Aibek Nurlanov received the {adjective} ambassador in Astana on Monday.",
                  headline="Envoy pays a courtesy call")
    assert look.person(rec, "Nurlanov").get("country") == "KZ"
    ents = {e["id"]: e for e in rec["entities"]}
    assert any(ents[p]["country"] == state for m in look.events(rec, "meeting") for p in m["participants"])
