"""Kazakh event rules on sentences written for these tests: status from verb forms,
a span of two days in two months, a name tied by «атты», editions told apart by their
ordinals."""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.pipeline import process


def events(text: str) -> list:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "kk", text
    return doc.events


@pytest.mark.parametrize(("sentence", "status"), [
    ("Бүгін Таразда жастар форумы басталды.", "ongoing"),
    ("Ақтөбеде халықаралық форум өз жұмысын бастады.", "ongoing"),
    ("Шымкентте халықаралық театр фестивалі жалғасын табуда.", "ongoing"),
    ("Қостанайда өтуі тиіс республикалық айтыс кейінге қалдырылды.", "cancelled"),
])
def test_status_from_the_verb(sentence, status):
    found = events(sentence + " Оған облыстың барлық аудандарынан өкілдер келді.")
    assert found, sentence
    assert found[0].status == status


def test_two_days_of_two_months_between_them_are_one_span():
    found = events("Өскеменде «Алтай әуені» фестивалі өтеді. "
                   "31 тамыз бен 2 қыркүйек аралығында өтетін шараға он бес ұжым қатысады.")
    festival = next(e for e in found if e.type == "festival")
    assert (festival.start, festival.end) == ("--08-31", "--09-02")


def test_a_name_that_atty_ties_to_the_event_noun_is_its_name():
    found = events("Кеше Арал қаласында «Теңіз толқыны» атты облыстық ақындар айтысы өтті.")
    contest = next(e for e in found if e.type == "competition")
    assert "Теңіз толқыны" in contest.title
    assert "атты" not in contest.title


def test_editions_with_other_ordinals_are_other_occurrences():
    found = events("Семейде ғалымдар құрылтайының IV отырысы басталды. "
                   "Құрылтайдың алғашқы отырысы 2019 жылы өтті. "
                   "Құрылтайдың үшінші отырысы 2023 жылы өтті.")
    forums = [e for e in found if e.type == "forum"]
    assert len(forums) == 3
    assert {e.start for e in forums} == {None, "2019", "2023"}
