"""Every failure of the command line is one line naming what failed, with an exit code;
a traceback only with --debug; warnings are not wrapped when stderr is not a terminal;
``ingest`` abandons a document that overruns its time limit and goes on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sahna.cli import _DEBUG, _Command, app

RU = "Вчера в Астане прошёл концерт оркестра «Отырар сазы»."


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(RU, encoding="utf-8")
    return path


def one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


def test_db_that_is_not_a_database(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "junk.db"
    db.write_bytes(b"this is not a database, only text " * 40)
    result = run("ingest", str(page), "--db", str(db))
    assert result.exit_code == 1
    assert one_line(result.output) == (f"error: --db {db}: cannot open the database "
                                       "(file is not a database)")


def test_db_in_a_folder_that_does_not_exist(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "nowhere" / "x.db"
    result = run("ingest", str(page), "--db", str(db))
    assert result.exit_code == 1
    assert one_line(result.output) == (f"error: --db {db}: no such folder "
                                       f"'{tmp_path / 'nowhere'}'")


def test_an_errors_file_that_cannot_be_written(tmp_path: Path, page: Path) -> None:
    errors = tmp_path / "nowhere" / "e.jsonl"
    result = run("ingest", str(page), "--db", str(tmp_path / "x.db"), "--errors", str(errors))
    assert result.exit_code == 2
    assert one_line(result.output) == (f"error: --errors {errors}: cannot write "
                                       "(No such file or directory)")


def _broken_app() -> _Command:
    broken = _Command()

    @broken.command()
    def boom() -> None:
        raise RuntimeError("the disk\nwent away")

    @broken.command()
    def other() -> None:
        pass

    return broken


def test_an_unforeseen_failure_is_one_line_without_debug(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        _broken_app()(["boom"])
    assert stop.value.code == 1
    assert one_line(capsys.readouterr().err) == (
        "error: RuntimeError: the disk went away (run with --debug for the traceback)")


def test_debug_shows_the_traceback(monkeypatch) -> None:
    monkeypatch.setitem(_DEBUG, "on", True)
    with pytest.raises(RuntimeError):
        _broken_app()(["boom"], standalone_mode=True)


def test_warnings_are_not_wrapped_when_stderr_is_a_file(tmp_path: Path) -> None:
    long_name = "a" * 120 + ".txt"
    path = tmp_path / long_name
    path.write_text("Das Konzert fand gestern in Berlin statt, sagte der Veranstalter.",
                    encoding="utf-8")
    result = run("extract", str(path))
    warning = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1 and long_name in warning[0] and "not analysed" in warning[0]


def _slow(doc):
    time.sleep(5)
    return doc


def test_ingest_abandons_a_document_over_its_time_limit(tmp_path: Path, page: Path,
                                                        monkeypatch) -> None:
    import sahna
    import sahna.library

    second = tmp_path / "second.txt"
    second.write_text(RU.replace("Астане", "Алматы"), encoding="utf-8")
    real = sahna.library.Pipeline.process
    sahna.extract(RU)  # the models loaded before the clock runs
    calls = {"n": 0}

    def process(self, doc):
        calls["n"] += 1
        return _slow(doc) if calls["n"] == 1 else real(self, doc)

    monkeypatch.setattr(sahna.library.Pipeline, "process", process)
    result = run("ingest", str(page), str(second), "--db", str(tmp_path / "t.db"),
                 "--timeout", "2")
    assert result.exit_code == 1
    assert f"error: {page}: extraction timed out after 2s" in result.output
    assert "1 documents, " in result.output  # the second one is stored


def test_ingest_has_a_time_limit_by_default() -> None:
    import inspect

    from sahna.cli.ingest import ingest

    assert inspect.signature(ingest).parameters["timeout"].default == 60.0

