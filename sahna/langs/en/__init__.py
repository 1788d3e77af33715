"""English: spaCy's small English pipeline (:mod:`.analysis`), the event rules that read
English phrases (:mod:`.rules`), and the lexicons in ``data/``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Language
from sahna.langs.en import names, rules
from sahna.langs.en.dates import EnglishDates
from sahna.langs.en.places import EnglishPlaces

if TYPE_CHECKING:
    from sahna.contract import Status
    from sahna.document import Document, NamedEntity, Token
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView

_ENDING = re.compile(r"(e|y|s)$")
_POSSESSIVE = re.compile(r"['’]s$")


class English(EnglishPlaces, EnglishDates, Language):
    code: ClassVar[str] = "en"
    plural_endings: ClassVar[tuple[str, ...]] = ("s", "es")
    cyrillic: ClassVar[bool] = False
    inflected: ClassVar[bool] = False
    not_name_pos: ClassVar[frozenset[str]] = frozenset(
        {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "NOUN", "ADJ", "NUM", "PART",
         "INTJ", "VERB"})
    straight_quotes_split: ClassVar[bool] = True
    reporter_after: ClassVar[bool] = True
    speech_scoped: ClassVar[bool] = True
    name_before_group_noun: ClassVar[bool] = True
    noun_adjuncts: ClassVar[bool] = True

    def analyse(self, doc: Document) -> None:
        from sahna.langs.en import analysis

        analysis.analyse(doc)

    def word_forms(self, word: str) -> set[str]:
        """A stem that every regular form starts with, and the irregular past forms."""
        stem = _ENDING.sub("", word)
        return {stem if len(stem) >= 3 else word, *self.cue_words(f"past:{word}")}

    def lemma_variants(self, low: str, key: str) -> tuple[str, ...]:
        """A plural outside the tagged sentences has no lemma: try it without "-s"/"-es"."""
        return (low[:-1], low[:-2]) if low.endswith("s") and low == key else ()

    def event_phrase(self, view: DocView, m: Mention) -> tuple[int, int]:
        return rules.event_phrase(self, view, m)

    def proper_name(self, view: DocView, m: Mention) -> str | None:
        return rules.proper_name(self, view, m)

    def title(self, view: DocView, m: Mention, text: str) -> str:
        return rules.title(text)

    def venue_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        return rules.venue_phrase(view, head, rng)

    def group_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        return rules.group_phrase(self, view, head, rng)

    def tense_status(self, tok: Token) -> Status | None:
        return rules.tense_status(tok)

    def modifier_participle(self, view: DocView, i: int) -> bool:
        return rules.modifier_participle(view, i)

    def performer_verb(self, view: DocView, i: int) -> bool:
        """A verb of performing; one of receiving only in the passive ("X was awarded
        a prize", "prizes were awarded to A and B": the winners), not where someone
        hands them out ("the minister awarded the winners")."""
        if view.keys[i] in self.cue_set("passive_performer"):
            return i > 0 and view.keys[i - 1] == "be" and self.performer_cue(view, i)
        if view.keys[i] in self.cue_set("agent_performer"):
            return self._passive_with_agent(view, i)
        return self.performer_cue(view, i)

    @staticmethod
    def _passive_with_agent(view: DocView, i: int) -> bool:
        """"The main roles are played by A and B": a past participle after a form of
        "be" (an adverb between allowed: "were brilliantly played"), "by" right after
        it. A verb as ambiguous as "play" names performers only so."""
        j = i - 1
        if j > 0 and view.tokens[j].pos == "ADV":
            j -= 1
        return j >= 0 and view.keys[j] == "be" and view.tokens[i].feats.get("tag") == "VBN" \
            and i + 1 < len(view.tokens) and view.lowers[i + 1] == "by"

    def performer_keys(self) -> frozenset[str]:
        return self.performer_cue_keys | self.cue_set("agent_performer")

    def participant_name(self, ent: NamedEntity) -> str:
        """The name without what the tagger's span caught after it: a possessive
        ("Carlin's") or a sentence's full stop ("… Fry."), which no name ends with — but
        an initial's or an abbreviation's stop stays ("John M.", "Jr.")."""
        name = _POSSESSIVE.sub("", ent.normal)
        last = name.rsplit(" ", 1)[-1]
        if name.endswith(".") and len(last) > 3 and last[:-1].isalpha() \
                and last[:-1].lower() not in self.cue_set("title_word"):
            name = name[:-1]
        return name

    def looks_like_person(self, name: str) -> bool:
        return names.person_shaped(name)

    def is_namesake(self, view: DocView, first: int, last: int) -> bool:
        return rules.is_namesake(self, view, first, last)


LANGUAGE = English()
