"""A read-only index over an analysed document that the event rules share: tokens per
sentence, and word matching that is lemma equality for Russian and English and stem
prefix for Kazakh (whose endings pile up on the stem)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from sahna.document import Document, Token

OPEN_QUOTES = "«\"“„‘"
CLOSE_QUOTES = "»\"”“’"
_KK_ADJECTIVE = ("тік", "тық", "лық", "лік", "дық", "дік")
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
    kk: bool = False
    lang: str = ""  # a plain attribute: the rules read it for nearly every token

    @classmethod
    def build(cls, doc: Document) -> DocView:
        view = cls(doc)
        view.lang = doc.lang or ""
        view.kk = view.lang == "kk"
        # Kazakh lemmas are the lower-cased words with Latin lookalikes made Cyrillic
        # (sahna.analyse.script): «кoнцерт» with a Latin «o» still finds «концерт».
        view.lowers = [t.lemma if view.kk else t.text.lower() for t in doc.tokens]
        view.keys = view.lowers if view.kk else [t.lemma for t in doc.tokens]
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

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    def key(self, index: int) -> str:
        return self.keys[index]

    def matches(self, index: int, cue: str) -> bool:
        """Does token ``index`` match lexicon entry ``cue`` (one word)?"""
        if cue == "*":
            return True
        if self.kk:
            word = self.lowers[index]
            # a stem matches its inflections, not its derived adjectives («концерттік»)
            return word.startswith(cue) and not word[len(cue):].startswith(_KK_ADJECTIVE)
        if self.keys[index] == cue or self.lowers[index] == cue:
            return True
        # English words outside tagged sentences have no lemma: accept a plain plural
        return self.lang == "en" and self.lowers[index] in (cue + "s", cue + "es")

    def matches_any(self, index: int, cues: set[str] | frozenset[str]) -> bool:
        """``any(self.matches(index, cue) for cue in cues)`` by set look-ups for lemma
        languages: the rules ask it of every token of a sentence."""
        if self.kk:
            return any(self.matches(index, cue) for cue in cues)
        low = self.lowers[index]
        if "*" in cues or self.keys[index] in cues or low in cues:
            return True
        return self.lang == "en" and ((low.endswith("s") and low[:-1] in cues)
                                      or (low.endswith("es") and low[:-2] in cues))

    def candidates(self, index: int, table: dict[str, list]) -> list:
        """Entries of ``table`` (keyed by their first word) that may match token ``index``:
        a dictionary look-up for lemmas, a two-letter bucket for Kazakh stems."""
        if self.kk:
            return [entry for entry in table.get(self.lowers[index][:2], ())]
        found = table.get(self.keys[index], [])
        low = self.lowers[index]
        if low != self.keys[index]:
            found = found + table.get(low, [])
        if self.lang == "en" and low.endswith("s") and low == self.keys[index]:
            found = found + table.get(low[:-1], []) + table.get(low[:-2], [])
        return found

    def match_phrase(self, index: int, words: tuple[str, ...], limit: int) -> int | None:
        """Index of the last token when ``words`` match from ``index`` onwards, each word
        at most two tokens after the previous one, within tokens ``< limit``."""
        if not self.matches(index, words[0]):
            return None
        pos = index
        for word in words[1:]:
            for nxt in range(pos + 1, min(pos + 1 + GAP, limit)):
                if self.matches(nxt, word):
                    pos = nxt
                    break
                if not self.modifier(nxt):
                    return None
            else:
                return None
        return pos

    def modifier(self, index: int) -> bool:
        """May this token stand between the words of a lexicon phrase? Adjectives and
        the words that join them («дни казахской культуры», «выступление Казахского
        государственного оркестра», "Days of Kazakh culture"); any word in Kazakh,
        whose lexicon phrases are short stems."""
        if self.kk:
            return True
        tok = self.doc.tokens[index]
        return tok.pos in ("ADJF", "PRTF", "ADJ", "PROPN", "NUMR", "NUM") \
            or tok.text[:1].isdigit() or self.lowers[index] in (
            "и", ",", "-", "and", "of", "the")

    def closing_quote(self, opening: int, limit: int, reach: int = 12) -> int | None:
        """Index of the quote that closes the one at ``opening``, within ``reach`` tokens
        and before ``limit``; None when the quote is not closed nearby."""
        return next((j for j in range(opening + 1, min(opening + reach, limit))
                     if self.doc.tokens[j].text in CLOSE_QUOTES), None)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` (-1 when none does)."""
        index = bisect.bisect_right(self.sent_starts, offset) - 1
        if index >= 0 and offset < self.doc.sentences[index].end:
            return index
        return -1

    def sentence_text(self, index: int) -> str:
        return self.doc.sentences[index].text

    def span_text(self, first: int, last: int) -> str:
        return self.doc.text[self.doc.tokens[first].start:self.doc.tokens[last].end]
