"""The pairwise rule that says two stored events are one real-world event, and the
blocking keys that must bring every such pair together."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest

from sahna.link.events import (
    block_keys,
    conflict,
    conflict_key,
    dates_compatible,
    evidence_keys,
    facts,
    needs_evidence,
    same_event,
    title_similarity,
    title_tokens,
)


def ev(n: int = 1, **fields):
    fields.setdefault("type", "concert")
    fields.setdefault("title", "Концерт")
    fields.setdefault("lang", "ru")
    return facts(id=n, **fields)


@pytest.mark.parametrize(("a", "b", "compatible"), [
    (("2025-12-02", "2025-12-05"), ("2025-12-02", "2025-12-04"), True),  # planned vs held
    (("2025-12", None), ("2025-12-03", None), True),  # a month covers its days
    (("2025", None), ("2025-12-03", None), True),  # a year its months
    (("2024-06-15", None), ("2025-06-14", None), False),  # another year's edition
    (("--04-25", None), ("2025-04-26", None), True),  # yearless: month and day agree
    (("--04-25", None), ("2025-05-25", None), False),
    ((None, None), ("2025-05-25", None), True),  # undated, no publication date
])
def test_dates_compatible(a, b, compatible):
    first = ev(1, start=a[0], end=a[1])
    second = ev(2, start=b[0], end=b[1])
    assert dates_compatible(first, second) is compatible
    assert dates_compatible(second, first) is compatible


def test_an_undated_report_is_placed_around_its_publication():
    held = ev(1, status="held", published="2025-10-18")
    planned = ev(2, status="planned", published="2025-10-18")
    assert dates_compatible(held, ev(3, start="2025-10-14"))
    assert not dates_compatible(held, ev(3, start="2025-11-20"))  # after a held report
    assert dates_compatible(planned, ev(3, start="2025-11-20"))
    assert not dates_compatible(planned, ev(3, start="2025-10-01"))  # before it was planned


def test_titles_compare_across_scripts_and_event_words():
    assert title_tokens("Дни культуры Казахстана в Азербайджане", "ru") >= {"DAYS", "CULTURE",
                                                                           "C:KZ", "C:AZ"}
    assert {"DAYS", "CULTURE", "C:KZ"} <= title_tokens("Days of Kazakh Culture", "en")
    ru = ev(1, title="Концерт оркестра «Отырар сазы»")
    en = ev(2, title="Otyrar Sazy orchestra concert", lang="en")
    kk = ev(3, title="«Отырар сазы» оркестрінің концерті", lang="kk")
    assert title_similarity(ru, en) >= 0.5 and title_similarity(ru, kk) >= 0.5
    other = ev(4, title="Концерт ансамбля «Сазген»")
    assert title_similarity(ru, other) < 0.5


@pytest.mark.parametrize(("a", "b", "reason"), [
    ({"type": "concert"}, {"type": "exhibition"}, "type"),
    ({"city": "Baku", "country": "AZ"}, {"city": "Tashkent", "country": "UZ"}, "country"),
    ({"city": "Almaty"}, {"city": "Astana"}, "city"),
    ({"start": "2024-09-12"}, {"start": "2025-09-11"}, "dates"),
    ({"countries": frozenset({"KZ", "AZ"}), "country": "AZ"},
     {"countries": frozenset({"UZ", "AZ"}), "country": "AZ"}, "countries"),
    ({"title": "XV фестиваль «Шабыт»"}, {"title": "XVI фестиваль «Шабыт»"}, "edition"),
])
def test_each_contradiction_keeps_two_events_apart(a, b, reason):
    first, second = ev(1, **a), ev(2, **b)
    assert conflict(first, second) == reason == conflict(second, first)
    assert not same_event(first, second)


def test_a_report_without_a_country_matches_only_where_it_names_the_host():
    astana = ev(1, type="meeting", title="Встреча с послом Азербайджана", start="2025-09-24",
                city="Astana", country="KZ", countries=frozenset({"KZ", "AZ"}))
    vague = ev(2, type="meeting", title="Meeting with Azerbaijani ambassador", lang="en",
               status="held", published="2025-09-25", countries=frozenset({"AZ", "KZ"}))
    nowhere = ev(3, type="meeting", title="Meeting with Azerbaijani ambassador", lang="en",
                 status="held", published="2025-09-25")
    assert same_event(astana, vague)
    assert conflict(astana, nowhere) == "country"


def test_concerts_need_evidence_but_a_programme_in_one_place_and_time_does_not():
    base = {"start": "2025-11-15", "city": "Almaty", "country": "KZ"}
    a = ev(1, title="Концерт", **base)
    b = ev(2, title="Концерт", **base)
    assert not same_event(a, b)  # two concerts in one city on one day
    assert same_event(ev(1, title="Концерт", participants=frozenset({7}), **base),
                      ev(2, title="Concert", participants=frozenset({7}), lang="en", **base))
    assert same_event(ev(1, title="Концерт", venue="Дворец Республики", **base),
                      ev(2, title="Концерт", venue="Дворец Республики", **base))
    days = {"type": "culture_days", "start": "2025-10-14", "end": "2025-10-17",
            "city": "Baku", "country": "AZ"}
    assert same_event(ev(1, title="Дни культуры Казахстана", **days),
                      ev(2, title="Kazakh Culture Days", lang="en", **days))


def test_programme_parts_merge_only_within_one_programme():
    gala = {"type": "concert", "start": "2025-10-14", "city": "Baku", "country": "AZ"}
    a = ev(1, title="Гала-концерт", parent=10, **gala)
    b = ev(2, title="Gala concert", parent=20, lang="en", **gala)
    assert same_event(a, b, same_parent=True)
    assert not same_event(a, b, same_parent=False)


def random_events(count: int, seed: int = 3) -> list:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        year = rng.choice([2024, 2025])
        start = rng.choice([None, f"{year}", f"{year}-0{rng.randint(1, 3)}",
                            f"{year}-0{rng.randint(1, 3)}-{rng.randint(10, 12)}",
                            f"--0{rng.randint(1, 3)}-{rng.randint(10, 12)}"])
        out.append(ev(n, type=rng.choice(["concert", "stage", "festival", "culture_days"]),
                      title=rng.choice(["Концерт «Шабыт»", "Shabyt concert", "Дни культуры",
                                        "Гала-концерт"]),
                      start=start, status=rng.choice(["held", "planned", "unknown"]),
                      published=rng.choice([None, f"{year}-02-01"]),
                      city=rng.choice([None, "Almaty", "Almaty", "Astana"]),
                      country=rng.choice([None, "KZ", "KZ", "AZ"]),
                      countries=rng.choice([frozenset(), frozenset({"KZ"}),
                                            frozenset({"KZ", "AZ"})]),
                      participants=frozenset(rng.sample([1, 2, 3], rng.randint(0, 1)))))
    return out


def test_the_rule_is_symmetric_and_blocking_brings_every_matching_pair_together():
    items = random_events(160)
    matched = 0
    for a, b in itertools.combinations(items, 2):
        same = same_event(a, b)
        assert same == same_event(b, a)
        if same:
            matched += 1
            stored_a, lookup_a = block_keys(a)
            stored_b, lookup_b = block_keys(b)
            assert stored_a & lookup_b and stored_b & lookup_a, (a, b)
    assert matched > 50  # the sample exercises the rule


def test_every_matching_pair_shares_evidence_keys_unless_it_needs_none():
    """The store narrows a report's candidates to those sharing an evidence key or a
    participant; no pair the rule accepts may fall outside (parts, venues, titles in
    several scripts and spellings, dated programmes that need no evidence)."""
    rng = random.Random(8)
    titles = ["Концерт «Шабыт»", "Shabyt concert", "«Шабыт» фестивалі", "Дни культуры",
              "Гала-концерт", "Gala concert", "Концерт Отырардың сазы", "Отырар сазы",
              "Дни культуры Казахстана в Баку", "Kazakh Culture Days", "Мерей", "Отырар",
              "Отырардың кеші"]
    items = [replace(e, title=(title := rng.choice(titles)),
                     tokens=title_tokens(title, "en" if title.isascii() else "ru"),
                     venue=rng.choice([None, "Дворец Республики", "дворец республики",
                                       "Opera House"]),
                     parent=rng.choice([None, None, 7]))
             for e in random_events(220, seed=9)]
    matched = kinds = 0
    for a, b in itertools.combinations(items, 2):
        if not same_event(a, b):
            continue
        matched += 1
        if needs_evidence(a) or needs_evidence(b):
            kinds += 1
            assert a.participants & b.participants or evidence_keys(a) & evidence_keys(b), \
                (a, b)
    assert matched > 50 and kinds > 20  # the sample exercises the rule


# Values each fact can take, close to each other where the rule has to tell them apart:
# one type group or two, a city in two cases, dates of every precision, editions.
CHOICES = {
    "id": [1, 2, 3],
    "type": ["concert", "stage", "festival", "culture_days", "meeting", "exhibition"],
    "title": ["XV фестиваль «Шабыт»", "XVI фестиваль «Шабыт»", "Shabyt festival 2025",
              "Фестиваль «Шабыт» 2024", "5-й концерт", "Концерт"],
    "start": [None, "2025", "2025-06", "2025-06-14", "2024-06-15", "--06-14", "--07"],
    "end": [None, "2025-06-20", "2025-07"],
    "status": ["held", "planned", "cancelled", "unknown"],
    "venue": [None, "Opera House", "Дворец Республики"],
    "city": [None, "Almaty", "ALMATY", "Astana"],
    "country": [None, "KZ", "AZ"],
    "countries": [frozenset(), frozenset({"KZ"}), frozenset({"AZ"}), frozenset({"KZ", "UZ"})],
    "participants": [frozenset(), frozenset({1}), frozenset({2})],
    "parent": [None, 7, 8],
    "published": [None, "2025-06-01", "2024-05-20", "2025-12-30"],
    "lang": ["ru", "en", "kk"],
    "key": ["a\x00e1", "b\x00e2"],
}


def test_reports_with_one_conflict_key_conflict_with_the_same_reports():
    """The store checks contradictions once per :func:`conflict_key`, so equal keys must
    mean equal answers of :func:`conflict` against any third report: were the rule to
    read a field the key leaves out, two reports it tells apart would share a key."""
    rng = random.Random(12)

    def drawn():
        return facts(**{name: rng.choice(options) for name, options in CHOICES.items()})

    others = [drawn() for _ in range(150)]
    checked = differing = 0
    for _ in range(3000):
        a = drawn()
        changed = rng.sample(sorted(CHOICES), rng.randint(1, 3))  # any field, in the key or not
        b = facts(**{**vars(a), "tokens": frozenset(),
                     **{name: rng.choice(CHOICES[name]) for name in changed}})
        if conflict_key(a) != conflict_key(b):
            continue
        checked += 1
        differing += a != b
        for c in rng.sample(others, 25):
            assert conflict(a, c) == conflict(b, c), (a, b, c)
            assert conflict(c, a) == conflict(c, b), (a, b, c)
    assert checked > 500 and differing > 300  # many pairs alike only in what the key reads
