"""A throwaway PostgreSQL cluster for the storage tests.

Made with the server's own ``initdb`` and ``pg_ctl`` in a temporary folder, on a free
port, with trust authentication and fsync off: nothing is left behind and nothing of
the machine's own PostgreSQL is touched. PostgreSQL refuses to run as root, so as root
the commands run as the ``postgres`` user (which Debian's package creates).

Tests skip, saying how to get the server, when its binaries are missing.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = ("PostgreSQL server binaries (initdb, pg_ctl) not found: install them "
                "with `apt-get install postgresql` (Debian/Ubuntu) or set SAHNA_PG_BIN to "
                "the folder holding them, to run the storage tests against PostgreSQL")


def pg_bin() -> Path | None:
    """The folder of initdb and pg_ctl: $SAHNA_PG_BIN, Debian's newest, or $PATH."""
    candidates: list[Path] = []
    if os.environ.get("SAHNA_PG_BIN"):
        candidates.append(Path(os.environ["SAHNA_PG_BIN"]))
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.isdigit()]
        candidates += [p / "bin" for p in sorted(versions, key=lambda p: -int(p.name))]
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    host: str
    port: int
    user: str
    _names: Iterator[int]

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def new_database(self) -> str:
        """A fresh, empty database's URL (one per test keeps tests independent)."""
        import psycopg

        name = f"sahna_test_{next(self._names)}"
        with psycopg.connect(host=self.host, port=self.port, user=self.user,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server() -> Iterator[PostgresServer]:
    """Start a cluster, yield it, stop it and delete it."""
    folder = pg_bin()
    if folder is None:
        pytest.skip(INSTALL_HINT)
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server "
                        "as (PostgreSQL refuses root); `apt-get install postgresql` makes one")
        prefix = ["runuser", "-u", "postgres", "--"]
    base = Path(tempfile.mkdtemp(prefix="sahna-pg-"))
    if prefix:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data, log = base / "data", base / "server.log"
    port = free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}"
                               f"\n{server_log}")

    try:
        run(str(folder / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync")
        run(str(folder / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", f"-F -p {port} -k {base} -c listen_addresses=127.0.0.1", "start")
        try:
            yield PostgresServer("127.0.0.1", port, "postgres", itertools.count(1))
        finally:
            run(str(folder / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)
