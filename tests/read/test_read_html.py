"""HTML pages: headline, date and the article's paragraphs; hostile markup never crashes the
reader and never leaves script in the text."""
import pytest

from kelisim.read import Article, Skipped, read_sources
from kelisim.read.html import html_to_text
from kelisim.read.page import parse_html

PAGE = """<!DOCTYPE html>
<html lang="ru"><head>
<meta charset="utf-8"><title>Казахстан и Финляндия обсудили транзит | Пример.kz</title>
<meta property="article:published_time" content="2025-10-14T09:00:00+05:00">
<script>window.ads = "<p>Реклама</p>";</script><style>p { color: red }</style>
</head><body>
<header><a href="/">Главная</a></header>
<nav><ul><li>Политика</li><li>Экономика</li></ul></nav>
<div class="banner">Подпишитесь на рассылку</div>
<article>
  <h1>Казахстан и Финляндия обсудили транзит</h1>
  <p>В Астане состоялись
     переговоры   делегаций.</p>
  <p>Стороны обсудили &laquo;Средний коридор&raquo;&nbsp;и таможню.</p>
  <ul><li>транзит</li><li>цифровизация</li></ul>
  <form><input name="q"><button>Найти</button></form>
</article>
<footer>© 2025 Пример.kz</footer>
</body></html>"""


def test_html_reads_headline_date_and_paragraphs(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_sources([str(path)])
    assert article.title == "Казахстан и Финляндия обсудили транзит"
    assert article.date == "2025-10-14"
    assert article.text == (
        "Казахстан и Финляндия обсудили транзит\n\n"
        "В Астане состоялись переговоры делегаций.\n\n"
        "Стороны обсудили «Средний коридор» и таможню.\n\n"
        "транзит\n\nцифровизация"
    )
    assert article.meta == {"format": "html", "title_span": [0, 38], "body_start": 40, "main_text": "trafilatura"}
    assert article.text[slice(*article.meta["title_span"])] == article.title
    assert article.encoding == "utf-8"


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<p>before<script>alert(1)</script>after</p>",
    "<p>unclosed <b>bold <i>italic <script>alert(1)",
    "<title><script>alert(1)</script></title>",
    "<plaintext><script>alert(1)</script>",
    "<svg><script>alert(1)</script><text>alert(1)</text></svg>",
    "<iframe srcdoc=\"<script>alert(1)</script>\">alert(1)</iframe>",
    "<noscript><img src=x onerror=alert(1)>alert(1)</noscript>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    "<div hidden>alert(1)</div>",
    "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">link</a>",
    '<div data-x="' + "A" * 1_000_000 + '">huge attribute</div>',
    "<div>" * 20_000 + "deep" + "</div>" * 10,
    "<!-- <script>alert(1)</script> --><!--><script>alert(1)</script>",
    "<math><mi xlink:href=\"javascript:alert(1)\">alert(1)</mi></math>",
    "<textarea><script>alert(1)</script></textarea><xmp><script>alert(1)</script></xmp>",
]


@pytest.mark.parametrize("payload", HOSTILE, ids=[f"hostile-{i}" for i in range(len(HOSTILE))])
def test_html_hostile_markup_gives_clean_text(payload):
    # The payload comes last: an unclosed tag may rightly swallow whatever follows it.
    page = ("<html><head><title>Talks in Astana</title></head><body>"
            f"<p>The ministers met.</p><p>They agreed.</p>{payload}")
    article = parse_html(page, "hostile.html")
    assert "alert" not in article.text and "<script" not in article.text.lower()
    assert "alert" not in article.title
    assert "The ministers met." in article.text and "They agreed." in article.text


@pytest.mark.parametrize(
    "head, body, title",
    [
        ('<meta property="og:title" content="OG headline"><title>Title tag</title>', "<h1>H1 text</h1>", "OG headline"),
        ("<title>Title tag</title>", "<h1>H1 text</h1>", "Title tag"),
        ("", "<h1>H1 text</h1>", "H1 text"),
        ("<title>Talks in Astana | Example News</title>", "<h1>Talks in Astana</h1>", "Talks in Astana"),
        ("", "", "The ministers met."),
    ],
)
def test_html_takes_the_headline_from_og_title_title_or_h1(head, body, title):
    article = parse_html(f"<html><head>{head}</head><body>{body}<p>The ministers met.</p><p>More.</p></body></html>")
    assert article.title == title
    assert article.text.startswith(title + "\n\n")
    assert article.text.count(title) == 1


@pytest.mark.parametrize(
    "markup, date",
    [
        ('<meta property="article:published_time" content="2025-10-14T23:30:00+05:00">', "2025-10-14"),
        ('<meta itemprop="datePublished" content="2025-10-13">', "2025-10-13"),
        ('<script type="application/ld+json">'
         '{"@type": "NewsArticle", "datePublished": "2025-10-12T08:00:00Z"}</script>', "2025-10-12"),
        ('<span itemprop="datePublished">2025-10-10</span>', "2025-10-10"),
        ('<time datetime="2025-10-11">11 октября</time>', "2025-10-11"),
        ("<time>вчера</time>", None),
    ],
)
def test_html_takes_the_date_from_page_metadata(markup, date):
    article = parse_html(f"<html><head><title>Talks</title></head><body>{markup}<p>The ministers met.</p>")
    assert article.date == date


def test_html_prefers_the_article_to_the_rest_of_the_page():
    page = ("<body><div>Menu: news, sport</div><main><div>Sidebar</div></main>"
            "<article><p>The ministers met.</p><p>They agreed.</p></article></body>")
    assert parse_html(page).text == "The ministers met.\n\nThey agreed."


def test_html_joins_blocks_with_blank_lines_and_collapses_space_inside():
    markup = ("<div>One\n   two<br>three</div><p>four\u00a0 five\u200b</p><blockquote> six </blockquote>"
              "<div><p>seven</p>eight <b>nine</b></div>")
    assert html_to_text(markup) == "One two\n\nthree\n\nfour five\n\nsix\n\nseven\n\neight nine"


def test_html_without_text_is_skipped(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Only a title</title><script>alert(1)</script></head><body></body></html>")
    [skipped] = read_sources([str(path)])
    assert skipped == Skipped(str(path), "no article text found in the HTML page")


def test_html_is_found_by_content_and_decoded_by_its_charset(tmp_path):
    path = tmp_path / "saved.txt"
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"')
    path.write_bytes(page.encode("cp1251"))
    [article] = read_sources([str(path)])
    assert isinstance(article, Article)
    assert (article.meta["format"], article.encoding) == ("html", "cp1251")
    assert article.title == "Казахстан и Финляндия обсудили транзит"
