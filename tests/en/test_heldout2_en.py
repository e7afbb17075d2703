"""The second held-out English set (tests/en/heldout2): ten agency-style articles (datelines with
agency credits, investing verbs, signings in the presence of leaders, office-only counterparts,
quotes running over paragraphs, one article with no event), their gold annotations (spec/GOLD.md)
written before the first run, scored the way `kelisim eval gold` scores them.

First run, before any rule was changed for it: headline 0.768; persons 0.982, meetings 0.750,
statements 0.968, agreements 0.833, projects 0.308. The floors sit a little below what the rules
reach after the corrections made on this set, so they are regression guards, not a measure of
quality on unseen news.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout2"

# reached: headline 0.980; persons 1.000, meetings 0.966, statements 1.000, agreements 1.000, projects 0.933
HEADLINE_FLOOR = 0.95
KIND_FLOORS = {"persons": 0.97, "meetings": 0.93, "statements": 0.95, "agreements": 0.95, "projects": 0.90}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "en")


def test_heldout2_en_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=10)


def test_heldout2_en_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout2_en_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


def test_heldout2_en_trade_statistics_invent_no_events(heldout):
    row = heldout["per_document"]["316_en_ge-foreign-trade-q1"]     # figures and an economist's comment
    assert all(row[kind][1] == 0 for kind in ("meetings", "agreements", "projects")), row
