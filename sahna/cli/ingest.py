"""``sahna ingest``: documents through the pipeline into the database, or the records of
finished shards (``sahna extract --out``) without running the pipeline again."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from sahna.cli.display import err, errors_log, processed, progress, summary
from sahna.cli.options import DateField, DbOption, ErrorsOption, IdField, TextField, open_db
from sahna.read import JsonFields, read_paths
from sahna.run import Tally, store_documents

TimeoutOption = Annotated[float, typer.Option(
    "--timeout", min=0, help="Seconds one document may take before it is reported as "
    "failed and the batch goes on (0: no limit).")]
FromShardsOption = Annotated[Path | None, typer.Option(
    "--from-shards", help="Store the finished shards of `sahna extract --out DIR` "
    "(no extraction).")]


def ingest(paths: Annotated[list[str] | None, typer.Argument(
               help="Files, directories, globs, or - for stdin; a directory written by "
               "`extract --out` is loaded as shards.")] = None,
           db: DbOption = "sahna.db", errors: ErrorsOption = None,
           text_field: TextField = None, id_field: IdField = None,
           date_field: DateField = None, from_shards: FromShardsOption = None,
           timeout: TimeoutOption = 60.0) -> None:
    """Extract and store documents and events; a document already stored is skipped.

    Each document is committed on its own, so an interrupted run keeps what it stored
    and running the same command again resumes it; a document that takes longer than
    --timeout seconds is reported as failed and the batch goes on. Shards (--from-shards
    DIR) are stored in batches without running the pipeline again."""
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
    with errors_log(errors) as log:
        tally = log.tally()
        with open_db(db) as store:
            for folder in shard_dirs:
                _ingest_shards(store, folder, tally)
            if paths:
                items = read_paths(paths, fields, [errors] if errors else [])
                store_documents(processed(items, tally, skip=store.has,
                                          timeout=timeout or None), store, tally)
            counts = store.counts()
    err.print(f"{db}: {counts['documents']} documents, {counts['events']} events",
              highlight=False)
    summary(tally, log, "extracted")


def _ingest_shards(store: Any, folder: Path, tally: Tally) -> None:
    """Store the records of every finished shard in ``folder``
    (:func:`sahna.executors.load_shard`), with a progress bar over the shards."""
    from sahna.executors import finished_outputs, load_shard

    if not (folder / "done").is_dir():
        err.print(f"[red]error[/red]: {folder}: not a shard directory (no done/)",
                  highlight=False)
        raise typer.Exit(1)
    outputs = finished_outputs(folder)
    with progress() as bar:
        task = bar.add_task("shards", total=len(outputs), status="")
        for _result, path in outputs:
            load_shard(store, path, tally)
            bar.advance(task)
            bar.update(task, status=f"{tally.stored} stored")
    err.print(f"{folder}: {len(outputs)} finished shards loaded", highlight=False)
