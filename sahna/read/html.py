"""HTML pages: the article's main text and its metadata, via trafilatura.

trafilatura drops the page's menus, sidebars, "read also" lists, comments and cookie
banners from the HTML structure, which a line classifier working on flat text cannot
see; sahna's own chrome cleaner still runs on what it leaves (bylines, credits and
counters inside the article body). Tables that lay an old page out are first turned
into blocks (:func:`unwrap_layout_tables`), so that the article's cell is judged apart
from the sidebar's. The document's ``raw`` is the headline, a blank line, and the main
text, paragraphs separated by blank lines, as in a saved text page, so that every later
stage works exactly as it does for text files. The headline, publication date
(htmldate, publication preferred over modification), canonical URL and site name come
from the page's metadata.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from html import unescape
from pathlib import Path
from typing import Any

from sahna.document import Document
from sahna.read.charset import decode_html_checked
from sahna.read.decode import DecodeError
from sahna.read.errors import ReadError, Skipped
from sahna.read.headline import headline
from sahna.read.jsonl import normalise_date

# A news page with its scripts and styles inline is at most a few megabytes; a larger
# "page" is a dump or a mistake, and parsing it would stall the batch.
MAX_HTML_BYTES = 20 * 1024 * 1024

# htmldate's extensive search reads dates out of the visible text, and falls back on the
# copyright year as 1 January: a guessed date would become the reference date for
# "в прошлом году", so only dates the page states as its own (meta tags, <time>, JSON-LD,
# the URL) are taken; of a publication and a modification date, the publication's.
# Both are given to htmldate's ``find_date`` in :func:`page_metadata`.
DATE_EXTENSIVE = False
DATE_ORIGINAL = True
# htmldate refuses a date after the day it runs on, and then falls back on a coarser
# pattern of the page, "2026-12" read as the 1st of that month: a wrong date. A page
# stamped a few days ahead (its time zone, a scheduled post, a clock off) keeps its
# own date when the bound is this many days after today.
DATE_FUTURE_DAYS = 366

# trafilatura and htmldate log a warning for every odd page; without a handler Python
# prints those on stderr, between our own one-line errors. A NullHandler silences them
# unless the application configures logging itself.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_BLOCKS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "tr", "table", "section", "article", "pre", "figcaption")
_SPACES = re.compile(r"[ \t\u00a0]+")


def read_html_file(path: Path, *_: object) -> Iterator[Document | ReadError]:
    """One saved page, one document; the file stem is the ``doc_id``."""
    try:
        size = path.stat().st_size
        if size > MAX_HTML_BYTES:
            yield ReadError(str(path), f"page too large ({size / 1e6:.1f} MB > "
                            f"{MAX_HTML_BYTES / 1e6:.0f} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    yield html_document(data, str(path), path.stem)


def html_document(data: bytes, source: str, doc_id: str, *, url: str | None = None,
                  charset: str | None = None, fallback_date: str | None = None,
                  offset: int | None = None) -> Document | ReadError:
    """Turn one page into a document, or a :class:`ReadError` saying why not.

    ``url`` and ``charset`` come from the HTTP exchange when the page was archived;
    ``fallback_date`` (the archive's capture date) is used only when the page gives
    no date of its own. ``offset`` places errors inside an archive.
    """
    if not data.strip():
        return Skipped(source, "empty page", kind="empty", offset=offset)
    try:
        html, _, charset_warning = decode_html_checked(data, charset)
    except DecodeError as exc:
        return ReadError(source, str(exc), offset=offset)
    try:
        extracted, shown, visible = _extract(html, url)
    except Exception as exc:  # a parser bug on one page must not end the batch
        return ReadError(source, f"HTML extraction failed ({type(exc).__name__}: {exc})",
                         offset=offset)
    if extracted is None or not (extracted.text or "").strip():
        return Skipped(source, "no main text found in the page", kind="empty", offset=offset)
    title = headline(_one_line(extracted.title), site=extracted.sitename,
                     host=extracted.hostname or url, candidates=shown)
    return Document(
        doc_id=doc_id,
        source=source if offset is None else f"{source}@{offset}",
        raw=compose_raw(title, extracted.text),
        url=url or extracted.url or None,
        published=normalise_date(extracted.date) or visible or fallback_date,
        fetched=fallback_date,
        title=title,
        site=_one_line(extracted.sitename),
        warnings=[charset_warning] if charset_warning else [],
    )


# Precision mode's text shorter than this many words is a fragment (a caption, a teaser,
# one block of a page whose article trafilatura split), not an article: default mode is
# then asked too. A short news item has three or four sentences, about sixty words.
FRAGMENT_WORDS = 50
# Default mode's text replaces the fragment only when it is this many times longer and
# holds the fragment's words (most of its 4-word shingles): then the fragment was a
# piece of the article that default mode found whole, not a different block.
FRAGMENT_RATIO = 3.0
FRAGMENT_CONTAINED = 0.8
_WORD = re.compile(r"\w+")


def _extract(html: str, url: str | None) -> tuple[Any, list[str], str | None]:
    """trafilatura in precision mode: on a short article its default mode takes the
    whole ``<article>`` element, "read also" list and share buttons included, and an
    event named only in such chrome must not be extracted (spec section 5). When
    precision mode returns nothing or only a fragment (:data:`FRAGMENT_WORDS`), the
    default mode is asked as well, and its text is taken when it contains the fragment
    and is much longer (:func:`prefer_default`): precision mode sometimes keeps one
    block of an article it split in pieces, and a caption is not the article.

    Either mode runs without its metadata search; the page's metadata is read once,
    afterwards, by :func:`page_metadata`, into the document that carries the text.

    Returns trafilatura's document (or ``None``), the headlines the page shows by
    themselves (:func:`shown_headlines`), and the date printed under the headline
    (:func:`visible_date`, looked for only when the metadata has none)."""
    import trafilatura  # imported here: it takes a second, and text-only runs skip it
    from trafilatura.utils import load_html

    tree = load_html(_strip_xml_declaration(html))  # parsed once; trafilatura copies it
    if tree is None:
        return None, [], None
    if reaches_depth(tree, PARSER_DEPTH):
        deeper = deep_tree(_strip_xml_declaration(html))
        tree = tree if deeper is None else deeper
    unwrap_layout_tables(tree)
    shown = shown_headlines(tree)
    options: dict[str, Any] = {"include_comments": False, "include_tables": True}
    precise: Any = trafilatura.bare_extraction(  # trafilatura's Document, or None
        tree, url=url, favor_precision=True, **options)
    text = (precise.text or "") if precise is not None else ""
    if len(_WORD.findall(text)) < FRAGMENT_WORDS:
        whole: Any = trafilatura.bare_extraction(
            tree, url=url, favor_precision=False, **options)
        if whole is not None and prefer_default(text, whole.text or ""):
            text = whole.text or ""
        elif precise is None:
            return None, shown, None
    meta = page_metadata(tree, url)
    meta.text = text
    return meta, shown, None if meta.date else visible_date(tree)


# The scheme, a "www." and the host of a URL: the site's name when the page gives none.
_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")


def page_metadata(tree: Any, url: str | None) -> Any:
    """The headline, site name, canonical URL, host and date of a page, as trafilatura's
    ``extract_metadata`` finds them, without the author, categories, tags and licence it
    also looks for: sahna uses none of those, and they were a fifth of the reading time
    (the author search copies the whole tree). The steps and their order are
    trafilatura's, so the fields are the same as with ``with_metadata=True``."""
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )
    from trafilatura.utils import line_processing

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader has bugs; the meta tags still count
        pass
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree, url)
    if meta.url:
        meta.hostname = extract_domain(meta.url, fast=True)
    latest = (date.today() + timedelta(days=DATE_FUTURE_DAYS)).isoformat()
    meta.date = find_date(tree, url=meta.url, extensive_search=DATE_EXTENSIVE,
                          original_date=DATE_ORIGINAL, outputformat="%Y-%m-%d",
                          max_date=latest)
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")  # a Twitter handle
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (host := _HOST.match(meta.url)):
        meta.sitename = host[1]
    for name in ("title", "sitename", "url", "hostname", "date"):
        value = getattr(meta, name)
        if isinstance(value, str):  # trafilatura's clean_and_trim: length, entities, spaces
            value = value[:9999] + "…" if len(value) > 10000 else value
            setattr(meta, name, line_processing(unescape(value)))
    return meta


# A table cell with this many words of text holds running text (an article, a column of
# news), not a value: a data table's cells (a date, a venue, a score) are a few words.
LAYOUT_CELL_WORDS = 50
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")


def unwrap_layout_tables(tree: Any) -> int:
    """Turn the tables that lay a page out into plain blocks; returns how many.

    Old sites (many of them in cp1251 or KOI8-R) place the whole page in a table: a
    row for the logo and menu, then a cell of news links, a cell with the article and
    a cell of adverts. trafilatura keeps a table as one text line per row, so the
    article came out as one line mixing it with the sidebar, and neither trafilatura's
    link-density pruning nor sahna's line cleaner could part them. A table is a layout
    when one of its own cells holds another table or :data:`LAYOUT_CELL_WORDS` words;
    its table, row and cell elements then become ``<div>`` elements (and its ``<font>``
    wrappers go, keeping their text), which trafilatura
    judges one by one like any other block (a cell of links is navigation, the cell of
    text the article). A table of values (a festival programme, standings) has short
    cells and stays a table, one content line per row; so does a data table nested
    inside the article's cell."""
    from lxml.etree import strip_tags

    layout = [table for table in tree.iter("table") if _is_layout_table(table)]
    for table in layout:
        parts = [el for el in table.iter(*_TABLE_PARTS) if _owner(el) is table]
        for element in (table, *parts):
            element.tag = "div"
    for table in layout:
        # The same pages wrap a cell's text in <font>; when that holds a table as well
        # as <br>-parted paragraphs, trafilatura keeps the paragraphs and drops the
        # headline, the date line and the table around them.
        strip_tags(table, "font")
    return len(layout)


def _owner(element: Any) -> Any:
    """The nearest table that ``element`` (a row, a cell) belongs to."""
    return next(element.iterancestors("table"), None)


def _is_layout_table(table: Any) -> bool:
    """Whether one of ``table``'s own cells holds a table or running text."""
    for cell in table.iter("td", "th"):
        if _owner(cell) is not table:
            continue
        if next(cell.iter("table"), None) is not None:
            return True
        if len(_WORD.findall(cell.text_content())) >= LAYOUT_CELL_WORDS:
            return True
    return False


# libxml2 stops building the tree 256 elements deep and drops what lies deeper, without
# an error: a page whose text sits under 300 wrapping <div>s came out empty.
PARSER_DEPTH = 255


def reaches_depth(tree: Any, level: int) -> bool:
    """Whether the tree holds an element ``level`` elements deep (the root is level 1;
    comments and processing instructions do not count). One XPath of ``level - 1``
    child steps, evaluated by libxml2 in C: a walk over the tree's start and end events
    in Python took a millisecond and a half per page, as long as sahna's whole text
    cleaning of a short article."""
    return bool(_deep_elements(level)(tree))


@cache
def _deep_elements(level: int) -> Any:
    from lxml import etree

    return etree.XPath("boolean(" + "*/" * (level - 2) + "*)")


def deep_tree(html: str) -> Any:
    """The page parsed as trafilatura parses it but without libxml2's depth limit
    (``huge_tree``); only for a page that reached the limit, so that every other page
    is parsed exactly as before."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        return lxml_html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # lxml's ParserError and friends: keep the limited tree
        return None


def shown_headlines(tree: Any) -> list[str]:
    """The headlines the page shows by themselves (``<h1>``, ``og:title``,
    ``twitter:title``), from which :func:`~sahna.read.headline.headline` tells the
    article's headline apart from the site's name in ``<title>``."""
    shown = [h.text_content() for h in tree.iter("h1")]
    shown += tree.xpath('//meta[@property="og:title" or @name="og:title" or '
                        '@name="twitter:title" or @property="twitter:title"]/@content')
    return [str(text) for text in shown if str(text).strip()]


# The page's own date is printed right under its headline (with the byline, the rubric,
# the reading time): only this many pieces of text after the <h1> are read for it, so that
# the dates of a "related" list further down are never taken.
VISIBLE_DATE_PIECES = 12


def visible_date(tree: Any) -> str | None:
    """The publication date printed under the headline, for a page whose metadata has
    none: the first piece of text after the first ``<h1>`` that is a date line as the
    text cleaner knows them (a date, alone or after a label: "Опубликовано: 12.03.2025
    10:15", "12 қараша 2025 ж.", "Nov. 24, 2025 | 14:05"), within
    :data:`VISIBLE_DATE_PIECES` pieces. htmldate's own search of the visible text is
    off (see :data:`DATE_EXTENSIVE`): it takes any date of the page, a copyright year
    included; this one reads only where the page's date is printed."""
    from sahna.clean.lines import is_date_line, parse_date

    h1 = next((h for h in tree.iter("h1") if h.text_content().strip()), None)
    if h1 is None:
        return None
    inside = set(h1.iter())
    pieces = 0
    after = False
    for element in tree.iter():
        if element is h1:
            after = True
        if not after or not isinstance(element.tag, str):
            continue
        if element in inside and element is not h1:  # the headline's own words
            continue
        texts = [element.tail] if element is h1 else [element.text, element.tail]
        if element.tag in ("script", "style", "noscript"):
            texts = [element.tail]
        for text in texts:
            line = " ".join((text or "").split())
            if not line:
                continue
            if is_date_line(line) and (found := parse_date(line)):
                return found
            pieces += 1
            if pieces >= VISIBLE_DATE_PIECES:
                return None
    return None


def prefer_default(precise: str, default: str) -> bool:
    """Whether default mode's text should replace precision mode's short one: it is
    :data:`FRAGMENT_RATIO` times longer and holds :data:`FRAGMENT_CONTAINED` of the
    fragment's 4-word shingles (all of it when the fragment is shorter than that)."""
    short, long = _WORD.findall(precise), _WORD.findall(default)
    if not long:
        return False
    if not short:
        return True
    if len(long) < FRAGMENT_RATIO * len(short):
        return False
    if len(short) < 4:
        return " ".join(short) in " ".join(long)
    grams = Counter(tuple(short[i:i + 4]) for i in range(len(short) - 3))
    whole = Counter(tuple(long[i:i + 4]) for i in range(len(long) - 3))
    return sum((grams & whole).values()) >= FRAGMENT_CONTAINED * sum(grams.values())


def compose_raw(title: str | None, text: str) -> str:
    """Headline, blank line, paragraphs separated by blank lines (a saved page's shape).
    The headline is not repeated when the text already starts with it."""
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    head = [title] if title else []
    return "\n\n".join(head + paragraphs) + "\n"


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's summary or content): block
    elements become paragraphs; scripts and styles are dropped. trafilatura is made
    for whole pages and rejects a short fragment as too little to be an article."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml's parser errors are several types; text is the fallback
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines())
    return "\n\n".join(line for line in lines if line)


def _strip_xml_declaration(html: str) -> str:
    """lxml refuses a decoded string that still declares its encoding (XHTML pages)."""
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None
