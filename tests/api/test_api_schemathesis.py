"""``schemathesis run --checks all`` over ``/openapi.json``, bounded, finds nothing.

The fuzz test beside this one asks only "never a 5xx" of hypothesis-generated requests;
this one is the command a client's developer would run: every check schemathesis has
(the schema's status codes, content types, headers and bodies; invalid data refused,
valid data accepted; unsupported methods, missing auth, ...), in each of its phases
(examples, coverage of each parameter's edge values, fuzzing, stateful sequences), with
``POST /api/documents`` enabled by a token. A schema that says less than the server
checks, or more, fails here: that is what the issue's "Done when" asks.

The run is bounded (a few examples per operation, a fixed seed, deterministic
generation) so that it is reproducible and takes about a minute; the app runs in
uvicorn on a free loopback port over a temporary SQLite database with a few articles
ingested through the pipeline.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import pytest

pytest.importorskip("schemathesis")
pytest.importorskip("uvicorn")
from web_fixtures import build_db

MAX_EXAMPLES = os.environ.get("SAHNA_SCHEMATHESIS_EXAMPLES", "10")
SEED = "20250425"
TOKEN = "schemathesis-token"  # a throwaway app's own token


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app over a database of the test articles, in its own process (as deployed:
    schemathesis talks HTTP to it, and a hung request cannot hang pytest)."""
    db = build_db(tmp_path_factory.mktemp("schemathesis") / "st.db")
    port = free_port()
    code = ("import sys, uvicorn; from sahna.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1], token=sys.argv[3]), host='127.0.0.1', "
            "port=int(sys.argv[2]), log_level='error')")
    process = subprocess.Popen([sys.executable, "-c", code, str(db), str(port), TOKEN])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("the app did not start") from None
            time.sleep(0.2)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_schemathesis_finds_no_failure_with_all_checks(server, tmp_path):
    report = tmp_path / "report"
    command = [
        sys.executable, "-c", "from schemathesis.cli import schemathesis; schemathesis()",
        "run", f"{server}/openapi.json", "--checks", "all",
        "--phases", "examples,coverage,fuzzing,stateful",
        "--max-examples", MAX_EXAMPLES, "--seed", SEED, "--generation-deterministic",
        "--workers", "2", "--request-timeout", "30",
        "--header", f"Authorization: Bearer {TOKEN}", "--no-color",
        "--report", "junit", "--report-dir", str(report)]
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=600,
                            cwd=tmp_path)
    elapsed = time.monotonic() - started
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-6000:]
    # it really tested every operation, with requests, and found nothing
    selected = re.search(r"Operations:\s+(\d+) selected / (\d+) total", out)
    assert selected and selected.group(1) == selected.group(2) and int(selected.group(1)) >= 14
    assert re.search(r"Test cases:\s+\d+ generated", out), out[-3000:]
    assert "No issues found" in out or "0 failures" in out or "passed" in out, out[-3000:]
    # every pattern the schema states is one schemathesis can generate from and check
    assert "Unsupported regex" not in out, out[-3000:]
    assert elapsed < 300, f"schemathesis took {elapsed:.0f} s"
