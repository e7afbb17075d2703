"""A ministry written in lower case with its state is one body of that state, as its capitalised
form is; alone or in the plural it names no body (kelisim/extract/lower_bodies.py)."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _orgs(rec: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e.get("country") for e in rec["entities"] if e["type"] == "ORG"}


@pytest.mark.parametrize("text, body, state", [
    ("Соглашение подписали министерство энергетики Казахстана и компания «Восток Ойл».",
     "министерство энергетики казахстана", "KZ"),
    ("Меморандум подписали министерство образования и науки Кыргызстана и фонд «Билим».",
     "министерство образования и науки кыргызстана", "KG"),
    ("Об этом говорится в сообщении министерства иностранных дел Турции.",
     "министерство иностранных дел турции", "TR"),
])
def test_a_lower_case_ministry_with_its_state_is_one_body_of_that_state(extract, text, body, state):
    orgs = _orgs(extract(text))
    assert orgs.get(body) == state, orgs


def test_the_body_signs_for_itself_not_its_state(extract):
    rec = extract("Министр Нурлан Оспанов сообщил, что министерство энергетики Казахстана и компания"
                  " «Восток Ойл» подписали соглашение о поставках газа.")
    (agreement,) = events(rec, "agreement")
    assert "министерство энергетики Казахстана" in names(rec, agreement["parties"]), agreement


@pytest.mark.parametrize("text, not_a_body", [
    ("Об этом сообщило министерство.", "министерство"),
    ("Главы правительств Кыргызстана и Узбекистана обсудили вопросы границы.", "правительства кыргызстана"),
])
def test_a_ministry_alone_or_several_governments_name_no_body(extract, text, not_a_body):
    assert not any(name.startswith(not_a_body) for name in _orgs(extract(text))), _orgs(extract(text))
