"""News pages, archives and feeds written for the reader tests.

The articles are fictional, written for these tests. Every page carries the chrome a
real news site wraps around an article — a cookie banner, menus, a weather widget,
breadcrumbs, view counters, share buttons, a "read also" list, comments, a sidebar of
popular headlines and a footer — and the chrome names events of its own (a concert in
Shymkent, a fair in Pavlodar) that must not reach the output.
"""

from __future__ import annotations

import html

CHROME = {
    "ru": {
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая "
                  "пользоваться сайтом, вы соглашаетесь с этим.",
        "accept": "Принять",
        "menu": ["Главная", "Политика", "Экономика", "Культура", "Спорт", "Контакты"],
        "weather": "Караганда -3 °C, Астана -8 °C",
        "views": "1523 просмотра",
        "share": "Поделиться:",
        "read_also": "Читайте также",
        "also": ["В Шымкенте пройдёт концерт Димаша 1 мая",
                 "В Павлодаре откроется ярмарка ремёсел 20 марта",
                 "Курс тенге на сегодня"],
        "comments": "Комментарии",
        "comment_lines": [("Гость", "Были на их концерте в Таразе в прошлом году, очень "
                                    "понравилось!"),
                          ("Марат", "Когда будет концерт в Актобе?")],
        "popular": "Популярное",
        "popular_items": ["В Уральске пройдёт фестиваль уличной еды 2 июня",
                          "Синоптики обещают снег на выходных"],
        "footer": "© 2025 {site}. Все права защищены. При использовании материалов "
                  "ссылка обязательна.",
    },
    "en": {
        "cookie": "We use cookies to improve your experience. By continuing to browse "
                  "you agree to our use of cookies.",
        "accept": "Accept all",
        "menu": ["Home", "Politics", "Business", "Culture", "Sport", "Contact us"],
        "weather": "Astana -8 °C",
        "views": "2,117 views",
        "share": "Share:",
        "read_also": "Read also",
        "also": ["Dimash to give a concert in Shymkent on 1 May",
                 "Crafts fair opens in Pavlodar on 20 March",
                 "Tenge exchange rate today"],
        "comments": "Comments",
        "comment_lines": [("Guest", "We saw them in Taraz last year, it was great!"),
                          ("Mark", "Any plans for a concert in Aktobe?")],
        "popular": "Most read",
        "popular_items": ["Street food festival to be held in Oral on 2 June",
                          "Snow expected at the weekend"],
        "footer": "© 2025 {site}. All rights reserved.",
    },
}

RU_CONCERT = {
    "lang": "ru",
    "title": "В Караганде прошёл концерт оркестра «Тенгри»",
    "site": "Новости Сарыарки",
    "url": "https://saryarka-news.example.kz/culture/2025/03/14/tengri-concert",
    "published": "2025-03-14T18:20:00+05:00",
    "shown_date": "14 марта 2025, 18:20",
    "paragraphs": [
        "Вечером 13 марта в Карагандинской областной филармонии состоялся концерт "
        "оркестра народных инструментов «Тенгри». Коллектив под управлением дирижёра "
        "Нурлана Жакупова исполнил произведения Курмангазы, Даулеткерея и современных "
        "казахстанских композиторов.",
        "В программу вошли кюи для домбры с оркестром, а также новая сюита «Сарыарка», "
        "написанная специально для этого вечера. Солировала лауреат республиканских "
        "конкурсов домбристка Айжан Сеитова.",
        "«Мы хотели показать, как звучит традиционная музыка сегодня», — рассказал "
        "после концерта Нурлан Жакупов.",
    ],
}

RU_EXHIBITION = {
    "lang": "ru",
    "title": "В Алматы открылась выставка живописи «Степные мотивы»",
    "site": "Алматы Таймс",
    "url": "https://almaty-times.example.kz/kultura/12345-stepnye-motivy",
    "published": "2025-05-20",
    "shown_date": "20.05.2025",
    "paragraphs": [
        "20 мая в Государственном музее искусств имени Кастеева в Алматы открылась "
        "выставка живописи «Степные мотивы». В экспозиции представлены более ста работ "
        "казахстанских художников XX века.",
        "Выставка продлится до 15 июля. Организаторы подготовили для посетителей "
        "экскурсии и мастер-классы для детей.",
    ],
}

EN_FESTIVAL = {
    "lang": "en",
    "title": "Almaty to host the Spirit of Tengri ethno festival",
    "site": "Steppe Herald",
    "url": "https://steppe-herald.example.com/culture/spirit-of-tengri-2025",
    "published": "2025-08-01T09:00:00Z",
    "shown_date": "1 August 2025",
    "paragraphs": [
        "The Spirit of Tengri ethno music festival will take place in Almaty on "
        "12 and 13 September 2025, its organisers said on Friday.",
        "Musicians from Kazakhstan, Kyrgyzstan and Mongolia will perform at the "
        "Almaty Arena over two evenings.",
    ],
}


def news_page(article: dict, *, charset: str = "utf-8", meta_date: bool = True,
              meta_charset: bool = True) -> str:
    """A whole page around ``article``, as a news site serves it."""
    chrome = CHROME[article["lang"]]
    esc = html.escape
    menu = "".join(f'<li><a href="/{i}">{esc(w)}</a></li>' for i, w in enumerate(chrome["menu"]))
    also = "".join(f'<li><a href="/a/{i}">{esc(t)}</a></li>' for i, t in enumerate(chrome["also"]))
    popular = "".join(f'<li><a href="/p/{i}">{esc(t)}</a></li>'
                      for i, t in enumerate(chrome["popular_items"]))
    comments = "".join(f'<div class="comment"><b>{esc(n)}</b>: <p>{esc(t)}</p></div>'
                       for n, t in chrome["comment_lines"])
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in article["paragraphs"])
    head_charset = f'<meta charset="{charset}">' if meta_charset else ""
    head_date = (f'<meta property="article:published_time" content="{article["published"]}">'
                 if meta_date else "")
    shown_date = (f'<time datetime="{article["published"]}">{esc(article["shown_date"])}</time>'
                  if meta_date else "")
    site = esc(article["site"])
    return f"""<!DOCTYPE html>
<html lang="{article['lang']}">
<head>
{head_charset}
<title>{esc(article['title'])} — {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(article['title'])}">
<meta property="og:site_name" content="{site}">
{head_date}
<link rel="canonical" href="{article['url']}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-XXXX');</script>
<style>.menu {{ display: flex; }} .cookie {{ position: fixed; bottom: 0; }}</style>
</head>
<body>
<div id="cookie-banner" class="cookie cookie-consent">{esc(chrome['cookie'])}
  <button>{esc(chrome['accept'])}</button></div>
<header class="site-header">
  <a class="logo" href="/">{site}</a>
  <nav class="main-menu"><ul class="menu">{menu}</ul></nav>
  <div class="weather">{esc(chrome['weather'])}</div>
</header>
<main>
<article class="news-article">
  <div class="breadcrumbs"><a href="/">{esc(chrome['menu'][0])}</a> /
    <a href="/3">{esc(chrome['menu'][3])}</a></div>
  <h1 class="article-title">{esc(article['title'])}</h1>
  <div class="meta">{shown_date} <span class="views">{esc(chrome['views'])}</span></div>
  <div class="article-body">
{body}
  </div>
  <div class="share">{esc(chrome['share'])} <a href="#">VK</a> <a href="#">Telegram</a>
    <a href="#">WhatsApp</a></div>
  <div class="read-also"><h3>{esc(chrome['read_also'])}</h3><ul>{also}</ul></div>
</article>
<section class="comments" id="comments"><h3>{esc(chrome['comments'])} (2)</h3>
{comments}
</section>
</main>
<aside class="sidebar"><h3>{esc(chrome['popular'])}</h3><ul>{popular}</ul>
  <div class="banner">Реклама / Advertisement</div></aside>
<footer><p>{esc(chrome['footer'].format(site=article['site']))}</p></footer>
</body>
</html>
"""


def encode_page(page: str, charset: str) -> bytes:
    """The page's bytes; characters the charset lacks (« » — in KOI8-R) become
    numeric character references, as servers of such pages write them."""
    return page.encode(charset, errors="xmlcharrefreplace")


CHROME_PLACES = ("Shymkent", "Pavlodar", "Taraz", "Aktobe", "Oral", "Uralsk")


def event_cities(record_or_doc) -> set[str | None]:
    events = (record_or_doc["events"] if isinstance(record_or_doc, dict)
              else [e.__dict__ for e in record_or_doc.events])
    return {e["city"] for e in events}


def write_warc(path, records: list[dict], *, gzip: bool = True) -> list[int]:
    """Write a WARC with warcio: each record a dict with ``uri``, ``payload`` (bytes),
    optional ``status`` (``"200 OK"``), ``content_type``, ``date`` (WARC-Date),
    ``headers`` (more HTTP headers) and ``type`` (``response``, ``request``,
    ``warcinfo``). Returns the byte offset of each record."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    offsets = []
    for spec in records:
        offsets.append(buffer.tell())
        kind = spec.get("type", "response")
        warc_headers = {"WARC-Date": spec.get("date", "2025-06-01T10:00:00Z")}
        if kind == "warcinfo":
            record = writer.create_warcinfo_record(path.name, {"software": "tests"})
        elif kind == "request":
            http = StatusAndHeaders(f"GET {spec['uri']} HTTP/1.1", [("Host", "example.kz")],
                                    is_http_request=True)
            record = writer.create_warc_record(spec["uri"], "request", http_headers=http,
                                               warc_headers_dict=warc_headers)
        else:
            headers = [("Content-Type", spec.get("content_type", "text/html; charset=utf-8"))]
            headers += spec.get("headers", [])
            http = StatusAndHeaders(spec.get("status", "200 OK"), headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(spec["uri"], "response",
                                               payload=io.BytesIO(spec.get("payload", b"")),
                                               http_headers=http,
                                               warc_headers_dict=warc_headers)
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return offsets
