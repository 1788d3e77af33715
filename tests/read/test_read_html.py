"""HTML pages: main text without the page's chrome, metadata, charsets, and junk."""

from __future__ import annotations

import json

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
)

from sahna.cli import app
from sahna.document import Document
from sahna.pipeline import process
from sahna.read import ReadError, Skipped, read_paths
from sahna.read.charset import decode_html, guess_single_byte


def read_one(path) -> Document:
    [doc] = list(read_paths([str(path)]))
    assert isinstance(doc, Document), doc
    return doc


def test_utf8_page_main_text_metadata_and_concert(tmp_path):
    path = tmp_path / "tengri.html"
    path.write_bytes(encode_page(news_page(RU_CONCERT), "utf-8"))
    doc = read_one(path)
    assert doc.doc_id == "tengri" and doc.source == str(path)
    assert doc.title == RU_CONCERT["title"]
    assert doc.published == "2025-03-14"
    assert doc.url == RU_CONCERT["url"] and doc.site == "Новости Сарыарки"
    assert doc.raw.startswith(RU_CONCERT["title"] + "\n\n")
    for chrome in ("cookie", "Главная", "Читайте также", "Димаша", "Комментарии",
                   "Популярное", "Все права защищены", "просмотра", "Поделиться"):
        assert chrome not in doc.raw, chrome
    process(doc)
    assert doc.title == RU_CONCERT["title"] and doc.published == "2025-03-14"
    concert = next(e for e in doc.events if e.type == "concert" and e.city == "Karaganda")
    assert concert.start == "2025-03-13"  # «13 марта»: the year comes from the page's date
    assert concert.status == "held" and concert.country == "KZ"
    assert "Тенгри" in concert.title
    assert not event_cities(doc) & set(CHROME_PLACES)


@pytest.mark.parametrize("charset", ["cp1251", "windows-1251"])
def test_cp1251_page_with_meta_charset(tmp_path, charset):
    path = tmp_path / "stepnye-motivy.htm"
    path.write_bytes(encode_page(news_page(RU_EXHIBITION, charset=charset), "cp1251"))
    doc = process(read_one(path))
    assert doc.title == RU_EXHIBITION["title"] and doc.published == "2025-05-20"
    assert "Государственном музее искусств" in doc.text
    exhibition = next(e for e in doc.events if e.type == "exhibition")
    assert exhibition.city == "Almaty" and exhibition.start == "2025-05-20"
    assert not event_cities(doc) & set(CHROME_PLACES)


def test_koi8r_page_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "index"  # as wget saves it
    path.write_bytes(encode_page(news_page(RU_CONCERT, charset="koi8-r"), "koi8-r"))
    doc = process(read_one(path))
    assert doc.title == RU_CONCERT["title"]  # « » came as character references
    assert "Карагандинской областной филармонии" in doc.text
    assert any(e.type == "concert" and e.city == "Karaganda" for e in doc.events)


def test_undeclared_cyrillic_charsets_are_told_apart():
    text = news_page(RU_EXHIBITION, meta_charset=False)
    for charset in ("cp1251", "koi8-r"):
        data = encode_page(text, charset)
        assert guess_single_byte(data) == charset
        decoded, used = decode_html(data)
        assert used == charset and "выставка живописи" in decoded
    # the HTTP header's charset wins over a wrong guess, a wrong header loses to UTF-8
    decoded, used = decode_html(encode_page(text, "koi8-r"), "KOI8-R")
    assert used == "koi8-r"
    decoded, used = decode_html(text.encode("utf-8"), "windows-1251")
    assert used == "utf-8" and "выставка живописи" in decoded


def test_english_page_festival_and_no_chrome_events(tmp_path):
    path = tmp_path / "festival.html"
    path.write_text(news_page(EN_FESTIVAL), encoding="utf-8")
    doc = process(read_one(path))
    assert doc.lang == "en" and doc.published == "2025-08-01"
    assert doc.title == EN_FESTIVAL["title"]
    festival = next(e for e in doc.events if e.type == "festival")
    assert festival.city == "Almaty" and festival.status == "planned"
    assert (festival.start, festival.end) == ("2025-09-12", "2025-09-13")
    assert not event_cities(doc) & set(CHROME_PLACES)
    assert "Read also" not in doc.text and "cookies" not in doc.text


def test_binary_junk_named_html_is_one_error(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    [error] = list(read_paths([str(path)]))
    assert isinstance(error, ReadError) and not isinstance(error, Skipped)
    assert str(error).startswith(f"{path}: binary") and "\n" not in str(error)


def test_control_character_junk_without_nul_is_refused(tmp_path):
    path = tmp_path / "junk.htm"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 300)
    [error] = list(read_paths([str(path)]))
    assert isinstance(error, ReadError) and "binary" in error.reason


def test_page_without_text_is_skipped_not_failed(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text('<html><head><title>Gallery</title></head><body><script>var a = 1;</script>'
                    '<img src="a.jpg"><img src="b.jpg"></body></html>')
    [item] = list(read_paths([str(path)]))
    assert isinstance(item, Skipped) and item.kind == "empty"


def test_directory_walk_reads_pages_and_sniffs_extensionless_files(tmp_path):
    (tmp_path / "site" / "culture").mkdir(parents=True)
    (tmp_path / "site" / "culture" / "tengri.html").write_text(news_page(RU_CONCERT))
    (tmp_path / "site" / "culture" / "festival").write_text(news_page(EN_FESTIVAL))
    (tmp_path / "site" / "LICENSE").write_text("MIT License\n\nPermission is hereby granted")
    ids = sorted(d.doc_id for d in read_paths([str(tmp_path / "site")]))
    assert ids == ["festival", "tengri"]


def test_cli_extract_html_writes_title_and_published(tmp_path):
    path = tmp_path / "tengri.html"
    path.write_text(news_page(RU_CONCERT), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["title"] == RU_CONCERT["title"] and record["published"] == "2025-03-14"
    assert any(e["type"] == "concert" and e["city"] == "Karaganda" for e in record["events"])


def test_stdin_page(monkeypatch):
    import io
    import sys

    data = news_page(RU_CONCERT).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = list(read_paths(["-"]))
    assert doc.doc_id == "stdin" and doc.title == RU_CONCERT["title"]
    assert doc.published == "2025-03-14"


ARTICLE_WORDS = (
    "The city philharmonic opened its winter season on Friday with a programme of "
    "Kazakh composers. The orchestra played works by Brusilovsky and Tulebaev, and the "
    "soloist was a young pianist from Karaganda who won the national competition in "
    "spring. The hall was full, and the second concert of the season, on the first "
    "Sunday of December, is already sold out, the director told reporters after the "
    "concert. Tickets for the January concerts go on sale next week at the box office."
)


def test_default_mode_replaces_a_fragment_it_contains():
    from sahna.read.html import prefer_default

    fragment = "The hall was full, and the second concert of the season"
    assert prefer_default(fragment, ARTICLE_WORDS)  # a piece of the article, found whole
    assert prefer_default("", ARTICLE_WORDS)
    # another block (a caption, a teaser) is not replaced by the article around it...
    assert not prefer_default("Photo: the orchestra at rehearsal in the old hall.",
                              ARTICLE_WORDS)
    # ...nor a text that default mode only lengthens a little (its "read also" list)
    assert not prefer_default(ARTICLE_WORDS, ARTICLE_WORDS + " Read also: ten best films.")
    assert not prefer_default(fragment, "")


def test_precision_mode_is_kept_for_an_article_and_asked_again_for_a_fragment(monkeypatch):
    import trafilatura

    from sahna.read import html as reader

    class Extracted:
        def __init__(self, text: str) -> None:
            self.text = text

    calls: list[bool] = []

    def fake(html, *, favor_precision, **options):
        assert not options.get("with_metadata")  # the metadata is read once, by sahna
        calls.append(favor_precision)
        if favor_precision:
            return Extracted(precise)
        return Extracted(ARTICLE_WORDS + "\nRead also: ten best films.")

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    precise = ARTICLE_WORDS
    page = "<html><body><h1>Winter season opens</h1><p>Text.</p></body></html>"
    found, shown, _ = reader._extract(page, None)
    assert found.text == ARTICLE_WORDS and shown == ["Winter season opens"]
    assert calls == [True]  # an article: default mode is not even run
    calls.clear()
    precise = "The hall was full, and the second concert of the season"
    found, _, _ = reader._extract(page, None)
    assert calls == [True, False]
    assert found.text.startswith(ARTICLE_WORDS) and found.title == "Winter season opens"
    calls.clear()
    precise = "A caption of another story entirely, with no words of the article"
    found, _, _ = reader._extract(page, None)
    assert calls == [True, False] and found.text == precise  # not contained: kept


def test_a_programme_table_in_a_page_stays_in_the_text():
    from sahna.pipeline import clean
    from sahna.read.html import html_document
    from sahna.record import main_text

    rows = "".join(f"<tr><td>{d} May</td><td>{v}</td><td>{w}</td></tr>" for d, v, w in [
        (3, "Abai Opera", "Kyz Zhibek"), (4, "Abai Opera", "Birzhan and Sara"),
        (5, "Philharmonic", "Kuis of Kurmangazy"), (6, "Philharmonic", "Chamber night")])
    page = (
        "<html><head><title>Opera festival programme | Steppe Herald</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article>"
        "<h1>Opera festival programme</h1><p>The Almaty opera festival runs for four days "
        "in May, with two stages and guests from six countries, the organisers said on "
        "Monday. The full programme of the festival is below.</p>"
        f"<table><tr><th>Date</th><th>Venue</th><th>Work</th></tr>{rows}</table>"
        "<p>Tickets for every evening are on sale at the box office and online.</p>"
        "</article></body></html>")
    doc = html_document(page.encode(), "fest.html", "fest")
    assert isinstance(doc, Document)
    clean(doc)
    text = main_text(doc)
    for work in ("Kyz Zhibek", "Birzhan and Sara", "Kuis of Kurmangazy", "Chamber night"):
        assert work in text
    assert doc.title == "Opera festival programme" and not text.startswith("Opera festival")


DATED = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="related"><a href="/old">Старая новость</a> <span>01.02.2020</span></div>
<h1>{title}</h1><div class="meta"><span class="rubric">Культура</span>
<span class="when">{when}</span></div>
<article><p>{body}</p><p>{body}</p></article>
<footer>© 2019–2025 Столичный вестник</footer></body></html>"""
BODY = ("В Астане в субботу прошёл концерт симфонического оркестра филармонии, на котором "
        "впервые прозвучали сочинения молодых казахстанских композиторов.")


@pytest.mark.parametrize(("when", "published"), [
    ("Опубликовано: 12.03.2025 10:15", "2025-03-12"),
    ("12 қараша 2025 ж.", "2025-11-12"),
    ("Nov. 24, 2025 | 14:05", "2025-11-24"),
    ("1 декабря 2025, 10:15", "2025-12-01"),
])
def test_visible_date_under_the_headline_when_metadata_has_none(when, published):
    from sahna.read.html import html_document

    page = DATED.format(title="Оркестр сыграл новую музыку", when=when, body=BODY)
    doc = html_document(page.encode(), "p.html", "p")
    assert isinstance(doc, Document) and doc.published == published


def test_no_visible_date_is_guessed_from_lists_or_the_copyright_line():
    from sahna.read.html import html_document, visible_date

    page = DATED.format(title="Оркестр сыграл новую музыку", when="Автор: Дана Аменова",
                        body=BODY)
    doc = html_document(page.encode(), "p.html", "p")
    assert isinstance(doc, Document) and doc.published is None
    # the page's metadata wins over what is printed
    meta = page.replace("</title>", '</title><meta property="article:published_time" '
                        'content="2025-03-10T09:00:00+05:00">').replace(
                        "Автор: Дана Аменова", "12.03.2025")
    doc = html_document(meta.encode(), "p.html", "p")
    assert isinstance(doc, Document) and doc.published == "2025-03-10"
    from trafilatura.utils import load_html

    assert visible_date(load_html("<html><body><p>12.03.2025</p></body></html>")) is None


# An old table-layout page, written for these tests: a row with the logo and the menu,
# then a cell of news links, the article's cell and a cell of adverts, then the footer.
LAYOUT_SIDEBAR = ["В Караганде открылась выставка шахтёрской графики",
                  "Театр кукол готовит премьеру", "Итоги областного конкурса чтецов",
                  "В Темиртау прошёл день металлурга", "Архив новостей"]
LAYOUT_PARAGRAPHS = [
    "В концертном зале областной филармонии в пятницу завершился третий фестиваль "
    "органной музыки, на который приехали исполнители из Алматы, Москвы и Риги.",
    "Открыл фестиваль концерт заслуженной артистки Казахстана, которая исполнила "
    "произведения Баха и Генделя, а закрыл его вечер молодых органистов консерватории.",
    "По словам организаторов, следующий фестиваль пройдёт весной будущего года, и на "
    "него уже пригласили музыкантов из Германии и Польши.",
]
LAYOUT_ADVERTS = ["Пластиковые окна недорого", "Курсы английского языка"]


def layout_page(charset: str, inside: str = "") -> bytes:
    sidebar = "".join(f"<a href='/n/{i}'>{t}</a><br>" for i, t in enumerate(LAYOUT_SIDEBAR))
    adverts = "".join(f"<a href='/ad/{i}'>{t}</a><br>" for i, t in enumerate(LAYOUT_ADVERTS))
    article = ("<b>В Караганде прошёл фестиваль органной музыки</b><br><br>12 марта 2004 г."
               "<br><br>" + "<br><br>".join(LAYOUT_PARAGRAPHS) + inside)
    page = (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
        "<title>Карагандинский вестник - Новости культуры</title></head><body>"
        "<table width='100%' border=0 cellpadding=0 cellspacing=0><tr><td colspan=3>"
        "<img src='/logo.gif'> <a href='/'>Главная</a> | <a href='/news'>Новости</a> | "
        "<a href='/arch'>Архив</a></td></tr>"
        f"<tr><td width='180' valign='top'><b>Новости</b><br>{sidebar}</td>"
        f"<td valign='top'><font face='Arial' size=2>{article}</font></td>"
        f"<td width='160' valign='top'><b>Реклама</b><br>{adverts}</td></tr>"
        "<tr><td colspan=3>© 2004 Карагандинский вестник. Все права защищены.</td></tr>"
        "</table></body></html>")
    return page.encode(charset)


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r"])
def test_a_table_layout_page_gives_the_article_without_the_sidebar(charset):
    from sahna.pipeline import clean
    from sahna.read.html import html_document
    from sahna.record import main_text

    doc = html_document(layout_page(charset), "old.html", "old")
    assert isinstance(doc, Document)
    clean(doc)
    text = main_text(doc)
    lines = text.split("\n\n")
    for paragraph in LAYOUT_PARAGRAPHS:  # each paragraph a line of its own
        assert paragraph in lines
    for chrome in [*LAYOUT_SIDEBAR, *LAYOUT_ADVERTS, "Главная", "Реклама"]:
        assert chrome not in text
    assert doc.published == "2004-03-12"  # the date printed at the top of the cell


def test_a_data_table_inside_the_article_cell_of_a_layout_stays_a_table():
    from sahna.pipeline import clean
    from sahna.read.html import html_document, unwrap_layout_tables
    from sahna.record import main_text

    rows = [("13 марта", "Большой зал", "Бах, Гендель"), ("14 марта", "Малый зал", "Регер"),
            ("15 марта", "Большой зал", "Новости органной музыки")]
    table = "<br><table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    ) + "</table>"
    doc = html_document(layout_page("windows-1251", table), "old.html", "old")
    assert isinstance(doc, Document)
    clean(doc)
    lines = main_text(doc).split("\n\n")
    for day, hall, works in rows:
        assert f"| {day} | {hall} | {works} |" in lines
    assert LAYOUT_PARAGRAPHS[0] in lines and LAYOUT_SIDEBAR[0] not in main_text(doc)
    from trafilatura.utils import load_html

    # a table of values alone is no layout: its cells are short
    assert unwrap_layout_tables(load_html(f"<html><body>{table}</body></html>")) == 0


def test_a_subscription_cue_inside_a_long_sentence_of_a_page_stays():
    from sahna.pipeline import clean
    from sahna.read.html import html_document
    from sahna.record import main_text

    sentence = ("The orchestra invited listeners to subscribe to its new season of concerts, "
                "which opens in October with Mahler and continues through May.")
    page = (
        "<html><head><title>Philharmonic season | Steppe Herald</title></head><body><article>"
        "<h1>Philharmonic season announced</h1><p>The Almaty Philharmonic announced its new "
        "season on Monday, with forty concerts and guests from nine countries.</p>"
        f"<p>{sentence}</p><p>Subscribe to our newsletter</p></article></body></html>")
    doc = html_document(page.encode(), "season.html", "season")
    assert isinstance(doc, Document)
    clean(doc)
    assert sentence in main_text(doc).split("\n\n")
    assert "Subscribe to our newsletter" not in main_text(doc)


def test_every_row_of_a_programme_table_stays_even_rows_of_menu_words():
    from sahna.pipeline import clean
    from sahna.read.html import html_document
    from sahna.record import main_text

    rows = [("19:00", "Главная сцена", "Гала-концерт"), ("20:30", "Музыка", "Новости джаза"),
            ("Афиша", "Новости", "Культура"), ("22:00", "Архив", "Кино под открытым небом")]
    table = "<table><tr><th>Время</th><th>Площадка</th><th>Программа</th></tr>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    ) + "</table>"
    page = ("<html><head><meta charset='utf-8'><title>Программа | Вестник</title></head><body>"
            "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav><article>"
            "<h1>Программа фестиваля «Көктем»</h1><p>Фестиваль «Көктем» пройдёт в Алматы с 3 "
            "по 6 мая, на двух сценах выступят коллективы из шести стран, сообщили "
            f"организаторы в понедельник.</p>{table}<p>Билеты на все концерты продаются в "
            "кассах театра и на сайте фестиваля.</p></article></body></html>")
    doc = html_document(page.encode(), "prog.html", "prog")
    assert isinstance(doc, Document)
    clean(doc)
    lines = main_text(doc).split("\n\n")
    for row in rows:
        assert "| " + " | ".join(row) + " |" in lines
    assert not [line for line in doc.removed_lines if line.startswith("|")]
