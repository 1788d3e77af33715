"""Feeds: RSS 2.0, RSS 0.91 and Atom items become documents; a non-feed is one error."""

from __future__ import annotations

import html

from web_pages import EN_FESTIVAL, RU_CONCERT, RU_EXHIBITION

from sahna.document import Document
from sahna.pipeline import process
from sahna.read import ReadError, read_paths


def paragraphs_html(article: dict) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in article["paragraphs"])


RSS2 = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Новости Сарыарки — Культура</title>
  <link>https://saryarka-news.example.kz/culture</link>
  <description>Культура Центрального Казахстана</description>
  <item>
    <title>{RU_CONCERT['title']}</title>
    <link>{RU_CONCERT['url']}</link>
    <guid isPermaLink="false">saryarka-88231</guid>
    <pubDate>Fri, 14 Mar 2025 00:20:00 +0500</pubDate>
    <description>Оркестр «Тенгри» выступил в филармонии.</description>
    <content:encoded><![CDATA[{paragraphs_html(RU_CONCERT)}
      <script>track("rss")</script>]]></content:encoded>
  </item>
  <item>
    <title>{EN_FESTIVAL['title']}</title>
    <link>{EN_FESTIVAL['url']}</link>
    <pubDate>Fri, 01 Aug 2025 09:00:00 GMT</pubDate>
    <description>{html.escape(paragraphs_html(EN_FESTIVAL))}</description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="windows-1251"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Алматы Таймс</title>
  <id>urn:almaty-times:feed</id>
  <updated>2025-05-20T12:00:00+05:00</updated>
  <entry>
    <title>{RU_EXHIBITION['title']}</title>
    <link rel="alternate" href="{RU_EXHIBITION['url']}"/>
    <id>urn:almaty-times:12345</id>
    <published>2025-05-20T11:30:00+05:00</published>
    <updated>2025-05-21T09:00:00+05:00</updated>
    <content type="html">{html.escape(paragraphs_html(RU_EXHIBITION))}</content>
  </entry>
</feed>
"""

RSS091 = """<?xml version="1.0"?>
<rss version="0.91"><channel><title>Steppe Herald</title>
<link>https://steppe-herald.example.com</link><description>News</description>
<item><title>Folk ensemble Sazgen to tour Turkey in October 2025</title>
<link>https://steppe-herald.example.com/sazgen-tour</link></item>
</channel></rss>
"""


def read(path) -> list:
    return list(read_paths([str(path)]))


def test_rss2_items_with_content_encoded(tmp_path):
    path = tmp_path / "culture.rss"
    path.write_text(RSS2, encoding="utf-8")
    concert, festival = read(path)
    assert isinstance(concert, Document) and isinstance(festival, Document)
    assert concert.doc_id == "saryarka-88231" and concert.source == f"{path}#1"
    assert concert.title == RU_CONCERT["title"] and concert.url == RU_CONCERT["url"]
    assert concert.published == "2025-03-14"  # the local date, not UTC's 13 March
    assert "track(" not in concert.raw and "филармонии состоялся концерт" in concert.raw
    assert concert.raw.startswith(RU_CONCERT["title"] + "\n\n")
    process(concert)
    assert any(e.type == "concert" and e.city == "Karaganda" and e.start == "2025-03-13"
               for e in concert.events)
    assert festival.doc_id == EN_FESTIVAL["url"] and festival.published == "2025-08-01"
    process(festival)
    assert festival.lang == "en" and "<p>" not in festival.text
    assert any(e.type == "festival" and e.city == "Almaty" for e in festival.events)


def test_atom_entry_in_cp1251(tmp_path):
    path = tmp_path / "almaty.atom"
    path.write_bytes(ATOM.encode("cp1251"))
    [doc] = read(path)
    assert doc.title == RU_EXHIBITION["title"] and doc.published == "2025-05-20"
    assert doc.url == RU_EXHIBITION["url"] and doc.doc_id == "urn:almaty-times:12345"
    process(doc)
    assert any(e.type == "exhibition" and e.city == "Almaty" and e.start == "2025-05-20"
               for e in doc.events)


def test_rss091_title_only_item(tmp_path):
    path = tmp_path / "herald.xml"
    path.write_text(RSS091, encoding="utf-8")
    [doc] = read(path)
    assert doc.title.startswith("Folk ensemble Sazgen") and doc.published is None
    assert doc.raw.strip() == doc.title


def test_feed_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "rss"
    path.write_text(RSS2, encoding="utf-8")
    assert len(read(path)) == 2


def test_not_xml_is_one_error(tmp_path):
    for name, data in (("broken.rss", b"\x00\x01 this is { not xml at all \xff\xfe"),
                       ("page.xml", b'{"items": [1, 2, 3]}'),
                       ("cut.rss", RSS2.encode()[:200])):
        path = tmp_path / name
        path.write_bytes(data)
        [error] = read(path)
        assert isinstance(error, ReadError), name
        assert str(error).startswith(f"{path}: not a readable RSS or Atom feed")
        assert "\n" not in str(error)
