"""Russian: natasha's news NER and pymorphy2 morphology (:mod:`.analysis`, :mod:`.morph`),
the event rules that read Russian phrases (:mod:`.rules`), and the lexicons in ``data/``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Language
from sahna.langs.ru import rules
from sahna.langs.ru.dates import RussianDates
from sahna.langs.ru.places import RussianPlaces

if TYPE_CHECKING:
    from sahna.contract import Status
    from sahna.document import Document, NamedEntity, Token
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView


#: Compound heads that make a press occasion, not an event, of the word after them.
_NOT_EVENT_PREFIXES = frozenset({"пресс", "видео", "ток"})  # («ток-шоу»: a TV programme)


#: The shortest last part a closed compound may have («медиафорум» -> «форум»).
_MIN_COMPOUND_HEAD = 4


def _closed_compound_head(key: str, forms: frozenset[str]) -> tuple[str, ...]:
    """«медиафорум» -> («форум»,): a closed compound of a combining form and an event word
    is looked up by that word (only the first form that leaves a long enough head)."""
    for size in range(2, min(len(key) - _MIN_COMPOUND_HEAD, 7) + 1):
        if key[:size] in forms:
            return (key[size:],)
    return ()


@lru_cache(maxsize=65536)
def _lemma_variants(key: str, forms: frozenset[str]) -> tuple[str, ...]:
    """:meth:`Russian.lemma_variants` of lemma ``key`` (``forms``: the combining forms)."""
    head, _, tail = key.rpartition("-")
    if head and tail:
        return () if head in _NOT_EVENT_PREFIXES else (tail,)
    return _closed_compound_head(key, forms)


class Russian(RussianPlaces, RussianDates, Language):
    code: ClassVar[str] = "ru"
    not_name_pos: ClassVar[frozenset[str]] = frozenset(
        {"PREP", "CONJ", "PRCL", "ADJF", "ADJS", "VERB", "INFN", "NPRO", "ADVB"})

    def analyse(self, doc: Document) -> None:
        from sahna.langs.ru import analysis

        analysis.analyse(doc)

    def word_forms(self, word: str) -> set[str]:
        """All forms of the word's lexeme (fleeting vowels: «день» — «дней», «дни»)."""
        from sahna.langs.ru.morph import parses

        found = parses(word)
        forms = {f.word for f in found[0].lexeme} if found else set()
        return forms | {word}

    def event_phrase(self, view: DocView, m: Mention) -> tuple[int, int]:
        return rules.event_phrase(self, view, m)

    def proper_name(self, view: DocView, m: Mention) -> str | None:
        return rules.proper_name(self, view, m)

    def title(self, view: DocView, m: Mention, text: str) -> str:
        return rules.title(view, m, text)

    def lemma_variants(self, low: str, key: str) -> tuple[str, ...]:
        """«онлайн-конкурс», «этно-фестиваль», «бизнес-форум»: a compound is looked up by
        its last part too, but for the press's own occasions («пресс-конференция»).

        The answer depends on the lemma alone and the rules ask it of nearly every token
        they look up (tens of thousands of times per page), so it is remembered per
        lemma (:func:`_lemma_variants`)."""
        return _lemma_variants(key, self.cue_set("combining_form"))

    def venue_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        return rules.venue_phrase(self, view, head, rng)

    def group_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        return rules.group_phrase(self, view, head, rng)

    def tense_status(self, tok: Token) -> Status | None:
        return rules.tense_status(tok)

    def performer_verb(self, view: DocView, i: int) -> bool:
        # «песни в исполнении ансамбля «…»»: performed by — a noun phrase doing a verb's work
        return self.performer_cue(view, i) or (
            view.keys[i] in self.cue_set("performed_by") and i > 0
            and view.lowers[i - 1] in ("в", "во"))

    def performer_keys(self) -> frozenset[str]:
        return self.performer_cue_keys | self.cue_set("performed_by")

    def participant_name(self, ent: NamedEntity) -> str:
        return rules.participant_name(ent)

    def object_of_noun(self, word: str) -> str:
        return rules.genitive(word)

    def is_namesake(self, view: DocView, first: int, last: int) -> bool:
        return rules.is_namesake(self, view, first, last)


LANGUAGE = Russian()
