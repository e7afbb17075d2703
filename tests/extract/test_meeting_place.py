"""Where a meeting was held, one rule for every language (extract/meeting_place.py): the place a
sentence marks as where by the "place" role of lang/<xx>/frame_roles.tsv ("в Ереване", "in
Riga", "Ташкентте"), not where one goes, not a side, not the subject of the talks, not a place
in a relative clause or one that only qualifies a side. Every sentence here is invented."""
from __future__ import annotations

import pytest

from kelisim.extract.context import body_sents, mentions_in
from kelisim.extract.meeting_place import _marks, sentence_place
from kelisim.pipeline import Extractor
from kelisim.read import parse_plain_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def places():
    """The places of the meetings of a one-paragraph article, in text order (None: no place)."""
    return _run(Extractor())


def _run(ex):
    def run(body: str, headline: str) -> list[str | None]:
        rec = ex.extract(parse_plain_text(f"date 2025-06-01 {headline}\n\n{body}\n", "test.txt"))
        names = {e["id"]: e["name"] for e in rec["entities"]}
        return [names.get(v["location"]) for v in rec["events"] if v["type"] == "meeting"]
    return run


@pytest.fixture(scope="module")
def sentence_place_of():
    """The place the rule finds in the first sentence of the body, its persons the sides."""
    ex = Extractor()

    def run(body: str, headline: str) -> str | None:
        doc = ex.process(parse_plain_text(f"date 2025-06-01 {headline}\n\n{body}\n", "test.txt"))
        sent = body_sents(doc)[0]
        people = [e for _, e in mentions_in(doc, sent.start, sent.end, ("PER",))]
        found = sentence_place(doc, sent, people)
        return next((e.name for e in doc.entities if e.id == found), None)
    return run


@pytest.mark.parametrize("lang, preps, cases, away", [
    ("ru", {"в", "во", "на"}, set(), {"Acc"}),      # "в Ереване", not "в Армению"
    ("en", {"in", "at"}, set(), set()),
    ("kk", set(), {"Loc"}, set()),                  # "Ташкентте": the ending alone
])
def test_meeting_place_marks_are_the_place_role_of_the_language_data(lang, preps, cases, away):
    assert _marks(lang) == (preps, cases, away)


@pytest.mark.parametrize("headline, body, place", [
    # the place role: a preposition with the locative, an ending, past an article
    ("Новости", "Президент Армении Никол Арутюнов встретился в Ереване с премьер-министром Грузии "
                "Леваном Гвасалия.", "Ереван"),
    ("News", "Uzbek Foreign Minister Bakhtiyor Saidov met with Latvian Foreign Minister Baiba Braze in Riga.",
     "Riga"),
    ("Жаңалықтар", "Қасым-Жомарт Тоқаев Ташкентте Шавкат Мирзиёевпен кездесті.", "Ташкент"),
    # a city before the state it lies in
    ("Жаңалықтар", "Жапонияда жүрген Сыртқы істер министрі Ерлан Нұрланов Токиода Хироси Танакамен кездесті.",
     "Токио"),
])
def test_meeting_place_is_the_place_the_sentence_marks_as_where(places, headline, body, place):
    assert place in places(body, headline)


@pytest.mark.parametrize("headline, body, not_place, place", [
    # where one goes is not where one meets ("прибывший в Польшу": the accusative)
    ("Новости", "Прибывший в Польшу министр Словакии Петер Новак встретился с министром Польши "
                "Анджеем Ковальским.", "Польша", None),
    # the subject of the talks
    ("News", "Armenian Foreign Minister Aram Sargsyan met with Georgian Foreign Minister Levan Kobakhidze "
             "to discuss the war in Ukraine.", "Ukraine", None),
    # a state in the possessive owns what follows: no venue
    ("News", "Armenian Foreign Minister Aram Sargsyan met with Georgian Foreign Minister Levan Kobakhidze "
             "to discuss investing in Georgia's mining sector.", "Georgia", None),
    # a relative clause after the meeting
    ("News", "Mongolian President Batbold Enkhbayar received Polish envoy Marek Nowak, who said the forum "
             "in Krakow would open in May.", "Krakow", None),
    # where an envoy serves qualifies him; the plain locative is where they met
    ("Жаңалықтар", "Қазақстанның Түркиядағы елшісі Ерлан Сейітов Анкарада Мехмет Йылмазбен кездесті.",
     "Түркия", "Анкара"),
])
def test_meeting_place_is_not_a_place_named_for_another_reason(sentence_place_of, headline, body, not_place,
                                                              place):
    assert sentence_place_of(body, headline) == place != not_place


@pytest.mark.parametrize("headline, body, place", [
    # the lead sets the article's events in a city ("в Тбилиси открылся", "arrived in Riga", "Астанада ... өтті")
    ("Новости", "Сегодня в Тбилиси открылся армяно-грузинский бизнес-форум.\n\nМинистр иностранных дел Армении "
                "Арам Мирзоян провел встречу с министром иностранных дел Грузии Иликой Дарчиашвили.", "Тбилиси"),
    ("News", "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Riga on Monday.\n\nSaidov met with Latvian "
             "Foreign Minister Baiba Braze.", "Riga"),
    ("Жаңалықтар", "Астанада Қазақстан – Моңғолия бизнес-форумы өтті.\n\nФорум аясында Ерлан Нұрланов Батбаяр "
                   "Ганзоригпен кездесті.", "Астана"),
    # the city of a headline that names a side, when the lead sets none
    ("Арутюнов встретился с Дарчиашвили в Батуми", "Президент Армении Никол Арутюнов провел переговоры с "
                                                  "министром иностранных дел Грузии Иликой Дарчиашвили.", "Батуми"),
    # a story filed from a city where one side is at home
    ("Новости", "ЕРЕВАН, 5 мая. Президент Армении Никол Арутюнов провел встречу с министром иностранных дел "
                "Франции Пьером Дюраном.", "Ереван"),
])
def test_meeting_place_the_article_sets_when_the_sentence_names_none(places, headline, body, place):
    assert places(body, headline)[-1] == place


@pytest.mark.parametrize("headline, body", [
    # a story filed from a city where neither side is at home: the agency's seat, not the meeting's
    ("Новости", "ПАРИЖ, 5 мая. Президент Армении Никол Арутюнов провел встречу с министром иностранных дел "
                "Грузии Иликой Дарчиашвили."),
    ("News", "Armenian President Nikol Arutyunov received Georgian Foreign Minister Ilia Darchiashvili, "
             "the agency reports.\n\nPARIS, May 5. Arutyunov and Darchiashvili discussed trade."),
    # the headline's city is where a plant will stand; it names no side of the meeting
    ("Жапон компаниясы Ақтөбеде зауыт салмақ", "Премьер-министрдің орынбасары Ерлан Нұрланов Жапония "
                                               "компаниясының басшысы Хироси Танакамен кездесті."),
])
def test_meeting_place_is_not_the_seat_of_a_foreign_agency_nor_a_plant_in_the_headline(places, headline, body):
    assert places(body, headline)[0] is None
