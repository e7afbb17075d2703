"""The fifth held-out Russian set (tests/extract/heldout_ru4): six invented articles about
projects told in varied ways - a construction start during a visit, a regional investment forum
with a list of signed projects, a hydropower plant on a bank loan, a school and a bridge put
into service, a compressor station finished and a plant under way, a plant planned for 2027 -
their gold (spec/GOLD.md) written and committed before kelisim first ran on them.

First run, before any rule was changed for them (the honest estimate for unseen news): headline
0.610 (persons 1.0, meetings 0.667, statements 1.0, agreements 0.0, projects 0.381). After the
fixes they prompted (the rule cases below): 0.843 (persons 1.0, meetings 0.857, statements 1.0,
agreements 0.857, projects 0.500). The floors sit a little below that.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.conftest import events, names
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout_ru4"

# reached: headline 0.843; persons 1.0, meetings 0.857, statements 1.0, agreements 0.857, projects 0.500
# (six articles: one event moves a kind by ~0.1-0.2; the floors allow small slips, not a lost item)
HEADLINE_FLOOR = 0.80
KIND_FLOORS = {"persons": 0.95, "meetings": 0.80, "statements": 0.95, "agreements": 0.80, "projects": 0.45}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "ru")


def test_heldout5_ru_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=6)


def test_heldout5_ru_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout5_ru_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


# ---------------------------------------------------------------- the rules the set showed missing

def _meetings(rec: dict) -> list[set[str]]:
    """Who met, by first name (the case of a surname is the persons' concern, not this rule's)."""
    return [{n.split()[0] for n in names(rec, v["participants"])} for v in events(rec, "meeting")]


@pytest.mark.parametrize("text", [
    "Об этом сообщил министр экономики Латвии Андрис Калныньш после переговоров с министром торговли"
    " Чили Педро Сотомайором.",
    "Министр экономики Латвии Андрис Калныньш по итогам переговоров с министром торговли Чили Педро"
    " Сотомайором заявил о росте взаимной торговли.",
])
def test_meetings_talks_told_through_what_followed_them_are_a_meeting(extract, text):
    rec = extract("Рига, 3 марта.\n\n" + text)
    assert _meetings(rec) == [{"Андрис", "Педро"}], rec["events"]


def test_meetings_the_sides_in_talks_told_before_add_no_second_meeting(extract):
    rec = extract("Министр экономики Латвии Андрис Калныньш встретился с министром торговли Чили Педро"
                  " Сотомайором.\n\nВ ходе переговоров с министром торговли Чили Педро Сотомайором стороны"
                  " обсудили поставки фруктов.")
    assert len(events(rec, "meeting")) == 1, rec["events"]


@pytest.mark.parametrize("text, owner", [
    ("Среди проектов — строительство турецкой компанией «Анадолу Чименто» цементного завода в Навои.",
     "Анадолу Чименто"),
    ("Хоким сообщил о начале возведения корейской корпорацией «Сонхва Стил» металлургического завода"
     " в Андижане.", "Сонхва Стил"),
])
def test_projects_the_instrumental_agent_of_the_building_builds_it(extract, text, owner):
    rec = extract(text)
    owners = [names(rec, [v["owner"]])[0] for v in events(rec, "project") if v["owner"]]
    assert owners == [owner], rec["events"]


@pytest.mark.parametrize("kind_noun, bank", [
    ("банка", "Азиатский банк развития"),
    ("фонда", "Саудовский фонд развития"),
])
def test_agreements_a_signer_named_by_his_bodys_kind_signs_for_that_body(extract, kind_noun, bank):
    rec = extract(f"{bank} выделит Монголии кредит на строительство дороги.\n\nКредитное соглашение подписали"
                  f" министр финансов Монголии Батбаяр Ганбат и вице-президент {kind_noun} Джон Миллер.")
    parties = [names(rec, [p])[0] for v in events(rec, "agreement") for p in v["parties"]]
    assert bank in parties, rec["events"]


@pytest.mark.parametrize("text, state", [
    ("Кроме того, индийская компания «Тата Пауэр» подписала с министерством соглашение.", "IN"),
    ("Строительство ведет турецкая корпорация «Кылыч Иншаат».", "TR"),
    ("Завод построит японский концерн «Ямада Сэйки».", "JP"),
])
def test_entities_a_state_adjective_before_the_company_noun_gives_the_company_its_state(extract, text, state):
    rec = extract(text)
    assert [e["country"] for e in rec["entities"] if e["type"] == "ORG"] == [state], rec["entities"]


def test_projects_a_headline_naming_the_states_yields_to_the_builder_in_the_body(extract):
    rec = extract(" date 2026-03-05 Грузия и Япония завершили строительство моста\n\nТбилиси, 5 марта. Завершено строительство"
                  " моста через реку Кура.\n\nМост построила японская корпорация «Хаяси Кенсецу».")
    owners = [names(rec, [v["owner"]])[0] if v["owner"] else None for v in events(rec, "project")]
    assert owners == ["Хаяси Кенсецу"], rec["events"]
