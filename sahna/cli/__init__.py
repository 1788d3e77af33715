"""The ``sahna`` command: extract, ingest and query events.

Bad inputs never stop a batch: each is reported on stderr as one line naming the file
(and line), the rest goes on, and the exit code is 1 when anything failed.

One module per command; :mod:`.display` shows what the run loop (:mod:`sahna.run`)
counts, :mod:`.options` holds what commands share. Commands import their heavy
dependencies (the pipeline, the store, the web app) when they run, so that ``sahna
--help`` and a mistyped option answer at once.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer

from sahna.cli import events, export, extract, ingest, recluster, serve

__all__ = ["app"]

_DEBUG = {"on": bool(os.environ.get("SAHNA_DEBUG"))}


class _Command(typer.Typer):
    """The command, whose unforeseen failures are one line on stderr and exit code 1,
    not a few hundred lines of traceback: what a user can act on is what failed and
    where, which the message says. ``--debug`` (or ``SAHNA_DEBUG=1``) shows the
    traceback for a bug report."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:  # a bug or an environment we did not foresee
            if _DEBUG["on"]:
                raise
            message = " ".join(str(exc).split()) or "no details"
            print(f"error: {type(exc).__name__}: {message} (run with --debug for the "
                  "traceback)", file=sys.stderr)
            sys.exit(1)


app = _Command(add_completion=False, no_args_is_help=True,
               help="Turn news about cultural and public life into a database of events.")


@app.callback()
def _options(debug: Annotated[bool, typer.Option(
        "--debug", help="Show a Python traceback when a command fails unexpectedly.")] = False
             ) -> None:
    """Turn news about cultural and public life into a database of events."""
    if debug:
        _DEBUG["on"] = True

COMMANDS = (extract.extract, ingest.ingest, events.events, export.export, recluster.recluster,
            serve.serve)  # in the order of `sahna --help`
for _command in COMMANDS:
    app.command()(_command)
