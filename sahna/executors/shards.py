"""Shards: cutting the input into them, processing one, and the output directory.

Output directory layout (``sahna extract PATH... --out DIR``)::

    DIR/manifest.json         the run: options, every shard with its counts and errors
    DIR/shards/<id>.jsonl     one file of records per finished shard (or .parquet)
    DIR/done/<id>.json        completion marker: the shard's counts, written last

A shard's records are written to ``<id>.jsonl.tmp-<pid>`` and renamed when complete
(a rename within one directory is atomic), then its marker is written the same way. A
shard is finished when its marker and its output exist; anything else — a temporary
file, an output without a marker (killed between the two renames) — is redone, and
redoing replaces the output, so every document ends up in exactly one output file.
The manifest is a summary rewritten as shards finish, never the source of truth.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import resource
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sahna.document import Document
from sahna.executors.base import ProcessFn, Shard, ShardResult
from sahna.read import READERS, JsonFields, ReadError, expand_paths, kind_of
from sahna.read.jsonl import DEFAULT_FIELDS, read_jsonl_stream
from sahna.read.sniff import COMPRESSIONS, base_stem
from sahna.record import STORAGE_KEY, storage_fields, to_record
from sahna.run import Failure, Tally, run_documents

FORMATS = ("jsonl", "parquet")
DEFAULT_SHARD_LINES = 10_000
MANIFEST = "manifest.json"
MAX_MANIFEST_ERRORS = 20  # per shard; every error is in the shard's marker and --errors


# -- planning ----------------------------------------------------------------------


def plan_shards(paths: list[str], shard_lines: int = DEFAULT_SHARD_LINES,
                exclude: Path | None = None) -> Iterator[Shard | ReadError]:
    """The shards of ``paths``: one per file, except uncompressed JSON Lines files longer
    than ``shard_lines`` lines, cut into line ranges at line boundaries (one pass over
    the file, reading only newlines). Compressed dumps are one shard each: a compressed
    stream cannot be entered in the middle. Files under ``exclude`` (the output
    directory) are not read. Standard input cannot be sharded (nor resumed)."""
    out = exclude.resolve() if exclude is not None else None
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        if isinstance(item, str):  # "-"
            yield ReadError("<stdin>", "standard input cannot be sharded; give files")
            continue
        resolved = item.resolve()
        if out is not None and resolved.is_relative_to(out):
            continue
        if (kind_of(item) == "jsonl" and item.suffix.lower() not in COMPRESSIONS
                and shard_lines > 0):
            yield from _line_shards(item, resolved, shard_lines)
        else:
            yield Shard(id=_shard_id(item, resolved, None), path=str(item))


def _line_shards(path: Path, resolved: Path, shard_lines: int) -> Iterator[Shard | ReadError]:
    try:
        bounds = _line_bounds(path, shard_lines)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    if len(bounds) <= 1:
        yield Shard(id=_shard_id(path, resolved, None), path=str(path))
        return
    for first, last, start, stop in bounds:
        yield Shard(id=_shard_id(path, resolved, (first, last)), path=str(path),
                    first_line=first, last_line=last, start=start, stop=stop, only=False)


def _line_bounds(path: Path, shard_lines: int) -> list[tuple[int, int, int, int]]:
    """``(first_line, last_line, start_byte, stop_byte)`` of each run of ``shard_lines``
    lines, found by reading the file in 1 MB blocks and counting newlines."""
    bounds: list[tuple[int, int, int, int]] = []
    line = 0  # lines completed so far
    first, start, offset = 1, 0, 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            at = 0
            while (newline := block.find(b"\n", at)) >= 0:
                line += 1
                at = newline + 1
                if line - first + 1 == shard_lines:
                    bounds.append((first, line, start, offset + at))
                    first, start = line + 1, offset + at
            offset += len(block)
    if offset > start:  # the rest, ending with or without a newline
        bounds.append((first, line + (0 if offset == start else 1), start, offset))
    return bounds


def _shard_id(path: Path, resolved: Path, lines: tuple[int, int] | None) -> str:
    """``<stem>-<hash>[-L<first>]``: readable, safe in a file name, and the same for the
    same file and range in every run (the hash covers the resolved path and range)."""
    key = f"{resolved}:{lines[0]}-{lines[1]}" if lines else str(resolved)
    digest = hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", base_stem(path))[:60] or "input"
    return f"{stem}-{digest}" + (f"-L{lines[0]}" if lines else "")


# -- reading a shard -----------------------------------------------------------------


class _Slice(io.RawIOBase):
    """At most ``size`` bytes of ``raw`` from its current position."""

    def __init__(self, raw: io.BufferedReader, size: int) -> None:
        self.raw, self.remaining = raw, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.remaining <= 0:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self.remaining)]
        n = self.raw.readinto(view) or 0
        self.remaining -= n
        return n


def read_shard(shard: Shard, fields: JsonFields = DEFAULT_FIELDS
               ) -> Iterator[Document | ReadError]:
    """The documents (and read errors) of one shard, as :func:`sahna.read.read_paths`
    would yield them for that part of the input: same ids, same line numbers."""
    path = Path(shard.path)
    if shard.first_line is None:
        yield from READERS[kind_of(path)](path, fields)
        return
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield ReadError(shard.path, f"cannot read ({exc.strerror or exc})")
        return
    with raw:
        raw.seek(shard.start or 0)
        stream = io.BufferedReader(_Slice(raw, (shard.stop or 0) - (shard.start or 0)))
        yield from read_jsonl_stream(stream, shard.path, base_stem(path), fields,
                                     first_line=shard.first_line, whole=shard.only)


# -- writing a shard -----------------------------------------------------------------


def shard_record(doc: Document) -> dict[str, Any]:
    """The contract record, plus the fields storing needs under :data:`STORAGE_KEY`."""
    record = to_record(doc)
    record[STORAGE_KEY] = storage_fields(doc)
    return record


def parquet_schema() -> Any:
    """An explicit schema: inferred ones differ between shards (a shard without events
    infers ``list<null>``), and the shards of one run must read as one dataset."""
    import pyarrow as pa

    text = pa.string()
    participant = pa.struct([("name", text), ("kind", text), ("role", text)])
    event = pa.struct([("id", text), ("type", text), ("title", text), ("start", text),
                       ("end", text), ("status", text), ("venue", text), ("city", text),
                       ("country", text), ("countries", pa.list_(text)),
                       ("participants", pa.list_(participant)), ("parent", text),
                       ("evidence", pa.list_(text))])
    stored = pa.struct([("source", text), ("url", text), ("site", text), ("raw", text),
                        ("text", text)])
    return pa.schema([("doc_id", text), ("lang", text), ("published", text), ("title", text),
                      ("events", pa.list_(event)), ("removed_lines", pa.list_(text)),
                      (STORAGE_KEY, stored)])


class _Writer:
    """Records to a JSONL or Parquet file, batched for Parquet (row groups of 1,000)."""

    BATCH = 1000

    def __init__(self, path: Path, fmt: str) -> None:
        self.path, self.fmt = path, fmt
        self.batch: list[dict[str, Any]] = []
        if fmt == "jsonl":
            self.handle: IO[str] = path.open("w", encoding="utf-8")
        else:
            import pyarrow.parquet as pq

            self.schema = parquet_schema()
            self.parquet = pq.ParquetWriter(path, self.schema, compression="zstd")

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        self.batch.append(record)
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.batch:
            self.parquet.write_table(pa.Table.from_pylist(self.batch, schema=self.schema))
            self.batch = []

    def close(self) -> None:
        """Close and flush to disk: the rename that follows must publish whole data."""
        if self.fmt == "jsonl":
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
        else:
            self._flush()
            self.parquet.close()

    def abandon(self) -> None:
        try:
            self.handle.close() if self.fmt == "jsonl" else self.parquet.close()
        finally:
            self.path.unlink(missing_ok=True)


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one shard output, JSONL or Parquet."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=1000):
            yield from batch.to_pylist()
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _write_json(path: Path, data: Any) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename)."""
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


# -- the task ------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory. ``VmHWM`` where there is ``/proc``: a spawned
    worker's ``ru_maxrss`` survives ``exec`` and would report its parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _default_process() -> ProcessFn:
    from sahna.library import Pipeline

    return Pipeline(warm=False).process


class ShardTask:
    """Process one shard into ``out``: read, run ``process`` on each document under a
    time limit (the run loop, :func:`sahna.run.run_documents`, counts as the command
    does), write records, rename, mark done. Picklable (it is sent to worker
    processes and Ray actors), so ``process`` must be a module-level function; it is
    the injection point for tests (a stage that hangs) and for other pipelines.

    ``warm_up`` loads the language models in :meth:`setup`, which each worker calls
    once: a model loaded per shard would cost seconds per shard."""

    def __init__(self, out: Path | str, fmt: str = "jsonl", fields: JsonFields | None = None,
                 timeout: float | None = 60.0, process: ProcessFn | None = None,
                 warm_up: bool = True) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
        self.out = str(Path(out).resolve())
        self.fmt = fmt
        self.fields = fields or DEFAULT_FIELDS
        self.timeout = timeout
        self.process = process
        self.warm_up = warm_up

    def setup(self) -> None:
        """Once per worker, before its first shard: load the models."""
        if self.warm_up:
            from sahna.library import Pipeline

            Pipeline()  # loads every language's models

    def output_name(self, shard: Shard) -> str:
        return f"{shard.id}.{self.fmt}"

    def __call__(self, shard: Shard) -> ShardResult:
        process = self.process or _default_process()
        began = time.monotonic()
        result = ShardResult(shard_id=shard.id, label=shard.label,
                             worker=f"{socket.gethostname()}:{os.getpid()}")
        tally = Tally(on_failure=lambda failure: result.errors.append(failure.to_json()))
        shards_dir = Path(self.out) / "shards"
        final = shards_dir / self.output_name(shard)
        tmp = final.with_name(f"{final.name}.tmp-{os.getpid()}")
        writer = _Writer(tmp, self.fmt)
        try:
            for doc in run_documents(read_shard(shard, self.fields), tally, process,
                                     timeout=self.timeout):
                writer.write(shard_record(doc))
                result.written += 1
            writer.close()
        except BaseException:
            writer.abandon()
            raise
        result.take_counts(tally)
        os.replace(tmp, final)
        result.output = f"shards/{final.name}"
        result.seconds = round(time.monotonic() - began, 3)
        result.peak_rss_mb = peak_rss_mb()
        _write_json(Path(self.out) / "done" / f"{shard.id}.json", result.to_json())
        return result


# -- the output directory ------------------------------------------------------------


def prepare_output(out: Path) -> None:
    """Create the layout and remove temporary files a killed run left behind (one run
    at a time per output directory: a live run's temporary files would go too)."""
    for sub in ("shards", "done"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for folder in (out, out / "shards", out / "done"):
        for stale in folder.glob("*.tmp-*"):
            stale.unlink(missing_ok=True)


def finished(out: Path, shard: Shard, fmt: str) -> ShardResult | None:
    """The recorded result of ``shard`` if it is complete in ``out`` in format ``fmt``."""
    marker = out / "done" / f"{shard.id}.json"
    if not marker.is_file() or not (out / "shards" / f"{shard.id}.{fmt}").is_file():
        return None
    try:
        result = ShardResult.from_json(json.loads(marker.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    return result if result.output == f"shards/{shard.id}.{fmt}" else None


def finished_outputs(out: Path) -> list[tuple[ShardResult, Path]]:
    """Every finished shard in ``out`` with its output file, in shard-id order: what
    ``sahna ingest --from-shards`` loads (it may run while extraction still goes on)."""
    found = []
    for marker in sorted((out / "done").glob("*.json")):
        try:
            result = ShardResult.from_json(json.loads(marker.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            continue
        if result.output and (out / result.output).is_file():
            found.append((result, out / result.output))
    return found


INGEST_BATCH = 500


def load_shard(store: Any, path: Path, tally: Tally, batch_size: int = INGEST_BATCH) -> None:
    """Store the records of one finished shard (``sahna ingest --from-shards``),
    ``batch_size`` per transaction, without running the pipeline again: the records
    hold what storing needs. Idempotent — a document already stored (by content hash)
    is counted as a ``duplicate`` skip — so it can run again after extraction has
    finished more shards. A record the database refuses is a failure; so is a shard
    that cannot be read to its end (what was read before is stored)."""
    from sahna.record import from_record

    def store_batch(batch: list[Document]) -> None:
        try:
            added = store.add_many(batch)
        except Exception:  # one refused record: retry one by one to name it
            added = []
            for doc in batch:
                try:
                    added.append(store.add(doc))
                except Exception as exc:
                    tally.fail(Failure.parse(
                        f"{doc.source}: not stored ({type(exc).__name__}: {exc})", exc))
        for doc, new in zip(batch, added, strict=False):
            tally.document(doc)
            if new:
                tally.stored += 1
            else:
                tally.skipped["duplicate"] += 1

    batch: list[Document] = []
    try:
        for record in read_records(path):
            tally.read += 1
            batch.append(from_record(record))
            if len(batch) >= batch_size:
                store_batch(batch)
                batch = []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        tally.fail(Failure.parse(f"{path}: unreadable shard ({type(exc).__name__}: {exc})",
                                 exc))
    if batch:
        store_batch(batch)


def write_manifest(out: Path, options: dict[str, Any], shards: list[Shard],
                   results: dict[str, ShardResult], complete: bool) -> None:
    """``manifest.json``: the options, every planned shard (pending or with its
    counts), the totals. Rewritten atomically as shards finish."""
    rows = []
    totals = {"shards": len(shards), "finished": 0, "documents": 0, "written": 0,
              "events": 0, "failed": 0, "timed_out": 0, "skipped": 0}
    for shard in shards:
        result = results.get(shard.id)
        row: dict[str, Any] = {"id": shard.id, "input": shard.path,
                               "lines": [shard.first_line, shard.last_line]
                               if shard.first_line is not None else None}
        if result is None or result.output is None:
            row["status"] = "failed" if result is not None else "pending"
            if result is not None:
                row["error"] = result.crashed
            rows.append(row)
            continue
        totals["finished"] += 1
        totals["documents"] += result.read
        totals["written"] += result.written
        totals["events"] += result.events
        totals["failed"] += result.failed
        totals["timed_out"] += result.timed_out
        totals["skipped"] += result.skipped_total
        row.update(status="done", output=result.output, documents=result.read,
                   written=result.written, events=result.events, skipped=result.skipped,
                   failed=result.failed, timed_out=result.timed_out,
                   errors=result.errors[:MAX_MANIFEST_ERRORS], seconds=result.seconds,
                   worker=result.worker)
        rows.append(row)
    _write_json(out / MANIFEST, {"version": 1, "complete": complete, "options": options,
                                 "totals": totals, "shards": rows})
