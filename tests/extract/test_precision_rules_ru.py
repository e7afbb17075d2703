"""Russian precision rules found on general news (politics, business, culture) rather than
diplomatic releases: what such news writes that looks like a meeting, a project or a name and is
none. Each case shows what the rule removes and, beside it, what must stay."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _asserted(rec: dict, kind: str) -> list[dict]:
    return [v for v in events(rec, kind) if v["modality"] == "asserted"]


def _met(rec: dict) -> list[set[str]]:
    return [set(names(rec, v["participants"])) for v in _asserted(rec, "meeting")]


@pytest.mark.parametrize("text", [
    "Губернатор Иван Сомов и министр Сергей Лапин встретились со студентами университета.",
    "Мэр Олег Рябов и депутат Анна Гусева пообщались с жителями микрорайона.",
    "Министр Павел Орлов и посол Дании Ларс Йенсен провели встречу с избирателями округа.",
])
def test_a_meeting_with_the_public_is_no_meeting(extract, text):
    assert _met(extract(text)) == []


@pytest.mark.parametrize("text, pair", [
    ("Министр Павел Орлов провел встречу с послом Дании Ларсом Йенсеном.", {"Павел Орлов", "Ларс Йенсен"}),
    ("Министр Павел Орлов встретился с представителями студенческих союзов и послом Дании Ларсом Йенсеном.",
     {"Павел Орлов", "Ларс Йенсен"}),
])
def test_a_meeting_with_a_named_side_stays(extract, text, pair):
    assert any(pair <= got for got in _met(extract(text))), _met(extract(text))


def test_a_protest_against_a_visit_tells_no_meeting(extract):
    rec = extract("Правительство Норвегии выразило протест против состоявшегося в среду визита "
                  "министра обороны Ивана Сомова на архипелаг.")
    assert _met(rec) == []


def test_a_state_negotiating_with_a_state_needs_no_person_of_the_article(extract):
    rec = extract("Писатель Фёдор Лунин родился в 1950 году в Твери.\n\n"
                  "С начала года Бразилия ведёт переговоры с Аргентиной о поставках зерна.")
    got = _met(rec)
    assert got and all("Фёдор Лунин" not in g for g in got), got


def test_a_meeting_whose_own_clause_is_future_is_planned(extract):
    rec = extract("«Вчера адвокат сообщила, что администрация разрешила встречу, которая пройдет в "
                  "понедельник», — рассказала Мария Сомова о встрече с мужем Иваном Сомовым.")
    assert all("пройдет" not in v["evidence"][0]["text"] for v in _asserted(rec, "meeting"))


def test_a_past_relative_clause_keeps_the_meeting_asserted(extract):
    rec = extract("Министр Павел Орлов и посол Дании Ларс Йенсен провели встречу, которая прошла в "
                  "дружественной атмосфере.")
    assert any({"Павел Орлов", "Ларс Йенсен"} <= g for g in _met(rec))


@pytest.mark.parametrize("opening", ["Воскресное", "Очередное", "Внеочередное"])
def test_an_adjective_opening_the_sentence_is_no_name(extract, opening):
    rec = extract(f"{opening} заседание правительства премьер-министр Чили Хуан Рохас провел в Сантьяго.")
    assert all(e["name"] != opening for e in rec["entities"]), [e["name"] for e in rec["entities"]]


def test_a_description_is_not_the_person_just_named_in_the_sentence(extract):
    rec = extract("Следуя предложению Ивана Сомова, депутаты областной думы приняли обращение к премьеру "
                  "о переходе на зимнее время.")
    somov = next(e for e in rec["entities"] if e["name"] == "Иван Сомов")
    assert [m["text"] for m in somov["mentions"]] == ["Ивана Сомова"]
    assert _met(rec) == []


@pytest.mark.parametrize("text", [
    "Производство этих тракторов завершилось на прошлой неделе, конвейер перешел на новые модели.",
    "Инвестиционный фонд «Гамма» продолжает скупать акции популярного сервиса.",
    "Завод, выпускающий турбины, планируется закрыть в конце мая.",
    "Сотрудники больницы вынудили закрыть больницу, поддержав бастующих врачей.",
])
def test_work_stopped_bought_or_shut_is_no_project(extract, text):
    assert events(extract(text), "project") == []


@pytest.mark.parametrize("text, stage", [
    ("Проект по строительству логистического центра в Ошской области закрыт после протестов.", "cancelled"),
    ("Строительство завода по производству удобрений завершилось в мае.", "completed"),
])
def test_a_project_closed_or_built_stays(extract, text, stage):
    got = events(extract(text), "project")
    assert got and got[0]["stage"] == stage, got


def test_a_body_that_names_a_building_is_no_side(extract):
    rec = extract("«Сегодня утром у входа в здание областной думы мы провели встречу с послом Чили "
                  "Хуаном Рохасом», — рассказал депутат Иван Сомов.")
    for got in _met(rec):
        assert not any("дума" in n.lower() for n in got), got


def test_before_the_start_of_building_the_project_is_not_under_way(extract):
    rec = extract("Концерн «Альфа» объявил о планах. Завод планируется построить в Твери.\n\n"
                  "Глава концерна Иван Сомов сказал, что до начала строительства завода необходимо "
                  "получить одобрение совета директоров.")
    got = events(rec, "project")
    assert got and all(v["stage"] != "in_progress" for v in got), got


def test_after_the_start_of_building_the_project_is_under_way(extract):
    got = events(extract("После начала строительства завода в Твери цены на землю выросли."), "project")
    assert got and got[0]["stage"] == "in_progress", got


@pytest.mark.parametrize("text", [
    "Премьер Иван Сомов сообщил, что будет терпеливо вести переговоры о заключении договора с Норвегией.",
    "Главным препятствием на пути к подписанию мирного договора остается спор о границе.",
])
def test_a_signing_still_negotiated_or_blocked_is_not_signed(extract, text):
    assert _asserted(extract(text), "agreement") == []


@pytest.mark.parametrize("text", [
    "По итогам переговоров министры Иван Сомов и Хуан Рохас подписали соглашение о сотрудничестве.",
    "В ходе переговоров состоялось подписание соглашения о торговле между Казахстаном и Польшей.",
])
def test_a_signing_told_beside_the_talks_is_signed(extract, text):
    assert len(_asserted(extract(text), "agreement")) == 1


def test_a_state_in_brackets_after_a_place_is_where_not_who(extract):
    rec = extract("С 3 по 5 мая в Сиднее (Sydney) (Австралия) состоялось заседание совета директоров "
                  "федерации шахмат.")
    assert all("Австралия" not in g for g in _met(rec)), _met(rec)
    assert all(not e["name"].startswith("С ") for e in rec["entities"]), [e["name"] for e in rec["entities"]]


def test_a_persons_past_deed_is_no_project(extract):
    rec = extract("Курсами руководил Павел Орлов, создавший собственную школу в Казани.")
    assert events(rec, "project") == []


def test_a_firms_past_deed_is_still_a_project(extract):
    rec = extract("Компания «Альфа», построившая завод в Актобе, объявила о новых планах.")
    assert events(rec, "project"), rec["events"]


def test_a_persons_second_past_deed_is_no_project(extract):
    rec = extract("Курсами руководил Павел Орлов, увлекшийся шахматами в юности и создавший собственную "
                  "школу в Казани.")
    assert events(rec, "project") == []
