"""Project owners and stages the sentence naming the project leaves open."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _projects(rec: dict) -> list[dict]:
    return events(rec, "project")


@pytest.mark.parametrize("text, owner", [
    ("Армения и Иран подпишут соглашение о строительстве цементного завода.\n\n"
     "В строительство завода средства вложит иранская компания Ararat Cement Industries.",
     "Ararat Cement Industries"),
    ("В Гюмри начнется строительство текстильной фабрики. Проект профинансирует компания Shirak Textile.",
     "Shirak Textile"),
])
def test_projects_owner_from_an_investing_verb(extract, text, owner):
    ps = _projects(rec := extract(text))
    assert ps and names(rec, [ps[0]["owner"]]) == [owner], ps


@pytest.mark.parametrize("text, stage", [
    ("Министр доложил о ходе строительства нефтеперерабатывающего завода в Батуми.", "in_progress"),
    ("Президенты дали старт строительству гидроэлектростанции на реке Риони.", "in_progress"),
])
def test_projects_stage_from_the_noun_that_governs_it(extract, text, stage):
    ps = _projects(extract(text))
    assert [p["stage"] for p in ps] == [stage], ps


def test_projects_two_projects_of_one_sentence_keep_their_own_kind(extract):
    rec = extract("Компания Ararat Cement Industries построит цементный завод в Армавире и "
                  "логистический центр в Ереване.")
    assert len(_projects(rec)) == 2


def test_projects_owner_is_the_company_of_the_person_reporting_on_it(extract):
    rec = extract("Президент Армении Ваган Хачатурян принял генерального директора компании Ararat Cement "
                  "Давида Гукасяна.\n\nДавид Гукасян проинформировал президента о ходе строительства "
                  "цементного завода в Армавире.")
    ps = _projects(rec)
    assert [names(rec, [p["owner"]]) for p in ps] == [["Ararat Cement"]], ps
    assert ps[0]["stage"] == "in_progress"


@pytest.mark.parametrize("text, owner", [
    # who gives up or sets about building is the owner, not a second project
    ("В Ширакской области закрыт проект строительства торгово-логистического центра.\n\n"
     "Ранее компания «Ширак Логистик» отказалась от строительства центра.", "Ширак Логистик"),
    ("Компания «Арарат Цемент» приступила к строительству цементного завода в Ереване.", "Арарат Цемент"),
])
def test_projects_the_subject_of_a_verb_over_the_building_owns_it(extract, text, owner):
    ps = _projects(rec := extract(text))
    assert len(ps) == 1 and owner in names(rec, [ps[0]["owner"]])[0], ps


@pytest.mark.parametrize("text, owner", [
    ("Армения и Саудовский фонд развития подписали соглашение о выделении займа на "
     "строительство Мегринской ГЭС.", "Армения"),
    ("Правительство Армении и Азиатский банк развития подписали соглашение о кредите на строительство "
     "дороги Север – Юг.", "Правительство Армении"),
])
def test_projects_a_lending_fund_or_bank_does_not_build(extract, text, owner):
    ps = _projects(rec := extract(text))
    assert ps and names(rec, [ps[0]["owner"]]) == [owner], [names(rec, [p["owner"]]) for p in ps]


@pytest.mark.parametrize("text", [
    "Компания «Арарат Майнинг» рассказала о реализации проекта по производству медного концентрата на "
    "месторождении «Техут» в Лорийской области.",
    "Компания «Арарат Цемент» приступила к строительству филиала Ереванского университета в Гюмри.",
])
def test_projects_a_project_noun_in_another_project_name_is_not_a_second_project(extract, text):
    ps = _projects(extract(text))
    assert len(ps) == 1, ps


@pytest.mark.parametrize("text, place", [
    ("Президенты дали старт строительству гидроэлектростанции на реке Риони.", "Риони"),
    ("Энергетики приступили к строительству солнечной электростанции на острове Сахалин.", "Сахалин"),
    ("Компания начала строительство завода в городе Кутаиси.", "Кутаиси"),
])
def test_projects_place_named_after_a_place_noun(extract, text, place):
    ps = _projects(rec := extract(text))
    assert ps and names(rec, [ps[0]["location"]]) == [place], ps
