"""English constructions the eighteenth held-out set left wrong, specified with invented sentences:
who pays for a project is not who builds it, and money says nothing of the works' stage."""
from __future__ import annotations

import pytest


def _project(rec: dict) -> dict:
    [v] = [e for e in rec["events"] if e["type"] == "project"]
    return v


@pytest.mark.parametrize("body, owner", [
    ("A 300 MW wind farm in Jambyl region, financed by a $200 million loan from the Asian Development Bank, "
     "will be built by the Danish company Nordvind Energy.", "Nordvind Energy"),
    ("The hospital, built by the Turkish company Tekfen Construction and financed by a grant from the Islamic "
     "Development Bank, was opened in Osh on Monday.", "Tekfen Construction"),
    ("The bridge, built by China Road and Bridge Corporation and funded by a loan from the Asian Development "
     "Bank, was opened in Termez.", "China Road and Bridge Corporation"),
    # no one else named: the lender stands in
    ("Construction is underway on a 250 MW solar power plant in Bukhara region financed by a loan from the "
     "European Bank for Reconstruction and Development.", "European Bank for Reconstruction and Development"),
])
def test_who_pays_owns_a_project_only_when_no_one_builds_it(extract, look, body, owner):
    assert look.name(extract(body), _project(extract(body))["owner"]) == owner


@pytest.mark.parametrize("body, stage", [
    ("A feasibility study is being prepared for a 200 MW pumped storage power plant in Namangan region, financed "
     "by a $3 million grant from the Korea International Cooperation Agency.", "announced"),
    ("A 300 MW wind farm in Jambyl region, financed by a $200 million loan from the Asian Development Bank, "
     "will be built by the Danish company Nordvind Energy.", "announced"),
    ("Construction is underway on a 250 MW solar power plant in Bukhara region financed by a loan from the "
     "European Bank for Reconstruction and Development.", "in_progress"),
    # a finite verb or another stage word still says the works are done
    ("A water supply system in Naryn, funded by a grant from the Japan International Cooperation Agency, was "
     "commissioned last year.", "completed"),
    ("The Asian Development Bank financed the construction of a road in Osh.", "completed"),
])
def test_a_participle_of_paying_says_nothing_of_completion(extract, body, stage):
    assert _project(extract(body))["stage"] == stage
