"""What the place stage needs to know of English (mixed into :class:`sahna.langs.en.English`):
names are written as they are (a nationality noun takes a plural "-s"), "the capital"
refers to a capital, and a venue word may stand in the plural."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Mixin

if TYPE_CHECKING:
    from sahna.langs.base import CountryAt
    from sahna.places.text import Word


# The words of the capital rule's phrases: "the capital", "capital of Azerbaijan",
# "Azerbaijan's capital" (the tokenizer splits "'s" off as "s").
_THE, _OF, _POSSESSIVE = "the", "of", "s"


class EnglishPlaces(Mixin):
    """English place rules: plural nationality nouns, "the capital", plural venue words."""

    # English reads the Latin words of texts in other scripts and of unknown texts.
    script_default: ClassVar[bool] = True

    def place_keys(self, word: str, *, animate: bool = False, derived: bool = False,
                   plural: bool = False) -> Iterable[str]:
        """The word itself, and without a plural "-s" where ``plural`` ("Kazakhs")."""
        if derived:
            return ()
        return (word, word[:-1]) if plural and word.endswith("s") else (word,)

    def capital_ref(self, words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
        """"the capital", "the Kazakh capital", "capital of Azerbaijan", "Azerbaijan's capital"."""
        if words[i].key not in self.place_words("capital"):
            return None
        after = words[i + 1].key if i + 1 < len(words) else ""
        after2 = words[i + 2].key if i + 2 < len(words) else ""
        not_capital = self.place_words("not_capital")
        if after in not_capital or f"{after} {after2}" in not_capital:
            return None  # "capital investment", "the capital of culture"
        if after == _OF and i + 2 < len(words) and country_at(i + 2):
            return country_at(i + 2)
        before = words[i - 1].key if i > 0 else ""
        if before == _POSSESSIVE and i > 1 and country_at(i - 2):
            return country_at(i - 2)  # "Azerbaijan's capital"
        if i > 0 and country_at(i - 1):
            return country_at(i - 1)
        return "" if before == _THE else None

    def governs_place(self, text: str, start: int, end: int, tour: bool = False) -> bool:
        """"in Almaty", "in the Issyk-Kul region", and with an article and a capitalised
        modifier between them: "in the capital", "in the Kazakh capital"."""
        if text[start:start + 1].isupper():
            if super().governs_place(text, start, end, tour):
                return True
            words = text[max(0, start - 40):start].split()
            cues = self.cue_words("locative") + (
                self.cue_words("tour_locative") if tour else ())
            if len(words) >= 2 and words[-1].lower() == _THE and words[-2].lower() in cues:
                return True  # "in the Issyk-Kul region", "in the United States"
            # "in Gabala, Azerbaijan": the country after the place it is governed with
            return (len(words) >= 2 and words[-1].endswith(",") and words[-1][:1].isupper()
                    and words[-2].lower() in cues)
        words = text[max(0, start - 30):start].split()
        while words and (words[-1].lower() == _THE or words[-1][:1].isupper()):
            words.pop()  # a common noun ("capital") after its article and modifiers
        cues = self.cue_words("locative") + (self.cue_words("tour_locative") if tour else ())
        return bool(words) and words[-1].lower() in cues

    def same_venue_word(self, text_word: str, table_word: str) -> bool:
        """"theatres" / "theatre": a plural "-s"."""
        return text_word == table_word + "s"
