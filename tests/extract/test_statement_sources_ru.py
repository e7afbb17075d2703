"""Who speaks and who only carries the news: a press service or an outlet is a source; a state
body that quotes its own words speaks; the speaker of a quote is never a person named inside it."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _said(rec: dict) -> list[tuple[str, bool]]:
    return [(names(rec, [v["speaker"]])[0], v["direct"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("text, nobody", [
    ("Президент Армении Ваге Саакян принял послов трех стран.\n\nОб этом сообщила пресс-служба президента.",
     "Ваге Саакян"),
    ("Президент Молдовы Ион Чебан провел телефонный разговор с коллегой.\n\nКак сообщает пресс-служба "
     "президента, особое внимание было уделено торговле.", "Ион Чебан"),
])
def test_statements_a_press_service_reporting_is_a_source_not_its_principal(extract, text, nobody):
    assert (nobody, False) not in _said(extract(text))


@pytest.mark.parametrize("text, speaker", [
    ("В МИД Латвии был вызван посол Белоруссии Андрей Громов.\n\n«Было указано, что заявления министра "
     "Петра Соколова противоречат духу добрососедства», – сообщает МИД Латвии.", "МИД Латвии"),
    ("Министр финансов Армении Ваган Керобян подписал соглашение с банком.\n\n«Реализация соглашения "
     "позволит построить новые дороги в регионах страны», – подчеркнули в Министерстве финансов Армении.",
     "Министерство финансов Армении"),
])
def test_statements_a_state_body_quoting_its_own_words_speaks(extract, text, speaker):
    said = _said(extract(text))
    assert any(s.startswith(speaker.split()[0]) and d for s, d in said), said
    assert not any(s == "Ваган Керобян" and d for s, d in said), said


def test_statements_a_quote_is_not_said_by_the_person_it_names(extract):
    rec = extract("Спикер парламента Эстонии Лаури Хуссар встретился с председателем сейма Латвии "
                  "Даигой Миериней в Риге.\n\n«Сейчас готовится визит президента Эстонии Алара Кариса в "
                  "Латвию, это очень важно для наших народов», – отметил глава парламента Эстонии.")
    direct = [s for s, d in _said(rec) if d]
    assert direct and "Алар Карис" not in direct, direct


def test_statements_a_subject_after_the_verb_speaks_not_a_name_before_it(extract):
    rec = extract("Визит президента Франции Поля Лефевра в Армению намечен на 12 мая, сообщил 3 мая "
                  "пресс-секретарь армянского лидера Тигран Ованнисян.")
    assert ("Тигран Ованнисян", False) in _said(rec), _said(rec)
    assert ("Поль Лефевр", False) not in _said(rec), _said(rec)


@pytest.mark.parametrize("text, speaker", [
    ("Спикер парламента Эстонии Лаури Хуссар прибыл в Ригу.\n\nС его слов, стороны готовят пакет соглашений.",
     "Лаури Хуссар"),
    ("Президент Франции Поль Лефевр охарактеризовал сотрудничество с Арменией как отличное.", "Поль Лефевр"),
    ("Президент Франции Поль Лефевр назвал президента Армении своим хорошим другом.", "Поль Лефевр"),
])
def test_statements_more_ways_to_report_speech(extract, text, speaker):
    assert (speaker, False) in _said(extract(text))


@pytest.mark.parametrize("text, nobody", [
    ("Президент Армении Ваган Хачатурян провел разговор с президентом Грузии Михаилом Кавелашвили.\n\n"
     "В среду Кавелашвили отмечает 55-летие.", "Михаил Кавелашвили"),
    ("Президент Армении Ваган Хачатурян поздравил коллегу.\n\nВ этом году Армения отмечает годовщину "
     "независимости, а Хачатурян отмечает юбилей.", None),
])
def test_statements_celebrating_an_occasion_is_no_statement(extract, text, nobody):
    said = _said(extract(text))
    assert (nobody, False) not in said if nobody else len(said) == 1, said


def test_statements_a_description_goes_to_the_one_holding_that_office(extract):
    rec = extract("Губернатор Ширакской области Армении Ашот Мкртчян провел встречу с руководителем "
                  "китайской компании Ли Вэем.\n\nГубернатор области выразил поддержку инвестору.")
    assert ("Ашот Мкртчян", False) in _said(rec), _said(rec)


@pytest.mark.parametrize("text, speaker", [
    ("Министр экономики Армении Геворг Папоян считает, что рост продолжится.", "Геворг Папоян"),
    ("Президент Армении Ваган Хачатурян пожелал послам успехов в работе.", "Ваган Хачатурян"),
    ("Участники митинга потребовали от властей отменить решение.", "Участники митинга"),
    ("Премьер-министр Грузии Ираклий Кобахидзе пообещал ускорить строительство дороги.", "Ираклий Кобахидзе"),
])
def test_statements_opinions_wishes_and_demands_are_statements(extract, text, speaker):
    said = _said(extract(text))
    assert any(s.lower().startswith(speaker.lower()) and not d for s, d in said), said


def test_statements_an_intro_ending_in_a_colon_is_only_the_direct_words(extract):
    rec = extract("Президент Румынии Михай Попеску прибыл в Кишинев.\n\nПопеску заявил:\n\nРумыния и дальше будет "
                  "помогать Молдове на пути в Европейский союз.")
    assert _said(rec) == [("Михай Попеску", True)], _said(rec)


def test_statements_an_indeclinable_surname_is_the_person_named_before(extract):
    rec = extract("Президент Молдовы Майя Санду провела переговоры с президентом Румынии Никушором Даном.\n\n"
                  "Санду поблагодарила румынского коллегу за поддержку.")
    assert ("Майя Санду", False) in _said(rec), _said(rec)
    assert len([e for e in rec["entities"] if e["type"] == "PER"]) == 2, rec["entities"]
