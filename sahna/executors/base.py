"""What every executor shares: the unit of work (a shard), its outcome, the interface.

The design follows web-scale text pipelines (datatrove, NeMo Curator): the corpus is
cut into shards — an input file, a web archive, a line range of a big JSON Lines dump —
and one task processes one whole shard, writing one output file that appears under its
final name only when complete. An executor only decides *where* tasks run (this
process, a local process pool, a Ray cluster); it does not schedule, retry or track
completion: completion is the output on disk, so a restarted run skips finished shards
whatever executor ran them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sahna.run import ProcessFn, Tally

__all__ = ["Executor", "ProcessFn", "Shard", "ShardResult"]


@dataclass(frozen=True)
class Shard:
    """One unit of work. ``path`` is the input file; ``first_line``/``last_line`` (1-based,
    inclusive) and ``start``/``stop`` (byte offsets) bound a slice of a big uncompressed
    JSONL file, and are None for a whole file. ``id`` is stable across runs (it is
    derived from the file's resolved path and the range), so a restart finds its output."""

    id: str
    path: str
    first_line: int | None = None
    last_line: int | None = None
    start: int | None = None
    stop: int | None = None
    only: bool = True  # the file's only shard: an empty one is then an empty file

    @property
    def label(self) -> str:
        if self.first_line is None:
            return self.path
        return f"{self.path}:{self.first_line}-{self.last_line}"

    @property
    def lines(self) -> int | None:
        """Lines in the slice (an upper bound on its documents), None for a whole file."""
        if self.first_line is None or self.last_line is None:
            return None
        return self.last_line - self.first_line + 1


@dataclass
class ShardResult:
    """What one shard yielded: counts for the manifest and the run's summary (those of
    the run loop's :class:`~sahna.run.Tally`, plus the records written), the errors (as
    the ``--errors`` JSON objects), and where and how the work ran. Its JSON is the
    shard's completion marker, read back by later runs: its shape must not change."""

    shard_id: str
    label: str
    output: str | None = None  # file name under the output directory, when complete
    read: int = 0
    written: int = 0
    events: int = 0
    failed: int = 0
    timed_out: int = 0
    warnings: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    docs_by_lang: dict[str, int] = field(default_factory=dict)
    events_by_lang: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    worker: str = ""  # host:pid
    peak_rss_mb: float = 0.0  # the worker process's peak resident memory so far
    crashed: str | None = None  # set when the shard itself failed (no output written)

    def take_counts(self, tally: Tally) -> None:
        """Hold the counts of the run loop that processed the shard."""
        self.read, self.events, self.warnings = tally.read, tally.events, tally.warnings
        self.failed, self.timed_out = tally.failed, tally.timed_out
        self.skipped = dict(tally.skipped)
        self.docs_by_lang = dict(tally.docs_by_lang)
        self.events_by_lang = dict(tally.events_by_lang)

    def tally(self) -> Tally:
        """The shard's counts as a tally, to add to the run's summary."""
        return Tally(read=self.read, events=self.events, warnings=self.warnings,
                     failed=self.failed, timed_out=self.timed_out,
                     skipped=Counter(self.skipped),
                     docs_by_lang=Counter(self.docs_by_lang),
                     events_by_lang=Counter(self.events_by_lang))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShardResult:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    @property
    def skipped_total(self) -> int:
        return sum(Counter(self.skipped).values())


class Executor(ABC):
    """Runs a shard task over shards somewhere; yields results as shards finish.

    ``task`` is a picklable callable ``Shard -> ShardResult`` with a ``setup()`` method
    that each worker calls once before its first shard (to load the language models
    once per worker, not once per shard or document)."""

    workers: int = 1
    name: str = "executor"

    @abstractmethod
    def map(self, task: Any, shards: Sequence[Shard]) -> Iterator[ShardResult]:
        """Run ``task`` on every shard; results in completion order."""

    def close(self) -> None:  # noqa: B027 — optional: not every executor holds workers
        """Release workers (processes, actors)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
