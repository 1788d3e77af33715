"""English coreference of an office to a name (``sahna.events.participants.named_next``,
``sahna.langs.en.analysis``), on sentences written for these tests: "the Minister of …"
unnamed in an event's sentence and a name opening the next sentence of the paragraph are
one person, taking part in the office's role; an office that is named already, or a name
in another paragraph, takes nobody from the next sentence."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of an English ``text``."""
    return pipeline_people.people(text, "en")


def test_the_name_after_an_unnamed_minister_is_the_minister():
    found = people("The Days of Kazakh Culture opened in Baku on 3 October. The opening was "
                   "attended by the Minister of Culture and Information of Kazakhstan. In her "
                   "speech, Aida Balayeva noted the friendship of the two nations.")
    assert ("Aida Balayeva", "person", "official") in found


def test_a_name_in_the_next_paragraph_is_not_the_office_holder():
    found = people("The Days of Kazakh Culture opened in Baku on 3 October. The opening was "
                   "attended by the Minister of Culture of Azerbaijan.\n\nAdil Karimli, a "
                   "local historian, wrote a book about the city.")
    assert "Adil Karimli" not in [name for name, _kind, _role in found]


def test_an_office_named_in_its_sentence_takes_no_one_from_the_next():
    found = people("The Days of Kazakh Culture opened in Baku on 3 October with a concert. "
                   "The ceremony was attended by the Minister of Culture of Azerbaijan Adil "
                   "Karimli. Rashad Aliyev praised the exhibition of carpets.")
    names = [name for name, _kind, _role in found]
    assert "Adil Karimli" in names
    assert "Rashad Aliyev" not in names
