"""Misses several held-out sets left alone, fixed once as a rule about how Kazakh news is written
(see tests/extract/test_recurring_misses.py for the Russian ones).

A project told by its verbal noun and "works" (kk10's 671, kk11's 677): "су торабын қайта жаңғырту
жұмыстары басталды" is the water junction's reconstruction under way, "... жұмыстары аяқталды" done,
"... жұмыстары 2027 жылы аяқталады" still to come; "су торабы" is a project noun as "гидроузел" is in
Russian.

A plant "салынып жатқан" (being built) and to be launched later (kk11) is under way, not announced."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, stage", [
    ("Шардара су торабын қайта жаңғырту жұмыстары басталды.", "in_progress"),
    ("Қазір Шардара су торабын жаңғырту жұмыстары жүріп жатыр.", "in_progress"),
    ("Шардара су торабын қайта жаңғырту жұмыстары аяқталды.", "completed"),
    ("Шардара су торабын қайта жаңғырту жұмыстары 2027 жылы аяқталады.", "announced"),
    ("Қызылорда облысында жаңа су торабы салынды.", "completed"),
])
def test_projects_the_works_of_a_verbal_noun_tell_the_stage(extract, sentence, stage):
    rec = extract(sentence)
    projects = [v for v in rec["events"] if v["type"] == "project"]
    assert [v["stage"] for v in projects] == [stage]


@pytest.mark.parametrize("sentence, stage", [
    ("Түркістан облысында салынып жатқан цемент зауыты 2027 жылы іске қосылады.", "in_progress"),
    ("Түркістан облысында цемент зауыты 2027 жылы іске қосылады.", "announced"),
])
def test_projects_a_plant_being_built_is_under_way_whatever_its_launch(extract, sentence, stage):
    rec = extract(sentence)
    projects = [v for v in rec["events"] if v["type"] == "project"]
    assert [v["stage"] for v in projects] == [stage]
