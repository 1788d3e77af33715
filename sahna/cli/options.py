"""What several commands share: their common options, and opening the database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.markup import escape

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


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr, and the exit: how every command reports what stops it."""
    err.print(f"[red]error[/red]: {escape(' '.join(message.split()))}", highlight=False,
              soft_wrap=True)
    raise typer.Exit(code)


def open_db(db: str) -> Any:
    """The store at ``db``, or a one-line error naming it when it can't be opened or
    migrated: a folder that does not exist, a file that is not a database, a server
    that refuses — not the driver's traceback."""
    from sahna.store import LegacyDatabaseError, open_store

    if "://" not in db:
        folder = Path(db).expanduser().parent
        if not folder.is_dir():
            fail(f"--db {db}: no such folder {str(folder)!r}")
    try:
        return open_store(db)
    except LegacyDatabaseError as exc:
        fail(str(exc))
    except Exception as exc:  # the driver's or SQLAlchemy's error, of any kind
        reason = getattr(exc, "orig", None) or exc
        fail(f"--db {db}: cannot open the database ({reason})")
