"""The ``sahna`` command: extract, ingest and query events.

Bad inputs never stop a batch: each is reported on stderr as one line naming the file
(and line), the rest goes on, and the exit code is 1 when anything failed.

One module per command; :mod:`.display` shows what the run loop (:mod:`sahna.run`)
counts, :mod:`.options` holds what commands share. Commands import their heavy
dependencies (the pipeline, the store, the web app) when they run, so that ``sahna
--help`` and a mistyped option answer at once.
"""

from __future__ import annotations

import typer

from sahna.cli import events, export, extract, ingest, recluster, serve

__all__ = ["app"]

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news about cultural and public life into a database of events.")

COMMANDS = (extract.extract, ingest.ingest, events.events, export.export, recluster.recluster,
            serve.serve)  # in the order of `sahna --help`
for _command in COMMANDS:
    app.command()(_command)
