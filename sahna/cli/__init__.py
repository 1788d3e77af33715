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
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from sahna.document import Document
from sahna.executors.base import ShardResult
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


OutDirOption = Annotated[Path | None, typer.Option(
    "--out", help="Write one shard of records per input shard into this directory, with "
    "manifest.json; an interrupted run restarted with the same command resumes.")]
FormatOption = Annotated[str, typer.Option(
    "--format", help="Shard format with --out: jsonl or parquet.")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Worker processes with --out (default 1: in this process; "
    "with --ray: one per cluster CPU).")]
RayOption = Annotated[bool, typer.Option(
    "--ray", help="Run the shards on a local Ray instance (with --out).")]
RayAddressOption = Annotated[str | None, typer.Option(
    "--ray-address", help="Run the shards on this existing Ray cluster (ray://host:10001 "
    "or auto; with --out).")]
ShardLinesOption = Annotated[int, typer.Option(
    "--shard-lines", min=1, help="Cut uncompressed JSONL files into shards of this many "
    "lines (with --out).")]
TimeoutOption = Annotated[float, typer.Option(
    "--timeout", min=0, help="Seconds one document may take before it is reported as "
    "failed (with --out; 0: no limit).")]


@app.command()
def extract(paths: Paths, output: OutputOption = None, errors: ErrorsOption = None,
            text_field: TextField = None, id_field: IdField = None,
            date_field: DateField = None, out: OutDirOption = None,
            fmt: FormatOption = "jsonl", workers: WorkersOption = None, ray: RayOption = False,
            ray_address: RayAddressOption = None, shard_lines: ShardLinesOption = 10_000,
            timeout: TimeoutOption = 60.0) -> None:
    """Extract event records (the spec's JSONL record per document); no database.

    With --out DIR the input is cut into shards (files, web archives, line ranges of big
    JSONL files) processed in parallel (--workers, --ray), one output file each."""
    fields = JsonFields.configured(text=text_field, id=id_field, date=date_field)
    if out is not None:
        if output is not None:
            err.print("[red]error[/red]: give either -o FILE or --out DIR", highlight=False)
            raise typer.Exit(2)
        _extract_shards(paths, out, fields, errors, fmt=fmt, workers=workers, ray=ray,
                        ray_address=ray_address, shard_lines=shard_lines, timeout=timeout)
        return
    if workers not in (None, 1) or ray or ray_address or fmt != "jsonl":
        err.print("[red]error[/red]: --workers, --ray, --ray-address and --format need "
                  "--out DIR", highlight=False)
        raise typer.Exit(2)
    with _errors_log(errors) as log:
        tally = Tally(log)
        out_file = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            outputs = [p for p in (output, errors) if p is not None]
            for doc in processed(read_paths(paths, fields, outputs), tally):
                out_file.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")
        finally:
            if output:
                out_file.close()
    summary(tally, "extracted")


def _merge(tally: Tally, result: ShardResult) -> None:
    """Add a shard's counts to the run's tally; print and log its errors."""
    tally.read += result.read
    tally.events += result.events
    tally.skipped.update(result.skipped)
    tally.docs_by_lang.update(result.docs_by_lang)
    tally.events_by_lang.update(result.events_by_lang)
    for error in result.errors:
        where = error["source"]
        if error.get("line") is not None:
            where = f"{where}:{error['line']}"
        elif error.get("offset") is not None:
            where = f"{where}: byte {error['offset']}"
        tally.error(f"{where}: {error['reason']}", error)
    if result.crashed:
        tally.error(f"{result.label}: shard failed, no output ({result.crashed}); "
                    "run the command again to retry it")


def _extract_shards(paths: list[str], out: Path, fields: JsonFields, errors: Path | None, *,
                    fmt: str, workers: int | None, ray: bool, ray_address: str | None,
                    shard_lines: int, timeout: float) -> None:
    """``extract --out DIR``: shards through an executor, with a progress bar over
    shards and documents; the summary counts this run's shards and those found done."""
    from sahna.executors import FORMATS, ShardTask, make_executor, run_shards

    if fmt not in FORMATS:
        err.print(f"[red]error[/red]: --format {fmt!r}: expected one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    task = ShardTask(out, fmt=fmt, fields=fields, timeout=timeout or None)
    with _errors_log(errors) as log, progress() as bar:
        tally = Tally(log)
        shards_task = bar.add_task("shards", total=None, status="")
        docs_task = bar.add_task("documents", total=None, status="")

        def on_plan(run: Any, todo: list[Any]) -> None:
            for error in run.plan_errors:
                tally.read_error(error)
            for result in run.already:
                tally.read += result.read
                tally.events += result.events
                tally.skipped.update(result.skipped)
                tally.docs_by_lang.update(result.docs_by_lang)
                tally.events_by_lang.update(result.events_by_lang)
            lines = [s.lines for s in todo]
            bar.update(shards_task, total=len(todo), status=f"{len(run.already)} already done")
            if all(n is not None for n in lines):  # line ranges: documents known ahead
                bar.update(docs_task, total=sum(n for n in lines if n is not None))

        def on_result(result: ShardResult) -> None:
            _merge(tally, result)
            bar.advance(shards_task)
            bar.advance(docs_task, result.read)
            bar.update(docs_task, status=f"{tally.events} events, {tally.failed} failed")

        try:
            executor = make_executor(workers, ray=ray, ray_address=ray_address)
        except Exception as exc:  # Ray not installed, no cluster at that address
            err.print(f"[red]error[/red]: cannot start the executor ({exc})", highlight=False)
            raise typer.Exit(1) from None
        with executor:
            run = run_shards(paths, task, executor, shard_lines=shard_lines,
                             on_plan=on_plan, on_result=on_result)
    err.print(f"{out}: {len(run.shards)} shards ({len(run.already)} already done, "
              f"{sum(1 for r in run.results if r.output)} now, "
              f"{sum(1 for r in run.results if r.crashed)} failed) "
              f"on {executor.name} with {executor.workers} worker(s)", highlight=False,
              soft_wrap=True)
    summary(tally, "extracted")


FromShardsOption = Annotated[Path | None, typer.Option(
    "--from-shards", help="Store the finished shards of `sahna extract --out DIR` "
    "(no extraction).")]


@app.command()
def ingest(paths: Annotated[list[str] | None, typer.Argument(
               help="Files, directories, globs, or - for stdin; a directory written by "
               "`extract --out` is loaded as shards.")] = None,
           db: DbOption = "sahna.db", errors: ErrorsOption = None,
           text_field: TextField = None, id_field: IdField = None,
           date_field: DateField = None, from_shards: FromShardsOption = None) -> None:
    """Extract and store documents and events; a document already stored is skipped.

    Each document is committed on its own, so an interrupted run keeps what it stored
    and running the same command again resumes it. Shards (--from-shards DIR) are stored
    in batches without running the pipeline again."""
    from sahna.executors.shards import MANIFEST

    paths = list(paths or [])
    shard_dirs = [Path(p) for p in paths if Path(p).is_dir() and (Path(p) / MANIFEST).is_file()]
    if from_shards is not None:
        shard_dirs.insert(0, from_shards)
    paths = [p for p in paths if Path(p) not in shard_dirs]
    if not paths and not shard_dirs:
        err.print("[red]error[/red]: give PATH... or --from-shards DIR", highlight=False)
        raise typer.Exit(2)
    fields = JsonFields.configured(text=text_field, id=id_field, date=date_field)
    with _errors_log(errors) as log:
        tally = Tally(log)
        with _open(db) as store:
            for folder in shard_dirs:
                _ingest_shards(store, folder, tally)
            if paths:
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


INGEST_BATCH = 500


def _ingest_shards(store: Any, folder: Path, tally: Tally) -> None:
    """Store the records of every finished shard in ``folder``, ``INGEST_BATCH`` per
    transaction. Idempotent — a document already stored (by content hash) is counted as
    a duplicate — so it can run again after extraction has finished more shards."""
    from sahna.executors import finished_outputs, read_records
    from sahna.record import from_record

    if not (folder / "done").is_dir():
        err.print(f"[red]error[/red]: {folder}: not a shard directory (no done/)",
                  highlight=False)
        raise typer.Exit(1)
    outputs = finished_outputs(folder)

    def store_batch(batch: list[Document]) -> None:
        try:
            added = store.add_many(batch)
        except Exception:  # one refused record: retry one by one to name it
            added = []
            for doc in batch:
                try:
                    added.append(store.add(doc))
                except Exception as exc:
                    tally.error(f"{doc.source}: not stored ({type(exc).__name__}: {exc})")
        for doc, new in zip(batch, added, strict=False):
            tally.document(doc)
            if new:
                tally.stored += 1
            else:
                tally.skipped["duplicate"] += 1

    with progress() as bar:
        task = bar.add_task("shards", total=len(outputs), status="")
        for _result, path in outputs:
            batch: list[Document] = []
            try:
                for record in read_records(path):
                    tally.read += 1
                    batch.append(from_record(record))
                    if len(batch) >= INGEST_BATCH:
                        store_batch(batch)
                        batch = []
            except (OSError, ValueError, KeyError, TypeError) as exc:
                tally.error(f"{path}: unreadable shard ({type(exc).__name__}: {exc})")
            if batch:
                store_batch(batch)
            bar.advance(task)
            bar.update(task, status=f"{tally.stored} stored")
    err.print(f"{folder}: {len(outputs)} finished shards loaded", highlight=False)


# Event filters shared by `sahna events` and `sahna export`.
TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type.")]
CityOpt = Annotated[str | None, typer.Option(help="City (English name).")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO alpha-2 country code.")]
FromOpt = Annotated[str | None, typer.Option("--from", help="From YYYY[-MM[-DD]].")]
ToOpt = Annotated[str | None, typer.Option("--to", help="To YYYY[-MM[-DD]].")]
StatusOpt = Annotated[str | None, typer.Option(help="held, ongoing, planned, ...")]
LangOpt = Annotated[str | None, typer.Option(help="Document language.")]
QueryOpt = Annotated[str | None, typer.Option("--q", help="Full-text search.")]
ParticipantOpt = Annotated[str | None, typer.Option(
    help="Entity id or part of a participant's name.")]
CountriesOpt = Annotated[list[str] | None, typer.Option(
    "--countries", help="Country taking part (repeatable: all must take part).")]


@app.command()
def events(
    db: DbOption = "sahna.db",
    type_: TypeOpt = None,
    city: CityOpt = None,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    status: StatusOpt = None,
    lang: LangOpt = None,
    q: QueryOpt = None,
    participant: ParticipantOpt = None,
    countries: CountriesOpt = None,
    limit: Annotated[int | None, typer.Option(
        help="At most this many events (default all).", min=0)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Query stored events, newest first."""
    query = _query(db, type=type_, city=city, country=country, status=status, lang=lang,
                   date_from=date_from, date_to=date_to, q=q, participant=participant,
                   countries=countries or [])
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


def _query(db: str, **filters: Any):
    """The checked filters of `events` and `export`, after making sure ``db`` exists:
    exit 1 for a missing database, 2 for a bad filter, each with a one-line error."""
    from sahna.store import EventQuery

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: {db}: no such database (run `sahna ingest` first)")
        raise typer.Exit(1)
    try:
        return EventQuery(**filters).checked()
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None


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
    type_: TypeOpt = None,
    city: CityOpt = None,
    country: CountryOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    status: StatusOpt = None,
    lang: LangOpt = None,
    q: QueryOpt = None,
    participant: ParticipantOpt = None,
    countries: CountriesOpt = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Output file (default stdout).")] = None,
) -> None:
    """Export the events matching the filters (those of `sahna events`) in one format.

    iCalendar and JSON-LD cannot hold dates without a year (iCalendar: any partial date);
    those events are left out and counted on stderr."""
    from sahna.api.routes import all_events
    from sahna.export import FORMATS
    from sahna.export import export as export_rows

    if fmt not in FORMATS:
        err.print(f"[red]error[/red]: --format {fmt!r}: expected one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    query = _query(db, type=type_, city=city, country=country, status=status, lang=lang,
                   date_from=date_from, date_to=date_to, q=q, participant=participant,
                   countries=countries or [])
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
def recluster(db: DbOption = "sahna.db") -> None:
    """Link entities and cluster events again from scratch.

    For a database built before clustering existed or under other settings; running it
    twice changes nothing the second time."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with _open(db) as store, Progress(TextColumn("relinking"), BarColumn(),
                                      MofNCompleteColumn(), console=err,
                                      transient=True) as bar:
        task = bar.add_task("relink", total=None)
        counts = store.recluster(lambda done, total: bar.update(task, completed=done,
                                                                 total=total))
    err.print(f"{counts['clusters']} events (clusters), {counts['entities']} entities",
              highlight=False)


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
