"""The default executor: this process (one worker), or a local process pool.

With one worker the shards run here, one after the other, with no process start-up
and no pickling — the plain ``sahna extract`` cost. With more, a
:class:`concurrent.futures.ProcessPoolExecutor` of ``spawn``-ed processes each load
the models once (the pool's initializer) and take whole shards. ``spawn`` and not
``fork``: the command runs a progress-bar thread, and forking a process with threads
can copy a held lock into the child.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from sahna.executors.base import Executor, Shard, ShardResult

_TASK: Any = None  # the shard task of this worker process, set by the initializer


def _init_worker(task: Any) -> None:
    global _TASK
    _die_with_parent()
    _TASK = task
    task.setup()


def _die_with_parent() -> None:
    """End this worker when the process that started it ends, however it ends.

    A pool's workers learn of a clean shutdown from their queue, but a parent killed
    by SIGKILL (or the OOM killer) tells them nothing: they went on with their queued
    shards beside a resumed run, then hung. On Linux the kernel sends the worker
    SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``); elsewhere, and in case
    the parent died before the call, a daemon thread checks every second that the
    parent is still the one that started it."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="sahna-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _run_shard(shard: Shard) -> ShardResult:
    return _TASK(shard)


class LocalExecutor(Executor):
    """``workers`` = 1: in this process; more: that many worker processes."""

    name = "local"

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def map(self, task: Any, shards: Sequence[Shard]) -> Iterator[ShardResult]:
        if not shards:
            return
        if self.workers == 1:
            task.setup()
            for shard in shards:
                yield _guarded(task, shard)
            return
        self.pool = ProcessPoolExecutor(
            max_workers=min(self.workers, len(shards)),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(task,))
        # Submitted as workers free up (at most two shards queued per worker) rather
        # than all at once: a million-shard run must not hold a million futures.
        pending = iter(shards)
        running: dict[Future[ShardResult], Shard] = {}

        def submit(n: int) -> None:
            for shard in pending:
                running[self.pool.submit(_run_shard, shard)] = shard  # type: ignore[union-attr]
                n -= 1
                if n == 0:
                    return

        submit(2 * self.workers)
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                shard = running.pop(future)
                try:
                    yield future.result()
                except Exception as exc:  # the shard (or its worker) broke: report it
                    yield crashed(shard, exc)
            submit(len(done))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _guarded(task: Any, shard: Shard) -> ShardResult:
    try:
        return task(shard)
    except Exception as exc:
        return crashed(shard, exc)


def crashed(shard: Shard, exc: BaseException) -> ShardResult:
    """The result of a shard that produced no output (an unreadable output directory,
    a worker killed by the OOM killer): reported, left unfinished for the next run."""
    return ShardResult(shard_id=shard.id, label=shard.label,
                       crashed=f"{type(exc).__name__}: {exc}")
