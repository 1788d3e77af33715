"""The Python interface: what ``import sahna`` gives (as trafilatura and natasha give a
function and a pipeline object, not only a command line).

``extract`` turns one text, page or byte string into the contract's
:class:`~sahna.contract.Record`; :class:`Pipeline` does the same for many documents with
the models loaded once; ``open_store`` opens a database to query. The command line is
built on these same functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sahna import pipeline
from sahna.analyse import warm_up
from sahna.contract import Record
from sahna.document import Document
from sahna.langs import CODES
from sahna.pipeline import STAGES, Stage
from sahna.read.errors import ReadError
from sahna.read.html import html_document
from sahna.read.sniff import looks_like_html
from sahna.read.text import text_document

__all__ = ["InputError", "Pipeline", "extract", "record_of", "to_document"]

Input = str | bytes


class InputError(ValueError):
    """The input holds no document sahna can read (empty, undecodable, no main text)."""


def to_document(content: Input, *, published: str | None = None, url: str | None = None,
                doc_id: str | None = None, lang: str | None = None) -> Document:
    """A :class:`Document` from a text, an HTML page (told by its first bytes) or bytes
    in any encoding sahna reads; ``published`` (``YYYY-MM-DD``) and ``url`` override
    what the page says; ``lang`` sets the language instead of detecting it."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    name = doc_id or url or "document"
    if looks_like_html(data):
        found: Document | ReadError = html_document(data, "<input>", name, url=url)
    else:
        found = next(iter(text_document(data, "<input>", name)))
    if isinstance(found, ReadError):
        raise InputError(found.reason)
    if published is not None:
        found.published = published
    if url is not None:
        found.url = url
    found.lang = lang
    return found


def record_of(doc: Document) -> Record:
    """The contract's record of a processed document."""
    return Record(doc_id=doc.doc_id, lang=doc.lang, published=doc.published,
                  title=doc.title, events=list(doc.events),
                  removed_lines=list(doc.removed_lines))


# The stages for a document whose language is given: all but identification.
_GIVEN_LANGUAGE: tuple[Stage, ...] = tuple(s for s in STAGES if s.name != "identify")


class Pipeline:
    """The stages with the models of ``langs`` loaded once, for many documents.

    >>> pipe = Pipeline(langs=("en",))  # doctest: +SKIP
    >>> [r.events for r in pipe.extract_many(["...", "..."])]  # doctest: +SKIP
    """

    def __init__(self, langs: Iterable[str] = CODES, *, warm: bool = True) -> None:
        self.langs = tuple(langs)
        unknown = [code for code in self.langs if code not in CODES]
        if unknown:
            raise ValueError(f"languages not analysed: {', '.join(unknown)} "
                             f"(sahna analyses {', '.join(CODES)})")
        if warm:
            warm_up(self.langs)

    @property
    def stages(self) -> tuple[Stage, ...]:
        return STAGES

    def process(self, doc: Document) -> Document:
        """Run every stage on ``doc`` (a document from :mod:`sahna.read` or
        :func:`to_document`); a language given on the document is kept."""
        if doc.lang is None:
            return pipeline.process(doc)
        return pipeline.process(doc, stages=_GIVEN_LANGUAGE)

    __call__ = process

    def extract(self, content: Input, *, published: str | None = None,
                url: str | None = None, lang: str | None = None,
                doc_id: str | None = None) -> Record:
        """The record of one text, page or byte string (see :func:`extract`)."""
        doc = to_document(content, published=published, url=url, lang=lang, doc_id=doc_id)
        return record_of(self.process(doc))

    def extract_many(self, contents: Iterable[Input | Document], **options: Any
                     ) -> Iterator[Record]:
        """Records of many inputs, in order (documents are processed as they are)."""
        for item in contents:
            if isinstance(item, Document):
                yield record_of(self.process(item))
            else:
                yield self.extract(item, **options)


_DEFAULT: Pipeline | None = None


def extract(content: Input, *, published: str | None = None, url: str | None = None,
            lang: str | None = None, doc_id: str | None = None) -> Record:
    """Every event of one news text, HTML page or byte string, as the contract's record.

    ``published`` (``YYYY-MM-DD``) resolves relative dates («в эту субботу», "last
    year"); without it the page's own date is used, and a year that cannot be told is
    left out (``--04-25``). ``lang`` (``ru``, ``kk``, ``en``) skips language detection.
    Raises :class:`InputError` for input with no readable text. Models load on the
    first call and stay loaded (see :class:`Pipeline` to choose which)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(warm=False)
    return _DEFAULT.extract(content, published=published, url=url, lang=lang, doc_id=doc_id)
