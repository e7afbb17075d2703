"""Who tells of talks is not at their table: "X отметил, что компания Y ведет переговоры"."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _asserted(rec: dict) -> list[dict]:
    return [m for m in events(rec, "meeting") if m["modality"] == "asserted"]


def _sides(rec: dict) -> list[set[str]]:
    return [set(names(rec, m["participants"])) for m in _asserted(rec)]


@pytest.mark.parametrize("text", [
    "Посол Венгрии Андраш Ковач отметил, что венгерская компания «Гедеон Рихтер» ведет переговоры о "
    "строительстве завода.",
    "Министр экономики Армении Геворг Папоян сообщил, что японская корпорация «Марубени» проводит переговоры "
    "с инвесторами.",
])
def test_who_tells_of_talks_held_by_others_is_not_at_the_table(extract, text):
    assert _asserted(extract(text)) == []
