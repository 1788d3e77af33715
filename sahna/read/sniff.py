"""What kind of input a file is: by its name first, by its first bytes otherwise.

Crawlers and ``wget`` mirrors save pages without an extension (``index``, ``news?id=5``),
so a name that says nothing is settled by looking at the first kilobytes.
"""

from __future__ import annotations

import re
from pathlib import Path

COMPRESSIONS = (".gz", ".bz2", ".zst")
SUFFIX_KINDS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".warc": "warc", ".warc.gz": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
# Compressed JSON Lines: FineWeb and C4 ship ``.json.gz`` files that hold one record a
# line, so a compressed ``.json`` is read as JSON Lines too.
SUFFIX_KINDS.update({f"{base}{comp}": "jsonl"
                     for base in (".jsonl", ".json", ".ndjson") for comp in COMPRESSIONS})

SNIFF_BYTES = 2048
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title)[\s>/]", re.IGNORECASE)
_FEED = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)


def compound_suffix(path: Path) -> str:
    """``.jsonl.gz`` for ``dump.jsonl.gz``; the plain suffix otherwise."""
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] in COMPRESSIONS:
        return suffixes[-2] + suffixes[-1]
    return suffixes[-1] if suffixes else ""


def kind_by_name(path: Path) -> str | None:
    return SUFFIX_KINDS.get(compound_suffix(path))


def base_stem(path: Path) -> str:
    """The name without the kind's suffixes: ``dump`` for ``dump.jsonl.gz``."""
    suffix = compound_suffix(path)
    if suffix in SUFFIX_KINDS and path.name.lower().endswith(suffix):
        return path.name[: -len(suffix)] or path.name
    return path.stem


def kind_by_content(head: bytes) -> str | None:
    """``warc``, ``feed`` or ``html`` from a file's first bytes; None for anything else."""
    head = head[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/1."):
        return "warc"
    if head.startswith(b"\x1f\x8b\x08"):
        return None  # compressed; only a name can say what is inside
    if _FEED.search(head):
        return "feed"
    if looks_like_html(head):
        return "html"
    return None


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML.search(data[:SNIFF_BYTES]))


def sniff_file(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return kind_by_content(handle.read(SNIFF_BYTES))
    except OSError:
        return None
