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


RUSSIAN_LEAD = (
    "В субботу в областной филармонии состоялся концерт камерного оркестра, который "
    "открыл новый сезон. На сцену вышли молодые солисты из трёх городов, а в программе "
    "были произведения русских и казахских композиторов. Зрители долго не отпускали "
    "музыкантов, и после концерта директор филармонии рассказал о планах на осень.")


def test_russian_prose_is_settled_by_its_letters(monkeypatch):
    import sahna.lang as lang_module

    def no_lingua():
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(lang_module, "detector", no_lingua)
    assert lang_module.russian_by_script(RUSSIAN_LEAD[:500])
    assert detect_language(RUSSIAN_LEAD) == "ru"


@pytest.mark.parametrize("text", [
    # Ukrainian and Belarusian: letters of their own, no «ы»/«э» or no «и»
    "У суботу в обласній філармонії відбувся концерт камерного оркестру, який відкрив "
    "новий сезон. На сцену вийшли молоді солісти з трьох міст, а в програмі були твори "
    "українських композиторів, і глядачі довго не відпускали музикантів.",
    "У суботу ў абласной філармоніі адбыўся канцэрт камернага аркестра, які адкрыў новы "
    "сезон. На сцэну выйшлі маладыя салісты з трох гарадоў, а ў праграме былі творы "
    "беларускіх кампазітараў, і гледачы доўга не адпускалі музыкантаў.",
    # Kazakh typed without its own letters: no Russian function words
    "Сенби куни облыстык филармонияда камералык оркестрдин концерти отти. Сахнага уш "
    "калдан келген жас солистер шыкты, багдарламада казак композиторларынын шыгармалары "
    "орындалды, корермендер музыканттарды узак кол шапалактап шыгарып салды.",
    # mostly English with a Russian quote
    "The orchestra opened the season in Karaganda with a programme of Kazakh and Russian "
    "music, «и зрители долго не отпускали музыкантов», the director said after the "
    "concert at the regional philharmonic hall on Saturday evening.",
    "Концерт в филармонии",  # a headline: too few words to say
])
def test_other_texts_are_left_to_lingua(text):
    from sahna.lang import russian_by_script

    assert not russian_by_script(text[:500])


ENGLISH_LEAD = (
    "The regional philharmonic opened its new season on Saturday with a concert by the "
    "chamber orchestra, which was joined by young soloists from three cities. The "
    "programme included works by Kazakh and Russian composers, and the director said "
    "that the hall will host a festival of folk music in the autumn.")


def test_english_prose_is_settled_by_its_letters_and_words(monkeypatch):
    import sahna.lang as lang_module

    def no_lingua():
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(lang_module, "detector", no_lingua)
    assert lang_module.settled_by_script(ENGLISH_LEAD[:500]) == "en"
    assert detect_language(ENGLISH_LEAD) == "en"


@pytest.mark.parametrize("text", [
    # Latin-script candidates written without their own letters, and Uzbek (no
    # candidate): none of them has English function words
    "Die Philharmonie in Karaganda hat am Samstag die neue Saison mit einem Konzert des "
    "Kammerorchesters eroffnet, das junge Solisten aus drei Stadten begleitet haben, und "
    "im Programm standen Werke von kasachischen Komponisten.",
    "La filarmonica di Karaganda ha aperto sabato la nuova stagione con un concerto "
    "della orchestra da camera, con giovani solisti di tre citta, e nel programma "
    "c'erano opere di compositori kazaki e russi.",
    "Qarag'andi filarmoniyasi shanba kuni yangi mavsumni kamera orkestrining konserti "
    "bilan ochdi, unda uch shahardan kelgan yosh solistlar ishtirok etdi va dasturda "
    "qozoq bastakorlarining asarlari yangradi.",
    "The concert in Karaganda",  # a headline: too few words to say
])
def test_other_latin_texts_are_left_to_lingua(text):
    from sahna.lang import settled_by_script

    assert settled_by_script(text[:500]) is None
