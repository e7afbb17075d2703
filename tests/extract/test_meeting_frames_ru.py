"""Meetings read from frames: collective references, partners named by a meeting noun,
summons, conversation verbs, one meeting per counterpart."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _sides(rec: dict) -> list[set[str]]:
    return [set(names(rec, m["participants"])) for m in events(rec, "meeting")]


@pytest.mark.parametrize("text, sides", [
    # a plural office with two state adjectives: the two leaders named before
    ("Президент Армении Никол Арутюнов прибыл в Минск по приглашению президента Белоруссии Андрея "
     "Лукина.\n\nВечером в резиденции состоялась встреча армянского и белорусского лидеров.",
     {"Никол Арутюнов", "Андрей Лукин"}),
    # "президенты" as the subject of a meeting verb: the two presidents of different states
    ("Президент Молдавии Ион Кожокару поздравил президента Грузии Георгия Маргвелашвили.\n\n"
     "Президенты встречались в прошлом году в Батуми.", {"Ион Кожокару", "Георгий Маргвелашвили"}),
    # "главы государств" (plural before a plural genitive), states not named again
    ("Президент Словакии Петер Новак прибыл с визитом в Польшу, где его встретил президент Польши "
     "Анджей Ковальский.\n\nГлавы государств провели переговоры в узком составе.",
     {"Петер Новак", "Анджей Ковальский"}),
])
def test_meetings_collective_reference_means_the_persons(extract, text, sides):
    got = _sides(extract(text))
    assert any(sides <= s for s in got), got


@pytest.mark.parametrize("text, sides", [
    ("Об этом заявил министр энергетики Армении Ашот Манукян по итогам переговоров с министром "
     "энергетики Грузии Леваном Давиташвили в Тбилиси.", {"Ашот Манукян", "Леван Давиташвили"}),
    ("Решение стало известно в ходе встречи премьер-министра Монголии Батбаяра Ганбаатара с "
     "вице-президентом Всемирного банка Анной Бьерде.", {"Батбаяр Ганбаатар", "Анна Бьерде"}),
])
def test_meetings_a_meeting_noun_with_a_new_partner_is_a_meeting(extract, text, sides):
    got = _sides(extract(text))
    assert any(sides <= s for s in got), got


@pytest.mark.parametrize("text, expected", [
    ("В МИД Латвии был вызван временный поверенный в делах Белоруссии Андрей Громов.",
     {"МИД Латвии", "Андрей Громов"}),
])
def test_meetings_a_summons_is_a_meeting_with_the_ministry(extract, text, expected):
    got = _sides(extract(text))
    assert any(expected <= s for s in got), got


def test_meetings_an_envoy_named_by_office_only_stands_as_an_actor(extract):
    rec = extract("Накануне в МИД Эстонии был вызван посол Венгрии.")
    got = _sides(rec)
    assert len(got) == 1 and len(got[0]) == 2, got
    assert any(n.startswith("посол") for n in got[0]), got


@pytest.mark.parametrize("text, sides, mode", [
    ("Премьер-министр Армении Никол Арутюнов и президент Франции Поль Лефевр побеседовали по телефону.",
     {"Никол Арутюнов", "Поль Лефевр"}, "phone"),
    ("Президент Болгарии Румен Стоянов позвонил канцлеру Австрии Карлу Майеру.",
     {"Румен Стоянов", "Карл Майер"}, "phone"),
])
def test_meetings_conversation_verbs(extract, text, sides, mode):
    ms = events(rec := extract(text), "meeting")
    assert len(ms) == 1, ms
    assert sides <= set(names(rec, ms[0]["participants"]))
    assert ms[0]["mode"] == mode


def test_meetings_one_meeting_per_counterpart(extract):
    rec = extract("Кроме того, президент Сербии Милан Петрович поговорил с премьер-министром Греции "
                  "Костасом Папасом и президентом Кипра Андреасом Николаидисом.")
    got = _sides(rec)
    assert {"Милан Петрович", "Костас Папас"} in got and {"Милан Петрович", "Андреас Николаидис"} in got, got


@pytest.mark.parametrize("text", [
    "В ходе беседы стороны обсудили вопросы торговли.",
    "Министр не встречался с послом Германии Клаусом Мюллером.",
    "Президент позвонил в пожарную службу.",
])
def test_meetings_frames_do_not_invent_meetings(extract, text):
    assert [m for m in events(extract(text), "meeting") if m["modality"] == "asserted"] == []


@pytest.mark.parametrize("text, visitor, host, meets", [
    ("Министр иностранных дел Франции Жан Дюбуа находится с визитом в Армении. Он отметил рост торговли.",
     "Жан Дюбуа", "Армения", True),
    ("По итогам официального визита президента Италии Марко Росси в Грузию подписан ряд документов.",
     "Марко Росси", "Грузия", True),
    ("Президент Италии Марко Росси осуществит визит в Грузию в мае.", "Марко Росси", "Грузия", False),
])
def test_meetings_a_visit_under_way_or_over_meets_the_host_state(extract, text, visitor, host, meets):
    rec = extract(text)
    got = [m for m in events(rec, "meeting") if m["modality"] == "asserted"]
    assert ({visitor, host} in [set(names(rec, m["participants"])) for m in got]) is meets, got


def test_meetings_the_same_pair_in_two_places_is_two_meetings(extract):
    rec = extract("Президент Армении Ваган Хачатурян провел переговоры с президентом Грузии Михаилом "
                  "Кавелашвили в Тбилиси.\n\nПредыдущий раз президенты встречались в столице Армении Ереване.")
    places = sorted(names(rec, [m["location"]])[0] if m["location"] else "" for m in events(rec, "meeting"))
    assert places == ["Ереван", "Тбилиси"], places


@pytest.mark.parametrize("text, counterpart", [
    ("Министр иностранных дел Армении Арарат Мирзоян встретился с послом Японии.", "посол Японии"),
    ("Президент Армении Ваган Хачатурян принял делегацию Китая во главе с вице-премьером.", "делегация Китая"),
])
def test_meetings_a_counterpart_named_by_office_only_is_an_actor(extract, text, counterpart):
    rec = extract(text)
    got = _sides(rec)
    assert len(got) == 1 and counterpart in got[0], got


def test_meetings_nobody_in_particular_is_no_counterpart(extract):
    assert events(extract("Министр иностранных дел Армении Арарат Мирзоян встретился с журналистами."),
                  "meeting") == []


@pytest.mark.parametrize("text, members", [
    ("Президент Армении Ваган Хачатурян принял делегацию Китая. В состав делегации вошли министр "
     "торговли Китая Ван Вэньтао и заместитель министра иностранных дел Китая Сунь Вэйдун.",
     {"Ваган Хачатурян", "Ван Вэньтао", "Сунь Вэйдун"}),
    ("В Тбилиси состоялись переговоры делегаций Грузии и Армении. Грузинскую делегацию возглавил "
     "Ираклий Кобахидзе, армянскую – Никол Арутюнов.", {"Ираклий Кобахидзе", "Никол Арутюнов"}),
])
def test_meetings_delegation_members_listed_in_the_next_sentence_are_at_the_table(extract, text, members):
    got = _sides(extract(text))
    assert len(got) == 1 and members <= got[0], got


def test_meetings_a_delegation_head_takes_the_state_of_its_adjective(extract):
    rec = extract("В Тбилиси состоялись переговоры делегаций. Грузинскую делегацию возглавил Ираклий Кобахидзе.")
    assert next(e for e in rec["entities"] if e["name"] == "Ираклий Кобахидзе")["country"] == "GE"


@pytest.mark.parametrize("text, sides", [
    ("Министр иностранных дел Литвы Кястутис Будрис обсудил с министром обороны Польши Радославом "
     "Сикорским вопросы безопасности на границе.", {"Кястутис Будрис", "Радослав Сикорский"}),
    ("Перспективы транзита грузов обсудили премьер-министр Армении Никол Арутюнов и президент Грузии "
     "Михаил Кавелашвили.", {"Никол Арутюнов", "Михаил Кавелашвили"}),
    # states unknown: two persons named as the subjects still sit at one table
    ("Лидеры двух стран – Никол Пашинян и Эммануэль Макрон – обсудили ситуацию в регионе.",
     {"Никол Пашинян", "Эммануэль Макрон"}),
])
def test_meetings_a_discussion_with_someone_named_is_a_meeting(extract, text, sides):
    got = _sides(extract(text))
    assert any(sides <= s for s in got), got


@pytest.mark.parametrize("text", [
    "Министр финансов Армении Ваган Керобян обсудил вопросы бюджета на заседании правительства.",
    "Эксперты обсудили с журналистами перспективы рынка.",
])
def test_meetings_a_discussion_without_a_named_partner_is_none(extract, text):
    assert [m for m in events(extract(text), "meeting") if m["modality"] == "asserted"] == []


def test_meetings_a_host_before_the_verb_leaves_the_name_after_it_to_the_guest(extract):
    rec = extract("Министр иностранных дел Латвии Андрис Берзиньш принял первого заместителя министра "
                  "энергетики и водных ресурсов Литвы Жильвинаса Вайткуса, сообщает пресс-служба ведомства.")
    got = _sides(rec)
    assert any({"Андрис Берзиньш"} <= s and len(s) == 2 for s in got), got


@pytest.mark.parametrize("text", [
    ("Президент Армении Ваган Хачатурян провел переговоры с президентом Франции Полем Лефевром в Париже."
     "\n\nКроме того, Хачатурян и Лефевр обменялись мнениями по вопросам региональной повестки."),
    ("Министр обороны Армении Сурен Папикян провел переговоры с министром обороны Грузии Ираклием "
     "Чиковани в рамках заседания Совета министров обороны СНГ.\n\n«По мнению сторон, состоявшиеся "
     "переговоры способствуют укреплению партнерства Армении и Грузии», – отметил Папикян."),
])
def test_meetings_the_same_persons_told_again_are_one_meeting(extract, text):
    ms = [m for m in events(extract(text), "meeting") if m["modality"] == "asserted"]
    assert len(ms) == 1, ms


def test_meetings_envoys_named_by_office_are_the_counterpart_not_their_states(extract):
    rec = extract("Президент Армении Ваган Хачатурян встретился с новыми послами Польши, Чехии, "
                  "Евросоюза и Японии.")
    got = _sides(rec)
    assert len(got) == 1 and any(n.startswith("новые послы") or n.startswith("послы") for n in got[0]), got
    assert "Европейский союз" not in got[0] and "Евросоюз" not in got[0], got


def test_meetings_plural_meetings_are_one_with_each_guest(extract):
    rec = extract("Президент Армении Ваган Хачатурян провел встречи с прибывшими на саммит президентами "
                  "Грузии Михаилом Кавелашвили, Молдовы Майей Санду и Латвии Эдгаром Ринкевичем.")
    got = _sides(rec)
    for guest in ("Михаил Кавелашвили", "Майя Санду", "Эдгар Ринкевич"):
        assert {"Ваган Хачатурян", guest} in got, got


@pytest.mark.parametrize("text, place", [
    ("ЕРЕВАН, 14 мая. /АРМЕНПРЕСС/. Президент Армении Ваган Хачатурян провел встречу с министром "
     "иностранных дел Грузии Макой Бочоришвили.", "Ереван"),
    ("Тбилиси - 3 июня /Интерпресс/. Премьер-министр Грузии Ираклий Кобахидзе принял посла Армении "
     "Ашота Смбатяна.", "Тбилиси"),
])
def test_meetings_the_dateline_city_of_the_host_is_the_place(extract, text, place):
    rec = extract(text)
    ms = events(rec, "meeting")
    assert ms and names(rec, [ms[0]["location"]]) == [place], ms


def test_meetings_a_headline_office_subject_is_the_person_the_article_is_about(extract):
    rec = extract(" date 2026-03-16 Глава государства провел с президентом Франции Полем Лефевром "
                  "телефонный разговор\n\nВ ходе разговора стороны обсудили торговлю.\n\nРанее президент Армении "
                  "Ваган Хачатурян поручил правительству подготовить визит. Ваган Хачатурян также посетил Гюмри.")
    got = _sides(rec)
    assert {"Ваган Хачатурян", "Поль Лефевр"} in got, got


@pytest.mark.parametrize("text, visitor, host", [
    # the visitor's name hung on the visit noun beside his title
    ("В рамках государственного визита Президента Латвии Эдгара Ринкевича в Республику Польша подписан "
     "ряд документов.", "Эдгар Ринкевич", "Польша"),
    # a capital stands for its state
    ("Польша и Латвия подписали соглашение.\n\nСоглашение подписано в ходе визита президента Латвии Эдгара "
     "Ринкевича в Варшаву.", "Эдгар Ринкевич", "Польша"),
])
def test_meetings_a_visit_names_its_visitor_and_host_however_written(extract, text, visitor, host):
    rec = extract(text)
    got = [set(names(rec, m["participants"])) for m in events(rec, "meeting") if m["modality"] == "asserted"]
    assert {visitor, host} in got, got


@pytest.mark.parametrize("text", [
    "Президент Армении Ваган Хачатурян принял верительные грамоты от послов шести государств.",
    "Новые послы пяти стран вручили верительные грамоты президенту Армении Вагану Хачатуряну.",
])
def test_meetings_a_credentials_ceremony_is_a_meeting_with_the_envoys(extract, text):
    got = _sides(extract(text))
    assert any("Ваган Хачатурян" in s and any("послы" in n for n in s) for s in got), got


def test_meetings_the_envoys_met_and_handing_credentials_is_one_meeting(extract):
    rec = extract("Астана, 8 октября. Президент Казахстана Нурлан Сейткали встретился с новыми послами Польши, "
                  "Чехии и Японии.\n\nСообщается, что недавно назначенные в страну послы вручили Президенту "
                  "верительные грамоты.")
    ms = [m for m in events(rec, "meeting") if m["modality"] == "asserted"]
    assert len(ms) == 1, ms


def test_meetings_a_meeting_told_as_earlier_is_a_second_one(extract):
    rec = extract("Президент Армении Ваган Хачатурян поговорил по телефону с президентом Грузии Михаилом "
                  "Кавелашвили. Лично президенты общались месяц назад в Ереване.")
    ms = [m for m in events(rec, "meeting") if m["modality"] == "asserted"]
    assert len(ms) == 2 and sorted(m["mode"] for m in ms) == ["in_person", "phone"], ms


@pytest.mark.parametrize("text, mode", [
    ("Президент Армении Ваган Хачатурян и президент Грузии Михаил Кавелашвили вели переговоры в "
     "режиме видеоконференцсвязи.", "video"),
    ("Президент Армении Ваган Хачатурян и президент Грузии Михаил Кавелашвили вели переговоры в Ереване.",
     "in_person"),
])
def test_meetings_talks_conducted_are_held(extract, text, mode):
    ms = [m for m in events(extract(text), "meeting") if m["modality"] == "asserted"]
    assert len(ms) == 1 and ms[0]["mode"] == mode, ms
