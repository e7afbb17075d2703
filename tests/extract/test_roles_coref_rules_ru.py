"""Roles and coreference rules in Russian news, each tried on sentences written for it: a short
form of a title ("спецпредставитель") describes the one whose long title it is, a capitalised
title is no organisation, "гость" is the one received, a feminine verb may agree with a name
that shows no gender, and the head of "компании" (the firm named before) is of the firm's state."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _person(rec: dict, name: str) -> dict:
    return next(e for e in rec["entities"] if e["type"] == "PER" and e["name"] == name)


def _speakers(rec: dict) -> list[tuple[str, bool]]:
    return [(names(rec, [v["speaker"]])[0], v["direct"]) for v in events(rec, "statement") if v.get("speaker")]


@pytest.mark.parametrize("text, envoy", [
    ("Министр иностранных дел Таджикистана Сироджиддин Мухриддин принял Специального представителя"
     " Генерального секретаря ООН Отабека Рахимова.\n\nСпецпредставитель заявил, что организация"
     " поддержит водные проекты региона. «Мы готовы работать вместе», – сказал он.", "Отабек Рахимов"),
    ("Президент Узбекистана Шавкат Мирзиёев встретился со Специальным посланником Китая по"
     " евразийским делам Ли Хуэем.\n\nСпецпосланник отметил, что Пекин ценит позицию Ташкента.", "Ли Хуэй"),
])
def test_a_short_form_of_the_title_describes_its_holder(extract, text, envoy):
    rec = extract(text)
    said = [s for s, _ in _speakers(rec)]
    assert said and set(said) == {envoy}, rec["events"]


def test_a_capitalised_title_before_a_name_is_no_organisation(extract):
    rec = extract("Премьер-министр Казахстана Олжас Бектенов принял Специального представителя"
                  " Европейского союза по правам человека Олофа Скуга.")
    orgs = {e["name"] for e in rec["entities"] if e["type"] == "ORG"}
    assert not any("представитель" in o.lower() for o in orgs), orgs
    met = [set(names(rec, v["participants"])) for v in events(rec, "meeting")]
    assert met == [{"Олжас Бектенов", "Олоф Скуг"}], met


@pytest.mark.parametrize("text, guest", [
    ("Аким Алматы Ерболат Досаев принял генерального директора французской компании «Сюэз»"
     " Антуана Фреро, прибывшего в Казахстан с визитом.\n\nГость рассказал о планах компании"
     " построить очистные сооружения.", "Антуан Фреро"),
    ("Президент Кыргызстана Садыр Жапаров сегодня принял министра иностранных дел Турции Хакана"
     " Фидана.\n\nВысокий гость подчеркнул, что Анкара готова увеличить инвестиции.", "Хакан Фидан"),
])
def test_the_guest_is_the_one_received(extract, text, guest):
    rec = extract(text)
    assert [s for s, _ in _speakers(rec)] == [guest], rec["events"]


def test_the_guest_is_not_the_host(extract):
    rec = extract("Министр энергетики Казахстана Ерлан Аккенженов встретился с коллегами.\n\n"
                  "Гость подчеркнул важность сотрудничества.")
    assert _speakers(rec) == [], rec["events"]


@pytest.mark.parametrize("text, woman", [
    ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем Совета министров"
     " Италии Джорджей Мелони.\n\nПремьер-министр Италии отметила, что Рим заинтересован в поставках"
     " казахстанской нефти.", "Джорджей Мелони"),
])
def test_a_feminine_verb_agrees_with_a_name_that_shows_no_gender(extract, text, woman):
    rec = extract(text)
    assert woman in [s for s, _ in _speakers(rec)], rec["events"]


def test_a_feminine_verb_does_not_pick_a_man(extract):
    rec = extract("Министр иностранных дел Казахстана Ермек Кошербаев встретился с министром"
                  " иностранных дел Венгрии Петером Сийярто.\n\nМинистр иностранных дел Венгрии"
                  " отметила, что сотрудничество развивается.")
    assert "Петер Сийярто" not in [s for s, _ in _speakers(rec)], rec["events"]


@pytest.mark.parametrize("text, head, state", [
    ("Индийская компания Tata Steel построит завод в Павлодаре. Соглашение подписали аким области"
     " Асаин Байханов и председатель правления компании Раджив Сингх.", "Раджив Сингх", "IN"),
    ("Корпорация Hyundai Engineering откроет офис в Ташкенте, сообщил министр инвестиций Узбекистана"
     " Лазиз Кудратов. Об этом также рассказал вице-президент корпорации Ким Мин Су.", "Ким Мин Су", None),
])
def test_the_head_of_the_firm_named_before_is_of_the_firms_state_not_the_home_state(extract, text, head, state):
    assert _person(extract(text), head)["country"] == state
