"""Russian project rules the held-out sets ru6 and ru7 showed missing: a project named in a signed
document's title (a lyceum, second tracks), the firm that announces its own project, a project only
looked into, a programme a project follows, a place on the verb of a begun work, the agency credited
in the dateline, a plain document signed later for the project told before, and a bare act of
building that names the project told just before; each tried on sentences written for it."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _projects(rec: dict) -> list[dict]:
    out = []
    for v in events(rec, "project"):
        if v["modality"] == "asserted":
            out.append(dict(v, owner=names(rec, [v["owner"]])[0] if v.get("owner") else None,
                            location=names(rec, [v["location"]])[0] if v.get("location") else None))
    return out


@pytest.mark.parametrize("text, kind", [
    ("Министерство образования Кыргызстана и фонд «Билим» подписали соглашение об открытии в Бишкеке"
     " технического колледжа.", "school"),
    ("АО «Узбекистон темир йуллари» и китайская компания CRCC подписали контракт на строительство вторых"
     " путей на участке Ташкент – Самарканд.", "infrastructure"),
])
def test_a_project_in_a_signed_documents_title_is_agreed_and_linked(extract, text, kind):
    got = _projects(extract(text))
    assert [(v["kind"], v["stage"], bool(v["agreement"])) for v in got] == [(kind, "agreed", True)], got


def test_the_firm_that_announces_its_project_owns_it_and_an_occasion_cites_no_document(extract):
    rec = extract("Стороны подписали меморандум о сотрудничестве в области энергетики.\n\nВ рамках визита"
                  " немецкая компания «Бауэр Глас» объявила о строительстве стекольного завода в Карагандинской"
                  " области.")
    got = _projects(rec)
    assert [(v["owner"], v["stage"], v["agreement"]) for v in got] == [("Бауэр Глас", "announced", None)], got


@pytest.mark.parametrize("text", [
    "Аким сообщил, что в области прорабатывается строительство нового цементного завода.",
    "В министерстве изучают возможность строительства еще одной электростанции.",
])
def test_a_project_only_looked_into_is_not_asserted(extract, text):
    assert not _projects(extract(text))


def test_a_programme_a_project_follows_is_no_project_of_its_own(extract):
    got = _projects(extract("По этой программе в следующем году начнется строительство трех больниц в"
                            " Жамбылской области."))
    assert "programme" not in [v["kind"] for v in got], got


def test_the_place_on_the_verb_of_begun_work_is_the_projects(extract):
    got = _projects(extract("В Актобе началось строительство завода по производству ферросплавов."))
    assert [(v["location"], v["stage"]) for v in got] == [("Актобе", "in_progress")], got


def test_the_agency_credited_in_the_dateline_owns_no_project(extract):
    got = _projects(extract("Астана. 3 марта. КАЗИНФОРМ – Китайская компания Sinohydro построит"
                            " гидроэлектростанцию в Алматинской области, сообщили в министерстве энергетики."))
    assert [v["owner"] for v in got] == ["Sinohydro"], got


@pytest.mark.parametrize("later", [
    "Соглашение о реализации проекта подписали аким области и глава компании.",
    "По итогам встречи подписано инвестиционное соглашение.",
])
def test_a_plain_document_signed_later_agrees_the_project_told_before(extract, later):
    got = _projects(extract("Турецкая компания «Кализ Текстиль» построит текстильную фабрику в Туркестанской"
                            " области.\n\n" + later))
    assert [(v["stage"], bool(v["agreement"])) for v in got] == [("agreed", True)], got


def test_a_document_that_names_its_own_subject_agrees_no_project_told_before(extract):
    got = _projects(extract("Турецкая компания «Кализ Текстиль» построит текстильную фабрику в Туркестанской"
                            " области.\n\nКроме того, стороны подписали соглашение о сотрудничестве в сфере"
                            " туризма."))
    assert [v["stage"] for v in got] == ["announced"], got


@pytest.mark.parametrize("text, owner", [
    # a bare act of building right after the project tells its builder
    ("Министры приняли участие в церемонии закладки капсулы в основание новой школы в Худжанде.\n\n"
     "Строительство ведет компания «Шарк Инвест», объем инвестиций составляет 10 миллионов долларов.", "Шарк Инвест"),
    # the firm that builds in a relative clause, "компания": the firm named before
    ("Президент принял руководство корейской корпорации «Хандо Кемикал».\n\nСтороны обсудили ход строительства"
     " цементного завода в Лебапском велаяте, который компания возводит совместно с концерном «Туркменхимия».",
     "Хандо Кемикал"),
    # the plans of the company named before
    ("Президент встретился с руководством французской компании «Лафарж Цемент».\n\nГлаве государства доложили"
     " о планах компании по строительству в Карагандинской области завода по производству цемента.",
     "Лафарж Цемент"),
])
def test_the_builder_told_around_the_project_owns_it(extract, text, owner):
    got = _projects(extract(text))
    assert [v["owner"] for v in got] == [owner], got


def test_the_progress_of_works_right_after_a_project_is_its_work_under_way(extract):
    got = _projects(extract("Стороны обсудили реализацию совместных проектов, в том числе строительство"
                            " автодороги Бишкек – Нарын. Министры выразили удовлетворение ходом работ."))
    assert [v["stage"] for v in got] == ["in_progress"], got


def test_a_kinds_default_sector_adds_nothing_to_the_sector_its_name_gives(extract):
    rec = extract("Китайская компания построит солнечную электростанцию в Туркестанской области.\n\nВвод станции"
                  " в эксплуатацию запланирован на 2028 год.")
    got = [v["sectors"] for v in events(rec, "project")]
    assert got and all("transport_logistics" not in s for s in got), got


def test_a_lines_own_ends_place_it(extract):
    got = _projects(extract("Стороны обсудили строительство автодороги Худжанд – Исфара."))
    assert [v["location"] for v in got] == ["Худжанд"], got
