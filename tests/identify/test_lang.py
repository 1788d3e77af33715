"""Language identification and what the pipeline does with other languages."""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.lang import detect_language
from sahna.pipeline import process


@pytest.mark.parametrize(("text", "lang"), [
    ("В Караганде прошёл фестиваль народной музыки, собравший артистов из пяти стран.", "ru"),
    ("Қарағандыда халық музыкасының фестивалі өтті, оған бес елдің әртістері қатысты.", "kk"),
    ("A folk music festival took place in Karaganda with artists from five countries.", "en"),
    ("In Karaganda fand ein Volksmusikfestival mit Künstlern aus fünf Ländern statt.", "de"),
])
def test_detects_the_language(text, lang):
    assert detect_language(text) == lang


def test_no_letters_no_language():
    assert detect_language("12345 67 — 89") is None


def test_other_languages_are_recorded_and_skipped():
    doc = process(Document(doc_id="de", source="t", raw=(
        "In Karaganda fand gestern ein großes Konzert des Sinfonieorchesters statt. "
        "Das Festival dauert bis Sonntag.")))
    assert doc.lang == "de" and doc.events == []
    assert any("not analysed" in w for w in doc.warnings)


@pytest.mark.parametrize("text", [
    # short and repetitive, as a headline over its lead: lingua alone says Kazakh
    "В Иссык-Кульской области пройдёт фестиваль\n\nВ Иссык-Кульской области 20 августа "
    "пройдёт международный фестиваль этнической музыки «Көк-Бөрү».",
    "Театр «Жас сахна» покажет в субботу новую постановку по мотивам казахских сказок, "
    "сообщили в пресс-службе театра.",
])
def test_russian_quoting_a_kazakh_name_stays_russian(text):
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("text", [
    "Астанада концерт өтеді",
    "Облыстық филармонияда дәстүрлі әншілердің концерті өтті, оған жас орындаушылар мен "
    "танымал күйшілер қатысты.",
    "Кеше Алматы қаласында жас ақындардың айтысы болды, оны облыс әкімі ашты.",
])
def test_kazakh_prose_stays_kazakh(text):
    assert detect_language(text) == "kk"
