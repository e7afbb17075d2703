"""One person meeting several counterparts as Russian news writes it: a meeting noun is no
counterpart of its own, a list of titled names is one meeting with each, the meetings are held
where the lead puts the person."""
from __future__ import annotations

import pytest

from tests.conftest import names
from tests.meeting_support import asserted_meetings, meeting_sides

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Ильхам Алиев провел телефонный разговор с Федеральным канцлером Австрии.",
    "Президент Сербии Милан Петрович провел переговоры с премьер-министром Греции.",
])
def test_the_meeting_noun_is_no_counterpart_of_its_own(extract, text):
    rec = extract(text)
    nouns = ("телефонный", "разговор", "переговоры", "встреча")
    assert not [e["name"] for e in rec["entities"] if e["name"].split()[0].lower() in nouns], rec["entities"]


def test_a_list_of_titled_names_is_one_meeting_with_each(extract):
    rec = extract("Президент Казахстана Касым-Жомарт Токаев встретился с президентом Франции Эммануэлем "
                  "Макроном, канцлером Германии Олафом Шольцем и премьер-министром Японии Фумио Кисидой.")
    got = meeting_sides(rec)
    for other in ("Эммануэль Макрон", "Олаф Шольц", "Фумио Кисида"):
        assert {"Касым-Жомарт Токаев", other} in got, got


@pytest.mark.parametrize("text, place", [
    ("Астана, 5 мая. Президент Казахстана Касым-Жомарт Токаев, находящийся в Самарканде для участия в "
     "саммите тюркских государств, провел ряд встреч.\n\nГлава государства встретился с президентом Турции "
     "Реджепом Эрдоганом.", "Самарканд"),
    ("Ереван, 3 марта. Премьер-министр Армении Никол Пашинян, пребывающий в Брюсселе, провел ряд встреч.\n\n"
     "Пашинян встретился с председателем Европейского совета Антониу Коштой.", "Брюссель"),
])
def test_meetings_are_held_where_the_lead_puts_the_person(extract, text, place):
    rec = extract(text)
    got = [names(rec, [m["location"]]) for m in asserted_meetings(rec) if m["location"]]
    assert got and all(n and n[0].startswith(place[:-1]) for n in got), got
