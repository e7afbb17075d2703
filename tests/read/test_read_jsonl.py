"""JSON lines: one article a line; a bad line is skipped with its number and the rest go on."""
import codecs
import io
import json

import pytest

from kelisim.read import Article, Skipped, read_sources
from kelisim.read.jsonl import read_jsonl, split_lines


def write_lines(tmp_path, lines, name="corpus.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_jsonl_skips_bad_lines_in_the_middle_and_goes_on(tmp_path):
    path = write_lines(tmp_path, [
        json.dumps({"text": "Стороны обсудили транзит.", "title": "Переговоры", "date": "2025-10-14"}),
        '{"text": "unterminated',
        json.dumps({"title": "Headline without a body"}),
        json.dumps({"text": "   "}),
        "[1, 2, 3]",
        json.dumps({"text": 42}),
        json.dumps({"text": None, "title": "Null text"}),
        json.dumps({"text": "Text.", "title": ["not", "a", "string"]}),
        "",
        json.dumps({"text": "The ministers met.", "source": "https://example.kz/news/1"}),
    ])
    items = list(read_sources([path]))
    assert [type(item).__name__ for item in items] == ["Article"] + ["Skipped"] * 7 + ["Article"]
    assert [item.source for item in items] == [f"{path}:{n}" for n in range(1, 9)] + ["https://example.kz/news/1"]
    reasons = [item.reason for item in items if isinstance(item, Skipped)]
    assert reasons[0].startswith("not valid JSON (")
    assert reasons[1:] == ['has no "text" field', '"text" is empty',
                           'not a JSON object; write each line as {"text": "...", "title": "..."}',
                           '"text" is not a string', '"text" is not a string', '"title" is not a string']
    first = items[0]
    assert (first.text, first.title, first.date) == ("Стороны обсудили транзит.", "Переговоры", "2025-10-14")
    assert first.meta == {"format": "jsonl", "line": 1, "title_span": None, "body_start": 0}
    assert items[-1].meta["line"] == 10


@pytest.mark.parametrize(
    "date, expected",
    [
        ("2025-10-14", "2025-10-14"),
        ("2025-10-14T23:30:00+05:00", "2025-10-14"),
        ("2025-10-14T01:00:00Z", "2025-10-14"),
        ("2025-10-14 09:15", "2025-10-14"),
        (None, None),
        ("14.10.2025", None),
        ("2025-02-30", None),
    ],
)
def test_jsonl_keeps_the_date_part(date, expected):
    [article] = read_jsonl([json.dumps({"text": "Text.", "date": date}).encode()], "c.jsonl", max_bytes=10_000)
    assert article.date == expected
    assert ("bad_date" in article.meta) == (date is not None and expected is None)


def test_jsonl_text_is_used_as_is_but_for_line_ends():
    text = "  Заголовок\r\n\r\nПервый абзац.\rВторой  абзац.\n  "
    [article] = read_jsonl([json.dumps({"text": text}).encode()], "c.jsonl", max_bytes=10_000)
    assert article.text == "  Заголовок\n\nПервый абзац.\nВторой  абзац.\n  "


def test_jsonl_replaces_half_surrogate_pairs_one_for_one():
    [article] = read_jsonl([b'{"text": "Bad \\ud800 char, good \\ud83d\\ude00.", "title": "\\udfff"}'],
                           "c.jsonl", max_bytes=10_000)
    assert article.text == "Bad \ufffd char, good \U0001F600."
    assert article.title == "\ufffd"
    assert article.text.encode("utf-8")


def test_jsonl_keeps_a_given_id_and_extra_fields():
    line = json.dumps({"text": "Text.", "id": 17, "lang": "en", "url": "https://example.com/a"})
    [article] = read_jsonl([codecs.BOM_UTF8 + line.encode() + b"\r\n"], "c.jsonl", max_bytes=10_000)
    assert article.id == "17"
    assert article.meta["extra"] == {"lang": "en", "url": "https://example.com/a"}


def test_jsonl_limits_each_line_not_the_file(tmp_path):
    path = write_lines(tmp_path, [json.dumps({"text": "short one"}), json.dumps({"text": "x" * 500}),
                                  json.dumps({"text": "short two"})])
    items = list(read_sources([path], max_bytes=100))
    assert [item.text for item in items if isinstance(item, Article)] == ["short one", "short two"]
    assert str(items[1]) == f"{path}:2: skipped: line 512 bytes is over the 100 bytes limit; raise it with --max-bytes"


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "file is empty"), (b"\n  \n\n", "file holds only whitespace"),
     ('{"text": "x"}\n'.encode("utf-16"), "JSON lines must be UTF-8")],
)
def test_jsonl_skips_a_file_with_nothing_to_read(tmp_path, data, reason):
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    [skipped] = read_sources([str(path)])
    assert skipped.source == str(path)
    assert reason in skipped.reason


def test_jsonl_skips_a_line_that_is_not_utf8():
    data = '{"text": "Переговоры"}\n'.encode("cp1251") + b'{"text": "ok"}\n'
    skipped, article = read_jsonl([data], "c.jsonl", max_bytes=1000)
    assert skipped == Skipped("c.jsonl:1", "line is not valid UTF-8; JSON lines must be UTF-8")
    assert article.text == "ok"


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 10_000])
def test_jsonl_splits_lines_across_any_chunking(size):
    data = b'{"a": 1}\r\n\n' + b"y" * 40 + b'\n{"b": 2}'
    chunks = [data[i:i + size] for i in range(0, len(data), size)]
    assert list(split_lines(chunks, 20)) == [
        (1, b'{"a": 1}', 9), (2, b"", 0), (3, None, 40), (4, b'{"b": 2}', 8),
    ]


def test_jsonl_streams_from_stdin():
    stdin = io.BytesIO(b'  \n{"text": "First."}\n{"text": "Second.", "title": "Two"}\n')
    first, second = read_sources(["-"], stdin=stdin)
    assert (first.source, first.text) == ("<stdin>:2", "First.")
    assert (second.source, second.title) == ("<stdin>:3", "Two")
