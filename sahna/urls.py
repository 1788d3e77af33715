"""Which URLs from news documents may become links or leave sahna in an export.

A document's URL is input like its text: anyone who can ingest a document chooses it, so a
``javascript:`` or ``data:`` URL rendered as ``<a href>`` runs script in our origin when
clicked, and exported into ``.ics`` or JSON-LD it reaches calendars and crawlers the same
way. One function decides, for the pages, the API and every export alike, so that the
rule cannot drift between them: only ``http`` and ``https`` URLs with a host pass.

The check is made on the URL as a browser reads it, not as it is written: browsers drop
tab, CR and LF anywhere in a URL and strip leading and trailing C0 controls and spaces,
so ``java\\tscript:``, `` JaVaScRiPt:`` and ``\\x00javascript:`` are all ``javascript:``
to them and must be to us.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

__all__ = ["SCHEMES", "safe_url"]

SCHEMES = frozenset({"http", "https"})
# the WHATWG URL parser removes these anywhere in the input
_DROPPED = re.compile(r"[\t\n\r]")
# ... and strips these (C0 controls and space) from both ends
_EDGES = "".join(chr(c) for c in range(0x21))
# what is left of the C0 controls, DEL and the C1 controls inside a URL: no real page's
# address has them, and a string that does is not worth guessing about
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def safe_url(value: object) -> str | None:
    """``value`` as the browser would read it, when it is an absolute http(s) URL with a
    host; None for anything else (other schemes, relative or malformed URLs, non-strings).

    The returned string is the one to link or export: the characters a browser would
    ignore are already gone from it."""
    if not isinstance(value, str):
        return None
    url = _DROPPED.sub("", value).strip(_EDGES)
    if not url or _CONTROL.search(url):
        return None
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in SCHEMES:
        return None
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port
    except ValueError:  # an invalid port or IPv6 literal: browsers would not follow it
        return None
    if not host or not url[scheme.end():].startswith("//"):
        return None
    return url


def safe_urls(value: Any) -> Any:
    """``value`` (rows, nested dicts and lists as the API returns them) with every
    ``url`` as :func:`safe_url` gives it: the JSON API hands out no URL a page may not
    link, just as the pages and exports do. The caller's objects are left as they were."""
    if isinstance(value, dict):
        return {k: safe_url(v) if k == "url" else safe_urls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [safe_urls(v) for v in value]
    return value
