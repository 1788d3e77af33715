"""The run loop: documents through the pipeline, counted.

Every way of running the pipeline over documents — ``sahna extract`` and ``sahna
ingest``, one shard on an executor's worker (local or Ray), ``POST /api/documents`` —
goes through :func:`run_documents`, so that what counts as read, skipped or failed, and
how a failure is worded, is decided in one place: the summary of a plain run, the
counts of a sharded one and the API's answer cannot drift apart. Storing what it
yields is :func:`store_documents`; progress bars and error lines (the command) and
writing records or shards stay with the callers.

    tally = Tally(on_failure=print)
    for doc in run_documents(read_paths(["corpus/"]), tally, timeout=60):
        ...  # write doc
    tally.read, tally.failed, tally.skipped, tally.docs_by_lang ...

or, to store what it yields, ``store_documents(run_documents(...), store, tally)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sahna.document import Document
from sahna.read.errors import ReadError, Skipped, where

__all__ = ["Failure", "Item", "ProcessFn", "Tally", "run_documents", "store_documents"]

Item = Document | ReadError  # what the readers (sahna.read.read_paths) yield
ProcessFn = Callable[[Document], Document]


@dataclass(frozen=True)
class Failure:
    """An input that yielded no document, as one ``--errors`` JSON line: ``source``
    names the file, ``line`` or ``offset`` the place in it. ``error`` is the exception
    behind it, kept (not serialised) for a caller that answers with it, as the API does."""

    source: str
    reason: str
    line: int | None = None
    offset: int | None = None
    error: BaseException | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, error: ReadError) -> Failure:
        return cls(error.source, error.reason, line=error.line, offset=error.offset,
                   error=error)

    @classmethod
    def parse(cls, message: str, error: BaseException | None = None) -> Failure:
        """A failure from its one line ``source: reason``, whitespace collapsed: a
        database's multi-line error must stay one line on stderr and in ``--errors``."""
        message = " ".join(message.split())
        source, _, reason = message.partition(": ")
        return cls(source, reason or message, error=error)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Failure:
        """Back from :meth:`to_json` (a shard's errors travel as JSON to the driver)."""
        return cls(data["source"], data["reason"], line=data.get("line"),
                   offset=data.get("offset"))

    @property
    def where(self) -> str:
        """The source as printed: ``path:line``, ``path: byte N`` or ``path``."""
        return where(self.source, self.line, self.offset)

    @property
    def message(self) -> str:
        """One line naming the file: ``path:line: reason``, as a read error prints."""
        return f"{self.where}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "offset": self.offset,
                "reason": self.reason}


@dataclass
class Tally:
    """What a run did: documents read; skipped, by reason (``language``, ``empty``,
    ``duplicate``, or a reader's kind such as ``not a page``); failed (timed out among
    them); events and documents per language; warnings; documents stored (by callers
    that store). A document skipped for its language or emptiness is still counted in
    its language, with its (no) events: it was read and processed.

    ``on_failure`` sees each failure as it is counted — to print it, log it, keep it
    with a shard's result, or raise it to stop the run."""

    read: int = 0
    events: int = 0
    failed: int = 0
    timed_out: int = 0
    warnings: int = 0
    stored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    docs_by_lang: Counter[str] = field(default_factory=Counter)
    events_by_lang: Counter[str] = field(default_factory=Counter)
    on_failure: Callable[[Failure], None] | None = field(default=None, compare=False,
                                                         repr=False)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        if self.on_failure is not None:
            self.on_failure(failure)

    def read_error(self, error: ReadError) -> None:
        """Count what a reader yielded in place of a document: a skip or a failure."""
        if isinstance(error, Skipped):
            self.skipped[error.kind] += 1
        else:
            self.fail(Failure.of(error))

    def document(self, doc: Document) -> None:
        """Count a processed document (or a stored record) in its language."""
        lang = doc.lang or "unknown"
        self.docs_by_lang[lang] += 1
        self.events_by_lang[lang] += len(doc.events)
        self.events += len(doc.events)

    def add(self, other: Tally) -> None:
        """Add another run's documents (a shard's): read, skipped, stored, warnings,
        events and documents per language — not its failures. Those are counted as each
        is reported (:meth:`fail`), or not at all for work a previous run finished."""
        self.read += other.read
        self.events += other.events
        self.warnings += other.warnings
        self.stored += other.stored
        self.skipped.update(other.skipped)
        self.docs_by_lang.update(other.docs_by_lang)
        self.events_by_lang.update(other.events_by_lang)


def run_documents(items: Iterable[Item], tally: Tally, process: ProcessFn | None = None, *,
                  timeout: float | None = None,
                  skip: Callable[[Document], bool] | None = None) -> Iterator[Document]:
    """Run ``process`` (default: :func:`sahna.pipeline.process`) over the readers'
    output and yield each processed document, counting everything in ``tally``.

    A read error is a failure (a :class:`~sahna.read.Skipped` record a skip); a document
    ``skip`` says is already done (stored) is a ``duplicate`` skip and is not processed;
    a document whose processing raises, or overruns ``timeout`` seconds (None or 0: no
    limit), is a failure — one broken document must not end the batch. A document the
    pipeline found empty or in a language it does not analyse is yielded all the same
    (extraction writes a record for it) and counted as skipped."""
    # Imported here: the executors package imports this module, and the pipeline's
    # models are loaded only by a run that processes something.
    from sahna import lang
    from sahna.executors.timeout import DocumentTimeout, call_with_timeout

    if process is None:  # the library's pipeline: the CLI and ``sahna.extract`` share it
        from sahna.library import Pipeline

        process = Pipeline(warm=False).process
    for item in items:
        if isinstance(item, ReadError):
            tally.read_error(item)
            continue
        tally.read += 1
        if skip is not None and skip(item):
            tally.skipped["duplicate"] += 1
            continue
        try:
            doc = call_with_timeout(process, item, seconds=timeout)
        except DocumentTimeout as exc:
            tally.timed_out += 1
            tally.fail(Failure(item.source, f"extraction {exc}", error=exc))
            continue
        except Exception as exc:
            tally.fail(Failure(item.source, f"extraction failed ({type(exc).__name__}: {exc})",
                               error=exc))
            continue
        tally.warnings += len(doc.warnings)
        if not doc.text.strip():
            tally.skipped["empty"] += 1
        elif doc.lang not in lang.SUPPORTED:
            tally.skipped["language"] += 1
        tally.document(doc)
        yield doc


def store_documents(docs: Iterable[Document], store: Any, tally: Tally) -> None:
    """Store each document on its own (one transaction each: an interrupted run keeps
    what it stored), counting it as stored, or as a ``duplicate`` skip when the store
    already holds its text. A document the database refuses is a failure; the run goes
    on."""
    for doc in docs:
        try:
            added = store.add(doc)
        except Exception as exc:  # a record the database refuses: report, go on
            tally.fail(Failure.parse(
                f"{doc.source}: not stored ({type(exc).__name__}: {exc})", exc))
            continue
        if added:
            tally.stored += 1
        else:
            tally.skipped["duplicate"] += 1
