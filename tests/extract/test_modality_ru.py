"""Signings and meetings announced, expected or being prepared are planned, not asserted."""
from __future__ import annotations

import pytest

from tests.conftest import events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Президент Армении Ваган Хачатурян анонсировал подписание декларации о стратегическом партнерстве с Грузией.",
    "Стороны ожидают подписание соглашения о свободной торговле между Арменией и Грузией.",
    "Готовится подписание меморандума о сотрудничестве между Арменией и Грузией.",
])
def test_modality_a_signing_announced_or_expected_is_planned(extract, text):
    ags = events(extract(text), "agreement")
    assert ags and all(a["modality"] == "planned" for a in ags), ags


def test_modality_a_signing_told_as_done_stays_asserted(extract):
    ags = events(extract("Армения и Грузия подписали декларацию о стратегическом партнерстве."), "agreement")
    assert ags and ags[0]["modality"] == "asserted", ags
