"""``sahna extract``: event records as JSON Lines, in this process or in shards."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from sahna.cli.display import err, errors_log, processed, progress, summary
from sahna.cli.options import DateField, ErrorsOption, IdField, Paths, TextField, fail
from sahna.executors.base import ShardResult
from sahna.read import JsonFields, read_paths
from sahna.record import to_record
from sahna.run import Failure, Tally

OutputOption = Annotated[Path | None,
                         typer.Option("-o", "--output", help="JSONL file (default stdout).")]
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
WithTextOption = Annotated[bool, typer.Option(
    "--text", help="Also write each document's cleaned main text (without the headline, "
    "paragraphs separated by blank lines) under \"text\" (not with --out).")]
TimeoutOption = Annotated[float, typer.Option(
    "--timeout", min=0, help="Seconds one document may take before it is reported as "
    "failed (with --out; 0: no limit).")]


def extract(paths: Paths, output: OutputOption = None, errors: ErrorsOption = None,
            text_field: TextField = None, id_field: IdField = None,
            date_field: DateField = None, out: OutDirOption = None,
            fmt: FormatOption = "jsonl", workers: WorkersOption = None, ray: RayOption = False,
            ray_address: RayAddressOption = None, shard_lines: ShardLinesOption = 10_000,
            timeout: TimeoutOption = 60.0, with_text: WithTextOption = False) -> None:
    """Extract event records (the spec's JSONL record per document); no database.

    With --out DIR the input is cut into shards (files, web archives, line ranges of big
    JSONL files) processed in parallel (--workers, --ray), one output file each."""
    fields = JsonFields.configured(text=text_field, id=id_field, date=date_field)
    if out is not None:
        if with_text:
            # Shards already carry the cleaned text under "_doc" (with the headline), and
            # their manifest resumes a run by its options: a second shape is not worth it.
            err.print("[red]error[/red]: --text writes to -o FILE or stdout, not --out DIR",
                      highlight=False)
            raise typer.Exit(2)
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
    with errors_log(errors) as log:
        tally = log.tally()
        try:
            out_file = output.open("w", encoding="utf-8") if output else sys.stdout
        except OSError as exc:
            fail(f"--output {output}: cannot write ({exc.strerror or exc})", 2)
        try:
            outputs = [p for p in (output, errors) if p is not None]
            for doc in processed(read_paths(paths, fields, outputs), tally):
                record = to_record(doc, text=with_text)
                out_file.write(json.dumps(record, ensure_ascii=False) + "\n")
        finally:
            if output:
                out_file.close()
    summary(tally, log, "extracted")


def _merge(tally: Tally, result: ShardResult) -> None:
    """Add the counts of a shard run now to the run's tally; report its errors."""
    tally.add(result.tally())
    for error in result.errors:
        tally.fail(Failure.from_json(error))
    if result.crashed:
        tally.fail(Failure.parse(f"{result.label}: shard failed, no output "
                                 f"({result.crashed}); run the command again to retry it"))


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
    with errors_log(errors) as log, progress() as bar:
        tally = log.tally()
        shards_task = bar.add_task("shards", total=None, status="")
        docs_task = bar.add_task("documents", total=None, status="")

        def on_plan(run: Any, todo: list[Any]) -> None:
            for error in run.plan_errors:
                tally.read_error(error)
            for result in run.already:  # their failures were reported by the run that ran them
                tally.add(result.tally())
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
    summary(tally, log, "extracted")
