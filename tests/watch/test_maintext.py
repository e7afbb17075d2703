"""The main text of news pages: the article's body kept, the site's chrome left out, in both a
marked-up layout and a layout of plain <div>s."""
import pytest

from kelisim.read.page import parse_html
from pages import BOILERPLATE, pages


@pytest.mark.parametrize("layout", ["article", "div"])
@pytest.mark.parametrize("number", [0, 1, 2])
def test_maintext_keeps_the_body_and_leaves_the_chrome_out(layout, number):
    page, title, body = pages(layout)[number]
    article = parse_html(page, "https://news.example/a", url="https://news.example/a")
    assert article.title == title and article.date is not None
    paragraphs = article.text.split("\n\n")[1:]
    kept = sum(len(p) for p in body if p in paragraphs) / sum(len(p) for p in body)
    junk = sum(len(p) for p in paragraphs if p not in body) / sum(len(p) for p in paragraphs)
    assert kept >= 0.95 and junk <= 0.05
    assert not any(b in article.text for b in BOILERPLATE if len(b) > 12)

