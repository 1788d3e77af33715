"""Pool workers end with the command that started them: a SIGKILLed ``extract --out``
leaves no worker running on beside a resumed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (reaped later by init) is no longer running
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def test_workers_die_when_the_parent_is_killed(tmp_path: Path) -> None:
    (tmp_path / "slowtask.py").write_text(textwrap.dedent("""
        import os, time
        from pathlib import Path

        class SlowTask:
            def __init__(self, folder):
                self.folder = folder

            def setup(self):
                Path(self.folder, f"{os.getpid()}.pid").write_text("")

            def __call__(self, shard):
                time.sleep(600)
    """))
    (tmp_path / "parent.py").write_text(textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{str(tmp_path)!r}, {str(ROOT)!r}]
        from slowtask import SlowTask
        from sahna.executors.local import LocalExecutor

        if __name__ == "__main__":
            executor = LocalExecutor(2)
            for _ in executor.map(SlowTask({str(tmp_path)!r}), list(range(6))):
                pass
    """))
    parent = subprocess.Popen([sys.executable, str(tmp_path / "parent.py")])
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("*.pid"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = [int(p.stem) for p in tmp_path.glob("*.pid")]
        assert len(workers) == 2 and all(alive(pid) for pid in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftover = [pid for pid in workers if alive(pid)]
    for pid in leftover:
        os.kill(pid, signal.SIGKILL)
    assert leftover == []
