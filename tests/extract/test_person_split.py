"""A partner in the instrumental right before the subject ("В беседе с Нарендрой Моди Рахмон
предложил ...") is two persons, not one name (kelisim/extract/person_split.py)."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _persons(rec: dict) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == "PER"}


@pytest.mark.parametrize("text, first, second", [
    ("Президент Эмомали Рахмон прибыл на саммит. В беседе с Нарендрой Моди Рахмон предложил расширить"
     " сотрудничество.", "Нарендра Моди", "Рахмон"),
    ("Президент Садыр Жапаров провел ряд встреч. Во время встречи с Ильхамом Алиевым Жапаров отметил рост"
     " товарооборота.", "Ильхам Алиев", "Жапаров"),
])
def test_a_partner_in_another_case_before_the_subject_is_a_second_person(extract, text, first, second):
    rec = extract(text)
    persons = _persons(rec)
    assert any(p.endswith(first) for p in persons) and not any(first in p and second in p for p in persons), persons
    speakers = {names(rec, [v["speaker"]])[0] for v in events(rec, "statement")}
    assert any(s.endswith(second) for s in speakers), speakers


def test_a_name_in_one_case_stays_whole(extract):
    persons = _persons(extract("Переговоры с Шавкатом Миромоновичем Мирзиёевым прошли в Ташкенте."))
    assert persons == {"Шавкат Миромонович Мирзиёев"}, persons
