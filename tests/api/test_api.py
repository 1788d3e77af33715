"""The JSON API, exports over HTTP and the pages, through FastAPI's TestClient, on a
database of hand-made events (so every expected value is known)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from icalendar import Calendar

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from web_fixtures import HOSTILE_URLS, SAFE_URL, build_hostile_db, build_synthetic_db

from sahna.app import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return str(build_synthetic_db(tmp_path_factory.mktemp("api") / "api.db"))


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    with TestClient(create_app(db, token=None)) as c:
        yield c


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def test_events_lists_everything_in_pages(client):
    body = client.get("/api/events").json()
    assert body["total"] == 5 and body["page"] == 1 and body["page_size"] == 50
    assert len(body["items"]) == 5
    first = client.get("/api/events", params={"page_size": 2}).json()
    second = client.get("/api/events", params={"page_size": 2, "page": 2}).json()
    third = client.get("/api/events", params={"page_size": 2, "page": 3}).json()
    seen = [e["id"] for e in first["items"] + second["items"] + third["items"]]
    assert sorted(seen) == sorted(e["id"] for e in body["items"])  # stable, no overlap
    assert len(third["items"]) == 1


@pytest.mark.parametrize(("params", "titles"), [
    ({"type": "exhibition"}, {"Ою-өрнек"}),
    ({"status": "cancelled"}, {"Jazz festival"}),
    ({"city": "bishkek"}, {"Дни культуры Казахстана в Кыргызстане", "Гала-концерт"}),
    ({"country": "KZ"}, {"Ою-өрнек", "Spring concert", "Jazz festival"}),
    ({"countries": ["KZ", "TR"]}, {"Ою-өрнек"}),
    ({"countries": "KG"}, {"Дни культуры Казахстана в Кыргызстане", "Гала-концерт"}),
    ({"from": "2025-05-15"}, {"Дни культуры Казахстана в Кыргызстане", "Jazz festival"}),
    ({"to": "2025-04"}, {"Ою-өрнек"}),
    ({"from": "2025-05", "to": "2025-05"},
     {"Дни культуры Казахстана в Кыргызстане", "Гала-концерт"}),
    ({"lang": "en"}, {"Spring concert", "Jazz festival"}),
    ({"participant": "ермеков"}, {"Дни культуры Казахстана в Кыргызстане"}),
    ({"q": "выставка"}, {"Ою-өрнек"}),
    ({"q": "jazz cancelled"}, {"Jazz festival"}),
    ({"q": "nothing-like-this"}, set()),
    ({"type": "", "city": ""}, None),  # empty form fields are no filter
])
def test_event_filters(client, params, titles):
    got = set(ids(client.get("/api/events", params=params)))
    if titles is None:
        assert len(got) == 5
    else:
        assert got == titles


def test_participant_filter_by_entity_id(client):
    [opera] = client.get("/api/entities", params={"q": "astana opera"}).json()["items"]
    got = ids(client.get("/api/events", params={"participant": str(opera["id"])}))
    assert set(got) == {"Spring concert", "Jazz festival"}


def test_one_event_has_evidence_participants_and_documents(client):
    [row] = client.get("/api/events", params={"type": "culture_days"}).json()["items"]
    event = client.get(f"/api/events/{row['id']}").json()
    assert event["evidence"][0].startswith("С 14 по 18 мая")
    assert event["participants"][0]["name"] == "Канат Ермеков"
    assert event["participants"][0]["entity_id"]
    assert event["documents"][0]["url"] == "https://news.example.kz/days"
    assert event["documents"][0]["doc_id"] == "days"
    assert len(event["children"]) == 1


def test_entities_and_one_entity(client):
    body = client.get("/api/entities").json()
    assert body["total"] == 3
    top = body["items"][0]
    assert top["name"] == "Astana Opera" and top["event_count"] == 2
    assert client.get("/api/entities", params={"kind": "person"}).json()["total"] == 1
    entity = client.get(f"/api/entities/{top['id']}").json()
    assert {e["title"] for e in entity["events"]} == {"Spring concert", "Jazz festival"}
    assert {e["role"] for e in entity["events"]} == {"performer"}


def test_places_facets_and_country_pairs(client):
    places = client.get("/api/places").json()
    assert {"city": "Almaty", "country": "KZ", "event_count": 2} in places
    facets = client.get("/api/facets").json()
    assert facets["type"]["concert"] == 2
    assert facets["city"]["Bishkek"] == 2
    assert facets["month"] == {"2025-05": 2, "2025-04": 1, "2025-07": 1}
    assert client.get("/api/facets", params={"city": "Almaty"}).json()["type"] == {
        "exhibition": 1, "festival": 1}
    pairs = client.get("/api/country-pairs").json()
    assert {"a": "KG", "b": "KZ", "events": 1} in pairs
    assert {"a": "KZ", "b": "TR", "events": 1} in pairs


@pytest.mark.parametrize(("url", "status"), [
    ("/api/events?from=2025-13", 400),
    ("/api/events?to=2025-02-30", 400),
    ("/api/events?from=yesterday", 400),
    ("/api/events?type=opera", 400),
    ("/api/events?status=maybe", 400),
    ("/api/events?country=Atlantis", 400),
    ("/api/events?countries=K1", 400),
    ("/api/events?page=0", 422),
    ("/api/events?page=abc", 422),
    ("/api/events?page_size=0", 422),
    ("/api/events?page_size=1000", 422),
    ("/api/events?page=3", 404),
    ("/api/events?page=2&page_size=5", 404),
    ("/api/events/999999", 404),
    ("/api/events/0", 422),
    ("/api/events/abc", 422),
    ("/api/events/99999999999999999999999", 422),
    ("/api/entities/999999", 404),
    ("/api/entities?page=99", 404),
    ("/api/facets?from=2025-99", 400),
    ("/api/country-pairs?type=nope", 400),
    ("/events.ics?from=bad", 400),
    ("/api/nothing", 404),
])
def test_errors_are_4xx_json(client, url, status):
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["error"]


def test_what_the_schema_allows_is_answered_not_refused(client):
    """Each value valid on its own is a valid request: a reversed date range or an id
    no row can have matches nothing (schemathesis's "valid data accepted")."""
    for params in ({"from": "2025-06", "to": "2025-01"}, {"participant": str(2**64)},
                   {"participant": "²"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 200, (params, response.text)
        assert response.json()["total"] == 0


def test_documents_url_is_checked_as_the_schema_states(writable):
    """The schema's pattern is the server's rule, checked the same way (Python's re)."""
    schema = writable.get("/openapi.json").json()["components"]["schemas"]["DocumentIn"]
    pattern = schema["properties"]["url"]["anyOf"][0]["pattern"]
    from sahna.api.routes import DocumentIn

    for url in ["", " ", "\x0b", "\xa0https://a.kz", "https://news.example.kz/a?b=1#c",
                "HTTP://президент.рф:8080/", "javascript:alert(1)", "https://a.kz:65536/",
                " https://a.kz", "https:///x", " https://a.kz/\n", "https://a.kz/ b"]:
        allowed = re.search(pattern, url) is not None
        try:
            DocumentIn(id="1", text="t", url=url)
            accepted = True
        except ValueError:
            accepted = False
        assert accepted == allowed, url


def test_empty_result_page_one_is_not_an_error(client):
    body = client.get("/api/events", params={"q": "zzzz"}).json()
    assert body == {"items": [], "total": 0, "page": 1, "page_size": 50}


def test_openapi_lists_the_api(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/entities",
                 "/api/entities/{entity_id}", "/api/places", "/api/facets", "/events.ics"):
        assert path in schema["paths"], path
    assert "/api/documents" not in schema["paths"]


def test_exports_over_http(client):
    ics = client.get("/events.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    assert len(Calendar.from_ical(ics.content).walk("VEVENT")) == 3
    assert ics.headers["x-sahna-excluded"] == "2"
    only = client.get("/events.ics", params={"city": "Almaty"})
    assert len(Calendar.from_ical(only.content).walk("VEVENT")) == 1
    assert only.headers["x-sahna-excluded"] == "1"
    nodes = client.get("/events.jsonld").json()
    assert len(nodes) == 4 and "Festival" in {n["@type"] for n in nodes}
    assert all(n["@id"] == f"http://testserver/events/{n['identifier']}" for n in nodes)
    assert client.get("/events.csv", params={"excel": "true"}).content.startswith(
        b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv").text)))
    assert len(rows) == 5 and {"KZ; KG", "KZ; TR"} <= {r["countries"] for r in rows}
    table = pq.read_table(io.BytesIO(client.get("/events.parquet").content))
    assert table.num_rows == 5
    lines = client.get("/events.jsonl", params={"type": "concert"}).text.splitlines()
    assert {json.loads(x)["title"] for x in lines} == {"Гала-концерт", "Spring concert"}
    assert "attachment" in client.get("/events.csv").headers["content-disposition"]


def test_pages_render(client):
    home = client.get("/?month=2025-05")
    assert home.status_code == 200 and "Май 2025" in home.text  # Russian by default
    assert "May 2025" in client.get("/?month=2025-05&hl=en").text
    assert "Мамыр 2025" in client.get("/?month=2025-05",
                                      headers={"Accept-Language": "kk-KZ,en;q=0.5"}).text
    assert "Дни культуры Казахстана в Кыргызстане" in home.text
    april = client.get("/?month=2025-04").text
    assert 'id="yearless"' in april and "Spring concert" in april  # --04-25
    assert 'id="undated"' in april and "Ою-өрнек" in april  # 2025-04
    assert client.get("/").status_code == 200
    assert client.get("/?month=2025-13").status_code == 400
    listing = client.get("/events", params={"city": "Almaty"}).text
    assert "Jazz festival" in listing and "Гала-концерт" not in listing
    assert '<meta name="viewport"' in listing
    [row] = client.get("/api/events", params={"type": "culture_days"}).json()["items"]
    page = client.get(f"/events/{row['id']}").text
    assert "<mark" in page and "Ермеков" in page and "https://news.example.kz/days" in page
    assert "Гала-концерт" in page  # its programme
    person = client.get("/api/entities", params={"kind": "person"}).json()["items"][0]
    assert "Дни культуры" in client.get(f"/entities/{person['id']}").text
    countries = client.get("/countries").text
    assert "countries=KG&amp;countries=KZ" in countries
    assert client.get("/entities").status_code == 200
    missing = client.get("/events/424242")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert client.get("/static/sahna.css").status_code == 200


def test_calendar_sections_have_pages_of_their_own(client):
    """Each section under the grid links to a page of all of it (here it is short),
    in the reader's language, its titles escaped; an unknown section is refused."""
    april = client.get("/?month=2025-04&show=undated&hl=en")
    assert april.status_code == 200 and 'id="undated"' in april.text
    assert "Ою-өрнек" in april.text and "This month, day not known" in april.text
    assert 'href="/?month=2025-04&amp;hl=en"' in april.text  # back to the calendar
    assert 'show=undated' in april.text.split('rel="next"')[0].rsplit("<a", 1)[1]
    yearless = client.get("/?month=2025-04&show=yearless&hl=ru")
    assert yearless.status_code == 200 and "Spring concert" in yearless.text
    assert "Даты без года" in yearless.text and '<html lang="ru">' in yearless.text
    assert client.get("/?month=2025-04&show=year_only").status_code == 200  # empty
    assert client.get("/?month=2025-04&show=undated&page=2").status_code == 404
    assert client.get("/?month=2025-04&show=everything").status_code == 400


def test_ingestion_is_off_without_a_token(client):
    response = client.post("/api/documents", json={"id": "x", "text": "y"})
    assert response.status_code in (404, 405)


@pytest.fixture
def writable(tmp_path, monkeypatch):
    monkeypatch.delenv("SAHNA_TOKEN", raising=False)
    with TestClient(create_app(str(tmp_path / "w.db"), token="s3cret")) as c:
        yield c


ARTICLE = ("В Шымкенте прошёл фестиваль «Ұлы дала»\n\n12 июня 2025 года в Шымкенте на площади "
           "Независимости состоялся фестиваль «Ұлы дала». Выступил ансамбль «Самал».\n")


def test_ingestion_needs_the_token(writable):
    doc = {"id": "fest", "text": ARTICLE, "published": "2025-06-13"}
    assert writable.post("/api/documents", json=doc).status_code == 401
    bad = writable.post("/api/documents", json=doc, headers={"Authorization": "Bearer no"})
    assert bad.status_code == 403 and bad.json()["error"] == "wrong token"
    auth = {"Authorization": "Bearer s3cret"}
    assert writable.post("/api/documents", json={"id": "x"}, headers=auth).status_code == 422
    assert writable.post("/api/documents", json={**doc, "published": "June"},
                         headers=auth).status_code == 422
    ok = writable.post("/api/documents", json=doc, headers=auth)
    assert ok.status_code == 201, ok.text
    assert ok.json()["stored"] is True and ok.json()["events"] >= 1
    again = writable.post("/api/documents", json=doc, headers=auth)
    assert again.json()["stored"] is False
    titles = ids(writable.get("/api/events"))
    assert any("Ұлы дала" in t for t in titles)


@pytest.mark.parametrize("url", [
    "javascript:alert(document.domain)", "JAVASCRIPT:alert(1)", " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)", "\x00javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
    "/relative/path", "news.example.kz/fest",
])
def test_ingestion_refuses_urls_that_are_not_http(writable, url):
    doc = {"id": "fest", "text": ARTICLE, "published": "2025-06-13", "url": url}
    response = writable.post("/api/documents", json=doc,
                             headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["body", "url"]
    assert writable.get("/api/events").json()["total"] == 0  # nothing was stored


def test_ingestion_keeps_an_https_url_and_links_it(writable):
    auth = {"Authorization": "Bearer s3cret"}
    doc = {"id": "fest", "text": ARTICLE, "published": "2025-06-13",
           "url": "  https://news.example.kz/ulu-dala?a=1&b=2\n"}
    response = writable.post("/api/documents", json=doc, headers=auth)
    assert response.status_code == 201, response.text
    [event] = writable.get("/api/events").json()["items"]
    assert event["url"] == "https://news.example.kz/ulu-dala?a=1&b=2"  # as a browser reads it
    page = writable.get(f"/events/{event['id']}").text
    assert '<a href="https://news.example.kz/ulu-dala?a=1&amp;b=2"' in page
    blank = writable.post("/api/documents", json={**doc, "id": "blank", "url": " "},
                          headers=auth)
    assert blank.status_code == 201, blank.text  # a blank URL is no URL


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> TestClient:
    db = build_hostile_db(tmp_path_factory.mktemp("hostile") / "hostile.db")
    with TestClient(create_app(str(db))) as c:
        yield c


def hrefs(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]


def test_event_pages_link_only_http_urls(hostile):
    rows = hostile.get("/api/events").json()["items"]
    assert len(rows) == len(HOSTILE_URLS) + 1
    for row in rows:
        page = hostile.get(f"/events/{row['id']}").text
        links = hrefs(page)
        assert all(h.startswith("/") or h == SAFE_URL for h in links), links
        assert "<script>alert(1)</script>" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        if row["url"] == SAFE_URL:
            assert f'<a href="{SAFE_URL}"' in page
        else:  # the JSON API hands out no hostile URL; the page shows it as text
            assert row["url"] is None
            shown = re.search(r'<span class="muted url">([^<]*)</span>', page)
            assert shown and html.unescape(shown.group(1)).strip("\x00 \t\n") in {
                u.strip("\x00 \t\n") for u in HOSTILE_URLS.values()}, row
    listing = hostile.get("/events").text
    assert all(h.startswith("/") for h in hrefs(listing))


@pytest.mark.parametrize("fmt", ["ics", "jsonld", "csv", "parquet", "jsonl"])
def test_exports_of_stored_hostile_urls_carry_no_such_url(hostile, fmt):
    response = hostile.get(f"/events.{fmt}")
    assert response.status_code == 200
    data = response.content
    for needle in (b"javascript", b"JAVASCRIPT", b"JaVaScRiPt", b"script:", b"data:",
                   b"vbscript"):
        assert needle not in data, needle
    assert SAFE_URL.encode() in data
    if fmt == "parquet":
        urls = pq.read_table(io.BytesIO(data)).column("url").to_pylist()
        assert sorted(urls, key=str) == [None] * len(HOSTILE_URLS) + [SAFE_URL]


def test_json_api_hands_out_no_hostile_url(hostile):
    listed = hostile.get("/api/events", params={"page_size": 200}).json()["items"]
    urls = {row["url"] for row in listed}
    assert urls <= {None, SAFE_URL} and SAFE_URL in urls
    for row in listed:
        text = json.dumps(hostile.get(f"/api/events/{row['id']}").json())
        assert "javascript" not in text.lower() and "data:" not in text, text[:200]


def test_token_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SAHNA_TOKEN", "envtoken")
    with TestClient(create_app(str(tmp_path / "e.db"))) as c:
        r = c.post("/api/documents", json={"id": "x", "text": "y"},
                   headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 403


@pytest.mark.parametrize(("module", "other"), [
    ("sahna.api", "sahna.web"), ("sahna.api.routes", "sahna.web"),
    ("sahna.web", "sahna.api"), ("sahna.web", "sahna.app"), ("sahna.api.routes", "sahna.app"),
])
def test_api_and_web_do_not_import_each_other(module, other):
    # a fresh interpreter, so that what this test session imported does not count
    code = (f"import sys, {module}; "
            f"print([m for m in sys.modules if m == {other!r} or m.startswith({other + '.'!r})])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]", f"importing {module} imported {out.stdout}"


def assert_secured(response) -> None:
    """The headers every response carries, whatever produced it."""
    headers = response.headers
    policy = {d.split()[0]: d.split()[1:]
              for d in headers["content-security-policy"].split(";") if d.strip()}
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert "unsafe" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


SECURED = [
    ("GET", "/", 200), ("GET", "/?month=2025-05", 200), ("GET", "/events?city=Almaty", 200),
    ("GET", "/events/{event}", 200), ("GET", "/entities", 200),
    ("GET", "/entities/{entity}", 200), ("GET", "/countries", 200),
    ("GET", "/api/events", 200), ("GET", "/api/events/{event}", 200),
    ("GET", "/api/entities", 200), ("GET", "/api/entities/{entity}", 200),
    ("GET", "/api/places", 200), ("GET", "/api/facets", 200),
    ("GET", "/api/country-pairs", 200), ("GET", "/openapi.json", 200),
    ("GET", "/events.ics", 200), ("GET", "/events.jsonld", 200), ("GET", "/events.csv", 200),
    ("GET", "/events.parquet", 200), ("GET", "/events.jsonl", 200),
    ("GET", "/static/sahna.css", 200), ("HEAD", "/static/sahna.css", 200),
    ("HEAD", "/events", 405),
    ("GET", "/static/missing.css", 404), ("GET", "/static/../app.py", 404),
    ("GET", "/no/such/page", 404), ("GET", "/api/nothing", 404),
    ("GET", "/events/424242", 404), ("GET", "/api/events/424242", 404),
    ("GET", "/events/0", 422), ("GET", "/api/events?page=0", 422),
    ("GET", "/?month=2025-13", 400), ("GET", "/api/events?from=bad", 400),
    ("GET", "/events.csv?type=opera", 400),
    ("POST", "/api/events", 405), ("POST", "/api/documents", 404),
    ("DELETE", "/events", 405),
]


@pytest.mark.parametrize(("method", "path", "status"), SECURED)
def test_every_response_carries_the_security_headers(client, method, path, status):
    [event] = client.get("/api/events", params={"type": "culture_days"}).json()["items"]
    entity = client.get("/api/entities").json()["items"][0]
    url = path.format(event=event["id"], entity=entity["id"])
    response = client.request(method, url)
    assert response.status_code == status, response.text
    assert_secured(response)


def test_ingestion_errors_carry_the_security_headers(writable):
    doc = {"id": "x", "text": "y", "url": "javascript:alert(1)"}
    for headers in ({}, {"Authorization": "Bearer no"}, {"Authorization": "Bearer s3cret"}):
        response = writable.post("/api/documents", json={"id": "x", "text": "y"},
                                 headers=headers)
        assert response.status_code in (201, 401, 403)
        assert_secured(response)
    refused = writable.post("/api/documents", json=doc,
                            headers={"Authorization": "Bearer s3cret"})
    assert refused.status_code == 422
    assert_secured(refused)


class BrokenStore:
    """A store whose every call fails, as a lost database connection would."""

    def __getattr__(self, name: str):
        raise RuntimeError("the database went away")


def test_server_errors_carry_the_security_headers(db):
    app = create_app(db)
    with TestClient(app, raise_server_exceptions=False) as c:
        app.state.store = BrokenStore()
        page = c.get("/events")
        assert page.status_code == 500 and "text/html" in page.headers["content-type"]
        assert_secured(page)
        api = c.get("/api/events")
        assert api.status_code == 500
        assert api.json() == {"error": "internal server error", "status": 500}
        assert_secured(api)


TEMPLATES = Path(__file__).resolve().parents[2] / "sahna" / "web" / "templates"


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_have_nothing_the_policy_blocks(template):
    # inline script, style and event handlers would be refused by the browser
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    for pattern in (r"<script", r"<style", r"\sstyle\s*=", r"\son[a-z]+\s*=",
                    r"javascript:"):
        assert not re.search(pattern, text, re.IGNORECASE), (template, pattern)


def test_exact_dates_list_a_days_events_only(tmp_path):
    """``exact=1``: the events of 26 April, the festival spanning it among them, and not
    those dated only "2025-04" or "2025"; the form keeps it ticked."""
    from sahna.document import Document, Event
    from sahna.store import open_store

    path = str(tmp_path / "exact.db")
    with open_store(path) as store:
        for doc_id, start, end, city in [("day", "2025-04-26", None, "Almaty"),
                                         ("festival", "2025-04-24", "2025-04-28", "Astana"),
                                         ("april", "2025-04", None, "Shymkent"),
                                         ("year", "2025", None, "Karaganda")]:
            store.add(Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=doc_id, text=doc_id,
                               lang="en", events=[Event(
                                   "e1", "festival" if end else "concert", f"Event {doc_id}",
                                   start=start, end=end, city=city, country="KZ",
                                   evidence=[f"{doc_id}."])]))
    with TestClient(create_app(path)) as c:
        day = "/api/events?from=2025-04-26&to=2025-04-26"
        for exact, expected in [("", {"day", "festival", "april", "year"}),
                                ("&exact=1", {"day", "festival"}),
                                ("&exact=true", {"day", "festival"}),
                                ("&exact=false", {"day", "festival", "april", "year"})]:
            answer = c.get(day + exact)
            assert answer.status_code == 200, answer.text
            assert {e["doc_id"] for e in answer.json()["items"]} == expected, exact
        assert c.get(day + "&exact=maybe").status_code in (400, 422)
        page = c.get("/events?from=2025-04-26&to=2025-04-26&exact=1&hl=ru").text
        assert re.search(r'<input type="checkbox" name="exact" value="1" checked>', page)
        assert "Точно в эти даты" in page and "Event april" not in page
        assert "Event festival" in page and "Event day" in page
        page = c.get("/events?from=2025-04-26&to=2025-04-26&hl=kk").text
        assert 'name="exact" value="1">' in page and "Event april" in page
        schema = c.get("/openapi.json").json()
        [param] = [p for p in schema["paths"]["/api/events"]["get"]["parameters"]
                   if p["name"] == "exact"]
        assert {"type": "boolean"} in param["schema"].get("anyOf", [param["schema"]])
