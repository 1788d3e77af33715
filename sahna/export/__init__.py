"""Exports of stored events: iCalendar, schema.org JSON-LD, CSV, Parquet and JSON Lines.

Every exporter is a pure function over a list of event rows (the dicts the store returns:
the contract's fields plus ``id``, ``local_id``, ``doc_id``, ``lang``, ``published``,
``url``, ``source`` of its first report, and ``sources``, the number of reports merged
into it: one row per event, not per report), so the CLI and the HTTP API share them and
tests need no database.

Calendars cannot hold a date without a year or a month (``2025-04``, ``2025``,
``--04-25``): such events are left out of .ics, never guessed, and the number left out is
returned with the data so that callers can report it (stderr, ``X-Sahna-Excluded``).

A row's ``url`` leaves sahna only when :func:`sahna.urls.safe_url` allows it (http or
https): calendars and crawlers turn an exported URL into a link, so a ``javascript:`` or
``data:`` URL a document was stored with is exported as empty (null), in every format.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sahna.contract import LIST_SLOTS, ROW_FIELDS, Participant
from sahna.urls import safe_url

FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

CSV_COLUMNS = ROW_FIELDS

SCHEMA_STATUS = {
    "planned": "https://schema.org/EventScheduled",
    "held": "https://schema.org/EventScheduled",
    "ongoing": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
}
# schema.org's Event subtypes by event type; a type without a fitting subtype stays Event
SCHEMA_TYPE = {"concert": "MusicEvent", "festival": "Festival",
               "exhibition": "ExhibitionEvent", "screening": "ScreeningEvent",
               "stage": "TheaterEvent", "culture_days": "Festival", "civic": "SocialEvent",
               "ceremony": "SocialEvent", "forum": "EducationEvent",
               "competition": "Event", "tour": "Event", "meeting": "Event", "other": "Event"}
SCHEMA_AGENT = {"person": "Person", "group": "PerformingGroup", "org": "Organization",
                "other": "Organization"}
ICS_STATUS = {"planned": "TENTATIVE", "held": "CONFIRMED", "ongoing": "CONFIRMED",
              "cancelled": "CANCELLED"}


@dataclass
class Exported:
    """An export's bytes, its media type, and how many events it had to leave out."""

    data: bytes
    media_type: str
    excluded: int = 0


def with_safe_url(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with its ``url`` as :func:`sahna.urls.safe_url` gives it (None when
    refused); the caller's row is left as it was."""
    if "url" not in row:
        return row
    return {**row, "url": safe_url(row["url"])}


def full_date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` value as a date; None for partial, yearless or invalid values."""
    if not value or not FULL_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def to_ics(rows: Iterable[dict[str, Any]], stamp: dt.datetime | None = None) -> Exported:
    """An iCalendar of all-day VEVENTs; DTEND is exclusive (the day after ``end``).

    An event is left out when its start is missing or not a full date, or when its end is
    given but is not a full date on or after the start: a calendar entry on a guessed day
    would be worse than none."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//sahna//events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    excluded = 0
    for row in map(with_safe_url, rows):
        start = full_date(row.get("start"))
        end = full_date(row.get("end")) if row.get("end") else start
        if start is None or end is None or end < start:
            excluded += 1
            continue
        vevent = VEvent()
        vevent.add("uid", f"{row.get('id')}-{row.get('doc_id')}-{row.get('local_id')}@sahna")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", start)
        vevent.add("dtend", end + dt.timedelta(days=1))
        vevent.add("summary", row.get("title") or row.get("type") or "event")
        where = ", ".join(x for x in (row.get("venue"), row.get("city"), row.get("country")) if x)
        if where:
            vevent.add("location", where)
        if row.get("evidence"):
            vevent.add("description", "\n".join(row["evidence"]))
        if row.get("url"):
            vevent.add("url", row["url"])
        if row.get("type"):
            vevent.add("categories", [row["type"]])
        if row.get("status") in ICS_STATUS:
            vevent.add("status", ICS_STATUS[row["status"]])
        cal.add_component(vevent)
    cal.add("x-sahna-excluded", str(excluded))
    return Exported(cal.to_ical(), "text/calendar; charset=utf-8", excluded)


def event_url(base: str, row: dict[str, Any]) -> str:
    """The address of an event's page on the sahna server at ``base``."""
    return f"{base.rstrip('/')}/events/{row.get('id')}"


def jsonld_event(row: dict[str, Any], base: str = "") -> dict[str, Any]:
    """One event as a standalone schema.org node (with its own ``@context``, the form
    search engines read from a page): the subtype of its type (``MusicEvent``...), its
    page on the server as ``@id`` and ``url`` (relative when ``base`` is empty), and the
    article it was read from as ``subjectOf``. A place is given only when something of it
    is known: no placeholder names."""
    row = with_safe_url(row)
    page = event_url(base, row)
    node: dict[str, Any] = {"@context": "https://schema.org",
                            "@type": SCHEMA_TYPE.get(row.get("type") or "", "Event"),
                            "@id": page, "url": page,
                            "identifier": str(row.get("id")),
                            "name": row.get("title") or row.get("type") or "event"}
    if row.get("start"):
        node["startDate"] = row["start"]
    if row.get("end") and YEAR_DATE.fullmatch(row["end"]):
        node["endDate"] = row["end"]
    if row.get("status") in SCHEMA_STATUS:
        node["eventStatus"] = SCHEMA_STATUS[row["status"]]
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if row.get("city"):
        address["addressLocality"] = row["city"]
    if row.get("country"):
        address["addressCountry"] = row["country"]
    name = row.get("venue") or row.get("city") or row.get("country")
    if name:
        place: dict[str, Any] = {"@type": "Place", "name": name}
        if len(address) > 1:
            place["address"] = address
        node["location"] = place
    roles = {"performer": "performer", "organizer": "organizer"}
    for person in row.get("participants") or []:
        key = roles.get(person.get("role"), "attendee")
        agent = {"@type": SCHEMA_AGENT.get(person.get("kind"), "Organization"),
                 "name": person.get("name")}
        node.setdefault(key, []).append(agent)
    if row.get("evidence"):
        node["description"] = " ".join(row["evidence"])
    if row.get("lang"):
        node["inLanguage"] = row["lang"]
    if row.get("url"):
        node["subjectOf"] = {"@type": "NewsArticle", "url": row["url"]}
    if row.get("type"):
        node["keywords"] = row["type"]
    return node


def to_jsonld(rows: Iterable[dict[str, Any]], base: str = "") -> Exported:
    """A JSON array of schema.org Events. Events whose start has no year (``--04-25``) or
    no start at all are left out: ``startDate`` must be an ISO 8601 date."""
    nodes, excluded = [], 0
    for row in rows:
        if not row.get("start") or not YEAR_DATE.fullmatch(row["start"]):
            excluded += 1
            continue
        nodes.append(jsonld_event(row, base))
    data = json.dumps(nodes, ensure_ascii=False, indent=1).encode("utf-8")
    return Exported(data, "application/ld+json", excluded)


# A cell a spreadsheet would read as a formula starts with one of these (OWASP's list);
# quoted text from news, a yearless date "--04-25" or a name can start so.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def csv_row(row: dict[str, Any]) -> dict[str, str]:
    """Flatten one event: lists joined with "; ", evidence sentences one per line, every
    text cell safe from formula injection (:func:`formula_safe`)."""
    row = with_safe_url(row)
    out: dict[str, str] = {}
    for column in CSV_COLUMNS:
        value = row.get(column)
        if column == "countries":
            value = "; ".join(value or [])
        elif column == "participants":
            value = "; ".join(p.get("name", "") for p in value or [])
        elif column == "evidence":
            value = "\n".join(value or [])
        elif column == "sources":
            value = value or 1
        out[column] = "" if value is None else formula_safe(str(value))
    return out


def to_csv(rows: Iterable[dict[str, Any]], excel: bool = False) -> Exported:
    """CSV with a header row (RFC 4180, CRLF line ends, UTF-8); ``excel`` starts it with
    a byte-order mark, without which Excel reads UTF-8 as a legacy code page and garbles
    Cyrillic."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(csv_row(row))
    data = buffer.getvalue().encode("utf-8-sig" if excel else "utf-8")
    return Exported(data, "text/csv; charset=utf-8")


def parquet_schema() -> Any:
    """The Parquet schema: nested lists stay lists (participants as structs), so the file
    keeps everything the JSON rows have."""
    import pyarrow as pa

    text = pa.string()
    person = pa.struct([*((f.name, text) for f in dataclasses.fields(Participant)),
                        ("entity_id", pa.int64())])
    # ``parent``: the id of the programme event (as ``id``), not the per-document id
    special = {"id": pa.int64(), "sources": pa.int64(), "parent": pa.int64(),
               "participants": pa.list_(person)}
    return pa.schema([(name, special.get(name) or (pa.list_(text) if name in LIST_SLOTS
                                                   else text)) for name in ROW_FIELDS])


def parquet_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows reduced to the Parquet schema's columns, as they read back."""
    names = parquet_schema().names
    out = []
    for row in map(with_safe_url, rows):
        item = {name: row.get(name) for name in names}
        item["countries"] = list(item["countries"] or [])
        item["sources"] = row.get("sources") or 1
        item["evidence"] = list(item["evidence"] or [])
        item["participants"] = [{"name": p.get("name"), "kind": p.get("kind"),
                                 "role": p.get("role"), "entity_id": p.get("entity_id")}
                                for p in item["participants"] or []]
        parent = row.get("parent_id")
        item["parent"] = parent if isinstance(parent, int) and parent != row.get("id") \
            else None
        out.append(item)
    return out


def to_parquet(rows: Iterable[dict[str, Any]]) -> Exported:
    """Parquet (zstd) written with pyarrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(parquet_rows(rows), schema=parquet_schema())
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return Exported(sink.getvalue(), "application/vnd.apache.parquet")


def to_jsonl(rows: Iterable[dict[str, Any]]) -> Exported:
    """One event row as JSON per line, as the store gives it but for a refused ``url``."""
    lines = [json.dumps(with_safe_url(row), ensure_ascii=False, default=str) + "\n"
             for row in rows]
    return Exported("".join(lines).encode("utf-8"), "application/x-ndjson")


EXPORTERS: dict[str, Callable[[list[dict[str, Any]]], Exported]] = {
    "ics": to_ics, "jsonld": to_jsonld, "csv": to_csv, "parquet": to_parquet, "jsonl": to_jsonl,
}
FORMATS = tuple(EXPORTERS)


def export(rows: list[dict[str, Any]], fmt: str, base: str = "",
           excel: bool = False) -> Exported:
    """Export ``rows`` in ``fmt`` (one of :data:`FORMATS`); ValueError for another.
    ``base``: the server's address, for JSON-LD's links to event pages; ``excel``: a
    CSV Excel opens as UTF-8."""
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        return to_jsonld(rows, base)
    if fmt == "csv":
        return to_csv(rows, excel)
    return EXPORTERS[fmt](rows)
