"""`sahna export` from the command line; `sahna serve` is covered by the browser tests'
uvicorn and here only by its help."""

from __future__ import annotations

import json

from icalendar import Calendar
from typer.testing import CliRunner
from web_fixtures import build_synthetic_db

from sahna.cli import app


def test_export_ics_reports_excluded_on_stderr(tmp_path):
    db = build_synthetic_db(tmp_path / "cli.db")
    out = tmp_path / "events.ics"
    result = CliRunner().invoke(app, ["export", "--format", "ics", "--db", str(db),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 3
    assert "2 left out" in result.stderr


def test_export_filters_and_stdout(tmp_path):
    db = build_synthetic_db(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["export", "-f", "jsonl", "--db", str(db),
                                      "--city", "Almaty", "--type", "festival"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert json.loads(line)["title"] == "Jazz festival"


def test_export_refuses_bad_input(tmp_path):
    db = build_synthetic_db(tmp_path / "cli.db")
    runner = CliRunner()
    assert runner.invoke(app, ["export", "-f", "xml", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["export", "-f", "csv", "--db", str(db),
                               "--from", "2025-13"]).exit_code == 2
    assert runner.invoke(app, ["export", "-f", "csv", "--db",
                               str(tmp_path / "missing.db")]).exit_code == 1


def test_serve_has_help():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.stdout
