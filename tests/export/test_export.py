"""Exports are pure functions over event rows: each format reads back with its own parser."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest
from icalendar import Calendar

from sahna.export import (
    FORMATS,
    export,
    parquet_rows,
    to_csv,
    to_ics,
    to_jsonl,
    to_jsonld,
    to_parquet,
)


def row(id_: int, start: str | None, end: str | None = None, **extra) -> dict:
    base = {
        "id": id_, "local_id": f"e{id_}", "doc_id": "doc-1", "type": "concert",
        "title": f"Концерт №{id_}", "start": start, "end": end, "status": "planned",
        "venue": "Государственная филармония", "city": "Almaty", "country": "KZ",
        "countries": ["KZ", "AZ"],
        "participants": [{"name": "Алия Нурланова", "kind": "person", "role": "performer"},
                         {"name": "Оркестр «Самға»", "kind": "group", "role": "performer"},
                         {"name": "Министерство культуры", "kind": "org", "role": "organizer"},
                         {"name": "Асхат Оралов", "kind": "person", "role": "official"}],
        "parent": None, "evidence": ["12 июня в Алматы; пройдёт концерт.", "Вход свободный."],
        "lang": "ru", "published": "2025-05-01", "url": "https://example.kz/a", "source": "a.txt",
    }
    base.update(extra)
    return base


ROWS = [
    row(1, "2025-06-12"),
    row(2, "2025-06-12", "2025-06-14", status="cancelled"),
    row(3, "2025-04"),
    row(4, "2025"),
    row(5, "--04-25"),
    row(6, None, city=None, venue=None, country=None, countries=[], participants=[]),
    row(7, "2025-06-12", "2025-06", status="held"),
]


def test_ics_holds_full_date_events_and_counts_the_rest():
    out = to_ics(ROWS, stamp=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    assert out.excluded == 5
    cal = Calendar.from_ical(out.data)
    events = cal.walk("VEVENT")
    assert len(events) == 2
    first, second = events
    assert first.decoded("dtstart") == dt.date(2025, 6, 12)
    assert first.decoded("dtend") == dt.date(2025, 6, 13)  # exclusive end of a one-day event
    assert second.decoded("dtend") == dt.date(2025, 6, 15)
    assert str(second["status"]) == "CANCELLED"
    assert str(first["summary"]) == "Концерт №1"
    assert "Almaty" in str(first["location"])
    assert str(cal["x-sahna-excluded"]) == "5"


def test_ics_of_nothing_is_a_valid_empty_calendar():
    out = to_ics([])
    assert Calendar.from_ical(out.data).walk("VEVENT") == []
    assert out.excluded == 0


def test_jsonld_is_schema_org_events():
    out = to_jsonld(ROWS)
    nodes = json.loads(out.data)
    assert out.excluded == 2  # --04-25 and no start
    assert len(nodes) == 5
    for node in nodes:
        for key in ("@context", "@type", "@id", "url", "name", "startDate", "location"):
            assert key in node, key
        assert node["@context"] == "https://schema.org"
        assert node["@type"] == "MusicEvent"  # a concert
        assert node["@id"] == node["url"] == f"/events/{node['identifier']}"
        assert node["subjectOf"] == {"@type": "NewsArticle", "url": "https://example.kz/a"}
        assert node["location"]["@type"] == "Place"
    first = nodes[0]
    assert first["startDate"] == "2025-06-12"
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    assert first["location"]["address"] == {"@type": "PostalAddress",
                                            "addressLocality": "Almaty", "addressCountry": "KZ"}
    assert first["location"]["name"] == "Государственная филармония"
    assert {p["@type"] for p in first["performer"]} == {"Person", "PerformingGroup"}
    assert first["organizer"] == [{"@type": "Organization", "name": "Министерство культуры"}]
    assert first["attendee"][0]["name"] == "Асхат Оралов"
    assert nodes[1]["eventStatus"] == "https://schema.org/EventCancelled"
    assert nodes[1]["endDate"] == "2025-06-14"


def test_csv_parses_back_with_joined_lists():
    out = to_csv(ROWS)
    parsed = list(csv.DictReader(io.StringIO(out.data.decode("utf-8"))))
    assert len(parsed) == len(ROWS)
    assert parsed[0]["countries"] == "KZ; AZ"
    assert parsed[0]["participants"].split("; ")[0] == "Алия Нурланова"
    assert parsed[0]["evidence"].splitlines() == ROWS[0]["evidence"]
    assert parsed[5]["start"] == "" and parsed[4]["start"] == "'--04-25"  # not a formula


def test_parquet_reads_back_the_same_rows():
    out = to_parquet(ROWS)
    table = pq.read_table(io.BytesIO(out.data))
    assert table.num_rows == len(ROWS)
    assert table.to_pylist() == parquet_rows(ROWS)
    assert table.to_pylist()[0]["participants"][1]["kind"] == "group"


def test_jsonl_round_trips():
    out = to_jsonl(ROWS)
    assert [json.loads(line) for line in out.data.decode("utf-8").splitlines()] == ROWS


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_exports_an_empty_list(fmt):
    assert isinstance(export([], fmt).data, bytes)


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        export(ROWS, "xml")


HOSTILE = ["javascript:alert(document.domain)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
           "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]


def exported_urls(fmt: str, rows: list[dict]) -> list:
    """The url each exported event carries, read back with the format's own parser."""
    data = export(rows, fmt).data
    if fmt == "ics":
        return [str(e["url"]) if "url" in e else None
                for e in Calendar.from_ical(data).walk("VEVENT")]
    if fmt == "jsonld":
        return [node.get("subjectOf", {}).get("url") for node in json.loads(data)]
    if fmt == "csv":
        return [r["url"] for r in csv.DictReader(io.StringIO(data.decode("utf-8")))]
    if fmt == "parquet":
        return pq.read_table(io.BytesIO(data)).column("url").to_pylist()
    return [json.loads(line)["url"] for line in data.decode("utf-8").splitlines()]


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_http_urls_are_exported(fmt):
    rows = [row(i, "2025-06-12", url=url) for i, url in enumerate(HOSTILE, start=1)]
    rows.append(row(9, "2025-06-13", url="https://example.kz/a"))
    empty = "" if fmt == "csv" else None
    assert exported_urls(fmt, rows) == [empty] * len(HOSTILE) + ["https://example.kz/a"]
    data = export(rows, fmt).data
    for needle in (b"javascript", b"JaVaScRiPt", b"script:", b"data:", b"vbscript"):
        assert needle not in data, (fmt, needle)
    assert rows[0]["url"] == HOSTILE[0]  # the caller's rows are not changed


def test_jsonld_node_of_a_hostile_url_has_no_url():
    from sahna.export import jsonld_event

    assert "subjectOf" not in jsonld_event(row(1, "2025-06-12", url=HOSTILE[0]))
    assert jsonld_event(row(1, "2025-06-12"))["subjectOf"]["url"] == "https://example.kz/a"


@pytest.mark.parametrize(("type_", "schema_type"), [
    ("concert", "MusicEvent"), ("festival", "Festival"), ("exhibition", "ExhibitionEvent"),
    ("screening", "ScreeningEvent"), ("stage", "TheaterEvent"), ("meeting", "Event")])
def test_jsonld_subtypes_links_and_no_placeholder_place(type_, schema_type):
    from sahna.export import jsonld_event

    node = jsonld_event(row(7, "2025-06-12", type=type_), base="https://sahna.example/")
    assert node["@type"] == schema_type
    assert node["@id"] == node["url"] == "https://sahna.example/events/7"
    nowhere = jsonld_event(row(8, "2025", venue=None, city=None, country=None))
    assert "location" not in nowhere and "unknown" not in json.dumps(nowhere)


def test_csv_for_excel_has_a_bom_and_no_formula_cells():
    rows = [row(1, "--04-25", title="=HYPERLINK(\"http://x\")", venue="+7 701",
                participants=[{"name": "@ivan", "kind": "person", "role": "guest"}],
                evidence=["-1 degree in Astana"])]
    plain = export(rows, "csv").data
    excel = export(rows, "csv", excel=True).data
    assert not plain.startswith(b"\xef\xbb\xbf") and excel.startswith(b"\xef\xbb\xbf")
    [parsed] = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    assert parsed["title"] == "'=HYPERLINK(\"http://x\")"
    assert parsed["venue"] == "'+7 701" and parsed["participants"] == "'@ivan"
    assert parsed["start"] == "'--04-25" and parsed["evidence"] == "'-1 degree in Astana"
    assert parsed["city"] == "Almaty"  # other cells untouched


def test_parquet_has_entity_ids_and_parent_event_ids():
    rows = [row(1, "2025-06-12", participants=[
                {"name": "A", "kind": "person", "role": "performer", "entity_id": 11}]),
            row(2, "2025-06-12", parent="e1", parent_id=1)]
    table = pq.read_table(io.BytesIO(to_parquet(rows).data)).to_pylist()
    assert table[0]["participants"][0]["entity_id"] == 11
    assert table[1]["parent"] == 1 and table[0]["parent"] is None
