"""The fifth held-out English set (tests/en/heldout5): eight invented articles weighted to
meetings, statements and persons, in the styles of the agencies that cover Central Asia (Trend,
Kazinform, AKIpress, UzDaily, Xinhua, The Astana Times, a ministry's press release): talks "held
between" a minister and a counterpart named by office only, a phone call of two prime ministers
with a quote over two paragraphs and a pronoun after it, bilateral meetings "on the sidelines"
with three counterparts in one sentence, a speaker receiving a delegation "led by" its chairman
(a Kyrgyz name with "uulu"), a president receiving a company's CEO, a ministry's condolences and
its spokesperson, a Xinhua report of talks in reported speech, and a planned summit with no
events at all. Gold annotations (spec/GOLD.md) were written and committed before the first run.

First run, before any rule was changed for it: headline 0.534; persons 1.000, meetings 0.842,
statements 0.826, agreements 0.000, projects 0.000 (both kinds have no gold item, so one false
agreement, from a quote about "the agreements signed during the last visit", and two false
projects, "the building of schools and hospitals" and "jointly build the Belt and Road", each
set its F1 to zero).

The invented sentences for each rule added after that run are in test_heldout5_rules_en.py.
The floors sit a little below what the rules reach, so they guard against regressions; they
do not measure quality on unseen news. Agreements and projects have no gold item here: any
false one drops them to 0, so their floors ask for none.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

HELDOUT = Path(__file__).resolve().parent / "heldout5"

# reached: headline 0.996; persons 1.000, meetings 1.000, statements 0.980, agreements 1.000, projects 1.000
# (the one statement missed is "The ministry said that ...": a ministry that only says is read as a source)
HEADLINE_FLOOR = 0.96
KIND_FLOORS = {"persons": 0.97, "meetings": 0.97, "statements": 0.95, "agreements": 0.99, "projects": 0.99}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "en")


@pytest.mark.slow
def test_heldout5_en_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=8)


@pytest.mark.slow
def test_heldout5_en_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_heldout5_en_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]
