"""The second held-out Russian set (tests/extract/heldout_ru): ten articles written for this check,
their gold (spec/GOLD.md) written before kelisim first ran on them, scored as `kelisim eval gold`
scores the dev set.

First run, before any rule was changed for them: headline 0.781 (persons 0.952, meetings 0.714,
statements 0.906, agreements 0.667, projects 0.667) - the honest estimate for unseen news.
After the fixes they prompted: 0.967. The floors sit a little below that, so a change that loses
these events fails here; they guard against regressions and no longer measure generalisation.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout_ru"

# reached: headline 0.967; persons 1.0, meetings 1.0, statements 1.0, agreements 1.0, projects 0.833
# (a set this small moves by ~0.07 per event: each floor allows one lost item)
HEADLINE_FLOOR = 0.94
KIND_FLOORS = {"persons": 0.95, "meetings": 0.90, "statements": 0.95, "agreements": 0.85, "projects": 0.75}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "ru")


def test_heldout2_ru_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=10)


def test_heldout2_ru_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout2_ru_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


@pytest.mark.parametrize("name", [
    "207_ru_plant-construction-stages",         # a ceremony with an akim and an ambassador: no talks
    "208_ru_visit-planned-signing-announced",   # a visit and signings only planned
    "210_ru_museum-exhibition",                 # culture: quotes, no diplomatic event
])
def test_heldout2_ru_planned_and_cultural_news_invent_no_meeting_or_agreement(heldout, name):
    row = heldout["per_document"][name]
    assert all(row[kind][1] == 0 for kind in ("meetings", "agreements")), row
