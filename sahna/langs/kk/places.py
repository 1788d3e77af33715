"""What the place stage needs to know of Kazakh (mixed into :class:`sahna.langs.kk.Kazakh`):
endings follow the last word of a name (:mod:`sahna.langs.kk.endings`), «елордада» and
«елордамыз» ("our capital") refer to a capital, and the words of a venue name meet when
they share a base."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Mixin
from sahna.langs.kk import endings

if TYPE_CHECKING:
    from sahna.langs.base import CountryAt
    from sahna.places.text import Word


class KazakhPlaces(Mixin):
    """Kazakh place rules: ending chains, the capital nouns, venue word bases."""

    # Kazakh-specific Cyrillic letters: a word containing one is Kazakh, not Russian.
    own_letters: ClassVar[frozenset[str]] = frozenset("әіңғүұқөһӘІҢҒҮҰҚӨҺ")
    #: The country whose capital «елордамыз» ("our capital") is: the Kazakh press's own.
    home_country: ClassVar[str] = "KZ"

    def place_keys(self, word: str, *, animate: bool = False, derived: bool = False,
                   plural: bool = False) -> Iterable[str]:
        """The word and the names it can be once endings are removed: case endings on a
        place name («Алматыда»), plural and possessive ones too on nationality words
        («қазақтардың»), and the "-лық" derivation when ``derived`` («ресейлік»)."""
        if derived:
            return endings.derived_bases(word)
        return endings.noun_bases(word) if animate else endings.name_bases(word)

    def governs_place(self, text: str, start: int, end: int, tour: bool = False) -> bool:
        """A Kazakh place is where an event happens when its word ends in the locative
        («Парижде», «Алматыдағы»), or the dative for a tour («Астанаға»); «Алматы
        қаласында», «Түркістан облысында» put the ending on the generic noun after the
        name. A genitive («Францияның»), an ablative («Парижден») or a bare subject is
        not the event's place."""
        word_end = end
        while word_end < len(text) and (text[word_end].isalpha() or text[word_end] in "-'"):
            word_end += 1
        word = text[start:word_end].lower()
        rest = text[word_end:word_end + 60].split()
        generic = self.place_words("region") + self.place_words("city_noun")
        state = self.place_words("state_noun")
        # «Моңғолия Республикасы Баян-Өлгий аймағына»: the case ending sits on the last
        # noun of the phrase, after the state noun and the name of a place inside it
        after_state = bool(state) and word.rpartition(" ")[2].startswith(state)
        suffixes = self.place_words("locative_ending")
        if tour:
            suffixes += self.place_words("dative_ending")
        if word_end > end and word.endswith(suffixes):
            # «Таразда облыстық турнир»: the name carries its own ending, so a generic
            # word after it («облыстық» 'regional') starts the next phrase
            return True
        for after in rest[:4]:
            low = after.lower().strip(".,;:!?»\"")
            if low.startswith(generic):
                # the name's own generic noun is possessed («қаласында», «облысына»,
                # «аймағына») or derived («ауылдық округінде»); «Жаңаөзенде ауылдың …»
                # starts another phrase
                stem = max((g for g in generic if low.startswith(g)), key=len)
                derived = low[len(stem):].startswith(("дық", "лық", "тық"))
                if derived and word.endswith(suffixes):
                    break  # «Ақтөбеде облыстық айтыс»: the name has its ending, the
                    # adjective starts the event's phrase
                if low[len(stem):][:1] in ("", "ы", "і", "с") or derived:
                    word = low
                break
            if state and low.startswith(state):
                word, after_state = low, True
                if after[-1:] in ".,;:!?»\"":
                    break
            elif not (after_state and after[:1].isupper()):
                break
        return word.endswith(suffixes)

    def capital_ref(self, words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
        """«Әзірбайжан астанасы» → "AZ"; «елордамызда» → "KZ"; «елордада» → ""."""
        word = words[i]
        if not word.key.startswith(self.place_words("capital_stem")):
            return None
        if word.key.startswith(self.place_words("our_capital")):
            return self.home_country
        bases = endings.noun_bases(word.key)
        # Capitalised "Астанада" is the city Astana itself (find_places reports it);
        # lower-case "астана" is the common noun "capital".
        if not _any_in(self.place_words("capital"), bases) and (
            not _any_in(self.place_words("capital_lower"), bases) or word.is_capitalised
        ):
            return None
        if i > 0:
            return country_at(i - 1) or ""
        return ""

    def same_venue_word(self, text_word: str, table_word: str) -> bool:
        """«театрында» / «театры»: both «театр» plus Kazakh endings."""
        return not _noun_bases(text_word).isdisjoint(_noun_bases(table_word))


def _any_in(words: Iterable[str], bases: Sequence[str]) -> bool:
    return any(word in bases for word in words)


@lru_cache(maxsize=65536)
def _noun_bases(word: str) -> frozenset[str]:
    return frozenset(endings.noun_bases(word))
