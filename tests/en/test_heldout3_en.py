"""The third held-out English set (tests/en/heldout3): ten articles in styles the first two sets
used less (a ministry release with a long official title and a delegation list, a speaker's
meeting with a parliamentary delegation, a business forum whose signings are a bulleted list, an
ambassador's interview with quotes over several paragraphs, a phone call told by both sides, a
road financed by loans and grants, a progress report on a plant under construction, a weather
warning with no event), their gold annotations (spec/GOLD.md) written before the first run,
scored the way `kelisim eval gold` scores them.

First run, before any rule was changed for it: headline 0.719; persons 0.918, meetings 0.824,
statements 0.918, agreements 0.600, projects 0.333. The floors sit a little below what the rules
reach after the corrections made on this set, so they are regression guards, not a measure of
quality on unseen news.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout3"

# reached: headline 0.914; persons 1.000, meetings 1.000, statements 1.000, agreements 0.800, projects 0.769
HEADLINE_FLOOR = 0.89
KIND_FLOORS = {"persons": 0.97, "meetings": 0.97, "statements": 0.97, "agreements": 0.77, "projects": 0.74}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "en")


def test_heldout3_en_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=10)


def test_heldout3_en_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout3_en_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


def test_heldout3_en_weather_warning_invents_no_events(heldout):
    row = heldout["per_document"]["328_en_kz-snow-frost-warning"]     # a forecast and a forecaster's quote
    assert all(row[kind][1] == 0 for kind in ("meetings", "agreements", "projects")), row
