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
