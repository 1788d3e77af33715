"""``sahna export``: the events matching the filters of ``sahna events``, in one format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from sahna.cli.display import err
from sahna.cli.events import checked_query
from sahna.cli.options import DbOption, open_db
from sahna.filters import cli_options


@cli_options(after="db")
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ics, jsonld, csv, parquet or jsonl.")],
    db: DbOption = "sahna.db",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Output file (default stdout).")] = None,
    excel: Annotated[bool, typer.Option(
        "--excel", help="CSV with a byte-order mark, so that Excel reads UTF-8.")] = False,
    base_url: Annotated[str, typer.Option(
        "--base-url", help="The sahna server's address, for JSON-LD's links to event "
                           "pages (default: links relative to the server).")] = "",
    **filters: Any,
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
    query = checked_query(db, filters)
    with open_db(db) as store:
        rows = all_events(store, query)
    out = export_rows(rows, fmt, base=base_url, excel=excel)
    if output:
        output.write_bytes(out.data)
    else:
        sys.stdout.buffer.write(out.data)
        sys.stdout.flush()
    note = f"{len(rows) - out.excluded} events exported as {fmt}"
    if out.excluded:
        note += f"; {out.excluded} left out (dates the format cannot hold)"
    err.print(note, highlight=False)
