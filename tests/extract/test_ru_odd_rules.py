"""Rules from reading how Russian news attribute words (the odd half of the dev articles, read
for causes, never copied): a bare "говорится в сообщении" takes up the message named earlier in
its paragraph."""
from __future__ import annotations

import pytest

from tests.conftest import events, names

pytestmark = pytest.mark.slow


def _said(rec: dict) -> list[tuple[str, bool]]:
    return [(names(rec, [v["speaker"]])[0], v["direct"]) for v in events(rec, "statement")]


@pytest.mark.parametrize("text, speaker", [
    ("Как говорится в сообщении Министерства сельского хозяйства Узбекистана, министры обсудили поставки "
     "зерна. \"Стороны договорились расширить торговлю продовольствием\", - говорится в сообщении.",
     "Министерство сельского хозяйства Узбекистана"),
    ("Согласно заявлению МИД Латвии, послу была передана нота. «Подобные действия недопустимы и "
     "противоречат нормам международного права», – говорится в заявлении.", "МИД Латвии"),
])
def test_a_bare_message_noun_takes_up_the_message_named_before(extract, text, speaker):
    said = _said(extract(text))
    assert any(s.split()[0] == speaker.split()[0] and d for s, d in said), said


@pytest.mark.parametrize("text", [
    "Министры обсудили поставки зерна. \"Стороны договорились расширить торговлю продовольствием\", - "
    "говорится в сообщении.",
    "Министр Ойбек Каримов прибыл в Ташкент. \"Стороны договорились расширить торговлю продовольствием\", "
    "- говорится в сообщении.",
])
def test_a_bare_message_noun_with_no_message_before_names_no_one(extract, text):
    assert not [s for s, d in _said(extract(text)) if d], _said(extract(text))
