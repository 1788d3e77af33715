"""Names that close a title in English news (sahna.langs.en.names), on sentences
written for these tests."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def people(text: str) -> list[str]:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "en"
    return [e.text for e in doc.entities if e.label == "PER"]


def test_names_after_long_titles_with_places_and_commas_inside():
    found = people("The festival in Almaty was attended by Minister of Culture of Uzbekistan "
                   "Ozodbek Nazarbekov and Deputy Minister of Culture, Information, Sports "
                   "and Youth Policy of Kyrgyzstan Gulbara Abdykalikova.")
    assert "Ozodbek Nazarbekov" in found and "Gulbara Abdykalikova" in found
    assert not [name for name in found if "Uzbekistan" in name or "Policy" in name]


def test_a_title_that_goes_on_is_no_name():
    found = people("The concert in Astana was opened by the Chairman of the Committee on "
                   "Culture and Information of the Ministry.")
    assert found == []
