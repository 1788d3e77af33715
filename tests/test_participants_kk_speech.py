"""Who takes part in Kazakh, by the verb a clause ends in (issue 15), on sentences
written for these tests: at a concert, an official whose clause ends in a verb of speech
(«… өтетінін айтты», «… атап өтті») only comments; one who opens the event
(«X-тың ашуымен», «ашып, … айтты») acts at it; at a forum a speech is the act."""

from __future__ import annotations

import pipeline_people


def names(text: str) -> list[str]:
    return pipeline_people.names(text, "kk")


CONCERT = "Кеше Алматыда «Көктем» концерті өтті. Концертте «Сазген» ансамблі өнер көрсетті. "


def test_an_official_whose_clause_ends_in_speech_only_comments():
    found = names(CONCERT + "Қалалық мәдениет басқармасының басшысы Ерлан Жұмабеков мұндай "
                  "кештер жыл сайын өтетінін айтты.")
    assert found == ["Сазген"]
    found = names(CONCERT + "Басқарма басшысы Ерлан Жұмабеков жастардың өнерге қызығушылығы "
                  "артқанын атап өтті.")
    assert found == ["Сазген"]


def test_an_official_who_opens_the_concert_takes_part():
    found = names(CONCERT + "Кешті аудан әкімі Ерлан Жұмабеков ашып, өнердің маңызы туралы "
                  "айтты.")
    assert "Ерлан Жұмабеков" in found
    found = names("Кеше Алматыда «Көктем» концерті аудан әкімі Ерлан Жұмабековтың ашуымен "
                  "басталды. Концертте «Сазген» ансамблі өнер көрсетті.")
    assert "Ерлан Жұмабеков" in found


def test_a_speaker_at_a_forum_takes_part():
    found = names("Кеше Астанада «Болашақ» халықаралық форумы өтті. Институт директоры Ерлан "
                  "Жұмабеков форумның басты мақсаты жаңа серіктестер табу екенін айтты.")
    assert "Ерлан Жұмабеков" in found


def test_a_name_opening_a_quotation_is_its_speaker():
    found = names(CONCERT + "Басқарма басшысы Ерлан Жұмабеков: «Бұл кеш жастарға арналған», "
                  "– деді.")
    assert found == ["Сазген"]


def test_a_speaker_who_opened_the_concert_takes_part():
    found = names(CONCERT + "Кешті ашқан облыс әкімінің орынбасары Ерлан Жұмабеков жастардың "
                  "өнерге қызығушылығы артқанын атап өтті.")
    assert found == ["Сазген", "Ерлан Жұмабеков"]
