"""The ``sahna`` command: extract, ingest and query events.

Bad inputs never stop a batch: each is reported on stderr as one line naming the file
(and line), the rest goes on, and the exit code is 1 when anything failed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from sahna.document import Document
from sahna.read import ReadError, read_paths
from sahna.record import to_record

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news about cultural and public life into a database of events.")
err = Console(stderr=True)

Paths = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")]
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]


class Tally:
    def __init__(self) -> None:
        self.read = self.failed = self.skipped = self.events = self.stored = 0

    def error(self, message: str) -> None:
        self.failed += 1
        err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)


def progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
                    console=err, transient=False, disable=not err.is_terminal)


def processed(items: Iterable[Document | ReadError], tally: Tally,
              skip: Callable[[Document], bool] | None = None) -> Iterator[Document]:
    """Run the pipeline over readers' output, reporting errors as one line each."""
    from sahna.pipeline import process

    with progress() as bar:
        task = bar.add_task("documents", total=None, status="")
        for item in items:
            bar.advance(task)
            if isinstance(item, ReadError):
                tally.error(str(item))
                continue
            tally.read += 1
            if skip is not None and skip(item):
                tally.skipped += 1
                continue
            try:
                doc = process(item)
            except Exception as exc:  # one broken document must not end the batch
                tally.error(f"{item.source}: extraction failed ({type(exc).__name__}: {exc})")
                continue
            for warning in doc.warnings:
                err.print(f"[yellow]warning[/yellow]: {doc.source}: {warning}", highlight=False)
            tally.events += len(doc.events)
            bar.update(task, status=f"{tally.events} events, {tally.failed} failed")
            yield doc


def summary(tally: Tally, verb: str) -> None:
    err.print(f"{tally.read} documents read, {tally.events} events {verb}, "
              f"{tally.skipped} already stored, {tally.failed} failed", highlight=False)
    if tally.failed:
        raise typer.Exit(1)


OutputOption = Annotated[Path | None,
                         typer.Option("-o", "--output", help="JSONL file (default stdout).")]


@app.command()
def extract(paths: Paths, output: OutputOption = None) -> None:
    """Extract event records (the spec's JSONL record per document); no database."""
    tally = Tally()
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for doc in processed(read_paths(paths), tally):
            out.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    summary(tally, "extracted")


@app.command()
def ingest(paths: Paths, db: DbOption = Path("sahna.db")) -> None:
    """Extract and store documents and events; a document already stored is skipped."""
    from sahna.store.sqlite import Store

    tally = Tally()
    with Store(db) as store:
        for doc in processed(read_paths(paths), tally, skip=store.has):
            if store.add(doc):
                tally.stored += 1
            else:
                tally.skipped += 1
        counts = store.counts()
    err.print(f"{db}: {counts['documents']} documents, {counts['events']} events", highlight=False)
    summary(tally, "extracted")


@app.command()
def events(
    db: DbOption = Path("sahna.db"),
    type_: Annotated[str | None, typer.Option("--type", help="Event type.")] = None,
    city: Annotated[str | None, typer.Option(help="City (English name).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-2 country code.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="To YYYY[-MM[-DD]].")] = None,
    status: Annotated[str | None, typer.Option(help="held, ongoing, planned, ...")] = None,
    lang: Annotated[str | None, typer.Option(help="Document language.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Full-text search.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Query stored events."""
    from sahna.store.sqlite import EventQuery, Store

    if not db.exists():
        err.print(f"[red]error[/red]: {db}: no such database (run `sahna ingest` first)")
        raise typer.Exit(1)
    for value, flag in ((date_from, "--from"), (date_to, "--to")):
        if value and not _valid_date_prefix(value):
            err.print(f"[red]error[/red]: {flag} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
            raise typer.Exit(2)
    query = EventQuery(type=type_, city=city, country=country, status=status, lang=lang,
                       date_from=date_from, date_to=date_to, q=q)
    with Store(db) as store:
        rows = store.events(query)
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for column in ("date", "type", "status", "title", "place", "participants"):
        table.add_column(column, overflow="fold")
    for row in rows:
        date = row["start"] or ""
        if row["end"]:
            date += f" – {row['end']}"
        place = ", ".join(x for x in (row["city"], row["country"]) if x)
        names = ", ".join(p["name"] for p in row["participants"][:4])
        table.add_row(date, row["type"], row["status"], row["title"], place, names)
    Console().print(table)


def _valid_date_prefix(value: str) -> bool:
    import re

    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value))


if __name__ == "__main__":
    app()
