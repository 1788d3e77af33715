"""Chrome the cleaner leaves in: its recall on whole pages from many outlets.

``tune/`` and ``check/`` hold a few hundred chrome lines from a few dozen sites; the
cleaner's rules were written from the first, so their recall there says little about
other sites. The article-extraction benchmark has 181 English pages from as many
outlets, with the article text a person marked. Each page is written out here as the
text a browser shows (one line per block element: heading, paragraph, list item, table
cell, link bar), then cut like the text pages of the shared sets: from the top of the
page to a few lines past the article's end. A line is article when the marked text
holds it (or it is the page's ``<h1>``, the headline); every other line is chrome.
:func:`sahna.clean.page.classify_lines` labels the page; the script prints recall and
precision and, with ``--show N``, the most frequent chrome lines it keeps, so that a
missing kind of chrome shows itself.

The split is rough (an image caption or a subheading the person left out counts as
chrome; a menu line that repeats a phrase of the article counts as article), so the
figures are for comparing revisions of the cleaner, not for quoting against Chrome F1.

    .venv/bin/python bench/chrome_recall.py [--shared PATH] [--show N] [--after N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from lxml import html as lxml_html
from rich.progress import track

from sahna.clean.page import classify_lines

ROOT = Path(__file__).resolve().parents[1]
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
           "tr", "table", "section", "article", "header", "footer", "nav", "aside", "br",
           "figcaption", "figure", "blockquote", "dd", "dt", "form", "main", "time", "button",
           "label", "option", "select"}
_INVISIBLE = {"script", "style", "noscript", "svg", "template", "iframe", "head", "title"}
_SPACE = re.compile(r"\s+")


def visible_lines(page: str) -> tuple[list[str], str]:
    """The page's visible text, one line per block element, and its ``<h1>`` text."""
    root = lxml_html.fromstring(page)
    hidden = [e for e in root.iter() if not isinstance(e.tag, str)
              or e.tag.lower() in _INVISIBLE]  # comments too
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()
    pieces: list[str] = []

    def walk(element: lxml_html.HtmlElement) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        block = tag in _BLOCKS
        if block:
            pieces.append("\n")
        if element.text and isinstance(element.tag, str):
            pieces.append(element.text)
        for child in element:
            walk(child)
        if block:
            pieces.append("\n")
        if element.tail:
            pieces.append(element.tail)

    walk(root)
    lines = [_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n")]
    h1 = root.find(".//h1")
    headline = _SPACE.sub(" ", h1.text_content()).strip() if h1 is not None else ""
    return [line for line in lines if line], headline


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def excerpt(lines: list[str], body: str, headline: str,
            after: int) -> tuple[list[str], list[bool]] | None:
    """The page cut like a shared text page, and for each line whether it is chrome."""
    body_key = _key(body)
    is_article = []
    for line in lines:
        key = _key(line)
        article = bool(key) and (key in body_key or key == _key(headline))
        # a one- or two-word line found in the body is likely a menu word, not the body
        if article and len(key.split()) <= 2 and key != _key(headline):
            article = False
        is_article.append(article)
    inside = [i for i, a in enumerate(is_article) if a and len(lines[i].split()) >= 8]
    if not inside:
        return None
    end = min(len(lines), inside[-1] + 1 + after)
    return lines[:end], [not a for a in is_article[:end]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", type=int, default=0, help="most frequent kept chrome lines")
    parser.add_argument("--after", type=int, default=15, help="lines kept after the article")
    args = parser.parse_args()
    data = args.shared / "data" / "article-benchmark"
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    tp = fp = fn = pages = 0
    kept_chrome: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for item_id, item in track(sorted(truth.items()), description="benchmark pages"):
        raw = gzip.decompress((data / "html" / f"{item_id}.html.gz").read_bytes())
        lines, headline = visible_lines(raw.decode("utf-8", errors="replace"))
        cut = excerpt(lines, item.get("articleBody") or "", headline, args.after)
        if cut is None:
            continue
        pages += 1
        text, chrome = cut
        labels = classify_lines(text)
        for line, is_chrome, label in zip(text, chrome, labels, strict=True):
            removed = label is not None
            tp += is_chrome and removed
            fp += removed and not is_chrome
            fn += is_chrome and not removed
            if is_chrome and not removed:
                kept_chrome[line[:100]] += 1
            if removed and not is_chrome:
                wrong[f"{label}: {line[:90]}"] += 1
    recall = tp / (tp + fn) if tp + fn else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    print(f"== article-benchmark pages (en) as text: {pages} pages, {tp + fn} chrome lines")
    print(f"   recall {recall:.3f}  precision {precision:.3f}  (removed {tp + fp})")
    for line, n in kept_chrome.most_common(args.show):
        print(f"   kept {n:3}  {line!r}")
    for line, n in wrong.most_common(args.show):
        print(f"   removed article {n:3}  {line!r}")


if __name__ == "__main__":
    main()
