"""Who tells of talks is not at their table: "X отметил, что компания Y ведет переговоры"."""
from __future__ import annotations

import pytest

from tests.meeting_support import asserted_meetings

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Посол Венгрии Андраш Ковач отметил, что венгерская компания «Гедеон Рихтер» ведет переговоры о "
    "строительстве завода.",
    "Министр экономики Армении Геворг Папоян сообщил, что японская корпорация «Марубени» проводит переговоры "
    "с инвесторами.",
])
def test_who_tells_of_talks_held_by_others_is_not_at_the_table(extract, text):
    assert asserted_meetings(extract(text)) == []
