"""A project told in the headline by its abbreviation ("ЛЭП", "ТЭЦ") and in the body in full words
("линия электропередачи", "теплоэлектроцентраль") is one project: the headline's states and the
body's builder are one report, not two projects."""
from __future__ import annotations

import pytest

from kelisim.extract.project_merge import _spelled_out

TEXTS = [
    (" date 2026-03-16 Узбекистан и Таджикистан построят новую ЛЭП\n\n"
     "Энергетические компании Узбекистана и Таджикистана подписали в Душанбе соглашение о строительстве "
     "новой линии электропередачи. Строительство начнется весной, сообщил министр энергетики."),
    (" date 2026-03-16 Казахстан и Россия построят новую ТЭЦ\n\n"
     "Компания «Интер РАО» построит в Кокшетау новую теплоэлектроцентраль, сообщило министерство "
     "энергетики Казахстана. Строительство начнется в следующем году."),
]


@pytest.mark.parametrize("text", TEXTS)
def test_an_abbreviated_project_in_the_headline_is_the_body_s_project(extract, text):
    projects = [e for e in extract(text)["events"] if e["type"] == "project"]
    assert len(projects) == 1, [p["name"] for p in projects]


@pytest.mark.parametrize("short, full", [("вторая ЛЭП", "вторая линия электропередачи"),
                                         ("новая ТЭЦ", "новая теплоэлектроцентраль"),
                                         ("Рогунская ГЭС", "рогунская гидроэлектростанция")])
def test_abbreviations_are_spelled_out(short, full):
    assert _spelled_out("ru", short) == full


def test_a_language_without_the_list_keeps_the_name():
    assert _spelled_out("kk", "жаңа ЛЭП") == "жаңа лэп"
