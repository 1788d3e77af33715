"""Kazakh as a first-class language: the shipped NER model, base forms of names, status
cues, and Latin lookalike letters. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from sahna.analyse.iob import score, spans
from sahna.document import Document
from sahna.langs.kk import ner as kk_ner
from sahna.langs.kk.script import to_cyrillic
from sahna.pipeline import process, through


def analysed(text: str) -> Document:
    doc = Document(doc_id="t", source="test", raw=text, text=text, lang="kk")
    return through(doc, "analyse")


def test_shipped_model_exists_and_is_small():
    assert kk_ner.MODEL_PATH.is_file()
    assert kk_ner.MODEL_PATH.stat().st_size < 25 * 1024 * 1024
    assert kk_ner.tagger() is not None


def test_model_tags_a_person_a_city_and_an_organisation():
    doc = analysed("Кеше Шымкентте өткен кездесуге Мәдениет және спорт министрлігінің өкілі "
                   "Асқар Бекболатов қатысты.")
    found = {(e.label, e.normal) for e in doc.entities}
    assert ("PER", "Асқар Бекболатов") in found
    assert ("LOC", "Шымкент") in found
    assert any(label == "ORG" and "министрлігі" in normal for label, normal in found)
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text


@pytest.mark.parametrize(("word", "base"), [
    ("Тоқаевтың", "Тоқаев"), ("Тоқаевқа", "Тоқаев"), ("Тоқаевпен", "Тоқаев"),
    ("Жүнісоваға", "Жүнісова"), ("Жүнісованың", "Жүнісова"), ("Ахметовтан", "Ахметов"),
    ("Әлиханның", "Әлихан"), ("Нұрсұлтан", "Нұрсұлтан"), ("Дариға", "Дариға"),
    ("Рената", "Рената"), ("Мақпал", "Мақпал"),
])
def test_person_base_form_drops_only_a_fitting_case_ending(word, base):
    assert kk_ner.base_form(f"Айгүл {word}", "PER") == f"Айгүл {base}"


def test_place_and_organisation_base_forms():
    assert kk_ner.base_form("Қазақстанның", "LOC") == "Қазақстан"
    assert kk_ner.base_form("Түркістан", "LOC") == "Түркістан"
    assert kk_ner.base_form("Ақтөбеде", "LOC") == "Ақтөбе"
    assert kk_ner.base_form("Ақпарат министрлігінің", "ORG") == "Ақпарат министрлігі"


def test_names_in_running_text_come_back_in_base_form():
    doc = analysed("Президент Қасым-Жомарт Тоқаевтың жарлығымен әнші Мақпал Жүнісоваға "
                   "орден берілді.")
    people = {e.normal for e in doc.entities if e.label == "PER"}
    assert "Мақпал Жүнісова" in people
    assert any(name.endswith("Тоқаев") for name in people)


def test_quoted_name_the_model_leaves_is_still_an_organisation():
    doc = analysed("Кеште «Жетісу сазы» тобы өнер көрсетті.")
    assert any(e.text == "Жетісу сазы" for e in doc.entities)


@pytest.mark.parametrize(("sentence", "status"), [
    ("Астанада халықаралық фестиваль өтті.", "held"),
    ("Алматыда жастар форумы өткізілді.", "held"),
    ("Алматыда жастар форумы өтеді.", "planned"),
    ("Шымкентте айтыс өтпек.", "planned"),
    ("Қарағандыда көрме өткізіледі.", "planned"),
    ("Ақтауда салтанатты жиын жоспарлануда.", "planned"),
    ("Таразда театр фестивалі өтуде.", "ongoing"),
    ("Ақтөбеде ауа райына байланысты концерт өтпейтін болды.", "cancelled"),
    ("Алматыда халықаралық форумға дайындық жүріп жатыр.", "planned"),
    # the present continuous: a converb and «жатыр»/«отыр»
    ("Таразда жас ақындар айтысы қызу жүріп жатыр.", "ongoing"),
    ("Көкшетауда кітап көрмесі жалғасып жатыр.", "ongoing"),
    # «болады» 'will be', «тамашалай алады» 'will be able to see'
    ("Көкшетауда ақындар айтысы болады.", "planned"),
    ("Көкшетаудағы көрмеде көрермендер шеберлердің туындыларын тамашалай алады.", "planned"),
])
def test_kazakh_status_cues(sentence, status):
    doc = process(Document(doc_id="t", source="test", raw=sentence + " Оған көптеген "
                           "өнерпаздар мен көрермендер қатысады деп күтілуде."))
    assert doc.lang == "kk"
    assert doc.events, sentence
    assert doc.events[0].status == status


def test_present_continuous_is_read_only_after_a_converb():
    doc = analysed("Алматыда форумға сарапшылар қатысып жатыр.")
    assert doc.tokens[-2].feats.get("tense") == "pres"
    doc = analysed("Ескерткіштің жанында бір бала жатыр.")
    assert doc.tokens[-2].feats.get("tense") is None


def test_lookalike_letters_are_mapped_and_offsets_kept():
    text = "Aлматыда «Əлем» кoнцерті өтті. Astana Opera — EXPO. Бiз келдік."
    fixed = to_cyrillic(text)
    assert len(fixed) == len(text)
    assert fixed == "Алматыда «Әлем» концерті өтті. Astana Opera — EXPO. Біз келдік."
    for i, (a, b) in enumerate(zip(text, fixed, strict=True)):
        if a != b:
            assert a.isascii() or a == "Ə", (i, a, b)


def test_kazakh_analysis_quotes_the_original_text():
    text = "Aлматыда Мақпал Жүнiсова концерт берді."
    doc = analysed(text)
    assert doc.tokens[0].text == "Aлматыда"  # original letters, Cyrillic lemma
    assert doc.tokens[0].lemma == "алматыда"
    for ent in doc.entities:
        assert ent.text == text[ent.start:ent.end]
    people = [e for e in doc.entities if e.label == "PER"]
    assert people and people[0].text == "Мақпал Жүнiсова"
    assert people[0].normal == "Мақпал Жүнісова"


def test_lookalikes_do_not_hide_a_trigger():
    doc = process(Document(doc_id="t", source="test",
                           raw="Кеше Aстанада халықаралық кoнцерт өтті. Оған әншілер "
                               "мен күйшілер қатысты."))
    assert doc.lang == "kk"
    assert any(e.type == "concert" for e in doc.events)


def test_scorer_counts_exact_spans_only():
    gold = [["B-PERSON", "I-PERSON", "O", "B-GPE"]]
    pred = [["B-PERSON", "O", "O", "B-GPE"]]
    result = score(gold, pred, ["PERSON", "GPE"])
    assert result["GPE"][2] == 1.0
    assert result["PERSON"][2] == 0.0
    assert result["overall"][:2] == (0.5, 0.5)
    assert list(spans(["I-GPE", "I-GPE", "B-GPE"])) == [("GPE", 0, 2), ("GPE", 2, 3)]


def test_two_people_run_together_are_split_after_the_surname():
    doc = analysed("Кеше Ералы Лұқпанұлы Тоғжанов Роза Бағланова атындағы «Қазақконцерт» "
                   "ұжымын қабылдады.")
    people = [e.normal for e in doc.entities if e.label == "PER"]
    assert "Роза Бағланова" in people
    assert all("Роза" not in p or p == "Роза Бағланова" for p in people)


def test_lookalikes_do_not_hide_a_date():
    doc = process(Document(doc_id="t", source="test", published="2025-03-01",
                           raw="Астанада 15 нaурыздa халықаралық концерт өтеді. Оған әншілер "
                               "қатысады."))
    assert doc.lang == "kk"
    assert [d.start_value for d in doc.dates] == ["2025-03-15"]
    assert doc.dates[0].text == doc.text[doc.dates[0].start:doc.dates[0].end]


@pytest.mark.parametrize(("sentence", "tense"), [
    ("Кездесуде тараптар ынтымақтастық мәселелерін талқылады.", "past"),
    ("Әкім жиынға қатысушыларға табыс тіледі.", "past"),
    ("Кеше облыс әкімі жастармен кездесті.", "past"),
    ("Фестиваль аясында көрме ұйымдастырылады.", "fut"),
    ("Алдағы айда байқау ұйымдастырылмақ.", "fut"),
    ("Биыл да мерекені тойлайды.", "fut"),
])
def test_the_tense_of_a_kazakh_predicate(sentence, tense):
    doc = analysed(sentence)
    predicate = [t for t in doc.tokens if t.pos == "WORD"][-1]
    assert predicate.feats.get("tense") == tense


def test_the_predicate_at_the_end_of_a_long_sentence_gives_the_status():
    """Kazakh puts the predicate last: its tense is the clause's, however long the
    subject before it."""
    doc = process(Document(doc_id="t", source="test", raw=(
        "Астанада «Шебер» көрмесіне Алматы, Шымкент, Қарағанды, Ақтөбе, Атырау, Ақтау және "
        "Павлодар "
        "қалаларынан келген жүзге жуық шебердің қолөнер бұйымдары мен кілемдері "
        "қойылып жатыр.")))
    assert doc.lang == "kk"
    assert [e.status for e in doc.events if e.type == "exhibition"] == ["ongoing"]
