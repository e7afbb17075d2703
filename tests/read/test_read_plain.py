"""Plain-text news files: the date line, the headline, and offsets into the unchanged text."""
from pathlib import Path

import pytest

from kelisim.errors import InputError
from kelisim.read import parse_plain_text

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "text, date, title, body",
    [
        ("date 2026-05-14 От переговоров – к общим решениям\n\nТекст.", "2026-05-14",
         "От переговоров – к общим решениям", "\nТекст."),
        (" date 2026-05-14 От переговоров – к общим решениям\nТекст.", "2026-05-14",
         "От переговоров – к общим решениям", "Текст."),
        ("\tdate 2025-10-14   Переговоры в Астане   \nТекст.", "2025-10-14", "Переговоры в Астане", "Текст."),
        ("date 2025-10-14\nПереговоры в Астане\nТекст.", "2025-10-14", "Переговоры в Астане", "Текст."),
        ("date 2025-10-14   \n\n   Talks in Astana  \n\nText.", "2025-10-14", "Talks in Astana", "\nText."),
        ("Date 2025-10-14 Talks in Astana\nText.", "2025-10-14", "Talks in Astana", "Text."),
        ("Talks in Astana\nText.", None, "Talks in Astana", "Text."),
        ("\n\n  Talks in Astana\n\nText.", None, "Talks in Astana", "\nText."),
        ("dated 2025-10-14 Talks in Astana\nText.", None, "dated 2025-10-14 Talks in Astana", "Text."),
        ("date: 2025-10-14\nText.", None, "date: 2025-10-14", "Text."),
        ("Talks in Astana", None, "Talks in Astana", ""),
    ],
)
def test_plain_reads_date_line_and_headline(text, date, title, body):
    article = parse_plain_text(text, "news.txt")
    assert (article.date, article.title) == (date, title)
    start, end = article.meta["title_span"]
    assert article.text[start:end] == title
    assert article.text[article.meta["body_start"]:] == body
    assert article.source == "news.txt"


def test_plain_reads_date_line_with_headline():
    article = parse_plain_text(" date 2026-05-14 От переговоров – к общим решениям\n\nТекст статьи.\n", "a.txt")
    assert article.date == "2026-05-14"
    assert article.title == "От переговоров – к общим решениям"
    assert article.meta["title_span"] == [17, 50]
    assert article.meta["body_start"] == 51


def test_plain_keeps_an_impossible_date_out_and_says_so():
    article = parse_plain_text("date 2026-02-30 Talks in Astana\nText.", "a.txt")
    assert article.date is None
    assert article.title == "Talks in Astana"
    assert article.meta["bad_date"] == "2026-02-30"


def test_plain_changes_only_line_ends():
    raw = "  date 2025-10-14 Title  \r\n\r\n\tFirst  paragraph. \r\nSecond\rThird\n\n  "
    article = parse_plain_text(raw, "a.txt")
    assert article.text == "  date 2025-10-14 Title  \n\n\tFirst  paragraph. \nSecond\nThird\n\n  "
    assert article.title == "Title"


@pytest.mark.parametrize("name", ["ru_transit_talks.txt", "en_egov_visit.txt", "kk_university_meeting.txt"])
def test_plain_text_is_the_file_as_written(name):
    raw = (DATA / name).read_text(encoding="utf-8")
    article = parse_plain_text(raw, name)
    assert article.text == raw
    assert article.title and article.title in raw.splitlines()[0] + raw.splitlines()[1]
    assert len(article.id) == 16


@pytest.mark.parametrize(
    "text, reason",
    [("date 2025-10-14\n\n  \n", "date line but no headline"), ("  \n\t\n", "only whitespace")],
)
def test_plain_refuses_a_text_with_nothing_to_read(text, reason):
    with pytest.raises(InputError, match=reason) as caught:
        parse_plain_text(text, "a.txt")
    assert caught.value.source == "a.txt"
