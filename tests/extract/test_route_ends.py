"""The ends of a route joined by a dash are places, not persons; a pair of persons joined by a dash
stays a pair of persons (kelisim/extract/route_ends.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _types(rec: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in rec["entities"]}


@pytest.mark.parametrize("text, place", [
    ("Ранее компания завершила строительство железной дороги Дарбаза – Мактаарал.", "Мактаарал"),
    ("Открыто движение по новой трассе Кызылорда – Жезказган.", "Жезказган"),
    ("Автобусы пойдут по маршруту Шымкент – Кентау.", "Кентау"),
])
def test_a_word_joined_by_a_dash_to_a_place_is_a_place(extract, text, place):
    types = _types(extract(text))
    assert types.get(place) == "LOC" and "PER" not in types.values(), types


def test_two_persons_joined_by_a_dash_stay_persons(extract):
    types = _types(extract("Переговоры Касым-Жомарт Токаев – Шавкат Мирзиёев прошли в Туркестане. Диалог"
                           " Токаева и Путина продолжается. Формат Токаев – Путин показал себя."))
    assert types.get("Шавкат Мирзиёев") == types.get("Путин") == "PER", types
