"""English projects whose builder or place is named around them: an agreement's partner, the
company of a person in the next sentence, a later sentence that comes back to "the plant"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, owner, location", [
    ("Kazakhstan will sign an investment agreement with Norway's NORD Construction for the construction of a "
     "glass plant.", "NORD Construction", None),
    ("Kazakhstan plans to build a glass factory in the west of the country. This was announced at a meeting "
     "with Prime Minister Olzhas Bektenov and Nordic Glass Industries CEO Lars Berg.",
     "Nordic Glass Industries", None),
    ("A new glass plant was put into operation in Kazakhstan on Friday.\n\nThe joint glass plant, founded by "
     "Nordic Glass Industries Co., Ltd, employs 300 people.", "Nordic Glass Industries Co., Ltd", "Kazakhstan"),
    ("A glass plant will be built in western Kazakhstan.\n\nThe plant will be located near the port of Aktau "
     "in the Mangystau region.", None, "Mangystau Region"),
    ("Latvian Foreign Minister Pedro Alvarado expressed gratitude to the Kazakh government for opening the "
     "Consulate General in Riga.", "Kazakhstan", "Riga"),
    ("Kazakhstan and Latvia discussed trade. Pedro Alvarado, who highlighted the significance of opening the "
     "Kazakh Consulate General in Riga, thanked the ministry.", "Kazakhstan", "Riga"),
])
def test_project_links_owner_and_place(extract, look, body, owner, location):
    rec = extract(body, headline="Glass production grows")
    projects = look.events(rec, "project")
    assert len(projects) == 1, projects
    assert look.name(rec, projects[0]["owner"]) == owner
    assert look.name(rec, projects[0]["location"]) == location


@pytest.mark.parametrize("body, stage", [
    ("A new glass plant was put into operation in the Mangystau region on Friday.", "completed"),
    ("The groundbreaking ceremony of a new glass plant was held in the Mangystau region.", "in_progress"),
    ("The construction of a glass plant in the Mangystau region is planned, and the regional governor took "
     "part in the groundbreaking ceremony for the plant.", "in_progress"),
    ("Nordic Glass Industries will build a glass plant in the Mangystau region, the ministry said.", "announced"),
])
def test_project_links_stage(extract, look, body, stage):
    rec = extract(body, headline="Glass production grows")
    assert [v["stage"] for v in look.events(rec, "project")] == [stage]


@pytest.mark.parametrize("body, companies", [
    ("Nordic Glass Industries will build the plant.", ["Nordic Glass Industries"]),
    ("The plant belongs to Baltic Cement Co., Ltd and employs 300 people.", ["Baltic Cement Co., Ltd"]),
    ("Uzbek Energy Minister Jurabek Mirzamakhmudov opened the plant.", []),
])
def test_project_links_company_names(extract, body, companies):
    rec = extract(body)
    assert sorted(e["name"] for e in rec["entities"] if e["type"] == "ORG") == companies


@pytest.mark.parametrize("body, owner", [
    ("Latvia invests in the construction of a new port on the coast.", "Latvia"),
    ("Nordic Glass Industries invests in the construction of a glass plant near Riga.", "Nordic Glass Industries"),
])
def test_project_links_investor_builds(extract, look, body, owner):
    rec = extract(body)
    assert [look.name(rec, v["owner"]) for v in look.events(rec, "project")] == [owner]
