"""What a command shows on stderr while it runs and at its end: progress bars, one line
per failure (also written to the ``--errors`` file), warnings, the summary.

The counting is not done here but by the run loop (:mod:`sahna.run`), which the shard
workers and the API share; this module only displays its :class:`~sahna.run.Tally`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from sahna.document import Document
from sahna.run import Failure, Item, Tally, run_documents

# soft_wrap: a line longer than the terminal is not broken at its width (nor at 80
# columns when stderr is a file or a pipe, where a broken line is two lines to grep)
err = Console(stderr=True, soft_wrap=True)


class ErrorLog:
    """Failures as a command shows them: one line each on stderr as they happen, every
    one as a JSON line (source, line, offset, reason) in the ``--errors`` file, and the
    first few again in the summary, where they are not lost in a long run's output."""

    FIRST_ERRORS = 5

    def __init__(self, file: TextIO | None = None) -> None:
        self.file = file
        self.first: list[str] = []

    def report(self, failure: Failure) -> None:
        message = " ".join(failure.message.split())
        if len(self.first) < self.FIRST_ERRORS:
            self.first.append(message)
        err.print(f"[red]error[/red]: {escape(message)}", highlight=False, soft_wrap=True)
        if self.file is not None:
            self.file.write(json.dumps(failure.to_json(), ensure_ascii=False) + "\n")
            self.file.flush()

    def tally(self) -> Tally:
        """A tally whose failures are reported here."""
        return Tally(on_failure=self.report)


@contextmanager
def errors_log(path: Path | None) -> Iterator[ErrorLog]:
    """The ``--errors`` file (truncated) for the length of the run, if one is given."""
    if path is None:
        yield ErrorLog()
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as exc:
        err.print(f"[red]error[/red]: --errors {escape(str(path))}: cannot write "
                  f"({escape(exc.strerror or str(exc))})", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    with handle:
        yield ErrorLog(handle)


def progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
                    console=err, transient=False, disable=not err.is_terminal)


def processed(items: Iterable[Item], tally: Tally,
              skip: Callable[[Document], bool] | None = None,
              timeout: float | None = None) -> Iterator[Document]:
    """The run loop over the readers' output, with a progress bar and a warning line
    for each of a document's warnings; a document taking over ``timeout`` seconds is a
    failure (:func:`sahna.run.run_documents`)."""
    with progress() as bar:
        task = bar.add_task("documents", total=None, status="")

        def advancing() -> Iterator[Item]:
            for item in items:
                bar.advance(task)
                yield item

        for doc in run_documents(advancing(), tally, skip=skip, timeout=timeout):
            for warning in doc.warnings:
                err.print(f"[yellow]warning[/yellow]: {escape(doc.source)}: {escape(warning)}",
                          highlight=False)
            bar.update(task, status=f"{tally.events} events, {tally.failed} failed")
            yield doc


def summary(tally: Tally, log: ErrorLog, verb: str) -> None:
    """The run in a few lines on stderr; exit 1 when anything failed."""
    reasons = ", ".join(f"{count} {kind}" for kind, count in sorted(tally.skipped.items()))
    skipped = f"{tally.skipped_total} skipped" + (f" ({reasons})" if reasons else "")
    err.print(f"{tally.read} documents read, {tally.events} events {verb}, {skipped}, "
              f"{tally.failed} failed", highlight=False, soft_wrap=True)
    if tally.docs_by_lang:
        langs = ", ".join(f"{lang} {count} documents / {tally.events_by_lang[lang]} events"
                          for lang, count in tally.docs_by_lang.most_common())
        err.print(f"  by language: {langs}", highlight=False, soft_wrap=True)
    if log.first:
        more = tally.failed - len(log.first)
        err.print("  first errors:" + (f" (and {more} more)" if more > 0 else ""),
                  highlight=False)
        for message in log.first:
            err.print(f"    {escape(message)}", highlight=False, soft_wrap=True)
    if tally.failed:
        raise typer.Exit(1)
