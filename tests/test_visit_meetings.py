"""A meeting told inside a visit ("During the visit, X met Y", «В ходе визита X
встретится с Y»): who meets is a side of the meeting, and a lone surname of a person
named in full before (a foreign one the analyser reads as an adjective) is that person.
Sentences written for this test."""

from __future__ import annotations

from sahna.contract import Event
from sahna.document import Document
from sahna.pipeline import process


def events(text: str) -> list[Event]:
    return process(Document(doc_id="t", source="test", raw=text,
                            published="2026-03-03")).events


def test_the_visitor_named_by_surname_meets_his_host() -> None:
    found = events(
        "Министр иностранных дел Венгрии Петер Сийярто прибыл в Астану с официальным "
        "визитом. В ходе визита Сийярто встретится с министром культуры Казахстана "
        "Аидой Балаевой.")
    meeting = next(e for e in found if "Балаев" in e.title)
    assert {p.name for p in meeting.participants} >= {"Петер Сийярто", "Аида Балаева"}


def test_a_lone_adjective_is_still_no_name() -> None:
    found = events(
        "Министр культуры Казахстана Аида Балаева встретилась с послом Франции. "
        "Стороны обсудили проведение Дней культуры Франции в Астане.")
    names = {p.name for e in found for p in e.participants}
    assert "Стороны" not in names and "Аида Балаева" in names


def test_a_country_after_a_kazakh_meeting_noun_is_no_side_of_it() -> None:
    # Kazakh puts a meeting's sides before its noun; a country after it opens what the
    # next clause tells, so no single meeting is stated here
    found = events("Келіссөздер кезінде Иран мыңнан астам тауарға жеңілдік сұрады, бірақ "
                   "тізім қысқартылды.")
    assert not [e for e in found if e.type == "meeting"]
