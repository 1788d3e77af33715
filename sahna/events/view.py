"""A read-only index over an analysed document that the event rules share: tokens per
sentence, the document's language, and word matching as the language declares it —
lemma equality (Russian, English) or stem prefix (Kazakh, whose endings pile up on the
stem)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import pairwise

from sahna.document import Document, Token
from sahna.langs import language
from sahna.langs.base import Language

OPEN_QUOTES = "«\"“„‘"
CLOSE_QUOTES = "»\"”“’"
#: The slot in a lexicon phrase that any country's name fills («Дни @country»).
COUNTRY_SLOT = "@country"
GAP = 4  # words of a lexicon phrase may stand this many tokens apart («выступление … оркестра»)


@dataclass
class DocView:
    doc: Document
    sent_tokens: list[range] = field(default_factory=list)  # token indices per sentence
    token_sent: list[int] = field(default_factory=list)  # sentence index per token
    keys: list[str] = field(default_factory=list)  # lemma (ru, en) or lower-case form (kk)
    starts: list[int] = field(default_factory=list)  # token start offsets, for bisect
    sent_starts: list[int] = field(default_factory=list)
    memo: dict = field(default_factory=dict)  # per-document answers rules ask repeatedly
    lowers: list[str] = field(default_factory=list)
    # plain attributes: the rules read them for nearly every token
    stems: bool = False  # the language's lexicons list stems, matched as prefixes
    derivations: tuple[str, ...] = ()  # endings after a stem that make another word
    plurals: tuple[str, ...] = ()  # plural endings accepted on a word without a lemma
    lang: str = ""  # the language's code, the key of its lexicons
    language: Language = field(default=None)  # type: ignore[assignment]  # set by build
    # the document's tokens: a plain attribute, not a property, since the rules read it
    # tens of thousands of times per page
    tokens: list[Token] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.tokens = self.doc.tokens

    @classmethod
    def build(cls, doc: Document) -> DocView:
        view = cls(doc)
        view.lang = doc.lang or ""
        view.language = lang = language(view.lang)
        view.stems = lang.matching == "stem"
        view.derivations = lang.derivations
        view.plurals = lang.plural_endings
        # A stem language's lemmas are its lower-cased words after the language's
        # normalisation (Kazakh: «кoнцерт» with a Latin «o» still finds «концерт»).
        view.lowers = [t.lemma if view.stems else t.text.lower() for t in doc.tokens]
        view.keys = view.lowers if view.stems else [t.lemma for t in doc.tokens]
        view.starts = [t.start for t in doc.tokens]
        view.sent_starts = [s.start for s in doc.sentences]
        starts = [t.start for t in doc.tokens]
        for index, sent in enumerate(doc.sentences):
            lo = bisect.bisect_left(starts, sent.start)
            hi = bisect.bisect_left(starts, sent.end)
            view.sent_tokens.append(range(lo, hi))
            view.token_sent.extend([index] * (hi - len(view.token_sent)))
        view.token_sent.extend([len(doc.sentences) - 1] * (len(doc.tokens) - len(view.token_sent)))
        return view

    def key(self, index: int) -> str:
        return self.keys[index]

    def matches(self, index: int, cue: str) -> bool:
        """Does token ``index`` match lexicon entry ``cue`` (one word)?"""
        if cue == "*":
            return True
        if cue == COUNTRY_SLOT:
            return index in self.country_tokens()
        low = self.lowers[index]
        if self.stems:
            # a stem matches its inflections, not its derived words («концерттік») nor
            # other words that start with it («кеше» is no «кеш»): the language knows
            return self.language.stem_matches(low, cue) or (
                self._compound(index)
                and low.rsplit("-", 1)[0] not in self.language.cue_set("not_event_prefix")
                and self.language.stem_matches(low.rsplit("-", 1)[1], cue))
        key = self.keys[index]
        if key == cue or low == cue:
            return True
        if self.tokens[index].text[:1].islower() \
                and cue in self.language.lemma_variants(low, key):
            return True  # «онлайн-конкурс», «медиафорум»: a compound of an event word
        # words outside tagged sentences have no lemma: accept a plain plural (a loop,
        # not ``any`` over a generator: this runs for nearly every token a rule reads)
        for ending in self.plurals:
            if low == cue + ending:
                return True
        return False

    def country_tokens(self) -> frozenset[int]:
        """Indices of the tokens that name a country (its places of kind "country"), for
        lexicon phrases with a country's slot («Дни @country»: Days of a country's
        culture)."""
        key = ("country_tokens",)
        if key not in self.memo:
            self.memo[key] = frozenset(
                i for p in self.doc.places or () if p.kind == "country"
                for i in range(bisect.bisect_left(self.starts, p.start),
                               bisect.bisect_left(self.starts, p.end)))
        return self.memo[key]

    def _compound(self, index: int) -> bool:
        """«онлайн-конкурс», «онлайн-байқауы»: a common hyphenated compound, a form of
        its last part («Астана-Опера», a name, is not)."""
        return "-" in self.lowers[index] and self.tokens[index].text[:1].islower()

    def matches_any(self, index: int, cues: set[str] | frozenset[str]) -> bool:
        """``any(self.matches(index, cue) for cue in cues)`` by set look-ups for lemma
        languages: the rules ask it of every token of a sentence."""
        if self.stems:
            return any(self.matches(index, cue) for cue in cues)
        low = self.lowers[index]
        if "*" in cues or self.keys[index] in cues or low in cues:
            return True
        for ending in self.plurals:
            if low.endswith(ending) and low[:-len(ending)] in cues:
                return True
        return False

    def candidates(self, index: int, table: dict[str, list]) -> list:
        """Entries of ``table`` (keyed by their first word) that may match token ``index``:
        a dictionary look-up for lemmas, a two-letter bucket for Kazakh stems."""
        # «Өзбекстан күндері», «Дни Узбекистана»: a phrase opening with a country's slot
        extra = table[COUNTRY_SLOT] if COUNTRY_SLOT in table \
            and index in self.country_tokens() else None
        if self.stems:
            low = self.lowers[index]
            found = list(table.get(low[:2], ()))
            if extra:
                found += extra
            if "-" in low:  # «онлайн-байқауы»: the compound's last part may be the cue
                found += table.get(low.rsplit("-", 1)[1][:2], ())
            return found
        found = table.get(self.keys[index], [])
        if extra:
            found = found + extra
        low = self.lowers[index]
        if low != self.keys[index]:
            found = found + table.get(low, [])
        for variant in self.language.lemma_variants(low, self.keys[index]):
            found = found + table.get(variant, [])
        return found

    def match_phrase(self, index: int, words: tuple[str, ...], limit: int) -> int | None:
        """Index of the last token when ``words`` match from ``index`` onwards, each word
        at most two tokens after the previous one, within tokens ``< limit``."""
        if not self.matches(index, words[0]):
            return None
        pos = index
        for before, word in pairwise(words):
            # a country's name ends its noun phrase: the next word follows it at once
            # («Өзбекстан күндері», not «Қазақстан соңғы күндері», 'in recent days')
            reach = 1 if before == COUNTRY_SLOT else GAP
            for nxt in range(pos + 1, min(pos + 1 + reach, limit)):
                if self.matches(nxt, word):
                    pos = nxt
                    break
                if not self.modifier(nxt) and not self._compound_modifier(nxt, word, limit):
                    return None
            else:
                return None
        return pos

    def _compound_modifier(self, index: int, word: str, limit: int) -> bool:
        """A noun right before the phrase's next word, in a language that stacks nouns
        as modifiers ("premiere of the feature film", "days of Kyrgyz cinema")."""
        return not self.language.inflected and self.doc.tokens[index].pos == "NOUN" \
            and index + 1 < limit and self.matches(index + 1, word)

    def modifier(self, index: int) -> bool:
        """May this token stand between the words of a lexicon phrase? Adjectives and
        the words that join them («дни казахской культуры», «выступление Казахского
        государственного оркестра», "Days of Kazakh culture"); any word in Kazakh,
        whose lexicon phrases are short stems."""
        if self.stems:
            return True
        tok = self.doc.tokens[index]
        return tok.pos in ("ADJF", "PRTF", "ADJ", "PROPN", "NUMR", "NUM") \
            or tok.text[:1].isdigit() or self.lowers[index] in (
            "и", ",", "-", "and", "of", "the", "'s", "’s")  # "of Elmira Akhundova's book"

    def closing_quote(self, opening: int, limit: int, reach: int = 12) -> int | None:
        """Index of the quote that closes the one at ``opening``, within ``reach`` tokens
        and before ``limit``; None when the quote is not closed nearby."""
        return next((j for j in range(opening + 1, min(opening + reach, limit))
                     if self.doc.tokens[j].text in CLOSE_QUOTES), None)

    def opens_with_title(self) -> bool:
        """Is the first sentence the page's headline (the title the cleaner found)?"""
        doc = self.doc
        return bool(doc.title) and bool(doc.sentences) and \
            doc.sentences[0].text.strip() == (doc.title or "").strip()

    def first_token_from(self, offset: int) -> int:
        """The index of the first token starting at or after character ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` (-1 when none does)."""
        index = bisect.bisect_right(self.sent_starts, offset) - 1
        if index >= 0 and offset < self.doc.sentences[index].end:
            return index
        return -1

    def in_sentence(self, what: str, sent: int) -> list:
        """The document's ``dates``, ``places``, ``entities`` or ``country_refs`` that
        start inside sentence ``sent``, in their order; indexed once per document, since
        rules ask it of every mention and every event."""
        key = ("in_sentence", what)
        if key not in self.memo:
            index: dict[int, list] = {}
            for item in getattr(self.doc, what):
                at = self.sentence_at(item.start)
                if at >= 0:
                    index.setdefault(at, []).append(item)
            self.memo[key] = index
        return self.memo[key].get(sent, [])

    def sentence_text(self, index: int) -> str:
        return self.doc.sentences[index].text

    def span_text(self, first: int, last: int) -> str:
        return self.doc.text[self.doc.tokens[first].start:self.doc.tokens[last].end]
