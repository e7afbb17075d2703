"""English projects: what is built, opened or launched, by whom, where, and at what stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, kind, owner, location, stage", [
    ("Heriot-Watt University will open a campus in Aktobe in 2025.", "campus", "Heriot-Watt University", "Aktobe",
     "announced"),
    ("Turkish company Kalyon Holding will build a wind farm in Zhambyl Region.", "infrastructure", "Kalyon Holding",
     "Zhambyl Region", "announced"),
    ("Chinese company CNPC has completed the construction of a gas pipeline to Shymkent.", "infrastructure", "CNPC",
     None, "completed"),
    ("Construction of a gas chemical plant began in Atyrau.", "plant", None, "Atyrau", "in_progress"),
    ("The European Bank for Reconstruction and Development announced plans to open a new office in Almaty.",
     "office", "European Bank for Reconstruction and Development", "Almaty", "announced"),
    ("Later, the minister visited Cardiff University, which plans to open a campus in Almaty in 2026.", "campus",
     "Cardiff University", "Almaty", "announced"),
    ("The sides agreed to open a regional office of the e-Governance Academy in Tashkent.", "office",
     "e-Governance Academy", "Tashkent", "agreed"),
    ("The company launched a new fertilizer plant in Atyrau.", "plant", None, "Atyrau", "completed"),
    ("European Commission President Ursula von der Leyen announced a €12 billion investment package for the "
     "countries of the region in the spring.", "fund", "European Commission", None, "announced"),
    ("Tajikistan and Uzbekistan signed an agreement on the joint construction of the Yavan and Fondarya "
     "hydropower plants.", "infrastructure", None, None, "agreed"),
])
def test_projects_found(extract, look, body, kind, owner, location, stage):
    rec = extract(body)
    projects = look.events(rec, "project")
    assert len(projects) == 1, rec["events"]
    v = projects[0]
    assert (v["kind"], look.name(rec, v["owner"]), look.name(rec, v["location"]), v["stage"]) == \
        (kind, owner, location, stage)


def test_projects_inside_a_signed_memorandum_are_agreed_and_linked(extract, look):
    rec = extract("Memorandums were signed on setting up a branch of the UK university Leeds Beckett "
                  "University in Shymkent and on starting a Kazakh language program at Cambridge.")
    projects = look.events(rec, "project")
    got = [(v["kind"], look.name(rec, v["owner"]), look.name(rec, v["location"]), v["stage"]) for v in projects]
    # a programme "at Cambridge" is run by the institution known by its town's name
    assert got == [("campus", "Leeds Beckett University", "Shymkent", "agreed"),
                   ("programme", "Cambridge", None, "agreed")]
    docs = {v["id"] for v in look.events(rec, "agreement")}
    assert all(v["agreement"] in docs for v in projects)


def test_projects_the_agent_of_a_passive_is_the_owner(extract, look):
    rec = extract("The sides signed a memorandum on the construction of a green hydrogen plant in Mangystau Region. "
                  "The plant will be built by German company Svevind Energy by 2030.")
    projects = look.events(rec, "project")
    assert len(projects) == 1
    assert look.name(rec, projects[0]["owner"]) == "Svevind Energy"
    assert projects[0]["stage"] == "agreed"


def test_projects_value(extract, look):
    rec = extract("Turkish company Kalyon Holding will build a wind farm in Zhambyl Region worth $1.2 billion.")
    assert look.events(rec, "project")[0]["value"] == {"amount": 1_200_000_000, "currency": "USD"}


@pytest.mark.parametrize("body, modality", [
    ("The European Investment Bank may finance a new hydropower plant.", "possible"),
    ("The heads of state discussed the construction of the Kambarata-1 hydropower plant.", "possible"),
])
def test_projects_possible(extract, look, body, modality):
    projects = look.events(extract(body), "project", None)
    assert [v["modality"] for v in projects] == [modality]


@pytest.mark.parametrize("body", [
    "Kazakhstan hosts around 600 companies and joint ventures with British capital.",
    "Queen's University Belfast is one of the oldest universities in the UK.",
    "The university trains engineers for the energy sector.",
])
def test_projects_none(extract, look, body):
    assert look.events(extract(body), "project", None) == []


@pytest.mark.parametrize("body, owner", [
    ("He said that construction of a Kazakh-Turkish plant for the production of glass has begun with the "
     "Sisecam company.", "Sisecam"),
    ("The construction of a new cement plant has begun with the Qazcement company in Shymkent.", "Qazcement"),
])
def test_projects_owner_is_the_company_named_before_its_noun(extract, look, body, owner):
    rec = extract(body)
    projects = look.events(rec, "project")
    assert [look.name(rec, v["owner"]) for v in projects] == [owner]


def test_projects_a_part_of_a_told_project_is_no_project_of_its_own(extract, look):
    rec = extract("Kazakhstan and a Korean investor agreed to build a copper smelter in Pavlodar. As part of this "
                  "project's next stage, a wind power plant is to be added to feed the smelter.")
    assert [v["name"] for v in look.events(rec, "project")] == ["copper smelter in Pavlodar"]


def test_projects_a_plant_that_is_under_construction_is_under_way(extract, look):
    rec = extract("The parties talked over building a cement plant in Turkestan region with the Korean company. "
                  "Apart from the cement plant in Arys that is under construction, the governor offered another "
                  "site.")
    projects = look.events(rec, "project")
    assert [(v["kind"], v["stage"]) for v in projects] == [("plant", "in_progress")]


def test_projects_a_venture_set_up_to_implement_a_project_is_no_project(extract, look):
    rec = extract("The company is building a glass plant in Kentau. To implement the project, Steppe Glass and "
                  "Anadolu Cam established the joint venture of Kentau Glass Company.")
    assert [v["kind"] for v in look.events(rec, "project")] == ["plant"]


@pytest.mark.parametrize("body, place", [
    ("Another project is the building of a tile factory in the Ontustik special economic zone in the Sairam "
     "district.", "Ontustik special economic zone"),
    ("A new tile factory was put into operation in northern Kazakhstan's Kostanay region by the firm.",
     "Kostanay Region"),
])
def test_projects_place_after_in_the_or_a_states_possessive(extract, look, body, place):
    rec = extract(body)
    projects = look.events(rec, "project")
    assert [look.name(rec, v["location"]) for v in projects] == [place]
