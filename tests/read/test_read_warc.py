"""Web archives: HTML responses become documents, everything else is skipped, and a
damaged record costs only itself."""

from __future__ import annotations

import gzip as gzip_module
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner
from web_pages import (
    CHROME_PLACES,
    EN_FESTIVAL,
    RU_CONCERT,
    RU_EXHIBITION,
    encode_page,
    event_cities,
    news_page,
    write_warc,
)

from sahna.cli import app
from sahna.document import Document
from sahna.pipeline import process
from sahna.read import ReadError, Skipped, read_paths

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n" * 20


def crawl(gzip: bool = True) -> list[dict]:
    """A small crawl: warcinfo, request/response pairs, a PDF, a redirect, a 404, a
    cp1251 page whose charset only the HTTP header names, a gzip-encoded page, and a
    page without a date of its own (the capture date stands in)."""
    exhibition_url = "https://almaty-times.example.kz/kultura/12345-stepnye-motivy"
    return [
        {"type": "warcinfo"},
        {"type": "request", "uri": RU_CONCERT["url"]},
        {"uri": RU_CONCERT["url"], "payload": news_page(RU_CONCERT).encode()},
        {"uri": "https://example.kz/files/programme.pdf", "payload": PDF,
         "content_type": "application/pdf"},
        {"uri": "https://example.kz/old-link", "status": "301 Moved Permanently",
         "headers": [("Location", RU_CONCERT["url"])], "payload": b"<html>Moved</html>"},
        {"uri": "https://example.kz/missing", "status": "404 Not Found",
         "payload": news_page(EN_FESTIVAL).encode()},
        {"uri": exhibition_url, "date": "2025-05-21T08:00:00Z",
         "content_type": "text/html; charset=windows-1251",
         "payload": encode_page(news_page(RU_EXHIBITION, meta_date=False,
                                          meta_charset=False), "cp1251")},
        {"uri": EN_FESTIVAL["url"], "headers": [("Content-Encoding", "gzip")],
         "payload": gzip_module.compress(news_page(EN_FESTIVAL).encode())},
    ]


def documents(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_documents(tmp_path, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = write_warc(path, crawl(), gzip=gzip)
    items = list(read_paths([str(path)]))
    docs = documents(items)
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [i for i in items if type(i) is ReadError] == []
    assert [d.url for d in docs] == [RU_CONCERT["url"], docs[1].url, EN_FESTIVAL["url"]]
    assert len(skipped) == 3  # the PDF, the redirect, the 404
    reasons = " | ".join(s.reason for s in skipped)
    assert "application/pdf" in reasons and "HTTP 301" in reasons and "HTTP 404" in reasons
    assert {s.offset for s in skipped} == {offsets[3], offsets[4], offsets[5]}

    concert, exhibition, festival = (process(d) for d in docs)
    assert concert.source == f"{path}@{offsets[2]}"
    assert concert.title == RU_CONCERT["title"] and concert.published == "2025-03-14"
    assert any(e.type == "concert" and e.city == "Karaganda" and e.start == "2025-03-13"
               for e in concert.events)
    # no date in the page: the capture date (WARC-Date) is the reference date
    assert exhibition.published == "2025-05-21"
    assert exhibition.title == RU_EXHIBITION["title"]  # cp1251 from the HTTP header
    assert any(e.type == "exhibition" and e.city == "Almaty" and e.start == "2025-05-20"
               for e in exhibition.events)
    assert festival.lang == "en" and festival.published == "2025-08-01"
    assert any(e.type == "festival" and e.start == "2025-09-12" for e in festival.events)
    for doc in (concert, exhibition, festival):
        assert not event_cities(doc) & set(CHROME_PLACES)


def damage(path: Path, offset: int, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "body":  # bytes inside the record (a bad gzip member / garbled block)
        data[offset + 40: offset + 90] = b"\x00" * 50
    else:  # the record's opening destroyed
        data[offset: offset + 12] = b"garbage!\xff\xfe\x00\x01"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("gzip", "how"), [(True, "body"), (True, "header"),
                                           (False, "header")])
def test_damaged_record_in_the_middle_is_reported_and_reading_goes_on(tmp_path, gzip, how):
    pages = [{"uri": f"https://example.kz/news/{i}", "payload": news_page(
        RU_CONCERT if i % 2 else EN_FESTIVAL).encode()} for i in range(6)]
    path = tmp_path / ("bad.warc.gz" if gzip else "bad.warc")
    offsets = write_warc(path, pages, gzip=gzip)
    damage(path, offsets[2], how)
    items = list(read_paths([str(path)]))
    errors = [i for i in items if type(i) is ReadError]
    docs = documents(items)
    assert [d.url for d in docs] == [f"https://example.kz/news/{i}" for i in (0, 1, 3, 4, 5)]
    [error] = errors
    assert error.offset == offsets[2] and error.source == str(path)
    assert str(error).startswith(f"{path}: byte {offsets[2]}: damaged WARC record")
    assert f"resumed at byte {offsets[3]}" in str(error) and "\n" not in str(error)


def test_truncated_archive_keeps_the_records_before(tmp_path):
    pages = [{"uri": f"https://example.kz/n/{i}", "payload": news_page(RU_CONCERT).encode()}
             for i in range(3)]
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, pages)
    path.write_bytes(path.read_bytes()[: offsets[2] + 200])
    items = list(read_paths([str(path)]))
    assert len(documents(items)) == 2
    [error] = [i for i in items if type(i) is ReadError]
    assert error.offset == offsets[2] and "no readable record after it" in error.reason


def test_cli_ingest_warc_with_damage_keeps_good_records(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, crawl())
    damage(path, offsets[3], "body")  # the PDF
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db"),
                                      "--errors", str(errors)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and f"{path}: byte {offsets[3]}" in lines[0]
    [logged] = [json.loads(ln) for ln in errors.read_text().splitlines()]
    assert logged["source"] == str(path) and logged["offset"] == offsets[3]
    assert "3 documents read" in result.stderr
    assert "skipped (" in result.stderr and "not a page" in result.stderr
    result = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "s.db"), "--json"])
    cities = {json.loads(line)["city"] for line in result.stdout.splitlines()}
    assert {"Karaganda", "Almaty"} <= cities


STREAM_SCRIPT = textwrap.dedent("""
    import resource, sys
    from sahna.read import read_paths
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    count = sum(1 for _ in read_paths([sys.argv[1]]))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(count, (after - before) // 1024)
""")


def test_archive_is_streamed(tmp_path):
    """120 MB of records read with a bounded, archive-independent memory footprint."""
    path = tmp_path / "big.warc"
    blob = bytes(range(256)) * 4096  # 1 MB, not HTML
    write_warc(path, [{"uri": f"https://example.kz/f/{i}.bin", "payload": blob,
                       "content_type": "application/octet-stream"} for i in range(120)],
               gzip=False)
    assert path.stat().st_size > 120e6
    out = subprocess.run([sys.executable, "-c", STREAM_SCRIPT, str(path)], check=True,
                         capture_output=True, text=True).stdout.split()
    count, growth_mb = int(out[0]), int(out[1])
    assert count == 120 and growth_mb < 60, out
