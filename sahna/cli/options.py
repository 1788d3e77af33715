"""What several commands share: their common options, and opening the database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from sahna.cli.display import err

Paths = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")]
DbOption = Annotated[str, typer.Option(
    "--db", help="SQLite database file, or a sqlite:/// or postgresql:// URL.")]
ErrorsOption = Annotated[Path | None, typer.Option(
    "--errors", help="Write every failure as a JSON line (source, line, offset, reason).")]
TextField = Annotated[str | None, typer.Option(
    "--text-field", help="JSON field with the text (default: text).")]
IdField = Annotated[str | None, typer.Option(
    "--id-field", help="JSON field with the document id (default: id, then doc_id).")]
DateField = Annotated[str | None, typer.Option(
    "--date-field", help="JSON field with the publication date "
    "(default: published, then date, then timestamp).")]


def open_db(db: str) -> Any:
    """The store at ``db``, or a one-line error when it can't be opened or migrated."""
    from sahna.store import LegacyDatabaseError, open_store

    try:
        return open_store(db)
    except LegacyDatabaseError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
