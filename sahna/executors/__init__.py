"""Processing a corpus in shards, on this machine or on a Ray cluster.

    from sahna.executors import LocalExecutor, ShardTask, run_shards

    task = ShardTask("out/", fmt="jsonl", timeout=60)
    with LocalExecutor(workers=2) as executor:
        run = run_shards(["corpus/"], task, executor)

:func:`run_shards` plans the shards (:mod:`.shards`), leaves out the ones a previous run
finished, has the executor run the rest, and keeps ``manifest.json`` up to date. The
results come back to this process as shards finish; documents never do (workers write
their shards themselves).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sahna.executors.base import Executor, Shard, ShardResult
from sahna.executors.local import LocalExecutor
from sahna.executors.shards import (
    DEFAULT_SHARD_LINES,
    FORMATS,
    ShardTask,
    finished,
    finished_outputs,
    load_shard,
    plan_shards,
    prepare_output,
    read_records,
    write_manifest,
)
from sahna.executors.timeout import DocumentTimeout, call_with_timeout
from sahna.read import ReadError

__all__ = ["DEFAULT_SHARD_LINES", "FORMATS", "DocumentTimeout", "Executor", "LocalExecutor",
           "Run", "Shard", "ShardResult", "ShardTask", "call_with_timeout", "finished_outputs",
           "load_shard", "make_executor", "plan_shards", "read_records", "run_shards"]


def make_executor(workers: int | None = None, ray: bool = False,
                  ray_address: str | None = None) -> Executor:
    """The executor the command line asks for: Ray when ``ray`` or an address is given
    (``workers`` None: one per cluster CPU), else local (``workers`` None: one)."""
    if ray or ray_address:
        from sahna.executors.ray import RayExecutor

        return RayExecutor(workers=workers, address=ray_address)
    return LocalExecutor(workers=workers or 1)


@dataclass
class Run:
    """What :func:`run_shards` did: the planned shards, the ones found finished, the
    results of those it ran now (including crashed ones), planning errors."""

    shards: list[Shard] = field(default_factory=list)
    already: list[ShardResult] = field(default_factory=list)
    results: list[ShardResult] = field(default_factory=list)
    plan_errors: list[ReadError] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return all(r.crashed is None for r in self.results)


def run_shards(paths: Iterable[str], task: ShardTask, executor: Executor,
               shard_lines: int = DEFAULT_SHARD_LINES,
               on_plan: Callable[[Run, list[Shard]], None] | None = None,
               on_result: Callable[[ShardResult], None] | None = None) -> Run:
    """Run ``task`` over the shards of ``paths`` that ``task.out`` has no finished output
    for. ``on_plan(run, todo)`` is called once the work is known, ``on_result`` as each
    shard finishes (the command's progress bar and error lines)."""
    paths = list(paths)
    out = Path(task.out)
    prepare_output(out)
    run = Run()
    for item in plan_shards(list(paths), shard_lines, exclude=out):
        if isinstance(item, ReadError):
            run.plan_errors.append(item)
        else:
            run.shards.append(item)
    results: dict[str, ShardResult] = {}
    todo: list[Shard] = []
    for shard in run.shards:
        done = finished(out, shard, task.fmt)
        if done is not None:
            run.already.append(done)
            results[shard.id] = done
        else:
            todo.append(shard)
    options: dict[str, Any] = {"inputs": paths, "format": task.fmt, "shard_lines": shard_lines,
                               "timeout": task.timeout}
    write_manifest(out, options, run.shards, results, complete=not todo)
    if on_plan is not None:
        on_plan(run, todo)
    for result in executor.map(task, todo):
        run.results.append(result)
        results[result.shard_id] = result
        write_manifest(out, options, run.shards, results, complete=False)
        if on_result is not None:
            on_result(result)
    complete = all(r.output for r in results.values()) and len(results) == len(run.shards)
    write_manifest(out, options, run.shards, results, complete=complete)
    return run
