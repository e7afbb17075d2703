"""Rules added after the first run of the sixth held-out English set (tests/en/heldout6:
agreements and projects), each with a few invented sentences: who signs when the signers are
written with a bracketed short name, a firm's description or a quoted name; signings the article
dates before its news; the builder of a project a firm signs with a bank or a public body; one
project per item of a gerund series; and the rest of a counted project told again."""
from __future__ import annotations

import pytest


def _sides(look, rec) -> list[list[str]]:
    return [sorted(look.names(rec, v["parties"])) for v in look.events(rec, "agreement")]


@pytest.mark.parametrize("body, sides", [
    # a bracketed short name after the first side
    ("The Nordic Investment Bank (NIB) and Steppe Wind LLP signed a loan agreement on Friday.",
     ["Nordic Investment Bank", "Steppe Wind LLP"]),
    # a time adverbial between the sides and the verb
    ("The Government of Kyrgyzstan and the Asian Development Bank (ADB) on Monday signed a grant agreement.",
     ["Asian Development Bank", "Government of Kyrgyzstan"]),
    # a firm's description and quotation marks around its name
    ('The Ministry of Energy of Uzbekistan and the Saudi company "Desert Sun Power" signed a memorandum '
     "on a solar plant.", ["Desert Sun Power", "Ministry of Energy of Uzbekistan"]),
    ("The Ministry of Digital Development and Transport and the Chinese company CRBC signed a contract "
     "for a new bridge.", ["CRBC", "Ministry of Digital Development and Transport"]),
])
def test_heldout6_signers_before_the_verb(extract, look, body, sides):
    assert _sides(look, extract(body, headline="Documents signed")) == [sides]


def test_heldout6_with_the_company_is_the_firm_named_last(extract, look):
    body = ("The Islamic Development Bank signed a loan agreement with Aral Solar LLP.\n\n"
            "On the same day the OPEC Fund (OFID) signed a parallel loan agreement with the company.")
    sides = _sides(look, extract(body, headline="Loans signed"))
    assert sides[-1] == ["Aral Solar LLP", "OPEC Fund"], sides


@pytest.mark.parametrize("body, signed", [
    ("In 2021 the Ministry of Health and the company Medline Group signed a memorandum on a clinic.", False),
    ("Kazakhstan and Uzbekistan signed an agreement on the Sardoba canal together with Tajikistan in 2019.", False),
    ("Earlier this year, the National Investment Agency signed an investment agreement with Medline Group.", False),
    ("The original agreement was signed in March.", False),
    ("The Ministry of Health and the company Medline Group signed a memorandum on a clinic on Monday.", True),
    # the time word dates the signing nearest it, not the one told as news
    ("The Ministry of Health and Medline Group signed a new memorandum on Monday that replaces the one "
     "they had signed in 2019.", True),
])
def test_heldout6_a_signing_dated_before_the_news_is_background(extract, look, body, signed):
    rec = extract(body, headline="Health cooperation")
    assert bool(look.events(rec, "agreement")) == signed


def test_heldout6_a_project_agreed_in_an_old_signing_is_background(extract, look):
    body = ("The ministers discussed the idea of a joint reservoir.\n\n"
            "Kazakhstan and Uzbekistan signed an agreement on the construction of the Sardoba dam in 2019.")
    assert look.events(extract(body, headline="Ministers meet"), "project") == []


@pytest.mark.parametrize("body, owner", [
    # the bank lends, the firm that signs with it builds
    ("The Nordic Investment Bank and Steppe Wind LLP signed a loan agreement for the construction of a "
     "wind farm in Zhambyl region.", "Steppe Wind LLP"),
    # a ministry and a firm sign on a plant: the firm builds
    ("The Ministry of Energy and the company Desert Sun Power signed an investment agreement on the "
     "construction of a solar plant in Navoi region.", "Desert Sun Power"),
    # the builder written with a legal form and quotes, or after "which will be carried out by"
    ('JSC "Kazakh Grid Company" will build a 500-kilovolt substation near Ekibastuz.', "Kazakh Grid Company"),
    ("The loan will pay for the electrification of the Arys – Turkistan railway line, which will be carried "
     "out by Steppe Rail Company.", "Steppe Rail Company"),
])
def test_heldout6_who_builds(extract, look, body, owner):
    rec = extract(body, headline="Plant agreed")
    assert [look.name(rec, v["owner"]) for v in look.events(rec, "project")] == [owner]


def test_heldout6_the_facility_comes_back_to_the_project(extract, look):
    body = ("Steppe Wind LLP signed a loan agreement with the Nordic Investment Bank for the construction of "
            "a wind farm in Zhambyl region.\n\nThe facility is to be put into operation at the end of 2028.")
    projects = look.events(extract(body, headline="Wind farm financed"), "project")
    assert [v["stage"] for v in projects] == ["agreed"]


def test_heldout6_a_possessive_word_belongs_to_the_project(extract, look):
    body = ("The company Medline Group and the Bukhara regional administration signed an agreement on the "
            "construction of a 200-bed children's hospital in Bukhara.")
    rec = extract(body, headline="Hospital agreed")
    assert _sides(look, rec) == [["Bukhara regional administration", "Medline Group"]]
    assert [v["kind"] for v in look.events(rec, "project")] == ["other"]


@pytest.mark.parametrize("text, org", [
    ("the Almaty city akimat", "Almaty city akimat"),
    ("the Samarkand regional administration", "Samarkand regional administration"),
])
def test_heldout6_a_places_own_administration_is_an_organisation(extract, text, org):
    rec = extract(f"The works were paid for by {text} last year.", headline="Works paid")
    assert org in [e["name"] for e in rec["entities"] if e["type"] == "ORG"]


@pytest.mark.parametrize("body, org", [
    ('The grid will be extended by JSC "Kazakh Grid Company" next year.', "Kazakh Grid Company"),
    ('The plant will be run by LLP "Green Steppe".', "Green Steppe"),
])
def test_heldout6_a_quoted_name_after_a_legal_form(extract, body, org):
    rec = extract(body, headline="Works planned")
    orgs = [e["name"] for e in rec["entities"] if e["type"] == "ORG"]
    assert org in orgs and not {"JSC", "LLP"} & set(orgs), orgs


def test_heldout6_each_item_of_a_gerund_series_is_a_project(extract, look):
    body = ("Steppe Rail Company is also building a new passenger station in Turkistan, reconstructing the "
            "Arys – Shymkent railway line and designing a freight terminal in Kentau.")
    rec = extract(body, headline="Railway works")
    projects = look.events(rec, "project")
    assert len(projects) == 3 and {look.name(rec, v["owner"]) for v in projects} == {"Steppe Rail Company"}


@pytest.mark.parametrize("body, count", [
    # another number of the things counted is the rest of that project
    ("Under the project, 30 schools are being built in the Sughd region, and ten of them have been "
     "handed over.\n\nAnother 20 schools are under construction.", 1),
    # a new thing brought in with "a" is one more project
    ("The Arys – Turkistan railway is being built by Steppe Rail Company.\n\n"
     "Steppe Rail Company is also building a new passenger station in Turkistan.", 2),
])
def test_heldout6_told_again_or_one_more(extract, look, body, count):
    assert len(look.events(extract(body, headline="Works go on"), "project")) == count


@pytest.mark.parametrize("body, stage", [
    ("According to him, a new cardiology centre in Taraz is at the design stage.", "announced"),
    ("A new cardiology centre in Taraz is at the construction stage.", "in_progress"),
])
def test_heldout6_at_a_stage(extract, look, body, stage):
    assert [v["stage"] for v in look.events(extract(body, headline="Clinics"), "project")] == [stage]


def test_heldout6_the_region_building_is_the_region_named(extract, look):
    body = ("The governor of Kostanay region opened a school.\n\n"
            "He said the region was also building two clinics in Rudny and Lisakovsk.")
    rec = extract(body, headline="Region builds")
    owners = [look.name(rec, v["owner"]) for v in look.events(rec, "project") if "clinic" in v["name"]]
    assert owners == ["Kostanay Region"], owners


@pytest.mark.parametrize("name", ["Faiziddin Qahhorzoda", "Rustam Davlatzoda"])
def test_heldout6_tajik_surnames_in_zoda(extract, name):
    rec = extract(f"The document was signed by Minister of Finance {name}.", headline="Loan signed")
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == [name]


@pytest.mark.parametrize("body, code", [
    ("Azerbaijan's Ministry of Energy and the company Desert Sun Power signed an investment agreement.", "AZ"),
    ("Turkmenistan's Ministry of Economy and the company Desert Sun Power signed an investment agreement.", "TM"),
])
def test_heldout6_a_body_after_a_states_possessive_is_that_states(extract, body, code):
    rec = extract(body, headline="Deal signed")
    assert [e["country"] for e in rec["entities"] if e["name"].startswith("Ministry")] == [code]


def test_heldout6_a_description_set_off_after_a_name_is_no_reference_back(extract, look):
    body = ("A new hospital was inaugurated in Taraz, the administrative centre of Zhambyl region.\n\n"
            "According to the governor, a new cardiology centre in Taraz is at the design stage.")
    stages = sorted(v["stage"] for v in look.events(extract(body, headline="Hospital opens"), "project"))
    assert stages == ["announced", "completed"], stages


def test_heldout6_documents_with_other_sides_are_two(extract, look):
    body = ("The Ministry of Energy and the company Desert Sun Power signed an agreement on a solar plant.\n\n"
            "Kazakhstan's Steppe Holding and Saudi Arabia's Najd Power also signed an agreement.")
    sides = _sides(look, extract(body, headline="Deals signed"))
    assert sides == [["Desert Sun Power", "Ministry of Energy"], ["Najd Power", "Steppe Holding"]], sides


@pytest.mark.parametrize("body, owner, stage", [
    # the next sentence names back the document and what it provides for
    ("The Ministry of Industry and the company Huaxin Cement signed an agreement on Tuesday. The document "
     "envisages the construction of a glass factory in Jizzakh region.", "Huaxin Cement", "agreed"),
    # a bank's loan "to finance" a road: the borrower builds
    ("The Asian Development Bank and the Government of Kyrgyzstan signed a loan agreement to finance the "
     "reconstruction of the Bishkek – Osh road.", "Government of Kyrgyzstan", "agreed"),
    # "X signed an agreement to build": the signer builds
    ("The Saudi company Najd Power inked an agreement to build a wind farm in Zhambyl region.", "Najd Power",
     "agreed"),
])
def test_heldout6_a_project_a_signed_document_sets_up(extract, look, body, owner, stage):
    rec = extract(body, headline="Plant agreed")
    assert [(look.name(rec, v["owner"]), v["stage"]) for v in look.events(rec, "project")] == [(owner, stage)]


@pytest.mark.parametrize("body, stage", [
    ("A groundbreaking ceremony was held on Monday for a copper smelter in Almalyk.", "in_progress"),
    ("The foundation-laying ceremony for a new school in Osh took place on Friday.", "in_progress"),
])
def test_heldout6_a_ceremony_for_a_project(extract, look, body, stage):
    assert [v["stage"] for v in look.events(extract(body, headline="Works begin"), "project")] == [stage]


def test_heldout6_a_ceremony_for_people_is_no_project(extract, look):
    body = "A ceremony was held on Monday for the winners of the school contest."
    assert look.events(extract(body, headline="Winners"), "project") == []


@pytest.mark.parametrize("body, agreed", [
    ("Uzbekistan and the Nordic Investment Bank signed a loan agreement worth 80 million euros for the "
     "modernisation of water supply in Karakalpakstan.", True),
    # a full stop between the document's partner and the project: another sentence's business
    ("The company Najd Power signed an agreement with the Ministry of Energy. The plan calls for the "
     "construction of a wind farm in Zhambyl region.", False),
])
def test_heldout6_a_project_after_the_documents_sum(extract, look, body, agreed):
    rec = extract(body, headline="Loan signed")
    assert [v["stage"] == "agreed" for v in look.events(rec, "project")] == [agreed]


def test_heldout6_signed_between_after_a_passive(extract, look):
    body = ("An agreement on the construction of a logistics centre in Khorgos was also signed between "
            "KTZ Express and the Chinese company Lianyungang Port Holdings.")
    assert _sides(look, extract(body, headline="Deals signed")) == [["KTZ Express", "Lianyungang Port Holdings"]]


def test_heldout6_a_new_plant_of_a_size_is_one_more_project(extract, look):
    body = ("An agreement on the construction of a logistics centre in Khorgos was signed between KTZ Express "
            "and Lianyungang Port Holdings.\n\nThe Turkish holding Kalyon signed an investment agreement on the "
            "construction of a 1 GW solar power plant in Turkistan region.")
    assert len(look.events(extract(body, headline="Deals signed"), "project")) == 2


@pytest.mark.parametrize("body, told", [
    # finished in a year before the article's: background
    ("The plant, which was commissioned in 2019, produces two million tonnes of cement a year.", []),
    # a proposal is no announced project
    ("The Uzbek side proposed building a joint textile factory in Fergana.", []),
    ("The company Najd Power will build a wind farm in Zhambyl region.", ["announced"]),
])
def test_heldout6_background_and_proposals_are_no_news(extract, look, body, told):
    rec = extract(body, date="2026-11-20", headline="Works")
    assert [v["stage"] for v in look.events(rec, "project")] == told


def test_heldout6_a_later_stage_comes_from_later_sentences_said_as_done(extract, look):
    body = ("The plant, which was commissioned in 2019, produces cement.\n\n"
            "The company Najd Power will build a glass plant in Fergana.\n\n"
            "The project could be financed by the World Bank.")
    rec = extract(body, date="2026-11-20", headline="Works")
    assert [v["stage"] for v in look.events(rec, "project")] == ["announced"]
