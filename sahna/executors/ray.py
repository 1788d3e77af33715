"""The Ray executor: shards on the workers of a Ray cluster, local or remote.

Each worker is an actor (one CPU) that loads the language models once, in its
constructor, and then processes whole shards; :class:`ray.util.ActorPool` hands shards
to idle actors. Ray does the scheduling, placement and process management — this module
only says what an actor does.

Against an existing cluster (``--ray-address ray://head:10001`` or ``auto``) every node
needs sahna installed in the same environment as the driver, and the inputs and the
output directory on a filesystem all nodes see under the same path (NFS, a mounted
bucket): each actor reads its shard and writes its output itself, so that no document
ever travels through the driver.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sahna.executors.base import Executor, Shard, ShardResult
from sahna.executors.local import crashed


class ShardWorker:
    """A Ray actor's body: the shard task, set up (models loaded) once."""

    def __init__(self, task: Any) -> None:
        self.task = task
        task.setup()

    def run(self, shard: Shard) -> ShardResult:
        try:
            return self.task(shard)
        except Exception as exc:  # reported like a local shard failure
            return crashed(shard, exc)


class RayExecutor(Executor):
    """``workers`` actors on the cluster at ``address`` (None: start a local Ray
    instance, or use the one this process already started). ``workers`` None: one per
    CPU of the cluster."""

    name = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None) -> None:
        import ray

        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            ray.init(address=address, include_dashboard=False, ignore_reinit_error=True,
                     log_to_driver=False, configure_logging=False)
            self.started = True
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = workers or max(cpus, 1)
        self.actors: list[Any] = []

    def map(self, task: Any, shards: Sequence[Shard]) -> Iterator[ShardResult]:
        from ray.util import ActorPool

        if not shards:
            return
        actor = self.ray.remote(num_cpus=1)(ShardWorker)
        self.actors = [actor.remote(task) for _ in range(min(self.workers, len(shards)))]
        pool = ActorPool(self.actors)
        yield from pool.map_unordered(lambda worker, shard: worker.run.remote(shard),
                                      list(shards))

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
        if self.started:
            self.ray.shutdown()
            self.started = False
