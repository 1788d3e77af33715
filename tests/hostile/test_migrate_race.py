"""Processes that create a new SQLite database at the same moment all end with it
migrated: the version check and the DDL run under one write lock."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from sahna.store import open_store


def _open(path: str, barrier, answers) -> None:
    barrier.wait()
    try:
        with open_store(path) as store:
            answers.put(store.counts()["documents"])
    except Exception as exc:
        answers.put(f"{type(exc).__name__}: {exc}")


def test_concurrent_first_opens_of_a_new_database(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    outcomes = []
    for trial in range(3):
        path = str(tmp_path / f"new{trial}.db")
        barrier, answers = ctx.Barrier(4), ctx.Queue()
        workers = [ctx.Process(target=_open, args=(path, barrier, answers)) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        outcomes += [answers.get(timeout=10) for _ in workers]
    assert outcomes == [0] * 12
