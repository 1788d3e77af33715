"""Are two stored events the same real-world event?

The store asks this of a new event and each candidate that shares a blocking key with it
(:func:`block_keys`: type group, host country, month). The answer is a pairwise rule,
symmetric, so that clusters (the connected components of "same") do not depend on the
order documents arrive in:

* compatible types (``data/link/types.tsv``);
* dates that overlap once each is widened to what it can mean: a month covers its days,
  a year its months, an undated event the weeks around its report's publication;
* the same city when both name one (the host country is already shared by blocking);
* no contradiction: different edition numbers or years in the titles, different
  participating countries (Days of Kazakh culture vs Days of Uzbek culture in one city);
* and enough positive evidence: a shared participant entity, a shared venue, or similar
  titles across scripts (transliterated, event words mapped to one concept). Programmes
  (culture days, festivals, tours, forums, competitions) happen once per place and time,
  so for them matching dates and city are evidence enough; concerts, meetings and
  exhibitions are many a day in one city and need the positive evidence.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import MISSING, Field, field, fields, make_dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, get_type_hints

from sahna.contract import SCALAR_SLOTS, Event
from sahna.events.lexicon import lang_rows, rows
from sahna.link.names import name_key

# Types that name a programme held once per place and time (see the module docstring).
SINGULAR = frozenset({"culture_days", "festival", "tour", "forum", "competition"})
UNDATED_BEFORE = timedelta(days=60)  # a held event without a date: within weeks before
UNDATED_AFTER = timedelta(days=183)  # a planned one: within half a year after its report
MONTHS_PER_EVENT = 13  # block keys of a long event stop here: it has no more months to share
TITLE_SIMILAR = 0.5  # share of the shorter title's distinctive tokens found in the other
_NUMBER = re.compile(r"(?<!\w)(?:(?:1[89]|20)\d\d|[IVXLC]{2,6}|[IVX]"
                     r"|\d{1,3}(?=[-‑–]?(?:й|я|е|го|th|st|nd|rd|ші|шы|інші|ыншы)(?!\w)))(?!\w)")


def _slot(name: str) -> tuple[str, Any, Field[Any]] | tuple[str, Any]:
    """The contract's slot ``name`` as a field of :class:`EventFacts`: its type and
    default as :class:`sahna.contract.Event` declares them."""
    declared = next(f for f in fields(Event) if f.name == name)
    kind = get_type_hints(Event)[name]
    if declared.default is MISSING:
        return name, kind
    return name, kind, field(default=declared.default)


if TYPE_CHECKING:  # built at run time from the contract, which mypy cannot follow
    EventFacts = Any
else:
    EventFacts = make_dataclass("EventFacts", [
        ("id", int),
        # type, title, start, end, status, venue, city, country: as the report states them
        *(_slot(name) for name in SCALAR_SLOTS),
        ("countries", frozenset[str], field(default=frozenset())),
        ("participants", frozenset[int], field(default=frozenset())),  # entity ids
        # id of the parent event, when it is a programme part
        ("parent", int | None, field(default=None)),
        ("published", str | None, field(default=None)),
        ("lang", str | None, field(default=None)),
        # document id and event id: an order that does not depend on storage
        ("key", str, field(default="")),
        ("tokens", frozenset[str], field(default=frozenset(), compare=False)),
    ], frozen=True, namespace={"__module__": __name__, "__doc__": (
        "What the rules read of one stored event: the contract's scalar slots (one "
        "definition in :mod:`sahna.contract`), then what the store knows besides.")})


def facts(**values: object) -> EventFacts:
    """An :class:`EventFacts` with its title tokens computed."""
    made = EventFacts(**values)
    return replace(made, tokens=title_tokens(made.title, made.lang or ""))


# -- types ---------------------------------------------------------------------------

@cache
def _type_groups() -> dict[str, str]:
    groups: dict[str, str] = {}
    for row in rows("link", "types.tsv"):
        for name in row:
            groups[name] = row[0]
    return groups


def type_group(kind: str) -> str:
    return _type_groups().get(kind, kind)


# -- dates ---------------------------------------------------------------------------

@lru_cache(maxsize=50_000)
def _bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day a date of any precision can mean; None for none or yearless."""
    if not value or value.startswith("--"):
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
    return day, day


def interval(e: EventFacts) -> tuple[date, date] | None:
    """The days the event can occupy; for an event without a dated start, the weeks
    around its report (before it when reported held, after it when planned); None when
    nothing is known."""
    first, last = _bounds(e.start), _bounds(e.end or e.start)
    if first and last:
        return first[0], max(first[1], last[1])
    published = _bounds(e.published)
    if not published:
        return None
    day = published[0]
    if e.status == "held":
        return day - UNDATED_BEFORE, day
    if e.status == "planned":
        return day, day + UNDATED_AFTER
    return day - UNDATED_BEFORE, day + UNDATED_AFTER


def dated(e: EventFacts) -> bool:
    return _bounds(e.start) is not None


def _month_day(value: str | None) -> tuple[int, int | None] | None:
    """(month, day) of a date that has a month, with or without its year."""
    if not value:
        return None
    parts = value.removeprefix("--").split("-")
    if value.startswith("--"):
        return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)
    if len(parts) >= 2:
        return int(parts[1]), (int(parts[2]) if len(parts) > 2 else None)
    return None


def _yearless(e: EventFacts) -> bool:
    return (e.start or "").startswith("--")


def _months_of_year(span: tuple[date, date]) -> set[int]:
    """Months (1-12) that a span of days touches."""
    first, last = span
    if (last - first).days >= 365:
        return set(range(1, 13))
    months, day = set(), first.replace(day=1)
    while day <= last:
        months.add(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def dates_compatible(a: EventFacts, b: EventFacts) -> bool:
    if _yearless(a) or _yearless(b):  # a month and day without a year: compare those
        if _yearless(a) and _yearless(b):
            ma, mb = _month_day(a.start), _month_day(b.start)
            assert ma and mb
            return ma[0] == mb[0] and (ma[1] is None or mb[1] is None
                                       or abs(ma[1] - mb[1]) <= 3)
        yearless, other = (a, b) if _yearless(a) else (b, a)
        md = _month_day(yearless.start)
        span = interval(other)
        if md is None or span is None:
            return True
        if md[0] not in _months_of_year(span):
            return False
        day = _month_day(other.start) if dated(other) and not other.end else None
        return not (md[1] and day and day[1] and day[0] == md[0] and abs(md[1] - day[1]) > 3)
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


# -- titles --------------------------------------------------------------------------

@cache
def _concepts(lang: str) -> tuple[tuple[str, str], ...]:
    found = [(stem, concept) for stem, concept in lang_rows(lang, "event_words.tsv")]
    return tuple(sorted(found, key=lambda r: -len(r[0])))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "stopwords.tsv"))


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@lru_cache(maxsize=100_000)
def title_tokens(title: str, lang: str) -> frozenset[str]:
    """The title as comparable tokens: event words as concepts («дни» → DAYS), countries
    and nationality adjectives as ``C:KZ``, cities as ``P:Baku``, every other word as its
    transliterated loose key (``name_key``); stop words dropped."""
    from sahna import places

    out: set[str] = set()
    covered: list[tuple[int, int]] = []
    for ref in places.find_country_refs(title, lang):
        out.add("C:" + ref.country)
        covered.append((ref.start, ref.end))
    for place in places.find_places(title, lang):
        if place.kind == "city" and place.city:
            out.add("P:" + place.city)
        elif place.country:
            out.add("C:" + place.country)
        covered.append((place.start, place.end))
    stop = _stopwords(lang)
    for match in _WORD.finditer(title):
        if any(s <= match.start() < e for s, e in covered):
            continue
        word = match.group().lower()
        if word in stop or word.isdigit():
            continue
        concept = next((c for stem, c in _concepts(lang) if word.startswith(stem)), None)
        if concept:
            out.add(concept)
        elif len(word) >= 3:
            out.add(name_key(word))
    return frozenset(out)


def _distinctive(tokens: frozenset[str]) -> frozenset[str]:
    """Tokens that are neither concepts (upper case) nor places."""
    return frozenset(t for t in tokens if not t.isupper() and ":" not in t)


_GENERIC = {
    "concert": {"CONCERT", "GALA", "MUSIC"}, "festival": {"FESTIVAL", "INTERNATIONAL"},
    "exhibition": {"EXHIBITION", "ART"}, "screening": {"FILM", "SCREENING", "PREMIERE"},
    "stage": {"PERFORMANCE", "PREMIERE", "THEATRE"}, "tour": {"TOUR", "CONCERT"},
    "competition": {"COMPETITION", "INTERNATIONAL"}, "ceremony": {"CEREMONY", "OPENING"},
    "culture_days": {"DAYS", "WEEK", "YEAR", "SEASON", "CULTURE", "ART"},
    "meeting": {"MEETING"}, "forum": {"FORUM", "INTERNATIONAL"},
}


def _generic(kind: str) -> frozenset[str]:
    """Concepts that say nothing about which event of ``kind`` it is: the kind itself,
    and the hall it is in («гала-концерт во Дворце»; the venue is compared apart)."""
    return frozenset(_GENERIC.get(kind, ())) | {"VENUE"}


def title_similarity(a: EventFacts, b: EventFacts) -> float:
    """Share of the smaller token set found in the other, leaving out the words that
    only name the kind of event (two concerts share CONCERT, and that says nothing)."""
    generic = _generic(a.type) | _generic(b.type)
    ta, tb = a.tokens - generic, b.tokens - generic
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    rest_b = _distinctive(tb - ta)
    shared += sum(1 for x in _distinctive(ta - tb) if any(_close(x, y) for y in rest_b))
    return shared / min(len(ta), len(tb))


def _close(x: str, y: str) -> bool:
    """Loose keys of one word in two spellings or cases: one a prefix of the other
    («отырар» / «отырардың»), at least five letters shared."""
    return min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x))


@lru_cache(maxsize=100_000)
def _numbers(title: str) -> frozenset[str]:
    """Years and edition numbers in a title («XV фестиваль», "2025", «5-й»)."""
    return frozenset(_NUMBER.findall(title))


# -- the rule ------------------------------------------------------------------------

def parties(e: EventFacts) -> frozenset[str]:
    """Participating countries other than the host."""
    return e.countries - {e.country} if e.country else e.countries


def conflict(a: EventFacts, b: EventFacts) -> str | None:
    """Why the two cannot be one event, or None."""
    if type_group(a.type) != type_group(b.type):
        return "type"
    if a.country and b.country and a.country != b.country:
        return "country"
    if bool(a.country) != bool(b.country):
        # a report that does not say where may be the same event only if the host is one
        # of the countries it names as taking part (a meeting "with Azerbaijan's
        # ambassador" in a report of a meeting in Astana)
        host, other = (a, b) if a.country else (b, a)
        if host.country not in other.countries:
            return "country"
    if a.city and b.city and a.city.casefold() != b.city.casefold():
        return "city"
    if not dates_compatible(a, b):
        return "dates"
    pa, pb = parties(a), parties(b)
    if pa and pb and not pa & pb:
        return "countries"
    na, nb = _numbers(a.title), _numbers(b.title)
    if na and nb and not na & nb:
        return "edition"
    return None


def conflict_key(e: EventFacts) -> tuple[object, ...]:
    """Everything :func:`conflict` reads of ``e``: reports with equal keys conflict with
    exactly the same reports, so the store checks a cluster's reports against a new one
    once per key, not once per report (an event with thirty reports has few keys). Kept
    beside the rule because it must grow with it: a field :func:`conflict` starts
    reading joins the key (``tests/link/test_link_events.py`` checks that they agree)."""
    return (type_group(e.type), e.country, e.countries, (e.city or "").casefold(), e.start,
            e.end, e.status, e.published, e.title)


def evidence(a: EventFacts, b: EventFacts, same_parent: bool = False) -> str | None:
    """What says the two are one event, or None. ``same_parent``: both are parts of one
    programme (their parents are in one cluster)."""
    if a.participants & b.participants:
        return "participant"
    if a.venue and b.venue and name_key(a.venue) == name_key(b.venue):
        return "venue"
    if title_similarity(a, b) >= TITLE_SIMILAR:
        return "title"
    if a.type in SINGULAR and b.type in SINGULAR and a.city and b.city \
            and dated(a) and dated(b):
        return "programme in one place and time"
    if same_parent and a.parent is not None and a.type == b.type and (
            (dated(a) and a.start == b.start) or not (_named(a) or _named(b))):
        # «Гала-концерт» and "Gala concert" of one culture days: a programme has one of
        # each kind of part on a day, and a title that only names the kind adds nothing
        return "one part of one programme"
    return None


def _named(e: EventFacts) -> bool:
    """Does the title say more than the kind of event («Гала-концерт» does not)?"""
    return bool(_distinctive(e.tokens - _generic(e.type)))


def same_event(a: EventFacts, b: EventFacts, same_parent: bool = True) -> bool:
    """The pairwise rule; ``same_parent`` says whether the parents of two programme
    parts are in one cluster: parts of two programmes never merge. A part may merge
    with an event reported on its own (an outlet that does not mention the programme),
    on the ordinary evidence."""
    return conflict(a, b) is None and linked(a, b, same_parent)


def linked(a: EventFacts, b: EventFacts, same_parent: bool = True) -> bool:
    """:func:`same_event` once :func:`conflict` has found nothing (the store checks
    conflicts first, on cheap columns, for every candidate)."""
    if a.parent is not None and b.parent is not None and not same_parent:
        return False
    both_parts = a.parent is not None and b.parent is not None
    return evidence(a, b, same_parent and both_parts) is not None


def block_keys(e: EventFacts) -> tuple[set[str], set[str]]:
    """(keys to store, keys to look up) such that any two events :func:`same_event` may
    accept share a key. A key is the type group, the host place and a time slot:

    * ``m2025-12`` for each month the event can occupy (stored and looked up), with
      ``Y2025`` stored for its years;
    * an event known only to its year stores ``y2025``; events of that year look it up,
      and it looks up their ``Y2025``;
    * an event with no date and no publication date stores ``none`` and looks up
      ``any``, which every other event stores (and they look up ``none``);
    * an event dated without a year (``--04-25``) stores ``md04`` and looks up ``md04``
      and ``MD04``, which every other event stores for each month of the year it spans.

    The place is the host country and city (``KZ|almaty``), since two cities never
    match: an event stores its city and ``KZ|*`` (found by reports that name the country
    only), and looks up its city and ``KZ|-`` (reports of that country without a city);
    a report without a city stores ``KZ|-`` and ``KZ|*`` and looks up ``KZ|*``. A dense
    archive has dozens of concerts a month in a country, a few in one city.

    An event whose country is unknown is looked for under each country it names as
    taking part (``?KZ``), and looks under those countries; under ``?`` it meets the other
    reports without a country. (:func:`conflict` accepts such a pair only then.)"""
    stored, lookup = _slots(e)
    group = type_group(e.type)

    def keyed(place: str, slots: set[str]) -> set[str]:
        return {f"{group}|{place}|{slot}" for slot in slots}

    if e.country:
        country = e.country
        if e.city:
            city = f"{country}|{e.city.casefold()}"
            keys_stored = keyed(city, stored) | keyed(f"{country}|*", stored)
            keys_lookup = keyed(city, lookup) | keyed(f"{country}|-", lookup)
        else:
            keys_stored = keyed(f"{country}|-", stored) | keyed(f"{country}|*", stored)
            keys_lookup = keyed(f"{country}|*", lookup)
        return keys_stored, keys_lookup | keyed(f"?{country}", lookup)
    keys_stored = keyed("?", stored)
    keys_lookup = keyed("?", lookup)
    for code in sorted(e.countries):
        keys_stored |= keyed(f"?{code}", stored)
        keys_lookup |= keyed(f"{code}|*", lookup)
    return keys_stored, keys_lookup


def needs_evidence(e: EventFacts) -> bool:
    """Does every match of ``e`` need positive evidence? All but dated programmes in a
    known city, which :func:`evidence` accepts on place and time alone."""
    return not (e.type in SINGULAR and e.city and dated(e))


def evidence_keys(e: EventFacts) -> set[str]:
    """Keys such that two events :func:`evidence` links by title, venue or as parts of one
    programme share one (a shared participant is found through the participants):

    * ``t:`` each title token that is not generic for the event's type (a token counted
      by :func:`title_similarity` is generic for neither type), and ``t5:`` the first
      five letters of each longer word (spellings :func:`_close` accepts share them);
    * ``v:`` the venue's loose key; ``part:`` the type of a programme part.

    The store looks a report's candidates up by these as well as by :func:`block_keys`
    whenever :func:`needs_evidence` says so: a month of concerts in one city shrinks to
    the few that share a word, a venue or a performer with the new report."""
    keys = set()
    if e.venue:
        keys.add("v:" + name_key(e.venue))
    for token in e.tokens - _generic(e.type):
        keys.add("t:" + token)
        if len(token) >= 5 and not token.isupper() and ":" not in token:
            keys.add("t5:" + token[:5])
    if e.parent is not None:
        keys.add("part:" + e.type)
    return keys


def _slots(e: EventFacts) -> tuple[set[str], set[str]]:
    """Time slots of :func:`block_keys` (without type and country)."""
    if _yearless(e):  # «25 апреля», year unknown: its month of any year
        md = _month_day(e.start)
        month = f"{md[0]:02d}" if md else "00"
        return {"md" + month, "any"}, {"MD" + month, "md" + month, "none"}
    span = interval(e)
    if span is None:
        return {"none"}, {"none", "any"}
    months_of_year = _months_of_year(span)
    of_year = {f"MD{m:02d}" for m in months_of_year}  # found by yearless events
    yearless = {f"md{m:02d}" for m in months_of_year}  # and finding them
    start = e.start or ""
    if len(start) == 4 and not e.end and _bounds(start):
        return ({"y" + start, "any"} | of_year, {"Y" + start, "y" + start, "none"} | yearless)
    first, last = span
    months: list[str] = []
    day = first.replace(day=1)
    while day <= last and len(months) < MONTHS_PER_EVENT:
        months.append(f"{day.year:04d}-{day.month:02d}")
        day = (day + timedelta(days=32)).replace(day=1)
    stored = {"m" + m for m in months} | {"Y" + m[:4] for m in months} | of_year
    lookup = {"m" + m for m in months} | {"y" + m[:4] for m in months} | yearless
    return stored | {"any"}, lookup | {"none"}
