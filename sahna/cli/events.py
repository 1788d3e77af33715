"""``sahna events``: stored events matching the filters, as a table or JSON lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sahna.cli.display import err
from sahna.cli.options import DbOption, open_db
from sahna.filters import cli_options


@cli_options(after="db")
def events(
    db: DbOption = "sahna.db",
    limit: Annotated[int | None, typer.Option(
        help="At most this many events (default all).", min=0)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    **filters: Any,
) -> None:
    """Query stored events, newest first."""
    query = checked_query(db, filters)
    rows: list[dict] = []
    with open_db(db) as store:
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


def checked_query(db: str, filters: dict[str, Any]) -> Any:
    """The checked filters of `events` and `export` (:data:`sahna.filters.FILTERS`, by
    field), after making sure ``db`` exists: exit 1 for a missing database, 2 for a
    bad filter, each with a one-line error."""
    from sahna.store import EventQuery

    if "://" not in db and not Path(db).exists():
        err.print(f"[red]error[/red]: {db}: no such database (run `sahna ingest` first)")
        raise typer.Exit(1)
    try:
        return EventQuery(**{**filters, "countries": filters.get("countries") or []}).checked()
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
