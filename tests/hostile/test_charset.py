"""A page's declared charset is overruled when the bytes say otherwise: a cp1251 page
labelled ISO-8859-1, a KOI8-R page labelled windows-1251; a Western page in Latin-1
and a Greek page keep their labels."""

from __future__ import annotations

from web_pages import RU_CONCERT, encode_page, news_page

from sahna.read.charset import decode_html
from sahna.read.html import html_document


def test_cp1251_page_labelled_iso_8859_1_is_read_as_cp1251() -> None:
    data = encode_page(news_page(RU_CONCERT, charset="ISO-8859-1"), "cp1251")
    text, used = decode_html(data)
    assert used == "cp1251" and "филармонии" in text
    doc = html_document(data, "page.html", "page")
    assert "филармонии" in doc.raw
    assert doc.warnings == ["declared charset iso8859-1 gives no readable text; "
                            "read as cp1251"]


def test_koi8r_page_labelled_windows_1251_is_read_as_koi8r() -> None:
    data = encode_page(news_page(RU_CONCERT, charset="windows-1251"), "koi8-r")
    text, used = decode_html(data)
    assert used == "koi8-r" and "филармонии" in text
    text, used = decode_html(data, "windows-1251")  # the HTTP header says so too
    assert used == "koi8-r"


def test_a_right_label_is_kept() -> None:
    data = encode_page(news_page(RU_CONCERT, charset="windows-1251"), "cp1251")
    assert decode_html(data)[1] == "cp1251"
    french = ("<html><head><meta charset='ISO-8859-1'></head><body><p>"
              + "Le festival d'été a réuni des élèves à Genève et à Besançon. " * 20
              + "</p></body></html>").encode("latin-1")
    text, used = decode_html(french)
    assert used == "iso8859-1" and "été" in text
    greek = ("<html><head><meta charset='iso-8859-7'></head><body><p>"
             + "Η συναυλία έγινε στην Αθήνα χθες το βράδυ. " * 20
             + "</p></body></html>").encode("iso-8859-7")
    text, used = decode_html(greek)
    assert used == "iso8859-7" and "συναυλία" in text
