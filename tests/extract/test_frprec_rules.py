"""Precision rules found on general Russian news (factRuEval-2016's texts): what such news writes
beside a meeting, a signing or a building that is no event of the news. An outlet credited with
the report is no side at the table; a meeting of years ago, or one told as a habit, is history;
rivals who "встретятся в финале" play, they do not talk; "принял участие" receives no guest; a
document named as signed while the sentence tells something else of it was signed before. Each
case shows what the rule removes and, beside it, what must stay."""
from __future__ import annotations

import pytest

from tests.conftest import events, names
from tests.meeting_support import meeting_sides as _met

pytestmark = pytest.mark.slow


def _asserted(rec: dict, kind: str) -> list[dict]:
    return [v for v in events(rec, kind) if v["modality"] == "asserted"]


# -- an outlet credited with the news is no participant

@pytest.mark.parametrize("text", [
    "Министр финансов Иван Сомов встретился с главой банка Олегом Рябовым, сообщает РБК.",
    "Как сообщает «Интерфакс», президент Павел Орлов провел переговоры с премьером Ларсом Йенсеном.",
    "По данным «Коммерсанта», глава компании Олег Рябов встретился с премьером Ларсом Йенсеном.",
    "Министр Иван Сомов рассказал «Интерфаксу», что встретился с послом Ларсом Йенсеном.",
    "Иван Сомов провел переговоры с Ларсом Йенсеном, пишет газета «Ведомости».",
    "Иван Сомов провел переговоры с Ларсом Йенсеном, передает ИТАР-ТАСС со ссылкой на пресс-службу Кремля.",
    "Лента.ру: министр Иван Сомов провел переговоры с послом Ларсом Йенсеном.",
])
def test_an_outlet_credited_with_the_news_is_not_at_the_table(extract, text):
    got = _met(extract(text))
    assert len(got) == 1 and len(got[0]) == 2, got


def test_a_meeting_of_one_person_credited_to_an_outlet_is_none(extract):
    assert _met(extract("Министр Иван Сомов провел переговоры в Москве, сообщает РБК.")) == []


def test_a_body_that_reports_its_own_talks_stays_at_the_table(extract):
    got = _met(extract("МИД Казахстана сообщил, что провел консультации с МИД Китая."))
    assert got and any("МИД Казахстана" in g for g in got), got


@pytest.mark.parametrize("text", [
    "Лента.ру: Россия и Норвегия подписали соглашение о рыболовстве.",
    "Соглашение о рыболовстве подписали Россия и Норвегия, сообщает РБК.",
])
def test_an_outlet_credited_with_the_news_is_no_party(extract, text):
    rec = extract(text)
    got = events(rec, "agreement")
    assert got and not any(n in ("Лента.ру", "РБК") for v in got for n in names(rec, v["parties"])), got


# -- history and habit are no meeting of the news

@pytest.mark.parametrize("text", [
    "В 1995 году Иван Сомов встречался с Борисом Ельциным в Кремле.",
    "Иван Сомов родился в 1950 году в Омске. В 1980-х годах он встречался с Михаилом Горбачевым.",
    "В 2019 году состоялась встреча Ивана Сомова с Ларсом Йенсеном.",
    "Иван Сомов впервые встретился с Ларсом Йенсеном десять лет назад.",
    "Иван Сомов неоднократно встречался с Ларсом Йенсеном.",
    "Иван Сомов не раз беседовал с Ларсом Йенсеном.",
    "Министры Иван Сомов и Ларс Йенсен регулярно созваниваются.",
    "В молодости Иван Сомов встречался с Олегом Рябовым.",
    "В советское время Иван Сомов встречался с Олегом Рябовым.",
])
def test_a_meeting_of_years_ago_or_a_habit_is_no_meeting(extract, text):
    assert _met(extract(text)) == []


@pytest.mark.parametrize("text", [
    "В 2026 году министр Иван Сомов провел переговоры с Ларсом Йенсеном.",
    "Предыдущий раз президенты Иван Сомов и Ларс Йенсен встречались 10 октября 2025 года в Душанбе.",
    "Вчера Иван Сомов провел переговоры с Ларсом Йенсеном, с которым познакомился в 2001 году.",
    "Иван Сомов, который в 1995 году был министром, вчера встретился с Ларсом Йенсеном.",
    "Состоялась ежегодная встреча Ивана Сомова с Ларсом Йенсеном.",
    "Иван Сомов встретился с Ларсом Йенсеном, бывшим советским послом в Норвегии.",
    "Министры Иван Сомов и Ларс Йенсен созвонились.",
])
def test_a_meeting_of_this_year_or_last_stays(extract, text):
    assert any({"Иван Сомов", "Ларс Йенсен"} <= g for g in _met(extract(text))), _met(extract(text))


def test_an_article_without_a_date_is_read_as_of_its_latest_year(extract):
    text = ("В 2010 году компания открыла офис в Омске.\n\n"
            "В 1995 году Иван Сомов встречался с Ларсом Йенсеном.\n\n"
            "В 2010 году Иван Сомов встретился с Олегом Рябовым.")
    got = _met(extract("Новости дня\n\n" + text, date=None))
    assert got == [{"Иван Сомов", "Олег Рябов"}], got


# -- a match or a show is no meeting

@pytest.mark.parametrize("text", [
    "Теннисист Иван Сомов встретился с Олегом Рябовым в финале турнира.",
    "Боксер Иван Сомов встретился на ринге с Олегом Рябовым.",
    "Певец Иван Сомов и гитарист Олег Рябов снова встретились на одной сцене.",
])
def test_rivals_or_performers_meeting_in_a_contest_do_not_meet(extract, text):
    assert _met(extract(text)) == []


# -- "принять" a thing receives no one

@pytest.mark.parametrize("text", [
    "Окончательного решения о своём членстве в жюри фестиваля певец Иван Сомов ещё не принял.",
    "Депутат Иван Сомов принял участие в поминовении Олега Рябова.",
    "Министр Иван Сомов принял поздравления от Ларса Йенсена.",
])
def test_accepting_a_thing_is_no_reception(extract, text):
    assert [v for v in events(extract(text), "meeting")] == []


@pytest.mark.parametrize("text", [
    "Президент Иван Сомов принял посла Дании Ларса Йенсена.",
    "Президент Иван Сомов принял делегацию банка во главе с Ларсом Йенсеном.",
])
def test_receiving_a_person_or_a_delegation_stays(extract, text):
    assert any({"Иван Сомов", "Ларс Йенсен"} <= g for g in _met(extract(text))), _met(extract(text))


# -- a document named as signed before

@pytest.mark.parametrize("text", [
    "Украина нарушает подписанный с Россией контракт.",
    "По условиям подписанного соглашения о разделе продукции компания получает треть нефти.",
    "Стороны подтвердили приверженность выполнению подписанного в Минске соглашения.",
    "Норвегия вышла из Договора о рыболовстве, подписанного в Осло.",
    "Подписанный договор о дружбе действует уже пятнадцать лет.",
])
def test_a_document_named_as_signed_before_is_not_signed_in_the_news(extract, text):
    assert events(extract(text), "agreement") == []


@pytest.mark.parametrize("text", [
    "Подписанное в пятницу соглашение предусматривает поставки газа.",
    "Подписанный сегодня контракт стоит 100 млн долларов.",
    "Компания «Альфа» заключила контракт с компанией «Бета» на поставку газа.",
    "Соглашение о поставках газа подписано в Пекине, передает «Интерфакс».",
])
def test_a_document_signed_in_the_news_stays(extract, text):
    assert events(extract(text), "agreement"), extract(text)["events"]


def test_an_agreement_of_years_ago_in_an_article_without_a_date_is_not_signed(extract):
    text = ("В 2010 году компания «Альфа» открыла офис в Омске.\n\n"
            "В 2003 году Россия и Норвегия подписали соглашение о рыболовстве.")
    assert events(extract("Новости дня\n\n" + text, date=None), "agreement") == []


# -- a building of years ago is history

@pytest.mark.parametrize("text", [
    "В 1990 году компания «Альфа» построила завод в Омске.",
    "На построенном в 1970 году заводе в Тольятти произошла авария.",
    "Мост был построен в 1936 году по проекту архитектора Ивана Сомова.",
    "В советское время в Омске построили завод.",
    "И это так, поскольку учёбой заправлял Павел Орлов, пристрастившийся к вязанию в годы юности и "
    "создавший соответствующую школу и центр в Казани.",
])
def test_a_building_finished_years_ago_is_no_project(extract, text):
    assert events(extract(text), "project") == []


@pytest.mark.parametrize("text", [
    "Компания «Альфа» построит в Омске новый завод.",
    "В 2024 году компания «Альфа» начала строительство завода в Омске.",
    "Губернатор Иван Сомов открыл новую школу в Омске.",
])
def test_a_building_of_the_news_stays(extract, text):
    assert events(extract(text), "project"), extract(text)["events"]


# -- a court's hearing is no meeting

@pytest.mark.parametrize("text", [
    "Судебное заседание по иску компании «Альфа» к Олегу Рябову прошло в Арбитражном суде Москвы.",
    "Вчера состоялось заседание суда по делу бизнесмена Ивана Сомова и его партнера Олега Рябова.",
])
def test_a_court_hearing_is_no_meeting(extract, text):
    assert _met(extract(text)) == []


def test_a_sitting_of_a_commission_stays(extract):
    got = _met(extract("В Астане состоялось заседание межправительственной комиссии, которое провели "
                       "министры Иван Сомов и Ларс Йенсен."))
    assert any({"Иван Сомов", "Ларс Йенсен"} <= g for g in got), got


# -- put off, called off, refused

@pytest.mark.parametrize("text, kind", [
    ("Подписание соглашения о поставках газа было отложено.", "agreement"),
    ("Украина отказалась подписать соглашение об ассоциации с Норвегией.", "agreement"),
    ("Встреча министров Ивана Сомова и Ларса Йенсена была отменена.", "meeting"),
    ("Переговоры министров Ивана Сомова и Ларса Йенсена перенесли на май.", "meeting"),
])
def test_an_event_put_off_or_called_off_did_not_happen(extract, text, kind):
    assert _asserted(extract(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Стороны подписали соглашение об отмене визового режима.", "agreement"),
    ("Иван Сомов провел переговоры с Ларсом Йенсеном, который отказался комментировать их итоги.", "meeting"),
])
def test_calling_off_something_else_leaves_the_event(extract, text, kind):
    assert _asserted(extract(text), kind), extract(text)["events"]


# -- what is asked for is not yet agreed

@pytest.mark.parametrize("text, kind", [
    ("Жители Омска требуют построить новую школу.", "project"),
    ("Губернатор Иван Сомов попросил министра помочь в строительстве школы в Омске.", "project"),
    ("Иван Сомов попросил о встрече с Ларсом Йенсеном.", "meeting"),
])
def test_an_event_asked_for_is_not_asserted(extract, text, kind):
    got = events(extract(text), kind)
    assert got and all(v["modality"] == "possible" for v in got), got


@pytest.mark.parametrize("text", [
    "На встрече с Ларсом Йенсеном Иван Сомов попросил помочь с поставками газа.",
    "Иван Сомов провел переговоры с Ларсом Йенсеном и попросил его о поддержке.",
])
def test_asking_at_a_meeting_leaves_the_meeting_held(extract, text):
    assert any({"Иван Сомов", "Ларс Йенсен"} <= g for g in _met(extract(text))), _met(extract(text))


# -- a form or a record is no pact

@pytest.mark.parametrize("text", [
    "Депутат Иван Сомов подписал декларацию о доходах.",
    "Полиция подписала протокол об административном правонарушении.",
    "Следователь Иван Сомов подписал протокол допроса.",
])
def test_a_form_or_a_record_is_no_agreement(extract, text):
    assert events(extract(text), "agreement") == []


@pytest.mark.parametrize("text", [
    "Министры Иван Сомов и Ларс Йенсен подписали протокол заседания межправительственной комиссии.",
    "Министры Иван Сомов и Ларс Йенсен подписали совместную декларацию о сотрудничестве.",
])
def test_a_protocol_or_declaration_of_the_sides_stays(extract, text):
    assert events(extract(text), "agreement"), extract(text)["events"]


# -- wished or supposed is not done

@pytest.mark.parametrize("text", [
    "Если бы Иван Сомов встретился с Ларсом Йенсеном, конфликт был бы исчерпан.",
    "Иван Сомов надеется на встречу с Ларсом Йенсеном.",
    "Иван Сомов мечтает встретиться с Ларсом Йенсеном.",
])
def test_a_meeting_wished_or_supposed_is_not_held(extract, text):
    got = events(extract(text), "meeting")
    assert all(v["modality"] != "asserted" for v in got), got


@pytest.mark.parametrize("text", [
    "«Я хочу добиться этого во что бы то ни стало», — отметил министр Иван Сомов на встрече с мэром Ларсом Йенсеном.",
    "«Мы бы хотели расширить торговлю», — сказал Иван Сомов на переговорах с Ларсом Йенсеном.",
    "Иван Сомов встретился с Ларсом Йенсеном и выразил надежду на скорое решение проблемы.",
])
def test_a_wish_told_at_a_meeting_leaves_the_meeting_held(extract, text):
    assert any({"Иван Сомов", "Ларс Йенсен"} <= g for g in _met(extract(text))), _met(extract(text))


# -- a title ends where the clause's subject begins

def test_the_subject_after_a_document_is_not_in_its_title(extract):
    rec = extract("Компания «Альфа» подписала соглашение о покупке банка.\n\n"
                  "При подписании нового соглашения министр торговли Иван Сомов заявил, что торговля вырастет.")
    assert not any("Сомов" in v["title"] or "министр" in v["title"] for v in events(rec, "agreement")), events(rec, "agreement")
