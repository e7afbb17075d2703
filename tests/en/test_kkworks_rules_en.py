"""English works told after a project, by the rule Russian and Kazakh share (project_later.
works_begun): "The works started in May" after a project advances it; works to come, works named
as those of something else leave it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PLANT = "Altyn Group will build a fertilizer plant in Kostanay. "


def _stage(rec: dict, name: str = "fertilizer plant") -> str:
    return next(v["stage"] for v in rec["events"] if v["type"] == "project" and name in v["name"])


@pytest.mark.parametrize("body, stage", [
    (PLANT + "The works started in May.", "in_progress"),
    (PLANT + "Design works have been completed.", "completed"),
    (PLANT + "The works will start in May.", "announced"),
    (PLANT + "The works on the bridge started in May.", "announced"),
])
def test_works_after_a_project(extract, body, stage):
    assert _stage(extract(body)) == stage
