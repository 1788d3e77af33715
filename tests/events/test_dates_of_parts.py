"""Which event a day belongs to when a part and its programme meet in one sentence.
Sentences written for these tests."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def extract(text: str, published: str):
    return process(Document(doc_id="t", source="test", raw=text, published=published)).events


def test_a_part_closing_the_programme_keeps_the_day_to_itself():
    events = extract("The Days of Uzbek culture are under way in Shymkent this week. "
                     "On Friday a gala concert will close the programme.", "2026-03-10")
    [days] = [e for e in events if e.type == "culture_days"]
    [gala] = [e for e in events if e.type == "concert"]
    assert (gala.start, gala.status) == ("2026-03-13", "planned")
    assert (days.start, days.status) == (None, "ongoing")


def test_a_day_an_event_will_end_on_is_its_end_in_each_language():
    for text in ("Выставка ковров закроется 20 марта.",
                 "The exhibition of Kazakh carpets will conclude on 20 March.",
                 "Астанадағы кілем көрмесі 20 наурызда жабылады."):
        [show] = extract(text, "2026-03-10")
        assert (show.start, show.end, show.status) == (None, "2026-03-20", "ongoing"), text


def test_a_past_ending_or_a_part_named_after_the_verb_keeps_its_day_as_start():
    [fest] = extract("The festival ended on 5 March.", "2026-03-10")
    assert (fest.start, fest.end, fest.status) == ("2026-03-05", None, "held")
    events = extract("The folk festival in Almaty will end on Sunday with a gala concert.",
                     "2026-03-10")
    [gala] = [e for e in events if e.type == "concert"]
    assert (gala.start, gala.end) == ("2026-03-15", None)


def test_a_programme_named_only_as_a_frame_takes_its_parts_and_is_under_way():
    for text in ("В рамках Дней культуры Узбекистана в Астане вчера прошёл гала-концерт. "
                 "Завтра в Национальном музее откроется выставка узбекских ремёсел.",
                 "As part of the Days of Uzbek Culture in Astana, a gala concert was held "
                 "yesterday. Tomorrow an exhibition of Uzbek crafts will open at the "
                 "National Museum."):
        events = extract(text, "2026-03-10")
        [days] = [e for e in events if e.type == "culture_days"]
        parts = sorted((e.type, e.status) for e in events if e.parent == days.id)
        assert parts == [("concert", "held"), ("exhibition", "planned")], text
        assert days.status == "ongoing"


def test_a_performance_framed_by_a_tour_is_a_concert_of_that_tour():
    events = extract("Kazakh singer Dimash Qudaibergen will perform in Almaty on May 5 as "
                     "part of his Stranger world tour.", "2026-03-02")
    [tour] = [e for e in events if e.type == "tour"]
    [concert] = [e for e in events if e.type == "concert"]
    assert (concert.start, concert.city, concert.parent) == ("2026-05-05", "Almaty", tour.id)
    assert [p.name for p in concert.participants] == ["Dimash Qudaibergen"]


def test_a_performer_named_by_title_right_after_a_performance_takes_part():
    [concert] = extract("A concert of the Kurmangazy Orchestra took place in Astana on "
                        "Friday. Conductor Aidar Torybayev led the orchestra.", "2026-03-10")
    assert ("Aidar Torybayev", "performer") in [(p.name, p.role)
                                                for p in concert.participants]


def test_a_performer_named_in_another_paragraph_is_not_attached():
    [concert] = extract("A concert of the Kurmangazy Orchestra took place in Astana on "
                        "Friday.\n\nConductor Aidar Torybayev is known for his recordings.",
                        "2026-03-10")
    assert "Aidar Torybayev" not in [p.name for p in concert.participants]


def test_a_titled_performer_on_another_occasion_is_not_attached():
    [concert] = extract("A concert of the Kurmangazy Orchestra took place in Astana on "
                        "Friday. Conductor Aidar Torybayev flies to Paris today.",
                        "2026-03-10")
    assert "Aidar Torybayev" not in [p.name for p in concert.participants]
