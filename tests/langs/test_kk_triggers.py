"""The Kazakh trigger lexicon covers the domain's taxonomy, and its stems match on word
boundaries. For each event type, the kinds it must cover, each stated in a sentence
written for this test and run through the whole pipeline; then the words that start like
a trigger stem but are other words («кеше» 'yesterday', «кешені» 'its complex').
"""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.langs import language
from sahna.langs.kk import stems
from sahna.pipeline import process

# type -> the kinds it must cover, each as a phrase in the nominative
KINDS: dict[str, list[str]] = {
    "concert": ["концерт", "гала-концерт", "ән кеші", "әдеби-сазды кеш", "шығармашылық кеш",
                "рецитал", "концерттік бағдарлама", "еске алу кеші"],
    "festival": ["халықаралық фестиваль", "кинофестиваль", "театр фестивалі", "карнавал"],
    "exhibition": ["көрме", "фотокөрме", "экспозиция", "қолөнер жәрмеңкесі", "вернисаж",
                   "кітап көрмесі", "көрме-жәрмеңке"],
    "screening": ["фильм көрсетілімі", "кинопоказ", "фильмнің премьерасы", "кино күндері",
                  "киноапталық"],
    "stage": ["спектакль", "қойылым", "комедия", "трагедия", "мюзикл", "опера", "балет",
              "оперетта", "ертегі-спектакль", "премьера", "драманың тұсаукесері"],
    "tour": ["гастроль", "гастрольдік сапар", "концерттік тур"],
    "competition": ["байқау", "сайыс", "ақындар айтысы", "конкурс", "жарыс", "турнир",
                    "чемпионат", "олимпиада", "ұлттық ойындар", "Көшпенділер ойындары",
                    "көкпар", "қазақ күресі", "матч", "әлем біріншілігі"],
    "ceremony": ["салтанатты рәсім", "марапаттау рәсімі", "ескерткіштің тұсаукесері",
                 "мерейтой", "мереке", "Наурыз мейрамы", "Тәуелсіздік күні", "Жеңіс күні",
                 "Қала күні", "ас беру", "еске алу рәсімі", "ашылу салтанаты"],
    "culture_days": ["мәдениет күндері", "мәдени маусым", "мәдениет апталығы",
                     "мәдениет жылы", "мәдениет онкүндігі"],
    "meeting": ["кездесу", "келіссөздер", "ресми сапар", "жұмыс сапары", "іссапар"],
    "forum": ["форум", "конференция", "конгресс", "құрылтай отырысы", "саммит",
              "дөңгелек үстел", "симпозиум", "семинар"],
    "civic": ["сайлау", "референдум", "акция", "шеру", "сенбілік"],
    "other": ["лекция", "кітап таныстырылымы", "шеберлік сабағы", "презентация"],
}
CASES = [(kind, phrase) for kind, phrases in KINDS.items() for phrase in phrases]


def events(text: str) -> list:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "kk", text
    return doc.events


@pytest.mark.parametrize(("kind", "phrase"), CASES)
def test_each_kind_of_each_type_is_found(kind, phrase):
    text = f"Өткен сенбіде Қарағанды қаласында {phrase} өтті. Оған жүздеген адам келді."
    assert kind in {e.type for e in events(text)}, phrase


@pytest.mark.parametrize(("kind", "text"), [
    ("concert", "Шымкентте «Дала әуені» ансамблінің кеші 5 мамырда өтеді."),
    ("concert", "Кешегі кеште Таразда жас әншілер өнер көрсетті."),
    ("exhibition", "Суретшінің көрмесіне 3 мамырда мыңнан астам адам келді."),
    ("festival", "Ақтауда өткен фестивальге он елден өнерпаздар қатысты."),
    ("meeting", "Сенбіде министр Ташкентте әріптесімен кездесті."),
    ("meeting", "Әкім 2 сәуірде Түркия елшісін қабылдады."),
    ("stage", "«Ақ кеме» спектаклінің премьерасы 12 қазанда Павлодарда көрсетіледі."),
    ("culture_days", "Алматыда Өзбекстан мәдениеті күндері 10 маусымда басталады."),
])
def test_triggers_in_their_inflected_forms(kind, text):
    assert kind in {e.type for e in events(text)}, text


@pytest.mark.parametrize("word", ["кеше", "кешені", "кешегі", "кешкі", "кешікті"])
def test_words_that_start_like_an_evening_are_no_concert(word):
    assert not language("kk").stem_matches(word, "кеш")


@pytest.mark.parametrize("word", ["кеші", "кешінде", "кештер", "кештің", "кешке",
                                  "кештегі", "кешіміз", "кештеріне", "кешін"])
def test_forms_of_an_evening_are_a_concert(word):
    assert language("kk").stem_matches(word, "кеш")


@pytest.mark.parametrize(("stem", "word", "form"), [
    ("көрме", "көрмеге", True), ("көрме", "көрмені", True), ("көрме", "көрмеген", False),
    ("көрме", "көрмеді", False),  # 'did not see'; the accusative is «көрмені»
    ("мереке", "мерекелер", True), ("мереке", "мерекелік", False),
    ("опера", "операсы", True), ("опера", "операция", False),
    ("апталық", "апталығы", True), ("апталық", "апталықта", True),
    ("фестиваль", "фестивалі", True), ("фестиваль", "фестивальдің", True),
    ("кездесу", "кездесуге", True), ("байқау", "байқаусыз", False),
    ("концерт", "концерттік", False), ("күні", "күнінде", True), ("күні", "күндері", False),
    ("қала=", "қала", True), ("қала=", "қаласында", False),
])
def test_noun_stems_take_their_inflections_only(stem, word, form):
    assert stems.is_form(word, stem) is form


def test_verb_cues_still_match_as_prefixes():
    """Status and role cues are verbs: their endings are not a noun's."""
    kk = language("kk")
    assert kk.stem_matches("өткізілді", "өткізіл")
    assert kk.stem_matches("ұйымдастырылды", "ұйымдастыр")


@pytest.mark.parametrize("text", [
    "Кеше Қарағандыда жаңа спорт кешені ашылды.",
    "Кешегі жиында әкім қала құрылысы туралы айтты.",
    "Кеше Астанада министр тұрғындарға есеп берді.",
])
def test_yesterday_and_a_complex_are_no_concert(text):
    assert "concert" not in {e.type for e in events(text)}


def test_every_stem_of_the_lexicon_matches_its_own_form():
    """A lexicon word in citation form is a form of itself (no stem is mistyped)."""
    kk = language("kk")
    for stem in kk.noun_stems:
        assert kk.stem_matches(stem.rstrip(stems.EXACT), stem), stem
