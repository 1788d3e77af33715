"""The ``sahna`` command: extract, ingest and query events.

Bad inputs never stop a batch: each is reported on stderr as one line naming the file
(and line), the rest goes on, and the exit code is 1 when anything failed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from sahna.document import Document
from sahna.read import JsonFields, ReadError, Skipped, read_paths
from sahna.record import to_record

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news about cultural and public life into a database of events.")
err = Console(stderr=True)

Paths = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")]
DbOption = Annotated[str, typer.Option(
    "--db", help="SQLite database file, or a sqlite:/// or postgresql:// URL.")]


class Tally:
    """What a run did, for the summary at its end: documents read, skipped (by reason),
    failed (with the first few errors), and events and documents per language."""

    FIRST_ERRORS = 5

    def __init__(self, errors_file: TextIO | None = None) -> None:
        self.read = self.failed = self.events = self.stored = 0
        self.skipped: Counter[str] = Counter()
        self.first_errors: list[str] = []
        self.docs_by_lang: Counter[str] = Counter()
        self.events_by_lang: Counter[str] = Counter()
        self.errors_file = errors_file

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def error(self, message: str, record: dict[str, object] | None = None) -> None:
        """Count a failure and print it as one line; log it to ``--errors`` as JSON."""
        self.failed += 1
        message = " ".join(message.split())
        if len(self.first_errors) < self.FIRST_ERRORS:
            self.first_errors.append(message)
        err.print(f"[red]error[/red]: {escape(message)}", highlight=False, soft_wrap=True)
        if self.errors_file is not None:
            entry = record or {"source": message.split(": ", 1)[0], "line": None,
                               "offset": None, "reason": message.split(": ", 1)[-1]}
            self.errors_file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.errors_file.flush()

    def read_error(self, error: ReadError) -> None:
        if isinstance(error, Skipped):
            self.skipped[error.kind] += 1
        else:
            self.error(str(error), error.to_json())

    def document(self, doc: Document) -> None:
        lang = doc.lang or "unknown"
        self.docs_by_lang[lang] += 1
        self.events_by_lang[lang] += len(doc.events)
        self.events += len(doc.events)


def progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
                    console=err, transient=False, disable=not err.is_terminal)


def processed(items: Iterable[Document | ReadError], tally: Tally,
              skip: Callable[[Document], bool] | None = None) -> Iterator[Document]:
    """Run the pipeline over readers' output, reporting errors as one line each."""
    from sahna import lang
    from sahna.pipeline import process

    with progress() as bar:
        task = bar.add_task("documents", total=None, status="")
        for item in items:
            bar.advance(task)
            if isinstance(item, ReadError):
                tally.read_error(item)
                continue
            tally.read += 1
            if skip is not None and skip(item):
                tally.skipped["duplicate"] += 1
                continue
            try:
                doc = process(item)
            except Exception as exc:  # one broken document must not end the batch
                tally.error(f"{item.source}: extraction failed ({type(exc).__name__}: {exc})",
                            {"source": item.source, "line": None, "offset": None,
                             "reason": f"extraction failed ({type(exc).__name__}: {exc})"})
                continue
            for warning in doc.warnings:
                err.print(f"[yellow]warning[/yellow]: {escape(doc.source)}: {escape(warning)}",
                          highlight=False)
            if not doc.text.strip():
                tally.skipped["empty"] += 1
            elif doc.lang not in lang.SUPPORTED:
                tally.skipped["language"] += 1
            tally.document(doc)
            bar.update(task, status=f"{tally.events} events, {tally.failed} failed")
            yield doc


def summary(tally: Tally, verb: str) -> None:
    """The run in a few lines on stderr; exit 1 when anything failed."""
    reasons = ", ".join(f"{count} {kind}" for kind, count in sorted(tally.skipped.items()))
    skipped = f"{tally.skipped_total} skipped" + (f" ({reasons})" if reasons else "")
    err.print(f"{tally.read} documents read, {tally.events} events {verb}, {skipped}, "
              f"{tally.failed} failed", highlight=False, soft_wrap=True)
    if tally.docs_by_lang:
        langs = ", ".join(f"{lang} {count} documents / {tally.events_by_lang[lang]} events"
                          for lang, count in tally.docs_by_lang.most_common())
        err.print(f"  by language: {langs}", highlight=False, soft_wrap=True)
    if tally.first_errors:
        more = tally.failed - len(tally.first_errors)
        err.print("  first errors:" + (f" (and {more} more)" if more > 0 else ""),
                  highlight=False)
        for message in tally.first_errors:
            err.print(f"    {escape(message)}", highlight=False, soft_wrap=True)
    if tally.failed:
        raise typer.Exit(1)


OutputOption = Annotated[Path | None,
                         typer.Option("-o", "--output", help="JSONL file (default stdout).")]
ErrorsOption = Annotated[Path | None, typer.Option(
    "--errors", help="Write every failure as a JSON line (source, line, offset, reason).")]
TextField = Annotated[str | None, typer.Option(
    "--text-field", help="JSON field with the text (default: text).")]
IdField = Annotated[str | None, typer.Option(
    "--id-field", help="JSON field with the document id (default: id, then doc_id).")]
DateField = Annotated[str | None, typer.Option(
    "--date-field", help="JSON field with the publication date "
    "(default: published, then date, then timestamp).")]


@contextmanager
def _errors_log(path: Path | None) -> Iterator[TextIO | None]:
    if path is None:
        yield None
        return
    with path.open("w", encoding="utf-8") as handle:
        yield handle


@app.command()
def extract(paths: Paths, output: OutputOption = None, errors: ErrorsOption = None,
            text_field: TextField = None, id_field: IdField = None,
            date_field: DateField = None) -> None:
    """Extract event records (the spec's JSONL record per document); no database."""
    fields = JsonFields.configured(text=text_field, id=id_field, date=date_field)
    with _errors_log(errors) as log:
        tally = Tally(log)
        out = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            outputs = [p for p in (output, errors) if p is not None]
            for doc in processed(read_paths(paths, fields, outputs), tally):
                out.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")
        finally:
            if output:
                out.close()
    summary(tally, "extracted")


@app.command()
def ingest(paths: Paths, db: DbOption = "sahna.db", errors: ErrorsOption = None,
           text_field: TextField = None, id_field: IdField = None,
           date_field: DateField = None) -> None:
    """Extract and store documents and events; a document already stored is skipped.

    Each document is committed on its own, so an interrupted run keeps what it stored
    and running the same command again resumes it."""
    fields = JsonFields.configured(text=text_field, id=id_field, date=date_field)
    with _errors_log(errors) as log:
        tally = Tally(log)
        with _open(db) as store:
            items = read_paths(paths, fields, [errors] if errors else [])
            for doc in processed(items, tally, skip=store.has):
                try:
                    added = store.add(doc)
                except Exception as exc:  # a record the database refuses: report, go on
                    tally.error(f"{doc.source}: not stored ({type(exc).__name__}: {exc})")
                    continue
                if added:
                    tally.stored += 1
                else:
                    tally.skipped["duplicate"] += 1
            counts = store.counts()
    err.print(f"{db}: {counts['documents']} documents, {counts['events']} events",
              highlight=False)
    summary(tally, "extracted")


@app.command()
def events(
    db: DbOption = "sahna.db",
    type_: Annotated[str | None, typer.Option("--type", help="Event type.")] = None,
    city: Annotated[str | None, typer.Option(help="City (English name).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-2 country code.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="To YYYY[-MM[-DD]].")] = None,
    status: Annotated[str | None, typer.Option(help="held, ongoing, planned, ...")] = None,
    lang: Annotated[str | None, typer.Option(help="Document language.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Full-text search.")] = None,
    participant: Annotated[str | None, typer.Option(
        help="Entity id or part of a participant's name.")] = None,
    countries: Annotated[list[str] | None, typer.Option(
        "--countries", help="Country taking part (repeatable: all must take part).")] = None,
    limit: Annotated[int | None, typer.Option(
        help="At most this many events (default all).", min=0)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Query stored events, newest first."""
    from sahna.store import EventQuery

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: {db}: no such database (run `sahna ingest` first)")
        raise typer.Exit(1)
    query = EventQuery(type=type_, city=city, country=country, status=status, lang=lang,
                       date_from=date_from, date_to=date_to, q=q, participant=participant,
                       countries=countries or [])
    try:
        query = query.checked()
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    rows: list[dict] = []
    with _open(db) as store:
        page = 500  # the store pages; the command fetches every page it needs
        while limit is None or len(rows) < limit:
            size = page if limit is None else min(page, limit - len(rows))
            batch, total = store.events(query, offset=len(rows), limit=size)
            rows += batch
            if len(batch) < size or len(rows) >= total:
                break
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


def _open(db: str):
    """The store at ``db``, or a one-line error when it can't be opened or migrated."""
    from sahna.store import LegacyDatabaseError, open_store

    try:
        return open_store(db)
    except LegacyDatabaseError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ics, jsonld, csv, parquet or jsonl.")],
    db: DbOption = "sahna.db",
    type_: Annotated[str | None, typer.Option("--type", help="Event type.")] = None,
    city: Annotated[str | None, typer.Option(help="City (English name).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-2 country code.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="To YYYY[-MM[-DD]].")] = None,
    status: Annotated[str | None, typer.Option(help="held, ongoing, planned, ...")] = None,
    lang: Annotated[str | None, typer.Option(help="Document language.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Full-text search.")] = None,
    participant: Annotated[str | None, typer.Option(
        help="Entity id or part of a participant's name.")] = None,
    countries: Annotated[list[str] | None, typer.Option(
        "--countries", help="Country taking part (repeatable: all must take part).")] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Output file (default stdout).")] = None,
) -> None:
    """Export the events matching the filters (those of `sahna events`) in one format.

    iCalendar and JSON-LD cannot hold dates without a year (iCalendar: any partial date);
    those events are left out and counted on stderr."""
    from sahna.api.routes import all_events
    from sahna.export import FORMATS
    from sahna.export import export as export_rows
    from sahna.store import EventQuery

    if fmt not in FORMATS:
        err.print(f"[red]error[/red]: --format {fmt!r}: expected one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: {db}: no such database (run `sahna ingest` first)")
        raise typer.Exit(1)
    query = EventQuery(type=type_, city=city, country=country, status=status, lang=lang,
                       date_from=date_from, date_to=date_to, q=q, participant=participant,
                       countries=countries or [])
    try:
        query = query.checked()
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    with _open(db) as store:
        rows = all_events(store, query)
    out = export_rows(rows, fmt)
    if output:
        output.write_bytes(out.data)
    else:
        sys.stdout.buffer.write(out.data)
        sys.stdout.flush()
    note = f"{len(rows) - out.excluded} events exported as {fmt}"
    if out.excluded:
        note += f"; {out.excluded} left out (dates the format cannot hold)"
    err.print(note, highlight=False)


@app.command()
def serve(
    db: DbOption = "sahna.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="SAHNA_TOKEN", help="Enable POST /api/documents with this bearer token.")] = None,
) -> None:
    """Serve the web UI, the JSON API (/api/, /openapi.json) and exports over HTTP (uvicorn).

    Read-only unless a token is given: then documents can be ingested over HTTP."""
    import uvicorn

    from sahna.api import create_app
    from sahna.store import LegacyDatabaseError

    try:
        application = create_app(db, token=token or None)
    except LegacyDatabaseError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    err.print(f"serving {db} on http://{host}:{port}/"
              + (" (ingestion enabled)" if token else " (read-only)"), highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
