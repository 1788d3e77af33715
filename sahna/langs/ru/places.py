"""What the place stage needs to know of Russian (mixed into :class:`sahna.langs.ru.Russian`):
names decline (:mod:`sahna.langs.ru.endings`), «в столице» refers to a capital, and the
words of a venue name meet by their stems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Mixin
from sahna.langs.ru import endings

if TYPE_CHECKING:
    from sahna.langs.base import CountryAt
    from sahna.places.text import Word


# An adjective before «столице» says whose capital («казахстанской столице») or that it
# is a figure of speech («северной столице»).
_ADJECTIVE_ENDINGS = ("ой", "ей", "ая", "ую", "ый", "ий")


class RussianPlaces(Mixin):
    """Russian place rules: declension keys, the capital noun, venue word stems."""

    # Russian reads the Cyrillic words of texts in other scripts and of unknown texts.
    script_default: ClassVar[bool] = True
    declines_places: ClassVar[bool] = True

    def place_keys(self, word: str, *, animate: bool = False, derived: bool = False,
                   plural: bool = False) -> Iterable[str]:
        """Every ``base#class`` key the word may be a form of («Москве» → москва#a...);
        derived words (казахстанский) are listed in the tables, not searched."""
        return () if derived else endings.word_keys(word)

    def place_index_key(self, word: str, plural: bool = False, animate: bool = False) -> str:
        return endings.index_key(word, plural, animate)

    def capital_ref(self, words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
        """«столице Казахстана» → "KZ"; «в столице» → ""; «северной столице» → None."""
        key = words[i].key
        if not key.startswith(self.place_words("capital_stem")):
            return None
        forms = endings.word_keys(key)
        if not any(endings.index_key(noun) in forms for noun in self.place_words("capital")):
            return None
        if i > 0 and words[i - 1].key.endswith(_ADJECTIVE_ENDINGS):
            return country_at(i - 1)  # "казахстанской столице"; "северной столице" -> None
        if i + 1 < len(words):
            return country_at(i + 1) or ""
        return ""

    def same_venue_word(self, text_word: str, table_word: str) -> bool:
        """«театре» / «театр»: the same crude stem."""
        return endings.stem(text_word) == endings.stem(table_word)
