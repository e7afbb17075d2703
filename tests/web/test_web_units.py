"""The pieces of the pages that need no browser: highlighting by offsets, the language and its
plurals, vocabularies in words, sources without server paths, the audit log's changes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kelisim.store.review_fields import COMMITMENT_STAGES, DOC_TYPES, FIELDS, KINDS, MODALITIES, MODES, SECTORS
from kelisim.web.audit_view import changes
from kelisim.web.highlight import body_start, pieces
from kelisim.web.i18n import PLURAL_FORMS, Translator, choose, plural, strings
from kelisim.web.sources import source_label

TEMPLATES = Path(__file__).resolve().parents[2] / "kelisim" / "web" / "templates"


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
    assert Translator("ru")("board.days_left", n=3) == "осталось 3 дня"


@pytest.mark.parametrize("n, ru, en", [
    (0, "событий", "events"), (1, "событие", "event"), (2, "события", "events"), (4, "события", "events"),
    (5, "событий", "events"), (11, "событий", "events"), (12, "событий", "events"), (14, "событий", "events"),
    (21, "событие", "events"), (22, "события", "events"), (25, "событий", "events"), (101, "событие", "events"),
    (111, "событий", "events"), (1000, "событий", "events"),
])
def test_web_plural_forms_of_a_count(n, ru, en):
    assert Translator("ru")("count.events", n=n) == ru
    assert Translator("en")("count.events", n=n) == en


@pytest.mark.parametrize("lang, n, category", [
    ("ru", 1, "one"), ("ru", 3, "few"), ("ru", 13, "many"), ("ru", 23, "few"), ("ru", 0, "many"),
    ("en", 1, "one"), ("en", 0, "other"), ("en", 21, "other"),
])
def test_web_plural_rule(lang, n, category):
    assert plural(lang, n) == category


@pytest.mark.parametrize("key, n, ru, en", [
    ("board.days_left", 1, "остался 1 день", "1 day left"),
    ("board.overdue_by", 22, "просрочено на 22 дня", "overdue by 22 days"),
    ("board.silent", 365, "нет новостей 365 дней", "no news for 365 days"),
    ("actor.shared", 2, "2 общих события", "2 shared events"),
])
def test_web_counted_sentences(key, n, ru, en):
    assert Translator("ru")(key, n=n) == ru and Translator("en")(key, n=n) == en


def test_web_every_counted_string_has_all_its_forms():
    table = strings()
    counted = [k for k, v in table["en"].items() if "|" in v]
    assert "count.events" in counted and "board.days_left" in counted
    for key in counted:
        for lang in ("en", "ru"):
            assert table[lang][key].count("|") == len(PLURAL_FORMS[lang]) - 1, (lang, key)


def test_web_every_key_a_template_names_is_in_russian():
    keys = set()
    for path in TEMPLATES.glob("*.html"):
        keys |= set(re.findall(r"""\bt\(["']([\w.]+)["']""", path.read_text(encoding="utf-8")))
    missing = sorted(k for k in keys if not k.endswith(".") and not Translator("ru").has(k))   # "x." is a prefix
    assert len(keys) > 80 and not missing


@pytest.mark.parametrize("field, values", [
    ("modality", MODALITIES), ("mode", MODES), ("doc_type", DOC_TYPES), ("kind", KINDS),
    ("stage", COMMITMENT_STAGES), ("sectors", SECTORS), ("direct", (True, False)),
])
def test_web_every_vocabulary_value_is_in_words(field, values):
    ru = Translator("ru")
    for v in values:
        shown = ru.value(field, v)
        assert shown != str(v) and not re.search(r"[A-Za-z]", shown), (field, v, shown)


def test_web_every_correctable_field_has_a_label():
    ru = Translator("ru")
    for name in {f for fs in FIELDS.values() for f in fs}:
        assert not re.search(r"[A-Za-z]", ru.field(name)), name


@pytest.mark.parametrize("field, value, ru", [
    ("mode", "in_person", "очно"), ("modality", "asserted", "состоялось"), ("doc_type", "roadmap", "дорожная карта"),
    ("kind", "campus", "кампус"), ("sectors", ["energy", "trade"], "Энергетика, Торговля"), ("deadline", "2030", "2030"),
    ("deadline", None, "—"), ("direct", True, "да"),
])
def test_web_values_in_russian(field, value, ru):
    assert Translator("ru").value(field, value) == ru


def test_web_article_text_is_shown_without_its_date_header():
    text = " date 2026-02-27 Министры встретились в Лондоне\n\nМинистры встретились в Лондоне во вторник."
    start = body_start(text)
    assert text[start:].startswith("Министры встретились в Лондоне во")
    head_mention = {"start": 17, "end": 25, "text": "Министры", "actor_id": 1}
    body_ev = {"local_id": "v1", "type": "meeting", "evidence": [
        {"start": 17, "end": 47, "text": text[17:47]}, {"start": start, "end": start + 8, "text": text[start:start + 8]}]}
    out, unplaced = pieces(text, [body_ev], [head_mention], start=start)
    assert "".join(p.text for p in out) == text[start:] and "date" not in out[0].text and unplaced == 0
    assert out[0].events == ["v1"] and out[0].actor is None


@pytest.mark.parametrize("text", ["Министры встретились.\n\nТекст.", "<p>date 2026</p>", "", " date 2026-02-27"])
def test_web_a_text_without_a_header_is_shown_whole(text):
    assert body_start(text) == 0


@pytest.mark.parametrize("source, shown", [
    ("/srv/kelisim/inbox/2026/astana.txt", "astana.txt"),
    ("/home/analyst/news/000_ru_kz-uk-london.txt", "000_ru_kz-uk-london.txt"),
    ("examples/102_en_kz-eu-brussels.txt", "102_en_kz-eu-brussels.txt"),
    ("C:\\Users\\me\\news\\a.txt", "a.txt"),
    ("file:///var/data/feed.xml", "feed.xml"),
    ("/var/feeds/gov.xml#item-12", "gov.xml#item-12"),
    ("https://www.gov.kz/memleket/entities/mfa/press/news/1", "gov.kz/memleket/entities/mfa/press/news/1"),
    ("kazinform.kz/ru/1", "1"),
    ("api:alice", "api:alice"),
    ("", ""),
])
def test_web_sources_never_show_server_paths(source, shown):
    assert source_label(source) == shown


def test_web_audit_change_is_field_from_to():
    before = {"date": "2026-02-27", "modality": "asserted", "attrs": {"deadline": "2027", "sectors": ["energy"]},
              "review": None}
    after = {"date": "2026-02-27", "modality": "asserted", "attrs": {"deadline": "2030", "sectors": ["energy"]},
             "review": "confirmed"}
    assert changes(before, after) == [("review", None, "confirmed"), ("deadline", "2027", "2030")]
    assert changes({"attrs": {"title": ""}}, {"attrs": {}}) == []


@pytest.mark.parametrize("ev, ru", [
    ({"type": "agreement", "label": "roadmap (ЕС, Казахстан)", "attrs": {"doc_type": "roadmap"}},
     "дорожная карта (ЕС, Казахстан)"),
    ({"type": "agreement", "label": "agreement (ЕС)", "attrs": {}}, "соглашение (ЕС)"),
    ({"type": "project", "label": "campus (Heriot-Watt University, Актобе)", "attrs": {"kind": "campus"}},
     "кампус (Heriot-Watt University, Актобе)"),
    ({"type": "meeting", "label": "meeting", "attrs": {}}, "Встреча"),
    ({"type": "agreement", "label": "Дорожная карта (ЕС)", "attrs": {"title": "Дорожная карта", "doc_type": "roadmap"}},
     "Дорожная карта (ЕС)"),
    ({"type": "meeting", "label": "Ермек Кошербаев – Линдси Хойл", "attrs": {}}, "Ермек Кошербаев – Линдси Хойл"),
])
def test_web_event_label_falls_back_on_words_not_codes(ev, ru):
    assert Translator("ru").label(ev) == ru
