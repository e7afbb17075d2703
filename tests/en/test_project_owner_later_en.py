"""English projects whose builder is named only in a later sentence that comes back to them
("It will be carried out by ...", "The terminal will be built by ..."), and a port or a zone
named in the project's own phrase after "at", which is its site and not its builder."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, owner", [
    ("A 90-megawatt wind farm will be built in the Zhanakorgan district, the regional administration said.\n\n"
     "The project is expected to be completed in 2028.\n\n"
     "It will be carried out by the Spanish company Ventola Energia, which already operates in the region.",
     "Ventola Energia"),
    ("Deputy Prime Minister of Kazakhstan Aidar Sultanbekov held talks with Deputy Prime Minister of Oman "
     "Salim Al Harthy in Astana.\n\nFollowing the talks, an agreement on the construction of a grain terminal "
     "at the Aktau International Sea Port was signed.\n\nThe terminal will be built by the company "
     "Tengri Grain Logistics within two years.", "Tengri Grain Logistics"),
])
def test_project_owner_named_in_a_later_sentence(extract, look, body, owner):
    rec = extract(body)
    projects = look.events(rec, "project")
    assert projects, rec["events"]
    assert look.name(rec, projects[0]["owner"]) == owner


def test_project_owner_port_after_at_is_the_site(extract, look):
    rec = extract("Following the talks, an agreement on the construction of a grain terminal at the Aktau "
                  "International Sea Port was signed by Kazakhstan and Oman.")
    [v] = look.events(rec, "project")
    assert look.name(rec, v["owner"]) != "Aktau International Sea Port"
    assert look.name(rec, v["location"]) == "Aktau International Sea Port"


@pytest.mark.parametrize("body, projects", [
    ('"We are here to build bridges, schools and hospitals with you," Commissioner Anna Berg said.', 0),
    ("The company will build a cement plant in the Karatau district.", 1),
    ("The company will build two cement plants in the Karatau district.", 1),
])
def test_project_bare_plural_names_a_kind_not_a_project(extract, look, body, projects):
    assert len(look.events(extract(body), "project")) == projects


@pytest.mark.parametrize("body, owner", [
    ("Under the memorandum, Alpine Energy will take part in the modernisation of the heating plant in Tokmok.",
     "Alpine Energy"),
    ("Nordic Rail Systems will participate in the reconstruction of the Dostyk border checkpoint.",
     "Nordic Rail Systems"),
])
def test_project_who_takes_part_in_a_reconstruction_carries_it_out(extract, look, body, owner):
    projects = look.events(extract(body), "project")
    assert projects and look.name(extract(body), projects[0]["owner"]) == owner, projects
