"""RSS and Atom feeds: one article per entry, dated as the publisher wrote it."""
from kelisim.read import Article, Skipped, read_sources

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>Новости МИД</title><link>https://example.kz</link>
<item>
  <title>Казахстан и Финляндия обсудили транзит</title>
  <link>https://example.kz/news/101</link>
  <guid>news-101</guid>
  <pubDate>Tue, 14 Oct 2025 01:30:00 +0500</pubDate>
  <description><![CDATA[<p>В Астане состоялись переговоры.<script>alert(1)</script></p>
  <p>Стороны обсудили <b>транзит</b>.<img src=x onerror=alert(1)></p>]]></description>
</item>
<item>
  <title>Визит делегации</title>
  <guid isPermaLink="false">news-102</guid>
  <pubDate>Wed, 15 Oct 2025 10:00:00 GMT</pubDate>
  <description>Делегация прибыла в Ташкент.</description>
</item>
<item><title></title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example ministry</title><id>tag:example.com,2025:feed</id><updated>2025-10-15T00:00:00Z</updated>
  <entry>
    <title type="html">Talks in &lt;b&gt;Astana&lt;/b&gt;</title>
    <id>tag:example.com,2025:1</id>
    <link rel="alternate" href="https://example.com/news/1"/>
    <updated>2025-10-14T22:00:00-05:00</updated>
    <summary>Short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>The ministers met.</p><p>They agreed on a roadmap.</p>
    </div></content>
  </entry>
  <entry>
    <title>Second</title>
    <id>tag:example.com,2025:2</id>
    <published>2025-10-16T08:00:00+05:00</published>
    <content type="text">First paragraph.

Second   paragraph.</content>
  </entry>
</feed>"""


def test_feeds_read_rss_entries(tmp_path):
    path = tmp_path / "news.rss"
    path.write_bytes(RSS.format(encoding="windows-1251").encode("cp1251"))
    first, second, empty = read_sources([str(path)])
    assert first.title == "Казахстан и Финляндия обсудили транзит"
    assert first.source == "https://example.kz/news/101"
    assert first.date == "2025-10-14"  # 01:30 in Astana, not 20:30 the day before in UTC
    assert first.text == ("Казахстан и Финляндия обсудили транзит\n\n"
                          "В Астане состоялись переговоры.\n\nСтороны обсудили транзит.")
    assert first.meta["format"] == "feed" and first.meta["feed"] == str(path)
    assert first.meta["title_span"] == [0, len(first.title)]
    assert first.text[first.meta["body_start"]:].startswith("В Астане")
    assert first.encoding == "cp1251"
    assert (second.source, second.date, second.text) == (
        "news-102", "2025-10-15", "Визит делегации\n\nДелегация прибыла в Ташкент.")
    assert empty == Skipped(f"{path}#3", "feed entry has neither a title nor text")


def test_feeds_read_atom_entries(tmp_path):
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = read_sources([str(path)])
    assert isinstance(first, Article)
    assert first.title == "Talks in Astana"
    assert first.source == "https://example.com/news/1"
    assert first.date == "2025-10-14"
    assert first.text == "Talks in Astana\n\nThe ministers met.\n\nThey agreed on a roadmap."
    assert (second.source, second.date) == ("tag:example.com,2025:2", "2025-10-16")
    assert second.text == "Second\n\nFirst paragraph.\n\nSecond paragraph."


def test_feeds_are_found_by_content(tmp_path):
    path = tmp_path / "feed.txt"
    path.write_text(RSS.format(encoding="utf-8"), encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert [item.meta["format"] for item in items if isinstance(item, Article)] == ["feed", "feed"]


def test_feeds_never_resolve_external_entities(tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    '<rss version="2.0"><channel><item><title>Talks &x;</title>'
                    "<description>Text &x;.</description><link>https://example.com/1</link></item></channel></rss>")
    [skipped] = read_sources([str(path)])
    assert isinstance(skipped, Skipped) and "declares its own XML entities" in skipped.reason


def test_feeds_declaring_entities_are_skipped_with_a_line_not_stored_as_junk(tmp_path):
    laughs = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10 if i else "ха"}">' for i in range(6))
    path = tmp_path / "laughs.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{laughs}\n]>\n<rss version="2.0"><channel>'
                    "<item><title>Новость &l5;</title><description>Текст &l5;</description>"
                    "<link>https://example.com/1</link></item></channel></rss>", encoding="utf-8")
    good = tmp_path / "plain.rss"
    good.write_text(RSS.format(encoding="utf-8"), encoding="utf-8")
    first, *rest = read_sources([str(path), str(good)])
    assert first == Skipped(str(path), first.reason) and "<!ENTITY>" in first.reason
    assert "\n" not in str(first)
    assert all(isinstance(a, Article) for a in rest[:2])


def test_feeds_survive_broken_entries(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text('<rss version="2.0"><channel><item><title>Bad &#xD800; ref &#99999999;</title>'
                    "<description/><link>https://example.com/1</link></item>"
                    "<item><title>Next</title><link>https://example.com/2</link></item></channel></rss>")
    first, second = read_sources([str(path)])
    assert first.title == "Bad \ufffd ref \ufffd"
    assert second.title == "Next"


def test_feeds_without_entries_are_skipped(tmp_path):
    empty, other = tmp_path / "a.rss", tmp_path / "b.xml"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    other.write_text('<?xml version="1.0"?><catalog><book>Not a feed</book></catalog>')
    first, second = read_sources([str(tmp_path)])
    assert first == Skipped(str(empty), "feed has no entries")
    assert second.source == str(other) and second.reason.startswith("not an RSS or Atom feed")
