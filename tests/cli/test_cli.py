"""The command line end to end: extract, ingest, events, and bad input in a batch."""

from __future__ import annotations

import json
import sqlite3
import warnings
from dataclasses import fields

import pytest
import typer.main
from typer.testing import CliRunner
from web_fixtures import build_synthetic_db

from sahna.app import create_app
from sahna.cli import app
from sahna.filters import CLI_ORDER, FILTERS
from sahna.store import EventQuery

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ARTICLE = (
    "В Шымкенте прошёл фестиваль «Ұлы дала»\n\n"
    "12 июня 2025 года в Шымкенте на площади Независимости состоялся фестиваль "
    "«Ұлы дала». Перед зрителями выступили ансамбль «Самал» и певица Алия Нурланова.\n"
)
ARTICLE_EN = (
    "Folk orchestra to tour Uzbekistan\n\n"
    "The Otrar Sazy orchestra will tour Uzbekistan from 3 to 6 October 2025, "
    "performing in Tashkent and Samarkand, the ministry said.\n"
)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    broken = ARTICLE.encode("utf-8")
    (folder / "broken.txt").write_bytes(broken[:30] + b"\xff\xfe" + broken[30:])
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    lines = [json.dumps({"id": "en-1", "text": ARTICLE_EN, "published": "2025-09-01"}),
             '{"id": "bad", "text": ',
             json.dumps({"id": "ru-2", "text": ARTICLE.replace("12 июня", "14 июня")})]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_extract_writes_contract_records(tmp_path):
    path = tmp_path / "fest.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(path), "-o", str(out))
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(record) == {"doc_id", "lang", "published", "title", "events", "removed_lines"}
    assert record["doc_id"] == "fest" and record["lang"] == "ru"
    festival = next(e for e in record["events"] if e["type"] == "festival")
    assert list(festival) == ["id", "type", "title", "start", "end", "status", "venue", "city",
                              "country", "countries", "participants", "parent", "evidence"]
    assert festival["start"] == "2025-06-12" and festival["status"] == "held"
    assert festival["city"] == "Shymkent" and festival["country"] == "KZ"
    assert "Ұлы дала" in festival["title"]
    assert festival["evidence"] and all(s in record_text(path) for s in festival["evidence"])


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Folk orchestra to tour Uzbekistan</title></head><body>
<nav><a href="/">Home</a> <a href="/culture">Culture</a></nav>
<article><h1>Folk orchestra to tour Uzbekistan</h1>
<p>The Otrar Sazy orchestra will tour Uzbekistan from 3 to 6 October 2025, performing in
Tashkent and Samarkand, the ministry of culture said on Monday in a statement.</p>
<p>The programme includes kuis by Kurmangazy and new pieces written for the tour by young
composers from Almaty, Astana and Shymkent, the orchestra's conductor said.</p>
</article><footer>All rights reserved</footer></body></html>"""


def test_extract_text_adds_the_main_text_without_the_headline(tmp_path):
    page = tmp_path / "tour.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    plain = tmp_path / "fest.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(page), str(plain), "--text", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = {r["doc_id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    html, text = records["tour"], records["fest"]
    assert list(html)[-1] == "text" and html["title"] == "Folk orchestra to tour Uzbekistan"
    paragraphs = html["text"].split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Otrar Sazy orchestra will tour Uzbekistan")
    assert paragraphs[1].endswith("the orchestra's conductor said.")
    assert "Home" not in html["text"] and "All rights reserved" not in html["text"]
    assert text["text"].startswith("12 июня 2025 года в Шымкенте")
    assert "Ұлы дала»\n" not in text["text"]


def test_extract_text_on_stdout_and_not_with_out_dir(tmp_path):
    path = tmp_path / "fest.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(path), "--text")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["text"].startswith("12 июня 2025 года")
    refused = run("extract", str(path), "--text", "--out", str(tmp_path / "shards"))
    assert refused.exit_code == 2
    assert "--text" in refused.output and "--out" in refused.output
    assert not (tmp_path / "shards").exists()


def record_text(path) -> str:
    return path.read_text(encoding="utf-8")


def test_bad_inputs_do_not_stop_the_batch(batch, tmp_path):
    db = tmp_path / "events.db"
    result = run("ingest", str(batch), "--db", str(db))
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 5, result.stderr
    for name in ("binary.txt", "broken.txt", "empty.txt", "huge.txt", "dump.jsonl:2"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    with sqlite3.connect(db) as conn:
        docs = sorted(r[0] for r in conn.execute("SELECT doc_id FROM documents"))
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert docs == ["en-1", "good", "ru-2"]
    assert events >= 3

    again = run("ingest", str(batch), "--db", str(db))
    assert again.exit_code == 1  # the same bad files fail again...
    with sqlite3.connect(db) as conn:  # ...and nothing is added twice
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == events


def test_events_query_filters(batch, tmp_path):
    db = tmp_path / "events.db"
    run("ingest", str(batch), "--db", str(db))
    result = run("events", "--db", str(db), "--json", "--city", "Shymkent")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["city"] == "Shymkent" for r in rows)
    result = run("events", "--db", str(db), "--json", "--type", "tour", "--from", "2025-10")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in rows] == ["en-1"]
    assert rows[0]["start"] == "2025-10-03" and rows[0]["status"] == "planned"
    result = run("events", "--db", str(db), "--json", "--q", "Самал")
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"good", "ru-2"}
    result = run("events", "--db", str(db), "--json", "--status", "cancelled")
    assert result.stdout.strip() == ""
    table = run("events", "--db", str(db))
    assert table.exit_code == 0 and "Shymkent" in table.stdout


def test_events_rejects_bad_dates_and_missing_db(tmp_path):
    assert run("events", "--db", str(tmp_path / "none.db")).exit_code == 1
    db = tmp_path / "x.db"
    sqlite3.connect(db).close()
    assert run("events", "--db", str(db), "--from", "March").exit_code == 2


def test_filters_are_declared_once_for_every_query_field():
    """Each of EventQuery's fields has one declared filter, which gives `sahna events`
    and `sahna export` their option and the API its query parameter."""
    assert [f.field for f in FILTERS] == [f.name for f in fields(EventQuery)]
    assert sorted(CLI_ORDER) == sorted(f.field for f in FILTERS)
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    for name in ("events", "export"):
        options = {p.name: p for p in commands[name].params}
        for f in FILTERS:
            assert options[f.field].opts == [f.flag] and options[f.field].help == f.help
        order = [p.name for p in commands[name].params if p.name in CLI_ORDER]
        assert order == list(CLI_ORDER)


FILTER_VALUES = [("type", "festival"), ("status", "cancelled"), ("city", "Bishkek"),
                 ("country", "KZ"), ("countries", "TR"), ("from", "2025-05-15"),
                 ("to", "2025-04"), ("lang", "en"), ("participant", "ермеков"),
                 ("q", "выставка")]


def test_each_filter_selects_the_same_events_in_the_command_and_the_api(tmp_path):
    db = str(build_synthetic_db(tmp_path / "filters.db"))
    with TestClient(create_app(db, token=None)) as client:
        described = {p["name"]: p.get("description") for p in
                     client.get("/openapi.json").json()["paths"]["/api/events"]["get"]
                     ["parameters"]}
        for param, value in FILTER_VALUES:
            result = run("events", "--db", db, "--json", f"--{param}", value)
            assert result.exit_code == 0, result.output
            command = {json.loads(line)["id"] for line in result.stdout.splitlines()}
            body = client.get("/api/events", params={param: value}).json()
            assert command == {row["id"] for row in body["items"]}, param
            assert 0 < len(command) < 5, param  # the filter did select
    assert {f.param: f.description for f in FILTERS}.items() <= described.items()
