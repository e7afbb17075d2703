"""Paths, folders and standard input: what is read, in what order, and that it streams."""
import io
import sys
import tracemalloc
from pathlib import Path

import pytest

from kelisim.errors import InputError
from kelisim.read import Article, Skipped, read_sources, read_text_bytes

DATA = Path(__file__).parent / "data"


def article_file(path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\nThe ministers met.\n", encoding="utf-8")


def test_sources_walk_folders_recursively_in_sorted_order(tmp_path):
    for name in ["b/2.txt", "a/z.txt", "a/sub/y.text", "a.txt", "10.txt", "B.TXT",
                 ".hidden.txt", ".git/x.txt", "a/.cache/c.txt", "notes.md", "000.gold.json", "a/data.csv"]:
        article_file(tmp_path / name, name)
    sources = [item.source for item in read_sources([str(tmp_path)])]
    assert sources == [str(tmp_path / name) for name in
                       ["10.txt", "B.TXT", "a/sub/y.text", "a/z.txt", "a.txt", "b/2.txt"]]


def test_sources_read_the_bundled_articles_in_order():
    items = list(read_sources([str(DATA)]))
    assert [Path(item.source).name for item in items] == [
        "en_egov_visit.txt", "kk_university_meeting.txt", "ru_transit_talks.txt"]
    assert [item.date for item in items] == [None, "2025-05-20", "2025-10-14"]
    assert items[1].title == "Қазақстан мен Оңтүстік Корея білім беру саласындағы ынтымақтастықты кеңейтеді"


def test_sources_read_each_format_of_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nText.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "From JSON."}\n', encoding="utf-8")
    (tmp_path / "c.htm").write_text("<title>Page</title><p>From HTML.</p>", encoding="utf-8")
    (tmp_path / "d.xml").write_text('<rss version="2.0"><channel><item><title>Item</title>'
                                    "<link>https://example.com/1</link></item></channel></rss>", encoding="utf-8")
    formats = [item.meta["format"] for item in read_sources([str(tmp_path)])]
    assert formats == ["text", "jsonl", "html", "feed"]


def test_sources_read_a_named_file_whatever_its_suffix(tmp_path):
    path = tmp_path / "notes.md"
    article_file(path, "Talks in Astana")
    [article] = read_sources([path])
    assert (article.title, article.source) == ("Talks in Astana", str(path))


def test_sources_say_when_a_folder_holds_no_articles(tmp_path):
    (tmp_path / "notes.md").write_text("not an article")
    [skipped] = read_sources([str(tmp_path)])
    assert skipped.source == str(tmp_path)
    assert skipped.reason.startswith("folder holds no .txt, .text, .jsonl")


@pytest.mark.parametrize(
    "data, title, encoding",
    [
        ("date 2025-10-14 Переговоры в Астане\n\nТекст.".encode("utf-8"), "Переговоры в Астане", "utf-8"),
        ("Переговоры в Астане\r\n\r\nСтороны обсудили транзит.".encode("cp1251"), "Переговоры в Астане", "cp1251"),
        ("Talks in Astana\n\nText.".encode("utf-16"), "Talks in Astana", "utf-16"),
    ],
)
def test_sources_read_plain_text_from_stdin(data, title, encoding):
    [article] = read_sources(["-"], stdin=io.BytesIO(data))
    assert (article.source, article.title, article.encoding) == ("<stdin>", title, encoding)
    assert "\r" not in article.text


def test_sources_read_stdin_by_default(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "Piped."}\n')))
    [article] = read_sources(["-"])
    assert (article.source, article.text) == ("<stdin>:1", "Piped.")


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "file is empty"), (b"x" * 200, "input is over the 100 bytes limit; raise it with --max-bytes")],
)
def test_sources_skip_bad_stdin(data, reason):
    [skipped] = read_sources(["-"], stdin=io.BytesIO(data), max_bytes=100)
    assert skipped == Skipped("<stdin>", reason)


def test_sources_stream_one_file_at_a_time(tmp_path):
    for name in ("1.txt", "2.txt", "3.txt"):
        article_file(tmp_path / name, name)
    items = read_sources([str(tmp_path)])
    assert next(items).title == "1.txt"
    (tmp_path / "3.txt").unlink()  # not read yet, so its loss shows when its turn comes
    assert next(items).title == "2.txt"
    assert next(items) == Skipped(str(tmp_path / "3.txt"), "no such file")


def test_sources_keep_memory_flat_over_a_large_folder(tmp_path):
    body = "Стороны обсудили транзит и цифровизацию таможенных процедур. " * 40
    for n in range(2000):
        (tmp_path / f"{n:05d}.txt").write_text(f"Заголовок {n}\n\n{body}", encoding="utf-8")
    total = 0
    tracemalloc.start()
    try:
        for article in read_sources([str(tmp_path)]):
            assert isinstance(article, Article)
            total += len(article.text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total > 2000 * len(body)  # about 9 MB of text went through ...
    assert peak < 2 * 1024 * 1024  # ... and never more than a little of it was held at once


def test_read_text_bytes_reads_one_article():
    article = read_text_bytes("date 2025-10-14 Переговоры\n\nТекст.".encode("cp1251"), "upload")
    assert (article.title, article.date, article.encoding, article.source) == (
        "Переговоры", "2025-10-14", "cp1251", "upload")
    page = read_text_bytes(b"<!doctype html><title>Page</title><p>One.</p><p>Two.</p>", "upload.html")
    assert (page.meta["format"], page.text) == ("html", "Page\n\nOne.\n\nTwo.")


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "file is empty"), (b"\x00\x01\x02\x03" * 10, "looks binary"), (b"x" * 11, "over the 10 bytes limit"),
     (b'<rss version="2.0"><channel></channel></rss>', "read it with read_sources")],
)
def test_read_text_bytes_raises_for_what_it_cannot_read(data, reason):
    with pytest.raises(InputError, match=reason):
        read_text_bytes(data, "upload", max_bytes=10 if len(data) == 11 else 1000)
