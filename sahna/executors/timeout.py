"""A time limit on one document's processing, so that a pathological page (a huge table
of names, a regex's worst case) cannot stall a worker — and with it a shard — forever.

Two mechanisms, chosen per call:

* **In a thread that is its process's main thread** — a pool worker process, a Ray
  actor (sync actors run tasks on the main thread), the command itself — a
  ``SIGALRM`` timer (``signal.setitimer``) raises :class:`DocumentTimeout` inside the
  stuck Python code. Nothing is left running and the worker's state stays consistent
  apart from the abandoned document. The handler is installed only for the duration
  of the call and the previous one restored.
* **Elsewhere** (signals are delivered only to the main thread) the document is
  processed in a daemon thread that is abandoned when it overruns: the caller gets
  its :class:`DocumentTimeout` on time, but the thread runs on in the background until
  it finishes (Python cannot kill a thread); it is a leak bounded by the number of
  pathological documents.

Limit: a signal is handled between Python bytecodes, so a hang inside one C call that
never returns to the interpreter is not interrupted by the first mechanism; the
documents the pipeline sees are bounded (5 MB) and its C parts (spaCy, regexes over
lines) finish, so this has not been a problem in practice.

:class:`DocumentTimeout` derives from ``BaseException`` on purpose: a stage's broad
``except Exception`` (there are some, guarding optional enrichments) must not swallow
the timeout and carry on with the pathological document.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class DocumentTimeout(BaseException):
    """Processing one document took longer than its limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g}s")
        self.seconds = seconds


def call_with_timeout(fn: Callable[..., T], *args: Any, seconds: float | None) -> T:
    """``fn(*args)``, raising :class:`DocumentTimeout` after ``seconds`` (None or 0: no
    limit)."""
    if not seconds or seconds <= 0:
        return fn(*args)
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _with_alarm(fn, args, seconds)
    return _with_thread(fn, args, seconds)


def _with_alarm(fn: Callable[..., T], args: tuple[Any, ...], seconds: float) -> T:
    def expire(_signum: int, _frame: object) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _with_thread(fn: Callable[..., T], args: tuple[Any, ...], seconds: float) -> T:
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = fn(*args)
        except BaseException as exc:  # handed to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="sahna-document", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise DocumentTimeout(seconds)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
