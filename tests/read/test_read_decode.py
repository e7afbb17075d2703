"""Encodings and bad inputs: every file either decodes right or is skipped with a clear reason,
and the next file still comes out."""
import codecs
import random
from pathlib import Path

import pytest

from kelisim.errors import InputError
from kelisim.read import Article, Skipped, decode_bytes, read_sources

DATA = Path(__file__).parent / "data"
RU = (DATA / "ru_transit_talks.txt").read_text(encoding="utf-8")
EN = (DATA / "en_egov_visit.txt").read_text(encoding="utf-8")
KK = (DATA / "kk_university_meeting.txt").read_text(encoding="utf-8")
EN_QUOTES = "Talks in Astana\n\n“We agreed on the route – and on the timetable,” the minister said.\n"


@pytest.mark.parametrize(
    "text, data, encoding",
    [
        (RU, RU.encode("utf-8"), "utf-8"),
        (RU, codecs.BOM_UTF8 + RU.encode("utf-8"), "utf-8-sig"),
        (RU, RU.encode("utf-16"), "utf-16"),
        (RU, codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16"),
        (RU, RU.encode("utf-16-le"), "utf-16-le"),
        (RU, RU.encode("utf-16-be"), "utf-16-be"),
        (EN, EN.encode("utf-16-le"), "utf-16-le"),
        (KK, KK.encode("utf-16-le"), "utf-16-le"),
        (RU, RU.encode("cp1251"), "cp1251"),
        (RU.replace("\n", "\r\n"), RU.replace("\n", "\r\n").encode("cp1251"), "cp1251"),
        (EN_QUOTES, EN_QUOTES.encode("cp1252"), "cp1251"),  # cp1251 and cp1252 share these quotes
    ],
    ids=["utf-8", "utf-8-sig", "utf-16-bom-le", "utf-16-bom-be", "utf-16-le", "utf-16-be",
         "utf-16-le-en", "utf-16-le-kk", "cp1251", "cp1251-crlf", "cp1252-quotes"],
)
def test_decode_reads_each_encoding(tmp_path, text, data, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    [article] = read_sources([str(path)])
    assert isinstance(article, Article)
    assert article.encoding == encoding
    assert article.text == text.replace("\r\n", "\n")
    assert article.source == str(path)


def test_decode_cp1251_russian_news_comes_out_right():
    text, encoding = decode_bytes(RU.encode("cp1251"), "ru.txt")
    assert encoding == "cp1251"
    assert "Транскаспийского международного транспортного маршрута" in text


def test_decode_uses_a_declared_charset_after_utf8():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Le président a visité l\'école.</p></body></html>'
    text, encoding = decode_bytes(page.encode("latin-1"), "p.html", declared="iso-8859-1")
    assert (text, encoding) == (page, "iso8859-1")


def test_decode_keeps_utf8_with_a_stray_bad_byte():
    ru = RU.encode("utf-8")
    cut = ru[:ru.index("2026 года".encode()) + 8]  # a download cut inside the letter 'о'
    text, encoding = decode_bytes(cut + b"\n" + EN.encode("utf-8").replace(b"Tuesday", b"Tues\xffday"), "x.txt")
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 2
    assert "до конца 2026 г\ufffd\n" in text and "Tues\ufffdday" in text


@pytest.mark.parametrize(
    "data, reason",
    [
        ("Давно обсуждаемый вопрос о транзите грузов решён на переговорах в Астане.".encode("koi8-r"),
         "cannot be decoded as UTF-8, UTF-16 or cp1251"),
        ("Le président a visité l'école de Genève en été.".encode("latin-1"),
         "cannot be decoded as UTF-8, UTF-16 or cp1251"),
        (codecs.BOM_UTF8 + b"\xff\xfe broken", "cannot be decoded"),
    ],
    ids=["koi8-r", "latin-1", "bad-utf-8-after-bom"],
)
def test_decode_refuses_what_it_would_garble(data, reason):
    with pytest.raises(InputError, match=reason) as caught:
        decode_bytes(data, "x.txt")
    assert caught.value.source == "x.txt"


BAD_INPUTS = [
    ("empty", b"", None, "file is empty"),
    ("bom-only", codecs.BOM_UTF8, None, "file is empty"),
    ("whitespace", b"  \n\t\r\n  ", None, "file holds only whitespace"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8, None,
     "looks binary (NUL bytes), not a text article"),
    ("random", random.Random(7).randbytes(4096), None, "looks binary"),
    ("controls", bytes(range(1, 9)) * 50 + b"text", None, "looks binary (control characters)"),
    ("latin-1", "Le président a visité l'école.".encode("latin-1"), None,
     "cannot be decoded as UTF-8, UTF-16 or cp1251"),
    ("oversized", b"x" * 100, 50, "100 bytes is over the 50 bytes limit; raise it with --max-bytes"),
]


@pytest.mark.parametrize("name, data, max_bytes, reason", BAD_INPUTS, ids=[row[0] for row in BAD_INPUTS])
def test_decode_skips_bad_input_and_goes_on(tmp_path, name, data, max_bytes, reason):
    bad, good = tmp_path / "1_bad.txt", tmp_path / "2_good.txt"
    bad.write_bytes(data)
    good.write_text("Talks in Astana\n\nThe ministers met.", encoding="utf-8")
    limit = {"max_bytes": max_bytes} if max_bytes else {}
    skipped, article = read_sources([str(tmp_path)], **limit)
    assert skipped == Skipped(str(bad), skipped.reason)
    assert reason in skipped.reason
    assert str(skipped) == f"{bad}: skipped: {skipped.reason}"
    assert isinstance(article, Article) and article.title == "Talks in Astana"


def test_decode_skips_a_missing_path_and_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Talks in Astana\n", encoding="utf-8")
    missing, article = read_sources([str(tmp_path / "missing.txt"), str(good)])
    assert str(missing) == f"{tmp_path / 'missing.txt'}: skipped: no such file"
    assert article.title == "Talks in Astana"


def test_decode_skips_an_oversized_file_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as file:
        file.truncate(1 << 34)  # 16 GB, sparse: reading it would take minutes and all the memory
    [skipped] = read_sources([str(huge)])
    assert skipped.reason == "16 GB is over the 5 MB limit; raise it with --max-bytes"
