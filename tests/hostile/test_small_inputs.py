"""Small rough edges: UTF-16 without a byte-order mark, a WARC cut inside its last
record (counted once), text nested hundreds of elements deep in HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_pages import RU_CONCERT, news_page, write_warc

from sahna.read import ReadError, Skipped, read_paths
from sahna.read.html import html_document

RU = "Вчера в Астане прошёл концерт оркестра «Отырар сазы». Зал был полон."


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path: Path, order: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(RU.encode(order))
    (doc,) = read_paths([str(path)])
    assert doc.raw == RU


def test_binary_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 8)
    (item,) = read_paths([str(path)])
    assert isinstance(item, ReadError) and "binary file" in item.reason


@pytest.mark.parametrize("gzip", [False, True])
def test_a_warc_cut_inside_its_last_record_counts_it_once(tmp_path: Path, gzip: bool) -> None:
    pages = [{"uri": f"https://example.kz/n/{i}", "payload": news_page(RU_CONCERT).encode()}
             for i in range(3)]
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    offsets = write_warc(path, pages, gzip=gzip)
    data = path.read_bytes()
    path.write_bytes(data[:offsets[2] + (len(data) - offsets[2]) * 2 // 3])
    items = list(read_paths([str(path)]))
    at_cut = [i for i in items if getattr(i, "offset", None) == offsets[2]
              or getattr(i, "source", "").endswith(f"@{offsets[2]}")]
    assert len(at_cut) == 1 and type(at_cut[0]) is ReadError, items
    assert not any(isinstance(i, Skipped) for i in items)
    assert len([i for i in items if not isinstance(i, ReadError)]) == 2


def test_text_nested_hundreds_deep_is_kept() -> None:
    depth = 400
    body = "<div>" * depth + f"<p>{RU}</p>" * 3 + "</div>" * depth
    page = f"<html><head><title>Концерт</title></head><body>{body}</body></html>"
    doc = html_document(page.encode(), "deep.html", "deep")
    assert not isinstance(doc, ReadError), doc
    assert "Отырар сазы" in doc.raw
