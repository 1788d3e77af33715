"""Throughput and memory of ``sahna extract`` against Natasha's NER alone.

Both run in this process on the same documents (the shared seeds and dev documents,
repeated to make the run long enough to time), after their models are loaded:

* sahna: the whole pipeline (clean, language, analysis, dates, places, events, record);
* reference: natasha's ``NewsNERTagger`` over each raw document, nothing else.

Prints documents per second of each, their ratio, and the peak resident memory.

Then the web inputs: the repository's ``examples/*.txt`` wrapped at run time in a news
site's page chrome (menus, cookie banner, "read also", comments, sidebar, footer):

* HTML pages per second of sahna (trafilatura extraction, then the whole pipeline)
  against trafilatura's extraction alone on the same pages;
* WARC records per second of sahna over a WARC.gz of those pages (one request and one
  response record each), written to a temporary folder.

    .venv/bin/python bench/speed.py [--repeat N] [--shared PATH]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from rich.progress import track

ROOT = Path(__file__).resolve().parents[1]


def load(shared: Path) -> list:
    from sahna.read import read_paths

    data = shared / "data"
    paths = sorted((data / "seeds").glob("*.txt")) + sorted((data / "dev" / "docs").glob("*.txt"))
    return [d for d in read_paths(map(str, paths)) if not isinstance(d, Exception)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    import dataclasses

    from sahna import analyse
    from sahna.langs.ru.analysis import ner_tagger
    from sahna.pipeline import process
    from sahna.record import to_record

    docs = load(args.shared)
    if not docs:
        print("no documents", file=sys.stderr)
        return 2
    started = time.perf_counter()
    analyse.warm_up()
    ner = ner_tagger()
    load_seconds = time.perf_counter() - started
    # Rounds alternate between the two so that drift in the machine's speed (shared
    # cores, frequency) hits both alike; the figures are the medians over rounds.
    ner_rates, sahna_rates = [], []
    by_lang: dict[str, list[float]] = {}  # seconds per document, by detected language
    ner_by_lang: dict[str, list[float]] = {}
    for _ in track(range(args.repeat), description="rounds", transient=True):
        started = time.perf_counter()
        ner_seconds = []
        for doc in docs:
            begun = time.perf_counter()
            ner(doc.raw)
            ner_seconds.append(time.perf_counter() - begun)
        ner_rates.append(len(docs) / (time.perf_counter() - started))
        started = time.perf_counter()
        for doc, ner_time in zip(docs, ner_seconds, strict=True):
            begun = time.perf_counter()
            done = process(dataclasses.replace(doc, warnings=[]))
            to_record(done)
            by_lang.setdefault(done.lang or "?", []).append(time.perf_counter() - begun)
            ner_by_lang.setdefault(done.lang or "?", []).append(ner_time)
        sahna_rates.append(len(docs) / (time.perf_counter() - started))
    ner_rate, sahna_rate = statistics.median(ner_rates), statistics.median(sahna_rates)
    batch = docs * args.repeat

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(docs)} x {args.repeat} rounds = {len(batch)}")
    print(f"model loading: {load_seconds:.2f} s")
    print(f"natasha NER only: {ner_rate:8.1f} docs/s")
    print(f"sahna extract:    {sahna_rate:8.1f} docs/s")
    print(f"ratio sahna / NER: {sahna_rate / ner_rate:.2f}")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    for lang in sorted(by_lang):
        ours, theirs = statistics.median(by_lang[lang]), statistics.median(ner_by_lang[lang])
        print(f"  {lang}: sahna {1 / ours:6.1f} docs/s, natasha NER {1 / theirs:6.1f} docs/s, "
              f"ratio {theirs / ours:.2f}")
    web_rates(args.repeat)
    return 0


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News"><script>var ga = [];</script></head><body>
<div class="cookie-banner">Мы используем cookie. We use cookies. <button>OK</button></div>
<header><nav><ul><li><a href="/">Главная</a></li><li><a href="/culture">Культура</a></li>
<li><a href="/sport">Спорт</a></li><li><a href="/en">English</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{body}
<div class="share">Поделиться: <a href="#">Telegram</a> <a href="#">VK</a></div>
<div class="read-also"><h3>Читайте также</h3><ul><li><a href="/1">Курс тенге на сегодня</a></li>
<li><a href="/2">В Уральске пройдёт фестиваль уличной еды</a></li></ul></div></article>
<section class="comments"><h3>Комментарии</h3><div class="comment">Отличная новость!</div>
</section></main><aside><h3>Популярное</h3><ul><li><a href="/p">Погода на выходные</a></li>
</ul></aside><footer>© 2025 Example News. Все права защищены.</footer></body></html>"""


def example_pages() -> list[bytes]:
    """``examples/*.txt`` as HTML pages: the first line the headline, the rest
    paragraphs, inside the chrome above."""
    import html

    pages = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        pages.append(PAGE.format(title=html.escape(lines[0]), body=body).encode("utf-8"))
    return pages


def write_warc(path: Path, pages: list[bytes]) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, page in enumerate(pages):
            uri = f"https://news.example.kz/{number}"
            request = StatusAndHeaders(f"GET /{number} HTTP/1.1", [], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request",
                                                          http_headers=request))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(page), http_headers=http))


def web_rates(repeat: int) -> None:
    """Pages/s and WARC records/s of sahna, and trafilatura alone, as medians."""
    import tempfile

    import trafilatura

    from sahna.document import Document
    from sahna.pipeline import process
    from sahna.read.html import html_document
    from sahna.read.warc import read_warc_file
    from sahna.record import to_record

    pages = example_pages()
    rounds = max(3, repeat // 4)
    traf_rates, html_rates, warc_rates = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "pages.warc.gz"
        write_warc(archive, pages * 4)
        for _ in track(range(rounds), description="web rounds", transient=True):
            started = time.perf_counter()
            for page in pages:
                trafilatura.bare_extraction(page, with_metadata=True)
            traf_rates.append(len(pages) / (time.perf_counter() - started))
            started = time.perf_counter()
            for number, page in enumerate(pages):
                doc = html_document(page, "bench", str(number))
                if isinstance(doc, Document):
                    to_record(process(doc))
            html_rates.append(len(pages) / (time.perf_counter() - started))
            started = time.perf_counter()
            records = 0
            for doc in read_warc_file(archive):
                records += 1
                if isinstance(doc, Document):
                    to_record(process(doc))
            warc_rates.append(records / (time.perf_counter() - started))
    traf_rate = statistics.median(traf_rates)
    html_rate, warc_rate = statistics.median(html_rates), statistics.median(warc_rates)
    print(f"web pages: {len(pages)} examples in page chrome x {rounds} rounds")
    print(f"trafilatura only: {traf_rate:8.1f} pages/s")
    print(f"sahna HTML:       {html_rate:8.1f} pages/s")
    print(f"ratio sahna HTML / trafilatura: {html_rate / traf_rate:.2f}")
    print(f"sahna WARC:       {warc_rate:8.1f} records/s (HTML responses, extracted)")


if __name__ == "__main__":
    sys.exit(main())
