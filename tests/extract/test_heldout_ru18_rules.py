"""Rules the held-out Russian set tests/extract/heldout_ru18 (projects and business diplomacy)
showed missing, each tried on sentences written for it: a railway line as a project, its
contractor told "Генподрядчик — X" or "силами компании X", and works resumed after a halt.
"""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _projects(rec: dict) -> list[tuple[str | None, str, str]]:
    return [((names(rec, [v["owner"]]) or [None])[0], v["kind"], v["stage"])
            for v in events(rec, "project") if v["modality"] == "asserted"]


@pytest.mark.parametrize("text, owner", [
    ("В Жамбылской области введена в эксплуатацию новая железнодорожная линия Тараз – Шу протяжённостью"
     " 90 километров.\n\nЛиния построена за два года. Генподрядчик — ТОО «Жолкурылыс Инжиниринг»,"
     " стоимость работ составила 95 млрд тенге.", "Жолкурылыс Инжиниринг"),
    ("В Хатлонской области завершено строительство железнодорожной линии Бохтар – Дангара.\n\nРаботы"
     " продолжались 30 месяцев. Генеральный подрядчик проекта — компания Anhui Road Group.", "Anhui Road Group"),
])
def test_projects_a_railway_line_with_its_contractor_after_a_dash(extract, text, owner):
    got = _projects(extract(text))
    assert got and got[0][1] == "infrastructure" and got[0][2] == "completed" and owner in (got[0][0] or "")


@pytest.mark.parametrize("text, owner", [
    ("В Кашкадарьинской области продолжается строительство газохимического завода. Строительство ведется"
     " силами южнокорейской компании Hyundai Engineering.", "Hyundai Engineering"),
    ("В Джалал-Абадской области начато возведение цементного завода. Работы выполняются силами"
     " турецкой компании Kalyon Insaat.", "Kalyon Insaat"),
])
def test_projects_the_firm_by_whose_forces_works_go_builds(extract, text, owner):
    got = _projects(extract(text))
    assert got and owner in (got[0][0] or "")


@pytest.mark.parametrize("text", [
    "В Балканском велаяте возобновлено строительство химического завода, приостановленное два года назад.",
    "Компания «Тау Кен» возобновила строительство второй очереди рудника в Карагандинской области.",
])
def test_projects_works_resumed_are_under_way(extract, text):
    got = _projects(extract(text))
    assert got and all(stage == "in_progress" for _, _, stage in got)
