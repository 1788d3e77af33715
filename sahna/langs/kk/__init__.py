"""Kazakh: script repair (:mod:`.script`), the project's CRF name tagger (:mod:`.ner`,
:mod:`.features`, trained on KazNERD) with capitalisation rules as a fallback
(:mod:`.names`), the event rules that read head-final Kazakh phrases (:mod:`.rules`),
and the lexicons in ``data/`` (stems: Kazakh endings pile up on the stem)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Language
from sahna.langs.kk import people, rules, stems
from sahna.langs.kk.dates import KazakhDates
from sahna.langs.kk.places import KazakhPlaces
from sahna.langs.kk.script import to_cyrillic

if TYPE_CHECKING:
    from sahna.contract import Status
    from sahna.document import Document, Token
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView


#: The case endings of a bare noun, longest first: a lexicon noun with one («Концертті …
#: ұйымдастырды», «Кеште …») has the noun itself for its base form.
_CASE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің", "ны", "ні", "ды", "ді", "ты",
                 "ті", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден", "тан",
                 "тен", "нан", "нен", "мен", "пен", "бен")

#: (word, stem) answers of :meth:`Kazakh.stem_matches` kept before the memory is emptied.
STEM_ANSWERS = 200_000

_TENSE_STATUS: dict[str, Status] = {"fut": "planned", "pres": "ongoing", "past": "held"}


class Kazakh(KazakhPlaces, KazakhDates, Language):
    code: ClassVar[str] = "kk"
    matching: ClassVar[str] = "stem"
    # a stem matches its inflections, not its derived words («концерттік», «әкімдігі»:
    # the akimat, not the akim — final к/қ voice to г/ғ before a vowel)
    derivations: ClassVar[tuple[str, ...]] = ("тік", "тық", "лық", "лік", "дық", "дік",
                                              "тіг", "тығ", "лығ", "ліг", "дығ", "діг")
    head_final: ClassVar[bool] = True

    def normalise(self, text: str) -> str:
        """Latin lookalike letters inside Cyrillic words made Cyrillic («наурыздa»)."""
        return to_cyrillic(text)

    def analyse(self, doc: Document) -> None:
        from sahna.langs.kk import analysis

        analysis.analyse(doc)

    def word_forms(self, word: str) -> set[str]:
        """A stem is the prefix of all its forms, but for a last letter that changes
        before a vowel («апталық», «апталығы») and the mark of a word without ending."""
        return {stems.word_prefix(word) if word in self.noun_stems else word}

    @cached_property
    def noun_stems(self) -> frozenset[str]:
        """The noun stems of the lexicons (the words of event trigger nouns and venue
        heads), which are matched on word boundaries by their suffix chains; verb cues
        and whole verb forms are not (they take verbal endings)."""
        words = {word for _type, pattern, kind in self.rows("triggers.tsv") if kind != "verb"
                 for word in pattern.split()}
        words |= {row[0] for row in self.rows("venues.tsv")}
        return frozenset(words)

    @cached_property
    def _stem_answers(self) -> dict[tuple[str, str], bool]:
        """:meth:`stem_matches` per (word, stem): the event rules ask it of every token
        for every cue of a lexicon bucket, the same pairs again and again per page."""
        return {}

    def stem_matches(self, word: str, stem: str) -> bool:
        """A noun stem matches a word when the rest is a chain of Kazakh inflections
        (:mod:`.stems`: «кеші», «кештерде», not «кеше» or «кешені»); other cues as
        prefixes not followed by a derivation."""
        answers = self._stem_answers
        found = answers.get((word, stem))
        if found is None:
            if len(answers) >= STEM_ANSWERS:
                answers.clear()
            found = answers[word, stem] = self._stem_matches(word, stem)
        return found

    def _stem_matches(self, word: str, stem: str) -> bool:
        if stem in self.noun_stems:
            return stems.is_form(word, stem)
        return word.startswith(stem) and not word[len(stem):].startswith(self.derivations)

    def event_phrase(self, view: DocView, m: Mention) -> tuple[int, int]:
        return rules.event_phrase(view, m)

    def proper_name(self, view: DocView, m: Mention) -> str | None:
        return rules.proper_name(view, m)

    def title(self, view: DocView, m: Mention, text: str) -> str:
        """The phrase in its base form; a last word that is a lexicon stem as written
        («мереке») has no case ending to lose («мере» + «ке» is no dative here); «атты»
        ("named") between a quoted name and its noun is left out («"Дала сазы" айтысы»)."""
        naming = self.cue_set("naming")
        text = " ".join(w for w in text.split(" ") if w.lower() not in naming)
        last = text.rpartition(" ")[2].lower()
        if last in self.noun_stems:
            return text
        for ending in _CASE_ENDINGS:
            if last.endswith(ending) and last[:-len(ending)] in self.noun_stems:
                # «Концертті», «Кеште», «Мүшәйраға» opening a sentence: a lexicon noun
                # with a bare case ending (short stems included, which the generic rule
                # leaves alone)
                return text[:-len(ending)]
        return rules.base_phrase(text)

    def venue_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        return rules.venue_phrase(self, view, head, rng)

    def group_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        return rules.group_phrase(self, view, head, rng)

    def tense_status(self, tok: Token) -> Status | None:
        """The tense :func:`.analysis.mark_predicates` read from a predicate's ending."""
        return _TENSE_STATUS.get(tok.feats.get("tense", ""))

    def performer_verb(self, view: DocView, i: int) -> bool:
        return rules.performer_verb(self, view, i) or people.performer_verb(self, view, i)

    def subject_organises(self, view: DocView, last: int) -> bool:
        return people.subject_organises(view, last)

    def organising_body(self, view: DocView, sent: int) -> tuple[int, int] | None:
        return people.organising_body(view, sent)

    def reporting_occasion(self, view: DocView, sent: int) -> bool:
        return people.reporting_occasion(view, sent)

    def is_namesake(self, view: DocView, first: int, last: int) -> bool:
        """Named after, or owning a noun in the genitive — unless that noun makes the
        owner take part («Көкеевтің қатысуымен», «Төлепбайдың көрмесі»); or a known
        venue in the locative, which says where («Ақордада»)."""
        return (rules.is_namesake(self, view, first, last)
                and not people.takes_part(view, first, last)) \
            or people.common_words(view, first, last) \
            or people.known_venue_in_locative(view, first, last)


LANGUAGE = Kazakh()
