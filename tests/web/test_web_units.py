"""The pieces of the pages that need no browser: highlighting by offsets and the language."""
from __future__ import annotations

import pytest

from kelisim.web.highlight import pieces
from kelisim.web.i18n import Translator, choose, strings


def test_web_highlight_cuts_the_text_at_evidence_and_mentions():
    text = "Кошербаев встретился с Хойлом. Стороны подписали карту."
    events = [{"local_id": "v1", "type": "meeting", "evidence": [{"start": 0, "end": 30, "text": text[:30]}]}]
    mentions = [{"start": 0, "end": 9, "text": "Кошербаев", "actor_id": 7}]
    out, unplaced = pieces(text, events, mentions)
    assert "".join(p.text for p in out) == text and unplaced == 0
    assert (out[0].text, out[0].actor, out[0].events, out[0].anchors) == ("Кошербаев", 7, ["v1"], ["v1"])
    assert out[1].events == ["v1"] and out[1].actor is None and out[1].anchors == []
    assert out[-1].events == []


def test_web_highlight_leaves_out_spans_that_do_not_fit_the_text():
    text = "<script>alert(1)</script> text"
    events = [{"local_id": "v1", "type": "statement", "evidence": [{"start": 0, "end": 8, "text": "другое"},
                                                                   {"start": 5, "end": 999, "text": "x"}]}]
    out, unplaced = pieces(text, events, [])
    assert unplaced == 2 and [p.text for p in out] == [text]


@pytest.mark.parametrize("query, cookie, accept, lang", [
    ("ru", None, "en", "ru"),
    (None, "ru", "en-GB", "ru"),
    (None, None, "ru-RU,ru;q=0.9,en;q=0.8", "ru"),
    (None, None, "de-DE,en;q=0.5,ru;q=0.4", "en"),
    (None, None, "kk-KZ", "en"),
    ("xx", None, None, "en"),
])
def test_web_language_from_query_cookie_or_accept_language(query, cookie, accept, lang):
    assert choose(query, cookie, accept) == lang


def test_web_every_string_has_both_languages():
    table = strings()
    assert table["en"].keys() == table["ru"].keys()
    assert all(table["ru"][k] for k in table["ru"])
    assert Translator("ru")("board.days_left", n=3) == "осталось дней: 3"
