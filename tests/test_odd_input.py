"""Odd input never ends a run: characters no model knows are read as unknown words, and an
article the pipeline still fails on is reported on one line and left out while the rest go on.

The property test feeds extraction arbitrary Unicode (astral planes included) and news
sentences of our own with characters inserted, swapped and cut; it runs derandomized with a
bounded number of examples (tests/conftest.py), so CI sees the same inputs every time."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kelisim.doc import Doc
from kelisim.errors import InputError
from kelisim.nlp.normalize import parse
from kelisim.pipeline import Extractor, Pipeline
from kelisim.read import Article, parse_plain_text

TANGUT = "\U00017941"

SENTENCES = [
    "Министр иностранных дел Казахстана Ермек Кошербаев встретился в Лондоне с министром Великобритании.",
    "Президент Узбекистана заявил, что стороны подпишут соглашение о поставках критических минералов до 2030 года.",
    "The Foreign Secretary met his Kazakh counterpart in Astana on Monday to discuss transport corridors.",
    "Қазақстан Президенті Қасым-Жомарт Тоқаев Түркия Сыртқы істер министрін қабылдады.",
    "По итогам переговоров подписан меморандум о строительстве завода в Шымкенте стоимостью $200 млн.",
]


@pytest.mark.parametrize("word", [TANGUT + "слово", "x" + TANGUT, TANGUT, "\U00018d00" + "Astana"])
def test_normalize_parse_reads_characters_without_a_unicode_name_as_unknown(word):
    # pymorphy asks unicodedata for each letter's name, and Python has none for Tangut.
    parses = parse(word)
    assert parses and parses[0].word == word and parses[0].normal_form == word


class FailOn:
    """A stage that fails on any article containing `word`, as a bug in a real stage would."""
    name, requires, assigns, langs = "fail_on", ("text",), (), None

    def __init__(self, word: str):
        self.word = word

    def __call__(self, doc: Doc) -> Doc:
        if self.word in doc.text:
            raise RuntimeError(f"cannot handle {self.word!r}")
        return doc


def failing_extractor(word: str) -> Extractor:
    from kelisim.stages import DetectLanguage
    extractor = Extractor()
    extractor._pipeline = Pipeline([DetectLanguage(), FailOn(word)])
    return extractor


def test_pipeline_failure_in_a_batch_loses_only_the_bad_article():
    articles = [Article(text=f"Статья номер {i}. " + ("BOOM" if i == 3 else "Обычный текст."), source=f"a{i}.txt")
                for i in range(7)]
    failures = []
    records = list(failing_extractor("BOOM").records(articles, batch_size=4, on_error=failures.append))
    assert [r["source"] for r in records] == [f"a{i}.txt" for i in range(7) if i != 3]
    assert [f.source for f in failures] == ["a3.txt"]
    assert "RuntimeError: cannot handle 'BOOM'" in str(failures[0])
    assert "\n" not in str(failures[0])


def test_pipeline_failure_without_on_error_still_raises():
    with pytest.raises(RuntimeError):
        list(failing_extractor("BOOM").records([Article(text="BOOM", source="x")]))


def mutated(sentence_index: int, edits: list[tuple[int, int, str]]) -> str:
    text = SENTENCES[sentence_index]
    for kind, pos, chars in edits:
        pos %= len(text) + 1
        text = (text[:pos] + chars + text[pos:] if kind == 0 else
                text[:pos] + chars + text[pos + len(chars):] if kind == 1 else text[:pos])
    return text


def as_article(text: str, source: str) -> Article:
    """As a reader gives it (title and date lines read), or the bare text where a reader would
    skip it (blank), since the API takes any text."""
    try:
        return parse_plain_text(text, source)
    except InputError:
        return Article(text=text, source=source)


odd_chars = st.text(st.characters(codec=None, exclude_categories=("Cs",)), min_size=1, max_size=6)
mutations = st.builds(mutated, st.integers(0, len(SENTENCES) - 1),
                      st.lists(st.tuples(st.integers(0, 2), st.integers(0, 400), odd_chars), max_size=4))
texts = st.one_of(st.text(st.characters(exclude_categories=("Cs",)), max_size=200), mutations)


@pytest.mark.slow
@settings(max_examples=60)
@given(st.lists(texts, min_size=1, max_size=3))
@example([f"Министр {TANGUT}слово встретился с послом."])
@example(["\U0001F600 " * 20, "\u0301\u0301 Ѐ", "ԱՐՄ " + "\U000E0001"])
def test_extract_never_raises_on_odd_text(extractor, texts):
    articles = [as_article(t, f"fuzz{i}.txt") for i, t in enumerate(texts)]
    records = list(extractor.records(articles, batch_size=2))
    assert len(records) == len(articles)


@pytest.mark.slow
def test_api_post_article_with_a_tangut_word_is_stored_not_a_500(tmp_path, extractor):
    from fastapi.testclient import TestClient

    from kelisim.api import Settings, create_app
    from kelisim.api.auth import create_token
    from tests.api.api_helpers import LOCAL
    app = create_app(str(tmp_path / "k.db"), Settings(extractor=extractor))
    auth = {"Authorization": f"Bearer {create_token(app.state.store, 'alice')}"}
    with TestClient(app, client=LOCAL) as client:
        r = client.post("/api/articles", json={"text": SENTENCES[0].replace("встретился", TANGUT + "встретился"),
                                               "title": "Встреча"}, headers=auth)
    app.state.store.close()
    assert r.status_code == 201, r.text


# Text copied from web pages carries marks that show nothing: a zero-width space after a name, a
# left-to-right mark after a title, a byte-order mark at the start. They take a place in the text
# (offsets count them) but must not change what is read.
INVISIBLE_CASES = [
    ("ru", "Переговоры в Астане\n\nПрезидент Казахстана Касым-Жомарт Токаев{z} встретился с "
           "премьер-министром{l} Пакистана Шахбазом Шарифом."),
    ("en", "Talks in Tashkent\n\nPresident Shavkat Mirziyoyev{z} met with Prime Minister{l} "
           "Anwar Ibrahim of Malaysia in Tashkent on Monday."),
    ("kk", "Ақордада кездесу\n\nМемлекет басшысы Қасым-Жомарт Тоқаев{z} Түркия Сыртқы істер "
           "министрі{l} Хакан Фиданды қабылдады."),
]


def _read(extractor, text: str) -> tuple[list[str], list[tuple[str, list[str]]], dict]:
    record = extractor.extract(parse_plain_text(text, "page.txt"))
    names = {e["id"]: e["name"] for e in record["entities"]}
    events = [(v["type"], sorted(names.get(p, p) for p in v.get("participants", []))) for v in record["events"]]
    return sorted(names.values()), events, record


@pytest.mark.parametrize("lang,template", INVISIBLE_CASES, ids=[c[0] for c in INVISIBLE_CASES])
def test_invisible_marks_change_nothing_that_is_read_and_records_quote_the_article(extractor, lang, template):
    plain = template.format(z="", l="")
    marked = "\ufeff" + template.format(z="\u200b", l="\u200e")
    names, events, _ = _read(extractor, plain)
    names_marked, events_marked, record = _read(extractor, marked)
    assert names_marked == names and events_marked == events
    assert events and any(kind == "meeting" for kind, _ in events)
    assert not any(ch in name for name in names_marked for ch in "\u200b\u200e\ufeff")
    spans = [m for e in record["entities"] for m in e["mentions"]] + \
            [s for v in record["events"] for s in v["evidence"]]
    assert all(marked[s["start"]:s["end"]] == s["text"] for s in spans)
    assert any("\u200b" in s["text"] for s in spans)     # an evidence sentence quotes the page as it is
