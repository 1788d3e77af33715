"""``sahna serve``: the web UI, the JSON API and the exports over HTTP."""

from __future__ import annotations

from typing import Annotated

import typer

from sahna.cli.display import err
from sahna.cli.options import DbOption


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

    from sahna.app import create_app
    from sahna.store import LegacyDatabaseError

    try:
        application = create_app(db, token=token or None)
    except LegacyDatabaseError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    err.print(f"serving {db} on http://{host}:{port}/"
              + (" (ingestion enabled)" if token else " (read-only)"), highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
