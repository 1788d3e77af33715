"""Articles written for the API and browser tests, and a database ingested from them."""

from __future__ import annotations

from pathlib import Path

from sahna.document import Document

ARTICLES = [
    {"id": "fest-shymkent", "published": "2025-06-01", "url": "https://news.example.kz/fest",
     "text": "В Шымкенте прошёл фестиваль «Ұлы дала»\n\n"
             "12 июня 2025 года в Шымкенте на площади Независимости состоялся фестиваль "
             "«Ұлы дала». Перед зрителями выступили ансамбль «Самал» и певица "
             "Алия Нурланова.\n"},
    {"id": "tour-uzbekistan", "published": "2025-09-01",
     "text": "Folk orchestra to tour Uzbekistan\n\n"
             "The Otrar Sazy orchestra will tour Uzbekistan from 3 to 6 October 2025, "
             "performing in Tashkent and Samarkand, the ministry said.\n"},
    {"id": "concert-almaty", "published": "2025-06-02",
     "text": "Almaty to host a jazz concert\n\n"
             "On 20 June 2025 the Almaty Jazz Band will give a concert at the Kazakh State "
             "Philharmonic in Almaty. Singer Dana Omarova will join the band.\n"},
    {"id": "xss", "published": "2025-06-03",
     "text": "Concert <script>alert(1)</script> in Astana\n\n"
             "On 25 June 2025 the Astana Symphony Orchestra will give a concert "
             "<script>alert(1)</script> in Astana, the Astana Opera said.\n"},
]


def build_db(path: Path) -> Path:
    """Run the pipeline over :data:`ARTICLES` and store them at ``path``."""
    from sahna.pipeline import process
    from sahna.store import open_store

    with open_store(str(path)) as store:
        for article in ARTICLES:
            doc = Document(doc_id=article["id"], source=f"test:{article['id']}",
                           raw=article["text"], url=article.get("url"),
                           published=article.get("published"))
            store.add(process(doc))
    return path


def synthetic_docs() -> list[Document]:
    """Documents with hand-made events (no pipeline), so API tests know every value."""
    from sahna.document import Event, Participant

    def doc(doc_id: str, lang: str, published: str, events: list[Event],
            url: str | None = None) -> Document:
        text = " ".join(s for e in events for s in e.evidence)
        return Document(doc_id=doc_id, source=f"test:{doc_id}", raw=text, text=text, url=url,
                        published=published, title=f"Title of {doc_id}", lang=lang,
                        events=events)

    days = Event(id="e1", type="culture_days", title="Дни культуры Казахстана в Кыргызстане",
                 start="2025-05-14", end="2025-05-18", status="planned", city="Bishkek",
                 country="KG", countries=["KZ", "KG"],
                 participants=[Participant("Канат Ермеков", "person", "official")],
                 evidence=["С 14 по 18 мая в Бишкеке пройдут Дни культуры Казахстана, "
                           "сообщил Канат Ермеков."])
    gala = Event(id="e2", type="concert", title="Гала-концерт", start="2025-05-14",
                 status="planned", venue="Филармония", city="Bishkek", country="KG",
                 participants=[Participant("Ансамбль Алтын домбыра", "group", "performer")],
                 parent="e1", evidence=["14 мая в Бишкеке состоится гала-концерт."])
    expo = Event(id="e1", type="exhibition", title="Ою-өрнек", start="2025-04",
                 status="held", city="Almaty", country="KZ", countries=["KZ", "TR"],
                 evidence=["В апреле в Алматы прошла выставка «Ою-өрнек»."])
    yearless = Event(id="e1", type="concert", title="Spring concert", start="--04-25",
                     status="planned", city="Astana", country="KZ",
                     participants=[Participant("Astana Opera", "group", "performer")],
                     evidence=["A spring concert will be held in Astana on 25 April."])
    cancelled = Event(id="e1", type="festival", title="Jazz festival", start="2025-07-01",
                      end="2025-07-03", status="cancelled", city="Almaty", country="KZ",
                      participants=[Participant("Astana Opera", "group", "performer")],
                      evidence=["The Almaty jazz festival of 1-3 July 2025 was cancelled."])
    return [
        doc("days", "ru", "2025-04-28", [days, gala], url="https://news.example.kz/days"),
        doc("expo", "ru", "2025-05-02", [expo]),
        doc("spring", "en", "2025-03-01", [yearless]),
        doc("jazz", "en", "2025-06-15", [cancelled]),
    ]


def build_synthetic_db(path: Path) -> Path:
    from sahna.store import open_store

    with open_store(str(path)) as store:
        for doc in synthetic_docs():
            store.add(doc)
    return path


# Source URLs a browser would run or render if they became links: one document each,
# stored straight into the database (the API refuses them), and one http URL that must
# stay a link.
HOSTILE_URLS = {
    "js": "javascript:alert(document.domain)",
    "js-upper": "JAVASCRIPT:alert(document.domain)",
    "js-mixed": " JaVaScRiPt:alert(document.domain)",
    "js-tab": "java\tscript:alert(document.domain)",
    "js-nul": "\x00javascript:alert(document.domain)",
    "data": "data:text/html,<script>alert(1)</script>",
    "vb": "vbscript:msgbox(1)",
}
SAFE_URL = "https://news.example.kz/safe"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def hostile_docs() -> list[Document]:
    """One hand-made event per hostile URL (each on its own day and in its own city, so
    that none are merged), with markup in titles, names and evidence, plus one good
    document; every string a page shows from them must come out as text."""
    from sahna.document import Event, Participant

    urls = [*HOSTILE_URLS.items(), ("safe", SAFE_URL)]
    cities = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar",
              "Oskemen"]
    docs = []
    for day, ((key, url), city) in enumerate(zip(urls, cities, strict=False), start=1):
        evidence = [f"On {day} June 2025 a concert {SCRIPT} will be held in {city} {IMG}."]
        event = Event(id="e1", type="concert", title=f"Concert {key} {SCRIPT}",
                      start=f"2025-06-{day:02d}", status="planned", city=city, country="KZ",
                      participants=[Participant(f"{IMG} Ensemble {key}", "group",
                                                "performer")],
                      evidence=evidence)
        text = f"Concert {SCRIPT} in {city} {IMG}\n\n" + " ".join(evidence)
        docs.append(Document(doc_id=f"hostile-{key}", source=f"test:{key}", raw=text,
                             text=text, url=url, published="2025-05-20",
                             title=f"{IMG} News {key}" if key != "js" else None,
                             lang="en", events=[event]))
    return docs


def build_hostile_db(path: Path) -> Path:
    """:func:`hostile_docs` in a database, added through the store as a crawler would."""
    from sahna.store import open_store

    with open_store(str(path)) as store:
        for doc in hostile_docs():
            store.add(doc)
    return path
