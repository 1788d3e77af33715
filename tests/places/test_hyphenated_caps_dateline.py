"""A place name written in capitals with a hyphen, as agency datelines write it
("NUR-SULTAN –"): its short first part is no abbreviation. Sentences written for this test."""

from __future__ import annotations

from sahna.places import find_places


def cities(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.city) for p in find_places(text, "en")]


def test_a_hyphenated_name_in_capitals_is_found_whole():
    assert cities("NUR-SULTAN – An exhibition opened on Monday.") == [("NUR-SULTAN", "Astana")]
    assert cities("UST-KAMENOGORSK – A concert took place.") == [
        ("UST-KAMENOGORSK", "Oskemen")]


def test_a_short_capitalised_part_alone_stays_an_abbreviation():
    # the first part names a city only with the rest of the name after the hyphen
    assert cities("The OSH-TV channel said so on Monday.") == []
