"""Per-language analysis: sentences, lemmas, names in the nominative, and the relevance
filter that decides where the models run."""

from __future__ import annotations

import pytest

from sahna.analyse.relevance import Excerpt, is_relevant, relevant
from sahna.analyse.segment import sentences
from sahna.document import Document
from sahna.events.lexicon import triggers
from sahna.langs.ru import morph as morph_ru
from sahna.pipeline import through


def analysed(text: str, lang: str) -> Document:
    return through(Document(doc_id="t", source="t", raw=text, text=text, lang=lang), "analyse")


def test_sentences_never_cross_lines():
    text = "Заголовок без точки\nПервое предложение. Второе предложение."
    assert [s.text for s in sentences(text)] == [
        "Заголовок без точки", "Первое предложение.", "Второе предложение."]
    for sent in sentences(text):
        assert text[sent.start:sent.end] == sent.text


def test_the_linear_segmenter_cuts_where_razdel_does():
    """``segment.sentenize`` joins its pieces once instead of growing each sentence by
    concatenation; its sentences are razdel's, list items and abbreviations included."""
    import random

    from razdel import sentenize as razdel_sentenize

    from sahna.analyse.segment import sentenize

    marks = list("абв ГДЕ abc XYZ 12 . . . ! ? ; « » \" ' ( ) [ ] — - … : , \n :) ")
    marks += ["1.", "2)", "a)", "I.", "т.е.", "г.", "им.", "т. е.", "Nov."]
    rng = random.Random(5)
    texts = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 120))) for _ in range(500)]
    texts += ["1. Первое. 2. Второе. а) пункт; б) пункт.", "Программа: " + ", ".join(
        f"концерт «Весна {i}»" for i in range(300)) + ". Конец."]
    for text in texts:
        assert [(s.start, s.stop, s.text) for s in sentenize(text)] == \
            [(s.start, s.stop, s.text) for s in razdel_sentenize(text)]


@pytest.mark.parametrize(("words", "expected"), [
    ("Аиды Балаевой", "Аида Балаева"),
    ("Агаларом Атамоглановым", "Агалар Атамогланов"),
    ("Серика Есматова", "Серик Есматов"),
    ("Ерлан Жумабаев", "Ерлан Жумабаев"),
])
def test_russian_names_to_nominative(words, expected):
    assert " ".join(morph_ru.nominative_name(words.split())) == expected


def test_oblique_context_prefers_the_masculine_genitive():
    assert morph_ru.nominative_name(["Станислава", "Васильева"], oblique=True) == [
        "Станислав", "Васильев"]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("дней казахской культуры", "дни казахской культуры"),
    ("Исторической сцене Большого театра", "Историческая сцена Большого театра"),
    ("закрытого показа фильма", "закрытый показ фильма"),
    # a plural adjective says the noun is plural too: not the genitive «встречи»
    ("творческие встречи", "творческие встречи"),
    ("Праздничные мероприятия", "Праздничные мероприятия"),
    ("творческой встречи", "творческая встреча"),
    # an ordinal in digits takes the nominative ending of the noun's gender or number
    ("41-м заседании Совета", "41-е заседание Совета"),
    ("12-го международного фестиваля", "12-й международный фестиваль"),
    ("3-ей выставки", "3-я выставка"),
    ("5-х Всемирных игр", "5-е Всемирные игры"),
])
def test_russian_phrases_to_nominative(phrase, expected):
    assert " ".join(morph_ru.nominative_phrase(phrase.split())) == expected


def test_russian_analysis_finds_people_in_the_nominative():
    doc = analysed("Министр культуры встретился с послом Японии Кэндзи Ямадой в Астане. "
                   "Погода была тёплой.", "ru")
    people = [e for e in doc.entities if e.label == "PER"]
    assert [p.normal for p in people] == ["Кэндзи Ямада"]
    assert any(t.lemma == "встретиться" and t.feats.get("tense") == "past" for t in doc.tokens)
    weather = [t for t in doc.tokens if t.text == "Погода"]
    assert weather and weather[0].lemma == "погода"  # outside the relevant sentences: plain


def test_english_analysis_lemmas_and_entities():
    doc = analysed("The Otrar Sazy orchestra performed in Tashkent. It rained.", "en")
    assert any(t.lemma == "perform" for t in doc.tokens)
    assert any(e.label == "LOC" and e.text == "Tashkent" for e in doc.entities)
    assert [t.start for t in doc.tokens] == sorted(t.start for t in doc.tokens)


def test_kazakh_analysis_names_from_capitals():
    doc = analysed("Концертке әнші Мақпал Жүнісова қатысты.", "kk")
    assert any(e.text == "Мақпал Жүнісова" for e in doc.entities)


def _all_forms(word: str, lang: str) -> list[str]:
    if lang == "ru":
        found = morph_ru.parses(word)
        return [f.word for f in found[0].lexeme] if found else [word]
    if lang == "kk":
        return [word + "ның", word + "да"]
    return [word, word + "s"]


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_relevance_filter_never_misses_a_trigger_form(lang):
    for trigger in triggers(lang):
        words = [w for w in trigger.pattern if w != "*"]
        if not words:
            continue
        for n, word in enumerate(words):  # each word in each form, the others as written
            for form in _all_forms(word, lang):
                phrase = " ".join([*words[:n], form, *words[n + 1:]])
                assert is_relevant(f"Вчера {phrase.capitalize()} был.", lang), \
                    (lang, trigger.pattern, form)


def test_a_word_of_a_phrase_alone_is_not_enough():
    assert is_relevant("В Баку пройдут Дни культуры Казахстана.", "ru")
    assert not is_relevant("В прошлом году в этот день шёл дождь.", "ru")
    assert is_relevant("Yesterday the gala concert began.", "en")
    assert not is_relevant("Culture matters.", "en")


def test_relevant_sentences_and_excerpt_offsets():
    text = "Погода солнечная. В Алматы прошёл концерт. Ветер слабый. Выступил хор."
    sents = sentences(text)
    kept = relevant(sents, "ru")
    assert [s.text for s in kept] == ["В Алматы прошёл концерт.", "Выступил хор."]
    excerpt = Excerpt(text, [(s.start, s.end) for s in kept])
    at = excerpt.text.index("хор")
    assert text[excerpt.original(at):excerpt.original(at) + 3] == "хор"


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_relevant_both_is_the_two_filters_in_one_pass(lang):
    """``relevant_both`` (one pass, the phrase answers kept by position, no second
    search for a sentence of the events) selects what the two calls of ``relevant``
    select, on the examples and on every trigger phrase with and without its words."""
    from pathlib import Path

    from sahna.analyse.relevance import relevant_both
    from sahna.langs import language

    root = Path(__file__).resolve().parents[2] / "examples"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt")))
    for trigger in triggers(lang):
        words = [w for w in trigger.pattern if w != "*"]
        text += "\n" + " ".join(words).capitalize() + ".\n" + " ".join(words[1:]) + "."
        text += "\n" + " ".join(words[:-1]) + " ."
    sents = sentences(text, language(lang))
    events, names = relevant_both(sents, lang)
    assert events == relevant(sents, lang, events_only=True)
    assert names == relevant(sents, lang)
    assert 0 < len(events) < len(names) < len(sents)


def test_trie_pattern_matches_exactly_the_words_that_start_with_a_prefix():
    import re

    from sahna.analyse.relevance import trie_pattern

    prefixes = {"конц", "концерт", "фест", "день", "дн", "x.y"}
    pattern = re.compile(r"(?<!\w)" + trie_pattern(prefixes))
    words = ["концерты", "концы", "фестиваль", "днями", "дом", "x.yz", "xzy", "фе"]
    assert [w for w in words if pattern.match(w)] == \
        [w for w in words if any(w.startswith(p) for p in prefixes)]


RUSSIAN_NEWS = (
    "Вчера в Государственном академическом театре оперы и балета им. Абая прошёл концерт "
    "оркестра «Отырар сазы». Министр культуры Аида Балаева и посол Франции г-н Дюпон "
    "поздравили артистов; В.В. Петров-Водкин, 18,19 и 20 мая — гастроли в Санкт-Петербурге."
)


def test_russian_ner_on_our_tokens_matches_natashas_own_path():
    """``ner_spans`` skips razdel; on news text it must give natasha's own spans."""
    from sahna.langs.ru.analysis import ner_spans, ner_tagger

    ours = [(s.start, s.stop, s.type) for s in ner_spans(RUSSIAN_NEWS)]
    theirs = [(s.start, s.stop, s.type) for s in ner_tagger()(RUSSIAN_NEWS).spans]
    assert ours == theirs
    assert any(RUSSIAN_NEWS[a:b] == "Аида Балаева" for a, b, _ in ours)


def test_russian_tags_and_viterbi_equal_the_taggers_own_decoding():
    """``ner_tags`` (remembered word ids, :func:`viterbi`) gives the tags of the tagger's
    ``infer`` path, and ``viterbi`` the path of slovnet's ``CRF.decode`` on any scores:
    ties (rounded scores) and padded words included."""
    import numpy as np

    from sahna.analyse.segment import words
    from sahna.langs.ru.analysis import ner_tagger, ner_tags, viterbi

    infer = ner_tagger().infer
    tokens = [w for _, _, w in words(RUSSIAN_NEWS * 3)]
    assert ner_tags(tokens) == next(infer.decoder(infer.process(infer.encoder([tokens]))))
    crf = infer.model.head.crf
    rng = np.random.default_rng(7)
    for trial in range(200):
        size = int(rng.integers(1, 40))
        scores = rng.normal(size=(1, size, crf.transitions.array.shape[0])).astype(np.float32)
        if trial % 2:
            scores = np.round(scores, 1)
        mask = np.ones((1, size), dtype=bool)
        if trial % 5 == 0 and size > 2:
            mask[0, rng.integers(1, size)] = False
        assert viterbi(scores[0], mask[0], crf.transitions.array) == \
            crf.decode(scores, mask)[0].tolist()


def test_russian_network_equals_the_taggers_own_to_the_bit():
    """``network`` (windows built words-first) gives the very numbers of slovnet's
    network, for texts of one word to thousands and with padding ids among them."""
    import numpy as np

    from sahna.langs.ru.analysis import ner_tagger, network

    infer = ner_tagger().infer
    vocab = infer.encoder.words_vocab
    rng = np.random.default_rng(11)
    for size in (1, 2, 3, 7, 64, 1500):
        word_id = rng.integers(0, len(vocab.items), size=(1, size))
        shape_id = rng.integers(0, len(infer.encoder.shapes_vocab.items), size=(1, size))
        if size > 3:
            word_id[0, 2] = vocab.pad_id
        pad_mask = word_id == vocab.pad_id
        ours = network(infer.model, word_id, shape_id, pad_mask)
        theirs = infer.model(word_id, shape_id, pad_mask)
        assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs)


def test_english_attributes_from_memory_equal_the_rule_components():
    """The remembered (lemma, POS, features) equal what spaCy's attribute ruler and
    lemmatizer give, both when they run and when they are replayed."""
    from sahna.langs.en import analysis as en

    text = ("The ensemble's singers performed songs at the Abai Opera House on 3 May, "
            "and will tour Baku; the minister met the players who'd arrived.")
    model = en.nlp()
    full = model(text)
    expected = [(t.lemma_.lower(), t.pos_) for t in full]
    en._memo.clear()
    first = en._attributes(model, en._tagged(model, text))
    again = en._attributes(model, en._tagged(model, text))
    assert [(lemma, pos) for lemma, pos, _ in first] == expected
    assert again == first
    assert first[[t.text for t in full].index("performed")][2]["tense"] == "Past"


def test_english_numpy_products_tag_and_recognise_as_blis_does():
    """The English networks multiply with numpy instead of BLIS: every layer of the
    pipeline in use does, and tags and entities equal those of the model as spaCy loads
    it (BLIS) on news sentences."""
    import spacy

    from sahna.langs.en import analysis as en

    model = en.nlp()
    layers = [layer for _, c in model.pipeline if getattr(c, "model", None) is not None
              for layer in c.model.walk()]
    assert layers and all(not getattr(layer.ops, "use_blis", True) for layer in layers)
    as_loaded = spacy.load(en.MODEL, exclude=["parser", "senter"])
    text = ("The Kazakh State Symphony Orchestra conducted by Alan Buribayev performed "
            "Mahler at the Astana Opera on 12 May. Minister of Culture Aida Balayeva "
            "opened the festival in Almaty, and the Turkish troupe toured Baku and Tashkent.")
    ours, theirs = model(text), as_loaded(text)
    assert [t.tag_ for t in ours] == [t.tag_ for t in theirs]
    assert [(e.start, e.end, e.label_) for e in ours.ents] == \
        [(e.start, e.end, e.label_) for e in theirs.ents]
    assert ours.ents


def test_an_unknown_acronym_keeps_its_own_form_and_a_caps_phrase_is_still_inflected():
    from sahna.langs.ru.morph import nominative_phrase

    assert nominative_phrase(["ТЮРКСОЙ"]) == ["ТЮРКСОЙ"]
    assert nominative_phrase(["КАЗАХСКОГО", "ОРКЕСТРА"]) == ["КАЗАХСКИЙ", "ОРКЕСТР"]


@pytest.mark.parametrize(("words", "expected"), [
    (["Айгуль", "Иманбаевой"], ["Айгуль", "Иманбаева"]),  # no masculine adjective
    (["Камшат", "Жолдыбаевой"], ["Камшат", "Жолдыбаева"]),  # a first name known as nominative only
    (["Лев", "Толстой"], ["Лев", "Толстой"]),
    (["Аиды", "Балаевой"], ["Аида", "Балаева"]),
    # a foreign surname in a vowel does not decline; the first name beside it does
    (["Сильвеном", "Гиоже"], ["Сильвен", "Гиоже"]),
    (["Айгерим", "Сейткали"], ["Айгерим", "Сейткали"]),
])
def test_a_womans_surname_in_an_oblique_case_is_put_in_the_nominative(words, expected):
    from sahna.langs.ru.morph import nominative_name

    assert nominative_name(words) == expected


def test_a_feminine_adjective_before_a_genitive_noun_stays_in_the_event_title():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test",
                           raw="В Алматы прошёл фестиваль уличной музыки."))
    assert [e.title for e in doc.events] == ["фестиваль уличной музыки"]

