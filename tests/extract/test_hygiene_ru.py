"""Entity hygiene in Russian news: a person's state from the evidence, not a default."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _person(rec: dict, name: str) -> dict:
    return next(e for e in rec["entities"] if e["type"] == "PER" and e["name"] == name)


@pytest.mark.parametrize("text, name, country", [
    # the host state fills most of the article, but a later description names the guest's state
    ("Сотрудничество с дружественной Арменией будет расширяться. Об этом заявил президент Жоэль "
     "Фурнье на переговорах в Ереване с армянским коллегой Ваграмом Петросяном.\n\n"
     "Президент Франции также посетил мемориал в Армении. Армения и Армения.", "Жоэль Фурнье", "FR"),
])
def test_hygiene_no_home_state_default_against_a_later_description(extract, text, name, country):
    assert _person(extract(text), name)["country"] == country
