"""What a language must provide to sahna: the interface every ``sahna.langs.<code>``
package implements.

The stages and the event rules are written once for all languages and ask the
document's :class:`Language` where languages differ: how a word meets a lexicon entry
(by lemma or by stem), whether modifiers, names and lists stand before the word they
belong to (Kazakh is head-final), how an event phrase, a venue phrase or a title is
read, and which lexicons (``data/*.tsv`` in the package) hold its words. Properties
declare typological facts; hooks hold the rules that cannot be stated as data.

A new language subclasses :class:`Language`, sets the properties, implements the
abstract hooks and ships the lexicons listed in :data:`LEXICONS`;
``tests/langs/test_interface.py`` checks all of it for every registered language.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from functools import cached_property
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, ClassVar

from sahna.lexicon import data_file, read_rows

if TYPE_CHECKING:
    from sahna.contract import Status
    from sahna.document import Document, NamedEntity, Token
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView

# The lexicons every language ships in its ``data`` folder (tab-separated, with a header).
LEXICONS: tuple[str, ...] = (
    "triggers.tsv", "roles.tsv", "status.tsv", "venues.tsv", "reporting.tsv", "works.tsv",
    "person_nouns.tsv", "honorifics.tsv", "months.tsv", "relative.tsv", "event_words.tsv",
    "org_words.tsv", "stopwords.tsv", "cues.tsv", "place_cues.tsv", "abbreviations.tsv",
)


class Language(ABC):
    """One language: its code, its typological properties, its lexicons and its rules."""

    code: ClassVar[str]
    #: How lexicon entries meet tokens: "lemma" (the token's lemma or lower-case form
    #: equals the entry) or "stem" (the lower-case form starts with the entry: Kazakh
    #: endings pile up on the stem, so its lexicons list stems).
    matching: ClassVar[str] = "lemma"
    #: Endings a plain plural adds to a word that has no lemma ("concerts"): the lexicon
    #: entry still matches.
    plural_endings: ClassVar[tuple[str, ...]] = ()
    #: Derivational endings after a stem that make another word («концерттік», an
    #: adjective, is not «концерт»): a stem does not match a word continuing with one.
    derivations: ClassVar[tuple[str, ...]] = ()
    #: Head-final syntax: modifiers, names and lists stand before the word they belong to
    #: («Дауыс» монодрамасының премьерасы; A, B және C қатысты).
    head_final: ClassVar[bool] = False
    #: Written in Cyrillic (a name in this language is compared with Latin spellings
    #: through transliteration).
    cyrillic: ClassVar[bool] = True
    #: Words inflect, so that lexicon words of link tables match as prefixes of a word
    #: rather than as whole words.
    inflected: ClassVar[bool] = True
    #: A word in a list item that opens a name may not be of these parts of speech (it
    #: starts a sentence: «На», "Employees").
    not_name_pos: ClassVar[frozenset[str]] = frozenset()
    #: Straight double quotes split list items (pages that double them around names).
    straight_quotes_split: ClassVar[bool] = False
    #: The cue word of a reporting outlet may follow its name ("Kazinform correspondent").
    reporter_after: ClassVar[bool] = False
    #: A speaker's verb next to a name makes a speaker even where the sentence has a verb
    #: of performing elsewhere ("The choir performed, X said"): only a performing verb
    #: between the name and its verb of speech makes the name act.
    speech_scoped: ClassVar[bool] = False
    #: A group's name may stand before a lower-case group noun ("the Sazgen ensemble",
    #: "the Belukha Jam band").
    name_before_group_noun: ClassVar[bool] = False
    #: A bare noun may modify the noun after it ("festival winner", "concert hall"); where
    #: it cannot (Russian), a noun after an event word is its complement: «концерт
    #: лауреатов» is the laureates' concert, not a laureate of a concert.
    noun_adjuncts: ClassVar[bool] = False

    # -- lexicons ----------------------------------------------------------------------

    @property
    def package(self) -> str:
        return f"sahna.langs.{self.code}"

    def lexicon(self, name: str) -> Traversable:
        """The data file ``name`` of this language."""
        return data_file(self.package, name)

    def rows(self, name: str) -> list[list[str]]:
        """The rows of this language's table ``name`` (header dropped)."""
        return read_rows(self.lexicon(name))

    def _by_cue(self, name: str) -> dict[str, tuple[str, ...]]:
        """A ``cue<TAB>word`` table as ``{cue: words}``, words in file order."""
        out: dict[str, list[str]] = {}
        for cue, word in self.rows(name):
            out.setdefault(cue, []).append(word)
        return {cue: tuple(words) for cue, words in out.items()}

    @cached_property
    def cues(self) -> dict[str, tuple[str, ...]]:
        """``cues.tsv``: small word lists of the shared rules, by name (``list`` words
        that open a list of programme parts, ``frame`` phrases that put an event in a
        programme, ``event_verb`` verbs that state an occurrence, ``opener`` nouns of a
        bare opening ceremony, ``locative`` prepositions that govern a place, ``source``
        prepositions of a place of origin, ``joiner`` words that join list items,
        ``verb_noun:<type>`` the noun that titles a verb trigger of that type, ...)."""
        return self._by_cue("cues.tsv")

    def cue_words(self, name: str) -> tuple[str, ...]:
        return self.cues.get(name, ())

    @cached_property
    def _cue_sets(self) -> dict[str, frozenset[str]]:
        return {name: frozenset(words) for name, words in self.cues.items()}

    def cue_set(self, name: str) -> frozenset[str]:
        """:meth:`cue_words` as a set, built once: rules test membership per token."""
        return self._cue_sets.get(name, frozenset())

    @cached_property
    def abbreviations(self) -> dict[str, str]:
        """``abbreviations.tsv``: abbreviations with their final dot («им.», "Nov.")
        after which a sentence does not end, each with what the next word must start with
        for the sentence to go on (``always``, ``digit`` or ``lower``; see the file).
        Sentence splitting (:mod:`sahna.analyse.segment`) asks it, since a dot after an
        abbreviation is the commonest false sentence end in news text."""
        return {abbreviation: joins for abbreviation, joins in self.rows("abbreviations.tsv")}

    # -- stages ------------------------------------------------------------------------

    def normalise(self, text: str) -> str:
        """``text`` with this language's spelling repairs, one character for one (so
        that every offset still points at the page's own characters); by default as is."""
        return text

    @abstractmethod
    def analyse(self, doc: Document) -> None:
        """Fill ``doc.sentences``, ``doc.tokens`` and ``doc.entities``."""

    def warm_up(self) -> None:
        """Load the models now (before timing, or before forking workers)."""
        from sahna.document import Document

        doc = Document(doc_id="warm-up", source="", raw="", text="Астана. Almaty.")
        doc.normalised = self.normalise(doc.text)
        self.analyse(doc)

    @abstractmethod
    def word_forms(self, word: str) -> set[str]:
        """Prefixes that every form of the lexicon word ``word`` starts with (used to
        pick the sentences worth sending to the models; it must never miss a form)."""

    def stem_matches(self, word: str, stem: str) -> bool:
        """Is the lower-case ``word`` a form of the lexicon stem ``stem`` (for a language
        whose :attr:`matching` is "stem")? By default it starts with the stem and does not
        go on with one of the :attr:`derivations`; a language that knows its suffixes
        says more precisely which rests make a form and which another word."""
        return word.startswith(stem) and not word[len(stem):].startswith(self.derivations)

    def lemma_variants(self, low: str, key: str) -> tuple[str, ...]:
        """Further keys under which a token (lower-case form ``low``, lemma ``key``) is
        looked up in a lexicon index; none by default."""
        return ()

    # -- event rules -------------------------------------------------------------------

    @abstractmethod
    def event_phrase(self, view: DocView, m: Mention) -> tuple[int, int]:
        """The first and last token of the descriptive phrase around a trigger."""

    @abstractmethod
    def proper_name(self, view: DocView, m: Mention) -> str | None:
        """The proper name a trigger comes with («концерт «Jas Stars»»), if any."""

    @abstractmethod
    def title(self, view: DocView, m: Mention, text: str) -> str:
        """A mention's descriptive phrase ``text`` as a title (nominative, base form)."""

    @abstractmethod
    def venue_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        """The venue phrase around the venue head word at token ``head``, in the base
        form, with its first and last token; None when it names no venue."""

    #: The country whose news a page in this language is about when it names no place
    #: (Kazakh: Kazakhstan); None where the language is written in many countries.
    home_country: ClassVar[str | None] = None

    def group_phrase(self, view: DocView, head: int, rng: range
                     ) -> tuple[str, int, int] | None:
        """The full name of a performing group around its head noun at token ``head``
        («оркестр народных инструментов имени Турмаганбета», «Құрманғазы атындағы халық
        аспаптар оркестрі», "Osh Drama Theater named after Babyrov"), in the base form,
        with its first and last token; None when the words name no particular group
        (no capitalised or quoted word, no "named after")."""
        return None

    def tense_status(self, tok: Token) -> Status | None:
        """The status a verb's tense states ("held" for a past verb), if any."""
        return None

    def modifier_participle(self, view: DocView, i: int) -> bool:
        """Is token ``i``, tagged a verb form, a participle that only modifies the noun
        after it ("an exhibition of Kazakh applied art")? Its tense then says nothing of
        when an event is."""
        return False

    def performer_verb(self, view: DocView, i: int) -> bool:
        """Does token ``i`` introduce performers («выступили», "performed")?"""
        return False

    def performer_keys(self) -> frozenset[str] | None:
        """The token keys (``DocView.keys``) at which :meth:`performer_verb` can be true,
        so that a sentence's other tokens are passed over unasked; None: any token."""
        return None

    @cached_property
    def performer_cue_keys(self) -> frozenset[str]:
        """The keys at which :meth:`performer_cue` can be true."""
        from sahna.events.lexicon import role_cues

        return frozenset(key for key, (role, _kind) in role_cues(self.code).items()
                         if role == "performer") | self.cue_set("present_verb")

    def performer_cue(self, view: DocView, i: int) -> bool:
        """The lemma way of :meth:`performer_verb`: a verb whose role cue is
        ``performer`` («выступить», "perform"), or «представить»/"present"."""
        from sahna.events.lexicon import role_cues

        key = view.keys[i]
        if key in self.cue_set("present_verb"):
            return True
        role = role_cues(self.code).get(key)
        return role is not None and role[0] == "performer" \
            and view.tokens[i].pos in ("VERB", "AUX")

    def participant_name(self, ent: NamedEntity) -> str:
        """A participant's name from its entity, in the nominative."""
        return ent.normal

    def looks_like_person(self, name: str) -> bool:
        """Is a name no tagger labelled, with no cue word of its kind, a person's by its
        own shape (a surname's ending: "Saltanat Akhmetova")? Languages that know their
        surnames say; by default nothing is."""
        return False

    def object_of_noun(self, word: str) -> str:
        """``word``, the object of a verb, as the complement of the verb's noun
        («открыли памятник» -> «открытие памятника»); as it is by default."""
        return word

    def subject_organises(self, view: DocView, last: int) -> bool:
        """Is the name ending at token ``last`` the subject of its clause's verb of
        organising, however far the verb stands (a verb-final language puts the
        clause's other words between)? The languages that read their clauses say."""
        return False

    def organising_body(self, view: DocView, sent: int) -> tuple[int, int] | None:
        """First and last token of a body named by common nouns only that organised the
        event of sentence ``sent`` as its subject («облыстық мәдениет басқармасы
        ұйымдастырды»): no name rule reads it. The languages that read their clauses
        say; None elsewhere."""
        return None

    def reporting_occasion(self, view: DocView, sent: int) -> bool:
        """Is sentence ``sent`` about the press briefing at which the news was given?
        Who attends one only announces the event (events.md, "Who takes part")."""
        return False

    @abstractmethod
    def is_namesake(self, view: DocView, first: int, last: int) -> bool:
        """Is the name at tokens ``first..last`` someone a thing is named after (or who
        owns another noun), not a participant?"""

    def describe(self) -> dict[str, object]:
        """The properties, for documentation and the interface test."""
        names: Sequence[str] = ("code", "matching", "plural_endings", "derivations",
                                "head_final", "cyrillic", "inflected")
        return {name: getattr(self, name) for name in names}

    # -- places and dates --------------------------------------------------------------
    # What sahna.places, sahna.dates and sahna.clean ask a language. Place and date rules
    # are written once; where languages differ they ask the language of the text or, where
    # that is unknown (titles, venue names, page chrome), every language in turn.

    #: Letters that only this language writes among those sahna reads (Kazakh ә, і, ң...):
    #: where a text's language is unknown, a word with one of them is read as this one's.
    own_letters: ClassVar[frozenset[str]] = frozenset()
    #: Reads the place names of its script where the text's language is unknown or writes
    #: the other script (Russian for Cyrillic, English for Latin); one language per script.
    script_default: ClassVar[bool] = False
    #: Place names decline: every word of a name inflects, and names are indexed under the
    #: keys of :meth:`place_index_key` (only a script's default language may decline, since
    #: a script's names are indexed once).
    declines_places: ClassVar[bool] = False

    @cached_property
    def place_cues(self) -> dict[str, tuple[str, ...]]:
        """``place_cues.tsv``: the small word lists of the place rules, by name (see the
        file's header)."""
        return self._by_cue("place_cues.tsv")

    def place_words(self, name: str) -> tuple[str, ...]:
        return self.place_cues.get(name, ())

    def place_keys(self, word: str, *, animate: bool = False, derived: bool = False,
                   plural: bool = False) -> Iterable[str]:
        """The index keys the lower-case text word ``word`` may stand for: ``animate`` for
        the nationality and city adjective tables, ``derived`` for the search of words
        derived from a place name, ``plural`` for nationality nouns that take a plural.
        By default a word is its own key, and no derivation is searched (the tables list
        derived words)."""
        return () if derived else (word,)

    def place_index_key(self, word: str, plural: bool = False, animate: bool = False) -> str:
        """The key a name word of the tables is indexed under, when :attr:`declines_places`."""
        return word

    def capital_ref(self, words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
        """Whether word ``i`` refers to a capital without naming it: None if not, else the
        country whose capital it is (``country_at(j)`` names the country word ``j`` refers
        to, if any), or "" when the words do not say."""
        return None

    def governs_place(self, text: str, start: int, end: int, tour: bool = False) -> bool:
        """Is the place written at ``text[start:end]`` where an event happens: governed
        by «в»/"in"/"at" (also "to" for a ``tour``), the word before it? A place named
        otherwise (the subject, a genitive «культура Казахстана», an origin) is not."""
        before = text[max(0, start - 24):start].lower().split()
        words = self.cue_words("locative") + (self.cue_words("tour_locative") if tour else ())
        if before and before[-1] in words:
            return True
        # «в городе Кастамону», «в г. Бухара», "in the city of Turkistan": a word of a
        # kind of settlement between the preposition and the name
        settlement = self.cue_words("settlement")
        for size in (3, 2):
            lead = before[-size:]
            if len(lead) == size and " ".join(lead[1:]) in settlement and lead[0] in words:
                return True
        return False

    def same_venue_word(self, text_word: str, table_word: str) -> bool:
        """Is the lower-case text word a form of a venue table word (other than itself)?"""
        return False

    #: Month names are matched as written (capitalised or upper case: "May", "MAY"), so
    #: that an ordinary word spelled like one ("may") is no month; otherwise in any case.
    months_as_written: ClassVar[bool] = False
    #: The case tags of ``months.tsv`` whose forms page chrome dates its pages with.
    #: Cleaning reads them in every language (before the language is known) and lets each
    #: take a short ending, so a language names its base forms: Kazakh the nominative
    #: («сәуір» covers «сәуірде»), Russian the genitive too («января» is no ending on
    #: «январь»).
    chrome_month_cases: ClassVar[frozenset[str]] = frozenset()
    #: The language's date rules, ``(name, kind, template)``, specific ones first (see
    #: :mod:`sahna.dates.patterns` for the placeholders and kinds).
    date_rules: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    def date_pieces(self, month_alt: MonthAlt) -> dict[str, str]:
        """The language's own placeholders of :attr:`date_rules` (they may hold shared
        placeholders in turn); ``month_alt(cases, exclude)`` is the regex of its month
        forms whose case tag is in ``cases`` (all if None), minus the months ``exclude``."""
        return {}

    def clause_tense(self, text: str, start: int, end: int) -> str | None:
        """The tense of the clause of the date at ``text[start:end]``: ``"past"`` or
        ``"coming"``, None when the language does not say. It picks the day a bare
        weekday names ("on Monday": the one on or before the publication date, or on or
        after it) and the year of a date written without one ("were held in October" in
        June: last October)."""
        return None

    def firm_future(self, text: str, start: int, end: int) -> bool:
        """Is the clause of the date at ``text[start:end]`` explicitly future (a modal
        or a plan, not a timetable present)? Then a yearless day a little before the
        publication is the next year's: a late report does not say "will". False when
        the language does not say."""
        return False


if TYPE_CHECKING:  # the places and dates section's types
    from collections.abc import Callable, Iterable

    from sahna.places.text import Word

    # The country word j refers to, if any.
    CountryAt = Callable[[int], str | None]
    MonthAlt = Callable[[frozenset[str] | None, frozenset[int]], str]


# A mixin of a language's places or dates rules (``sahna.langs.<code>.places``) is typed
# as a Language, so that its methods may use the Language's; at run time it is a plain
# base class, combined with Language in the language's class.
if TYPE_CHECKING:
    Mixin = Language
else:
    Mixin = object
