"""Misses several held-out sets left alone, fixed once as a rule about how English news is written
(see tests/extract/test_recurring_misses.py for the Russian ones).

A participle after "to" ("a plant, to be built by X", "the line is to be completed") is work still
to come, not work done: heldout17's rail link and rare-earth plant were "completed"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, stage", [
    ("A copper smelter in Almalyk, to be built by Orda Metals, is expected to cost $900 million.", "announced"),
    ("The Termez-Mazar railway is to be completed by Orda Rail in 2029.", "announced"),
    ("A cement plant in Shymkent, to be constructed by Orda Cement, will employ 400 people.", "announced"),
    ("A cement plant in Shymkent was built by Orda Cement last month.", "completed"),
    ("A cement plant in Shymkent is being built by Orda Cement.", "in_progress"),
])
def test_a_participle_after_to_is_work_to_come(extract, look, sentence, stage):
    projects = look.events(extract(sentence), "project")
    assert [v["stage"] for v in projects] == [stage]
