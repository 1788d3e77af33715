"""Answers remembered for speed are the answers computed afresh: Russian names in the
nominative, Kazakh stem matches, and the venue head stems a Kazakh word is tried
against. The words are written for these tests."""

from __future__ import annotations

import pytest

import sahna.langs.kk as kk_module
from sahna.events.lexicon import venue_heads
from sahna.events.venues import _stem_heads_for
from sahna.langs import language
from sahna.langs.ru import morph as morph_ru


def test_a_remembered_name_is_a_fresh_list_each_time():
    first = morph_ru.nominative_name(["Ерболата", "Сапарова"])
    first.append("changed by the caller")
    assert morph_ru.nominative_name(["Ерболата", "Сапарова"]) == ["Ерболат", "Сапаров"]


def test_a_name_with_kazakh_letters_keeps_them_when_remembered():
    for _ in range(2):  # the second answer comes from memory
        assert morph_ru.nominative_name(["Айгерим", "Қайратқызы"]) == ["Айгерим",
                                                                      "Қайратқызы"]


def test_stem_answers_are_those_of_the_rule(monkeypatch):
    kk = language("kk")
    pairs = [("кешінде", "кеш"), ("кешені", "кеш"), ("концерттік", "концерт"),
             ("концерттері", "концерт"), ("көрме-жәрмеңкеде", "көрме")]
    fresh = [kk._stem_matches(word, stem) for word, stem in pairs]
    assert fresh == [True, False, False, True, True]
    assert [kk.stem_matches(word, stem) for word, stem in pairs] == fresh
    assert [kk.stem_matches(word, stem) for word, stem in pairs] == fresh  # remembered


def test_stem_answers_are_bounded(monkeypatch):
    kk = language("kk")
    monkeypatch.setattr(kk_module, "STEM_ANSWERS", 2)
    for word in ("театрда", "театрға", "театрдың", "театрлар"):
        assert kk.stem_matches(word, "театр")
    assert len(kk._stem_answers) <= 2


@pytest.mark.parametrize("word", [
    "театрында", "филармониясында", "сарайында", "музейінде", "алаңында", "саябағында",
    "кешенінде", "орталығында", "концерт-залында", "сахнасында", "стадионда", "кеше",
])
def test_a_word_is_tried_against_every_head_stem_that_matches_it(word):
    kk = language("kk")
    matching = {h for h in venue_heads("kk") if h == "*" or kk.stem_matches(word, h)
                or ("-" in word and kk.stem_matches(word.rsplit("-", 1)[1], h))}
    assert matching <= set(_stem_heads_for(word, "kk"))
    assert len(_stem_heads_for(word, "kk")) < len(venue_heads("kk"))
