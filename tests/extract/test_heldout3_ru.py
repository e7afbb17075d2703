"""The third held-out Russian set (tests/extract/heldout_ru2): twenty invented CIS government and
news-agency articles, their gold (spec/GOLD.md) written before kelisim first ran on them, scored
as `kelisim eval gold` scores the dev set. They were written and first run in three batches.

First runs, before any rule was changed for them - the honest estimates for unseen news:
articles 211-220, headline 0.808 (persons 0.979, meetings 0.750, statements 0.897, agreements
0.667, projects 0.750); 221-225, written after the fixes 211-220 prompted, 0.800 (projects 0.0
of two, every other kind 1.0); 226-230, after the fixes 221-225 prompted, 0.834 (persons 0.941,
meetings 0.571, statements 0.857, agreements 1.0, projects 0.800). All twenty with the rules
before this set: 0.842. After the fixes they prompted (test_heldout3_rules_ru.py): 0.981. The
floors sit a little below that, so a change that loses these events fails here; they guard
against regressions and no longer measure generalisation.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kelisim.eval.gold import KINDS
from tests.heldout_support import assert_every_article_annotated_and_extracted, score_heldout

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "heldout_ru2"

# reached: headline 0.981; persons 1.0, meetings 0.970, statements 0.975, agreements 1.0, projects 0.963
# (a set this small moves by ~0.02-0.08 per event: each floor allows about one lost item)
HEADLINE_FLOOR = 0.96
KIND_FLOORS = {"persons": 0.97, "meetings": 0.93, "statements": 0.94, "agreements": 0.93, "projects": 0.90}


@pytest.fixture(scope="module")
def heldout(extractor) -> dict:
    return score_heldout(extractor, HELDOUT, "ru")


def test_heldout3_ru_every_article_is_annotated_and_extracted(heldout):
    assert_every_article_annotated_and_extracted(heldout, HELDOUT, at_least=20)


def test_heldout3_ru_headline_score_stays_above_floor(heldout):
    assert heldout["score"] >= HEADLINE_FLOOR, {k: heldout[k] for k in KINDS}


@pytest.mark.parametrize("kind", KINDS)
def test_heldout3_ru_each_kind_stays_above_its_floor(heldout, kind):
    assert heldout[kind]["f1"] >= KIND_FLOORS[kind], heldout[kind]


@pytest.mark.parametrize("name", [
    "216_ru_az-wind-farm-first-stage",            # a commissioning ceremony: no talks, no signing
    "218_ru_kg-mfa-denies-border-protocol",       # a denied meeting and signing
    "219_ru_samarkand-tourists-nine-months",      # tourism figures and a quote only
    "224_ru_astana-judo-world-championship",      # sport: greetings and quotes
    "227_ru_kz-mfa-condemns-attack",              # a ministry's condemnation and condolences
    "228_ru_kg-gold-plant-cancelled",             # one project cancelled, another under way
])
def test_heldout3_ru_ceremonies_denials_and_figures_invent_no_meeting_or_agreement(heldout, name):
    row = heldout["per_document"][name]
    assert all(row[kind][1] == 0 for kind in ("meetings", "agreements")), row
