"""The fourth held-out Russian set (tests/extract/heldout_ru3): eight invented articles in styles
the earlier sets used less - a Belarusian government site, a wire report citing a press service,
a state visit with a programme over three days, a joint statement, a parliament speakers'
meeting, a regional hokim with a pipeline of projects, a telephone call told from both sides and
a ministry's denial - their gold (spec/GOLD.md) written before kelisim first ran on them.

First run, before any rule was changed for them (the honest estimate for unseen news): headline
0.783 (persons 0.968, meetings 0.857, statements 0.870, agreements 1.0, projects 0.222). Two
project owners in that gold were written as ISO codes, which the scorer matches only in
`parties`; written as the states' names (no judgment changed) the first run is 0.828 (projects
0.444). After the fixes they prompted (the rule cases below): 0.929 (persons 1.0, meetings 1.0,
statements 0.979, agreements 1.0, projects 0.667). The floors sit a little below that.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.conftest import events, names
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout_ru3"

# reached: headline 0.929; persons 1.0, meetings 1.0, statements 0.979, agreements 1.0, projects 0.667
# (eight articles: one event moves a kind by ~0.05-0.15; each floor allows about one lost item)
HEADLINE_FLOOR = 0.90
KIND_FLOORS = {"persons": 0.96, "meetings": 0.92, "statements": 0.93, "agreements": 0.90, "projects": 0.55}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "ru")


def test_heldout4_ru_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=8)


def test_heldout4_ru_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout4_ru_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


def test_heldout4_ru_a_denial_invents_no_meeting_or_agreement(heldout):
    row = heldout["per_document"]["238_ru_az-mfa-denies-summit-report"]
    assert all(row[kind][1] == 0 for kind in ("meetings", "agreements")), row


# ---------------------------------------------------------------- the rules the set showed missing

def _speakers(rec: dict) -> list[str]:
    return [names(rec, [s["speaker"]])[0] for s in events(rec, "statement")]


@pytest.mark.parametrize("text", [
    "В заявлении стороны подтвердили приверженность принципам добрососедства.",
    "В коммюнике стороны выразили поддержку мирному урегулированию.",
])
def test_statements_the_sides_after_a_prepositional_phrase_speak(extract, text):
    rec = extract("Министры иностранных дел Молдовы и Грузии Ион Русу и Гия Мчедлишвили провели переговоры"
                  " в Кишиневе.\n\n" + text)
    assert "стороны" in _speakers(rec), rec["events"]


def test_statements_an_impersonal_plural_after_a_company_names_no_speaker(extract):
    rec = extract("В пресс-службе компании сообщили, что новый цех готов.")
    assert not events(rec, "statement"), rec["events"]


@pytest.mark.parametrize("legislature", ["Великого Государственного Хурала Монголии", "Сейма Литвы",
                                         "Народного собрания Болгарии"])
def test_statements_a_speaker_named_by_his_legislature_is_the_speaker(extract, legislature):
    rec = extract(f"Председатель Сената Узбекистана Акмаль Юлдашев встретился с Председателем {legislature}"
                  " Дорном Батсайханом.\n\nЗарубежный спикер высоко оценил уровень сотрудничества.")
    speakers = _speakers(rec)
    assert len(speakers) == 1 and speakers[0].startswith("Дорн"), rec["events"]


@pytest.mark.parametrize("text, name", [
    ("Хоким области принял делегацию во главе с ее президентом Ли Сон Мином.", "Ли Сон Мин"),
    ("Министр провел встречу с генеральным директором корпорации Пак Чжи Хуном.", "Пак Чжи Хун"),
    ("Президент встретился с Виктором Ивановичем Петровым.", "Виктор Иванович Петров"),
    ("Министр провел встречу с Халидом бин Саидом Аль Кааби.", "Халид бин Саид Аль Кааби"),
])
def test_persons_three_part_names_are_put_in_the_nominative(extract, text, name):
    rec = extract(text)
    assert name in [e["name"] for e in rec["entities"] if e["type"] == "PER"], rec["entities"]


def test_projects_a_pipeline_told_in_one_sentence_is_several_projects(extract):
    rec = extract("В Ошской области компания «Алай Агро» завершила строительство тепличного комплекса,"
                  " а в Баткенском районе турецкая компания «Доган Энерджи» объявила о планах построить"
                  " солнечную электростанцию.")
    got = {(v["name"], names(rec, [v["owner"]])[0] if v["owner"] else None, v["stage"])
           for v in events(rec, "project")}
    assert got == {("тепличный комплекс", "Алай Агро", "completed"),
                   ("солнечная электростанция", "Доган Энерджи", "announced")}, got


def test_projects_one_plant_named_twice_in_a_sentence_stays_one(extract):
    rec = extract("Компания «Тулпар Металл» начала строительство металлургического завода, и завод"
                  " даст работу тысяче жителей.")
    assert len(events(rec, "project")) == 1, events(rec, "project")


@pytest.mark.parametrize("text, owner", [
    ("Холдинг «Сары Арка Групп» приступил к строительству текстильного комплекса в Караганде.",
     "Сары Арка Групп"),
    ("Японская корпорация «Мидори Тек» приняла решение открыть завод в Актау.", "Мидори Тек"),
])
def test_projects_a_company_named_in_quotation_marks_owns_its_project(extract, text, owner):
    rec = extract(text)
    assert [names(rec, [v["owner"]])[0] for v in events(rec, "project") if v["owner"]] == [owner], rec["events"]
