"""A plan told as one of years before the news is background (en/project_deals.done_years_ago):
"In 2023, X and Y agreed to build a plant" in a 2026 article is no project of the news, as a plant
commissioned in 2019 is not; a plan of last year is still told as news. Found when the rules of two
sessions met: the recalled plan had merged into the new one and lent it its builder."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("year, projects", [("2023", 0), ("2024", 0), ("2025", 1)])
def test_a_plan_of_years_before_is_background(extract, look, year, projects):
    record = extract(f"In {year}, Kyrgyzstan and a Saudi developer, Sunfield Power, agreed to build a solar "
                     "plant near Balykchy.", date="2026-06-09")
    assert len(look.events(record, "project")) == projects


def test_the_new_plan_keeps_its_own_builder_beside_a_recalled_one(extract, look):
    record = extract("Abu Dhabi's renewable energy company Masdar has struck a deal with the Kyrgyz government "
                     "to build a solar power plant in the Issyk-Kul region.\n\nIn 2023, Kyrgyzstan and a Saudi "
                     "developer, Sunfield Power, agreed to build a solar plant of similar size.", date="2026-06-09")
    assert [look.names(record, [v["owner"]]) for v in look.events(record, "project")] == [["Masdar"]]
