"""Kazakh works told after a project: a sentence that says works began, go on or ended, with no
name of what they are the works of, advances the project told last, in its sentence or the one
before (or in a sentence before that one opens by telling it again: "Жобаны ...", "Станцияны ...").
Works to come, works told as a verbal noun and works of something the sentence names leave it."""
from __future__ import annotations

import pytest

from tests.kk.kk_record import events

pytestmark = pytest.mark.slow

PLANT = "«Көктөбе Агро» компаниясы Қостанайда ұн зауытын салады. "


def _stages(rec: dict) -> list[str]:
    return [v["stage"] for v in events(rec, "project")]


@pytest.mark.parametrize("body, stage", [
    (PLANT + "Қазір жобалау жұмыстары жүріп жатыр.", "in_progress"),
    (PLANT + "Қазір құрылыс алаңында инженерлік іздестіру жұмыстары жүріп жатыр.", "in_progress"),
    (PLANT + "Жұмыстар сәуір айында басталды.", "in_progress"),
    (PLANT + "Құрылыс-монтаж жұмыстары аяқталды.", "completed"),
    (PLANT + "Алаңда дайындық жұмыстары жүргізілуде.", "in_progress"),
    ("Қарағандыда «Теміртау Металл» компаниясы құбыр зауытын салады, жобалау жұмыстары басталды.", "in_progress"),
])
def test_works_after_a_project_advance_it(extract, body, stage):
    assert _stages(extract(body)) == [stage]


@pytest.mark.parametrize("body", [
    "Президент Павлодарда балалар ауруханасын салу жобасын талқылады.\n\n"
    "Жобаны «Ертіс Құрылыс» компаниясы жүзеге асырады. Қазір жобалау жұмыстары жүріп жатыр.",
    "Екібастұзда жаңа жылу электр станциясын салу жоспарланып отыр.\n\n"
    "Станцияны «Алтай Су» компаниясы салады. Қазір дайындық жұмыстары жүріп жатыр.",
])
def test_a_sentence_that_tells_the_project_again_carries_it_to_the_works(extract, body):
    assert _stages(extract(body)) == ["in_progress"]


@pytest.mark.parametrize("body", [
    PLANT + "Жобалау жұмыстары келесі жылы басталады.",             # to come
    PLANT + "Құрылыс жұмыстары күзде басталмақ.",                   # intended
    PLANT + "Жобалау жұмыстарының басталуы кейінге қалдырылды.",    # a verbal noun
    PLANT + "Ауылдағы көпірдің жөндеу жұмыстары аяқталды.",         # the bridge's works
    PLANT + "Қалада жолды жөндеу жұмыстары жүріп жатыр.",           # the road's works
    PLANT + "Форум жұмысы басталды.",                               # a forum's own work, singular
    PLANT + "Облыс әкімі фермерлермен кездесті. Қазір жобалау жұмыстары жүріп жатыр.",   # two sentences on
])
def test_works_to_come_or_of_something_else_leave_it(extract, body):
    assert _stages(extract(body)) == ["announced"]
