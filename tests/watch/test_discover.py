"""Finding new article URLs: feeds (RSS 2.0, Atom), sitemaps, press pages; broken and hostile
XML is refused with a line saying why."""
import pytest

from kelisim.errors import InputError
from kelisim.watch.discover import feed_links, page_links, sitemap_links
from kelisim.watch.urls import canonical

RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>MFA</title>
<item><title>Talks</title><link>https://mfa.example/news/talks-1?utm_source=rss</link></item>
<item><title>Visit</title><link>/news/visit-2</link></item>
<item><title>Talks again</title><link>https://MFA.example/news/talks-1#top</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gov</title>
<entry><title>Decree</title><id>urn:1</id><link href="https://gov.example/a/decree-5"/></entry></feed>"""

LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title><link>https://x.example/1</link></item></channel></rss>"""


def test_discover_reads_rss_links_canonical_and_once():
    assert feed_links(RSS, "https://mfa.example/rss") == [
        "https://mfa.example/news/talks-1", "https://mfa.example/news/visit-2"]


def test_discover_reads_atom_links():
    assert feed_links(ATOM, "https://gov.example/atom") == ["https://gov.example/a/decree-5"]


@pytest.mark.parametrize("data, why", [
    (b"<html><body>not a feed</body></html>", "is not a readable feed"),
    (b"<rss><channel><item><title>cut", "is not a readable feed"),
    (LAUGHS, "declares XML entities"),
])
def test_discover_refuses_broken_and_hostile_feeds(data, why):
    with pytest.raises(InputError, match=why):
        feed_links(data, "https://x.example/rss")


def test_discover_reads_a_sitemap_and_a_sitemap_index():
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc>https://s.example/news/1</loc></url><url><loc>https://s.example/news/2</loc></url></urlset>")
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>https://s.example/sitemap-news.xml</loc></sitemap></sitemapindex>")
    assert sitemap_links(urlset, "https://s.example/sitemap.xml") == (
        ["https://s.example/news/1", "https://s.example/news/2"], [])
    assert sitemap_links(index, "https://s.example/sitemap.xml") == ([], ["https://s.example/sitemap-news.xml"])
    with pytest.raises(InputError, match="declares XML entities"):
        sitemap_links(LAUGHS, "https://s.example/sitemap.xml")


def test_discover_takes_the_article_links_of_a_press_page():
    page = b"""<html><body><nav><a href="/news/menu-item-1">Menu</a></nav><header><a href="/">Home</a></header>
    <main><a href="/press/2026/03/ministers-met">Ministers met</a>
    <a href="https://press.example/press/2026/03/roadmap-signed">Roadmap</a>
    <a href="/tag/diplomacy">Tag</a><a href="/category/politics/">Politics</a><a href="/press/">Press</a>
    <a href="https://other.example/press/elsewhere">Elsewhere</a><a href="/files/photo.jpg">Photo</a></main>
    <footer><a href="/about">About</a></footer></body></html>"""
    assert page_links(page, "https://press.example/press/") == [
        "https://press.example/press/2026/03/ministers-met", "https://press.example/press/2026/03/roadmap-signed"]


@pytest.mark.parametrize("url, base, want", [
    ("HTTPS://News.Example:443/a/b?utm_campaign=x&b=2&a=1#c", None, "https://news.example/a/b?a=1&b=2"),
    ("../c", "https://n.example/a/b/", "https://n.example/a/c"),
    ("mailto:press@n.example", None, None),
    ("javascript:alert(1)", "https://n.example/", None),
])
def test_discover_canonical_urls(url, base, want):
    assert canonical(url, base) == want
