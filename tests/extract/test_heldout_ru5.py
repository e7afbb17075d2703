"""The sixth held-out Russian set (tests/extract/heldout_ru5): eight invented articles in the
styles of Kazinform, a president's press secretary, Trend, a regional akimat, a ministry's
statement, a state visit, a statistics committee and a foreign ministry - talks told in the
passive with the delegations listed after them, a phone call, quotes brought in by "говорится в
заявлении МИД" and carried over a colon paragraph, agreements signed as a batch or long before,
a memorandum between companies, projects commissioned, started, planned and provided for by a
document, East Asian and hyphenated names, and an article with no events at all - their gold
(spec/GOLD.md) written and committed before kelisim first ran on them.

First run, before any rule was changed for them (the honest estimate for unseen news): headline
0.790 (persons 1.0, meetings 0.667, statements 0.737, agreements 1.0, projects 0.545). After the
fixes they prompted (tests/extract/test_heldout_ru5_rules.py): 1.0 in every kind. The floors sit
a little below that.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout_ru5"

# reached: headline 1.0; persons 1.0, meetings 1.0, statements 1.0, agreements 1.0, projects 1.0
# (eight articles: one event moves a kind by ~0.05-0.2; each floor allows about one lost item)
HEADLINE_FLOOR = 0.95
KIND_FLOORS = {"persons": 0.96, "meetings": 0.9, "statements": 0.95, "agreements": 0.85, "projects": 0.8}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "ru")


def test_heldout_ru5_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=8)


def test_heldout_ru5_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout_ru5_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


def test_heldout_ru5_trade_statistics_invent_no_event(heldout):
    row = heldout["per_document"]["257_ru_uz-stat-foreign-trade"]
    assert all(row[kind][1] == 0 for kind in KINDS), row


def test_heldout_ru5_agreements_signed_long_before_are_not_new(heldout):
    for name in ("253_ru_az-it-socar-eni-memorandum", "258_ru_am-fr-fm-lycee-yerevan"):
        assert heldout["per_document"][name]["agreements"][1] == 0, heldout["per_document"][name]
