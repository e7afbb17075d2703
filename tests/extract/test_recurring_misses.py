"""Misses that several held-out sets left alone, each fixed once as a rule about how news is
written and tried here on invented sentences.

Later parts of a project (heldout_ru11, ru16, ru18, ru5): a plant's first part is the plant itself
("ввела в эксплуатацию первую очередь станции"); a later part is a project of its own, often told
without its project noun once that was named ("Строительство второй очереди начнётся в 2028
году"), and two namings of one later part (the headline's and the lead's) are one project.

Foreign surnames in "-и" (heldout_ru13's "Чиковани" -> "Чикованя"; "Аль Тани" -> "Аль Таня"): Russian
does not decline them, though the dictionary reads them as genitives of nouns in "-я"; the name
is written as it stands and its case is read from the parts before it.

Sides of a signing named by a lower-case authority (heldout_ru11's 299, heldout_ru18's 745): "правительство
области и администрация провинции X подписали" are the two places; a bare "хокимият" or "акимат
области" is the place whose head ("Хоким Джизакской области") the article named; "компания" is the
firm named before with that word.

A project being built now and told with its future end ("Строящийся ... завод будет введён в 2027
году"; kk11's "салынып жатқан", tests/kk/test_recurring_misses_kk.py) is under way, not announced.

"Участников форума приветствовал министр" (heldout_runeg's 734) greets people and says nothing; "приветствовал
решение" welcomes a decision and is a statement."""
from __future__ import annotations

import pytest

from tests.conftest import events, names


def _projects(rec: dict) -> list[dict]:
    return [v for v in events(rec, "project") if v["modality"] == "asserted"]


@pytest.mark.parametrize("verb", ["ввела в эксплуатацию", "запустила", "завершила строительство"])
def test_projects_a_first_part_is_the_project_itself(extract, verb):
    rec = extract(f"Компания «Сармат» {verb} первую очередь ветровой электростанции в Мангистауской области.")
    found = _projects(rec)
    assert len(found) == 1 and found[0]["stage"] == "completed"
    assert names(rec, [found[0]["owner"]]) == ["Сармат"]


@pytest.mark.parametrize("later, stage", [
    ("Строительство второй очереди начнётся в 2028 году.", "announced"),
    ("Вторую очередь планируется запустить в 2029 году.", "announced"),
    ("Сейчас начато строительство второй очереди мощностью 20 тысяч тонн.", "in_progress"),
    ("Строительство третьей очереди уже ведется.", "in_progress"),
])
def test_projects_a_later_part_told_without_its_noun_is_a_project_of_its_own(extract, later, stage):
    rec = extract("Компания «Сармат» завершила строительство первой очереди стекольного завода в "
                  f"Шымкенте. {later}")
    found = _projects(rec)
    assert [v["stage"] for v in found] == ["completed", stage]
    assert names(rec, [found[1]["owner"]]) == ["Сармат"]      # the part's builder is the plant's


@pytest.mark.parametrize("later, n", [
    ("Второй участок, от разъезда Мукур до станции Аягоз, планируется запустить в 2028 году.", 2),
    ("Земельный участок под депо планируется выделить в 2028 году.", 1),      # a plot of land, no section
])
def test_projects_a_later_section_of_a_line_needs_an_ordinal(extract, later, n):
    rec = extract(f"Компания «Орда Жол» ввела в эксплуатацию первый участок железнодорожной линии Бахты – Аягоз. {later}")
    assert len(_projects(rec)) == n


def test_projects_a_later_part_named_by_its_noun_after_a_dash_is_told_once(extract):
    rec = extract("Компания «Сармат» ввела в эксплуатацию стекольный завод в Шымкенте. В 2027 году компания "
                  "приступит к строительству второй очереди — цеха по производству листового стекла.")
    assert len(_projects(rec)) == 2


def test_projects_one_later_part_told_twice_is_one_project(extract):
    rec = extract("date 2026-03-16 В Хатлонской области возобновили строительство второй очереди угольной "
                  "шахты\n\nРаботы на второй очереди шахты «Назарайлок» в Хатлонской области, "
                  "приостановленные в 2025 году, возобновлены. Строительство ведет компания «Памир Ресурс». "
                  "Работы на второй очереди были приостановлены из-за пересмотра проекта.")
    assert len(_projects(rec)) == 1


def test_projects_a_part_with_no_project_told_before_is_no_project(extract):
    rec = extract("Строительство второй очереди начнётся в 2028 году, сообщили в акимате.")
    assert _projects(rec) == []


@pytest.mark.parametrize("sentence, name", [
    ("Президент провел переговоры с эмиром Катара Тамимом бин Хамадом Аль Тани.", "Тамим бин Хамад Аль Тани"),
    ("Министр принял посла Италии Луку Бертолани.", "Лука Бертолани"),
    ("Состоялся разговор министра иностранных дел Грузии Нино Чиковани с коллегой.", "Нино Чиковани"),
    ("Министр встретился с главой МИД Грузии Нино Чиковани.", "Нино Чиковани"),
    ("Позиция Марии Захаровой ясна, заявил министр.", "Мария Захарова"),        # a name in "-ии" declines
])
def test_persons_a_foreign_surname_in_i_is_written_as_it_stands(extract, sentence, name):
    rec = extract(sentence)
    assert name in [e["name"] for e in rec["entities"] if e["type"] == "PER"]


@pytest.mark.parametrize("text, sides", [
    ("Губернатор Омской области Илья Петров посетил Казахстан. По итогам встречи правительство Омской "
     "области и администрация Павлодарской области подписали соглашение о сотрудничестве.",
     {"Омская область", "Павлодарская область"}),
    ("Хоким Ферганской области Азиз Каримов принял делегацию компании Orda Logistics. По итогам переговоров "
     "хокимият и Orda Logistics подписали инвестиционное соглашение.", {"Ферганская область", "Orda Logistics"}),
    ("Аким Туркестанской области принял делегацию компании «Орда Цемент». По итогам встречи акимат области "
     "и компания подписали меморандум о сотрудничестве.", {"Туркестанская область", "Орда Цемент"}),
])
def test_agreements_a_lower_case_authority_signs_for_its_place(extract, text, sides):
    rec = extract(text)
    found = [v for v in events(rec, "agreement") if v["modality"] == "asserted"]
    assert len(found) == 1 and set(names(rec, found[0]["parties"])) == sides


def test_agreements_a_named_firm_and_a_ministry_keep_their_names(extract):
    rec = extract("АО «Орда Цемент» и Министерство промышленности Казахстана подписали меморандум о сотрудничестве.")
    found = events(rec, "agreement")
    assert len(found) == 1 and len(found[0]["parties"]) == 2


@pytest.mark.parametrize("sentence, stage", [
    ("Строящийся в Туркестанской области цементный завод будет введён в эксплуатацию в 2027 году.", "in_progress"),
    ("Возводимый компанией «Орда» терминал планируется запустить в 2028 году.", "in_progress"),
    # a relative clause of building tells its own tense (heldout_ru14's 718)
    ("Реконструкция пункта пропуска «Сагарчин», которую ведёт компания «Орда», будет завершена в 2027 году.",
     "in_progress"),
    ("Цементный завод в Туркестанской области будет введён в эксплуатацию в 2027 году.", "announced"),
])
def test_projects_a_present_participle_of_building_is_under_way(extract, sentence, stage):
    found = _projects(extract(sentence))
    assert [v["stage"] for v in found] == [stage]


def test_projects_a_region_that_signs_gives_way_to_the_firm_that_carries_the_project_out(extract):
    rec = extract("Губернатор Омской области Илья Петров посетил Казахстан. По итогам визита правительство Омской области и "
                  "администрация Павлодарской области подписали соглашение о строительстве зернового терминала. "
                  "Проект реализует компания «Иртыш Логистик».")
    found = _projects(rec)
    assert len(found) == 1 and names(rec, [found[0]["owner"]]) == ["Иртыш Логистик"]


@pytest.mark.parametrize("sentence, n", [
    ("Участников и гостей форума приветствовал министр туризма Казахстана Ерлан Сапаров.", 0),
    ("Министр туризма Казахстана Ерлан Сапаров поприветствовал делегацию Японии.", 0),
    ("Министр туризма Казахстана Ерлан Сапаров приветствовал решение правительства Японии.", 1),
])
def test_statements_greeting_people_is_no_statement(extract, sentence, n):
    assert len(events(extract(sentence), "statement")) == n
