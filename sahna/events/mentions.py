"""Finding event mentions: trigger phrases from the lexicons, with the proper name and
the descriptive phrase that come with them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, cast

from sahna import limits
from sahna.events.lexicon import (
    lang_rows,
    person_nouns,
    role_cues,
    role_words,
    trigger_index,
    venue_heads,
)
from sahna.events.venues import find_venue
from sahna.events.view import CLOSE_QUOTES, COUNTRY_SLOT, OPEN_QUOTES, DocView
from sahna.limits import capped

if TYPE_CHECKING:
    from sahna.contract import EventType
    from sahna.langs.base import Language

_VERB_POS = {"VERB", "AUX", "INFN", "GRND", "PRTS"}
_NOUN_POS = {"NOUN", "PROPN"}
_PREPOSITION_POS = {"PREP", "ADP"}
_LATIN_NAME = re.compile(r"[A-Z][\w'’.+-]*")


@dataclass
class Mention:
    type: EventType
    kind: str
    sent: int
    first: int  # first token of the trigger phrase
    last: int  # last token of the trigger phrase
    name: str | None = None  # a proper name: «Jas Stars», The Spirit of Turkistan
    phrase_first: int = 0  # token range of the descriptive phrase
    phrase_last: int = 0
    title: str = ""
    in_list: bool = False  # listed after «включая»/"including": a programme part
    event: int | None = None  # index of the event it was grouped into
    extra: dict = field(default_factory=dict)


def find_mentions(view: DocView) -> list[Mention]:
    """Trigger phrases, longest first, never overlapping, in text order."""
    found: list[Mention] = []
    taken: set[int] = set()
    index = trigger_index(view.lang)
    for sent_index, token_range in enumerate(view.sent_tokens):
        limit = token_range.stop
        hits = []  # (pattern length, position, trigger, last token)
        for i in token_range:
            for trig in view.candidates(i, index):
                if trig.kind != "verb" and view.tokens[i].pos in _VERB_POS:
                    continue  # "has shown interest", «выставить»: a verb, not an event noun
                if trig.kind == "verb" and len(trig.pattern) == 1 \
                        and view.tokens[i].pos in _NOUN_POS:
                    continue  # "Vice Premier Liu He": a noun, not the verb "premier"
                if trig.kind == "noun" and view.tokens[i].pos == "ADJ" \
                        and view.key(i) == trig.pattern[0] and _lone_noun(view, trig.pattern) \
                        and not _heads_nothing(view, i, limit):
                    continue  # "a fair amount of time": an adjective, not a fair (of crafts)
                if COUNTRY_SLOT in trig.pattern and not view.tokens[i].text[:1].isupper():
                    continue  # «в эти дни Казахстан …»: Days of a country are a name
                last = view.match_phrase(i, trig.pattern, limit)
                if last is not None:
                    hits.append((-len(trig.pattern), i, trig, last))
        for _, i, trig, last in sorted(hits, key=lambda h: (h[0], h[1])):
            if any(j in taken for j in range(i, last + 1)):
                continue
            taken.update(range(i, last + 1))
            found.append(Mention(trig.type, trig.kind, sent_index, i, last,
                                 extra={"pattern": trig.pattern}))
    found.sort(key=lambda m: m.first)
    found = capped(found, limits.MENTIONS, "event mentions", view.doc.warnings)
    weak = view.language.cue_set("weak_verb")
    for mention in found:
        describe(view, mention)
        if mention.kind == "verb" and view.key(mention.first) in weak:
            # "the orchestra performed a gala concert": the verb is its own phrase, so that
            # the concert it performs stays an event of its own
            mention.phrase_first, mention.phrase_last = mention.first, mention.last
            if _stage_genre_near(view, mention):
                mention.type = "stage"
                mention.extra["noun"] = "stage"
                mention.title = title_of(view, mention)
        if mention.kind == "verb" and mention.type == "stage" and _film_near(view, mention):
            mention.type = "screening"  # "the documentary … premiered": a film's premiere
        if _visits_a_site(view, mention):
            mention.type = "other"  # "visited the mausoleum of Khoja Ahmed Yasawi"
        if _session_of_body(view, mention):
            mention.type = "forum"
        if _named_as_occasion(view, mention):
            mention.extra["time_frame"] = True
            if view.lowers[mention.last + 1] in view.language.cue_set("occasion_eve"):
                mention.extra["eve"] = True  # «… күні қарсаңында»: not yet celebrated
    # words that only name a person, a venue or a company go first, so that they do not
    # swallow a real mention whose complement they sit in («спектакль театра драмы»)
    found = [m for m in found if not _qualifies_person(view, m) and not _names_venue(view, m)
             and not _names_troupe(view, m) and not _inside_institution_name(view, m)
             and not _occasion_of_another(view, m) and not _modifies_body(view, m)
             and not _occasion_of_report(view, m) and not _meets_nobody(view, m)
             and not _press_occasion(view, m) and not _receives_nobody(view, m)
             and not _visits_nobody(view, m) and not _founded(view, m)
             and not _not_an_occasion(view, m) and not _outside_the_arts(view, m)
             and not _unnamed_cup(view, m) and not _occurrence_unstated(view, m)
             and not _inside_name(view, m) and not _fixed_phrase(view, m)
             and not _part_of_person(view, m) and not _experience(view, m)]
    found = [m for m in found if not _bare_body_name(view, m, found)]
    # each mention is compared with the others of its sentence only (the mention cap
    # bounds a sentence that lists hundreds)
    by_sent = by_sentence(found)
    found = [m for m in found if not _opens_other(view, m, by_sent[m.sent])]
    by_sent = by_sentence(found)
    found = [m for m in found if not _inside_other(view, m, by_sent[m.sent])
             and not _credit_of_other(view, m, by_sent[m.sent])
             and not _content_of_other(view, m, by_sent[m.sent])]
    _share_names(view, found)
    _share_kinds(view, found)
    _named_anaphors(view, found)
    room = limits.MENTIONS - len(found)  # the cap holds for these too
    if room > 0:
        named = {m.name.casefold() for m in found if m.name}
        # «Ко Дню Победы пройдёт акция «…»»: a sentence whose only mention is the
        # holiday the occurrence is timed to is free for a named occurrence, which
        # then stands in the holiday's place
        timed = {m.sent for m in found} - {m.sent for m in found if not _timed_to(view, m)}
        occurrences = [m for m in _named_occurrences(view, {m.sent for m in found} - timed)
                       if (m.name or "").casefold() not in named][:room]
        told = {m.sent for m in occurrences}
        found = [m for m in found if m.sent not in told] + occurrences
    room = limits.MENTIONS - len(found)
    if room > 0:
        # a programme word is an anaphor of the last programme, unless it titles the
        # work presented ("showcased its new programme «…»")
        named = {m.name.casefold() for m in found if m.name and m.kind != "anaphor"}
        works = [m for m in _works_presented(view, {m.sent for m in found if m.kind != "anaphor"})
                 if (m.name or "").casefold() not in named][:room]
        found = [m for m in found if not any(
            m.kind == "anaphor" and w.sent == m.sent and w.first <= m.first <= w.last
            for w in works)] + works
    room = limits.MENTIONS - len(found)
    if room > 0:
        found += _place_openings(view, {m.sent for m in found})[:room]
    room = limits.MENTIONS - len(found)
    if room > 0:
        firsts: dict[int, int] = {}
        for m in found:
            firsts[m.sent] = min(firsts.get(m.sent, m.first), m.first)
        found += _holiday_celebrations(view, firsts)[:room]
    room = limits.MENTIONS - len(found)
    if room > 0:
        found += _listed_works(view, found)[:room]
    found.sort(key=lambda m: m.first)
    return found


#: The types a list of quoted works may continue: what is performed or shown.
_SHOWN = frozenset({"stage", "concert", "screening"})


def _listed_works(view: DocView, found: list[Mention]) -> list[Mention]:
    """«Артисты показали оперу «Абай», балет «Легенда о любви» и …»: in a sentence that
    already states a performance or a showing, a genre word of the stage or a film word
    right before a quoted title is one more of them, listed beside it (a genre alone
    names a theatre or a troupe, «театр оперы и балета», so only a quoted work counts)."""
    lang = view.language
    stage, film = lang.cue_set("stage_genre"), lang.cue_set("film_word")
    if not stage and not film:
        return []
    shown = {m.sent for m in found if m.type in _SHOWN}
    covered = {i for m in found if m.sent in shown  # the tokens mentions already hold
               for i in range(min(m.first, m.phrase_first or m.first),
                              max(m.last, m.phrase_last) + 1)}
    out: list[Mention] = []
    for sent in sorted(shown):
        rng = view.sent_tokens[sent]
        for i in range(rng.start, rng.stop - 1):
            if view.tokens[i + 1].text not in OPEN_QUOTES or i in covered:
                continue
            kind: EventType | None = "stage" if view.matches_any(i, stage) else (
                "screening" if view.matches_any(i, film) else None)
            close = view.closing_quote(i + 1, rng.stop)
            name = quoted_name(view, i + 1, rng.stop)
            if kind is None or close is None or not name or not _name_like(name) \
                    or name.isupper() or names_body(view, i - 1, rng):
                continue
            word = view.key(i) if lang.inflected else view.tokens[i].text
            out.append(Mention(kind, "noun", sent, i, close, name=name, phrase_first=i,
                               phrase_last=close, title=f"{word} «{name}»"))
    return out


#: How far before its verb of opening the place that opens may stand ("The Almaty Museum
#: of Arts, the first private museum …, opened").
OPENED_PLACE_REACH = 12


def _unnamed_cup(view: DocView, m: Mention) -> bool:
    """A trigger word that names an occurrence only inside a capitalised name
    (``cues.tsv`` ``named_only``: "the Davis Cup"), written in lower case; or one that
    names it only as the last word of such a name (``name_close``: "the Italian Open",
    "the Astana Open"; not "the exhibition is open", "Open Society", a capital that only
    opens a sentence)."""
    if m.first != m.last:
        return False
    if view.tokens[m.first].text[:1].islower() \
            and view.matches_any(m.first, view.language.cue_set("named_only")):
        return True
    if not view.matches_any(m.first, view.language.cue_set("name_close")):
        return False
    rng = view.sent_tokens[m.sent]
    prev, nxt = m.first - 1, m.first + 1
    closes = (view.tokens[m.first].text[:1].isupper() and prev >= rng.start
              and view.tokens[prev].text[:1].isupper() and view.tokens[prev].text.isalpha()
              # (a title-case headline's "Will Open", "to Open": the verb)
              and view.tokens[prev].pos not in ("AUX", "PART", "VERB"))
    return not closes or (nxt < rng.stop and view.tokens[nxt].text[:1].isupper())


def _occurrence_unstated(view: DocView, m: Mention) -> bool:
    """"A presentation was held in Astana on Monday", "the race took place on Sunday":
    a noun that is as often a thing or talk as an event (``cues.tsv``
    ``occurrence_only``: "the presentation of the report", "the race for the
    presidency", "a warm reception") is an event only when its sentence says it happens —
    a verb of occurring or hosting (``state_verb``) and a date, a place or a venue."""
    lang = view.language
    if m.first != m.last or not view.matches_any(m.first, lang.cue_set("occurrence_only")):
        return False
    rng = view.sent_tokens[m.sent]
    verbs = lang.cue_set("state_verb")
    if not any(view.tokens[i].pos in ("VERB", "AUX", "ADJ", "ADV")
               and (view.keys[i] in verbs or view.lowers[i] in verbs)
               for i in rng if i != m.first):
        return True
    if view.in_sentence("dates", m.sent) or find_venue(view, m.sent) is not None:
        return False
    return not any(lang.governs_place(view.doc.text, p.start, p.end, False)
                   for p in view.in_sentence("places", m.sent))


def _not_an_occasion(view: DocView, m: Mention) -> bool:
    """"TV show", "auto show", "opening statement", "opening bell": a one-word trigger
    that the word before it (``cues.tsv`` ``not_event_before``) or the noun after it
    (``not_event_after``) makes a thing, not an occurrence."""
    if m.first != m.last or m.kind != "noun":
        return False
    lang = view.language
    rng = view.sent_tokens[m.sent]
    before = m.first - 1 >= rng.start and view.lowers[m.first - 1] in lang.cue_set(
        "not_event_before")
    after = m.last + 1 < rng.stop and view.lowers[m.last + 1] in lang.cue_set(
        "not_event_after")
    return before or after or _heads_compound(view, m)


def _heads_compound(view: DocView, m: Mention) -> bool:
    """"a match penalty", "a conference call", "protest laws", "the tournament
    director": where a noun compound's head comes last and words do not inflect
    (English), a one-word event noun right before a common noun only modifies it — the
    phrase names a thing, a rule or a person. Not before a noun of the event's own time,
    parts or people (``cues.tsv`` ``compound_keeps``: "festival days", "concert
    programme"), nor before another event word ("the concert tour")."""
    lang = view.language
    if lang.inflected or lang.head_final or m.kind not in ("noun", "programme"):
        return False
    after = m.last + 1
    rng = view.sent_tokens[m.sent]
    if after >= rng.stop or view.tokens[after].pos != "NOUN" \
            or not view.tokens[after].text[:1].islower() \
            or view.tokens[m.last].end != view.tokens[after].start - 1:
        return False
    if view.matches_any(after, lang.cue_set("compound_keeps")) \
            or view.candidates(after, trigger_index(view.lang)):
        return False
    return True


def _outside_the_arts(view: DocView, m: Mention) -> bool:
    """"Oil production", "a two-goal performance", "the car's performance": a trigger
    word that is as often about the economy, sport or machines (``cues.tsv``
    ``arts_only``) states a show only with a word of the arts in its sentence — a
    troupe, a venue, a performer, a genre — or a quoted title beside it."""
    lang = view.language
    if m.first != m.last or not view.matches_any(m.first, lang.cue_set("arts_only")):
        return False
    rng = view.sent_tokens[m.sent]
    # a quoted title of the work beside the trigger ("the performance «Kyz Zhibek»"), not
    # a quotation that opens the sentence ("“We haven't seen the performance yet”")
    if any(view.tokens[i].text in OPEN_QUOTES
           for i in range(max(rng.start, m.first - 1), min(rng.stop, m.last + 3))):
        return False
    arts = lang.cue_set("arts_word") | lang.cue_set("troupe") | venue_heads(view.lang)
    performers = role_words(view.lang, "performer", ("person", "group"))
    return not any(i != m.first and (view.matches_any(i, arts) or view.keys[i] in performers)
                   for i in rng)


def head_key(view: DocView, m: Mention) -> str:
    """The key of the trigger's head word: its last word where heads come last (English
    compounds, Kazakh), its first in Russian."""
    lang = view.language
    return view.key(m.last if lang.head_final or not lang.inflected else m.first)


def _share_kinds(view: DocView, found: list[Mention]) -> None:
    """«Премьера в Алматы» in a headline over «премьера биографической ленты» in the
    body: a bare word whose kind a longer trigger of the same word says elsewhere in the
    document (a film's premiere, not a play's) takes that trigger's type."""
    longer: dict[str, set[EventType]] = {}
    for m in found:
        if m.kind == "noun" and m.last > m.first:
            longer.setdefault(head_key(view, m), set()).add(m.type)
    for m in found:
        types = longer.get(head_key(view, m), set())
        if m.kind == "noun" and m.first == m.last and len(types) == 1 and m.type not in types:
            m.type = next(iter(types))


def _place_openings(view: DocView, taken: set[int]) -> list[Mention]:
    """"The Skate Park will open at 11.30am", "a new museum opened in Almaty on Sept. 6",
    "the monument was unveiled": a place that opens (or is unveiled) is an opening
    ceremony, in a sentence with no event word of its own. The place is the subject
    before the verb: a venue or another place that opens (park, museum, monument)."""
    verbs = view.language.cue_set("open_verb")
    if not verbs:
        return []
    places = venue_heads(view.lang) | view.language.cue_set("opened_place")
    out: list[Mention] = []
    for sent, rng in enumerate(view.sent_tokens):
        if sent in taken:
            continue
        verb = next((i for i in rng if view.tokens[i].pos in _VERB_POS
                     and view.keys[i] in verbs), None)
        if verb is None:
            continue
        place = next((i for i in range(verb - 1, max(rng.start - 1, verb - OPENED_PLACE_REACH),
                                       -1) if view.keys[i] in places
                      or view.lowers[i] in places), None)
        if place is None:
            continue
        found = view.language.venue_phrase(view, place, rng)
        name = found[0] if found else view.span_text(place, place)
        noun = next(iter(view.language.cue_words("verb_noun:ceremony")), "opening")
        # named by its place: the opening of this park, not any ceremony of the article
        out.append(Mention("ceremony", "verb", sent, verb, verb, name=name,
                           title=f"{noun} of {name}", phrase_first=verb, phrase_last=verb))
    return out


#: How far after its verb of celebrating a holiday's name may start ("celebrated the
#: 33rd Independence Day").
HOLIDAY_REACH = 4
#: The most words of a holiday's name ("Day of the Defender of the Fatherland").
HOLIDAY_WORDS = 6


def _holiday_celebrations(view: DocView, taken: dict[int, int]) -> list[Mention]:
    """"Tajikistan celebrated Independence Day on September 9", "Almaty will mark
    Nauryz in the Central Park": a holiday named as the object of a verb of celebrating
    is its celebration (a ceremony), in a sentence with no event word of its own and
    with a date or a place that makes it one occurrence and no word of what happens as a
    rule ("every year"); or with the events it was celebrated with after it, all of
    them ("celebrated Capital Day with open-air concerts and a parade": the celebration
    and its parts; ``taken`` gives the first event word of each sentence that has one).
    A holiday is a word of
    ``holidays.tsv`` or a capitalised name closed by "Day" or "Year" ("Victory Day",
    "New Year", "Day of the Republic")."""
    verbs = view.language.cue_set("celebrate_verb")
    if not verbs:
        return []
    noun = next(iter(view.language.cue_words("verb_noun:celebration")), "celebration")
    habitual = view.language.cue_words("habitual")
    out: list[Mention] = []
    means = view.language.cue_set("celebrated_with")
    for sent, rng in enumerate(view.sent_tokens):
        if not (view.in_sentence("dates", sent) or view.in_sentence("places", sent)
                or view.in_sentence("country_refs", sent)):
            continue
        if sent in taken and not any(view.lowers[i] in means
                                     for i in range(rng.start, taken[sent])):
            continue
        text = " " + " ".join(view.lowers[i] for i in rng) + " "
        if any(f" {cue} " in text for cue in habitual):
            continue  # "celebrates Independence Day every year on 16 December": a rule
        for verb in rng:
            if view.lowers[verb] not in verbs and view.keys[verb] not in verbs:
                continue
            found = _holiday_after(view, verb, rng) or _holiday_before(view, verb, rng)
            anniversary = found is None
            if anniversary:
                found = _anniversary_after(view, verb, rng)
            if found is None:
                continue
            if sent in taken and not (verb < taken[sent] and found[1] < taken[sent] and any(
                    view.lowers[i] in means for i in range(found[1] + 1, taken[sent]))):
                break  # the sentence's event words are not what it was celebrated with
            if anniversary:
                text = view.span_text(*found)
                out.append(Mention("ceremony", "verb", sent, verb, verb,
                                   title=f"{noun} of the {text}", phrase_first=verb,
                                   phrase_last=verb))
                break
            first, last = found
            name = view.span_text(first, last)
            # "Nauryz celebration"; «празднование Наурыза» where the head comes first
            title = f"{noun} {name}" if view.language.inflected \
                and not view.language.head_final else f"{name} {noun}"
            out.append(Mention("ceremony", "verb", sent, verb, verb, name=name,
                               title=title, phrase_first=verb, phrase_last=verb,
                               extra={"holiday": True}))
            break
    return out + _holidays_ahead(view, noun)


def _holidays_ahead(view: DocView, noun: str) -> list[Mention]:
    """"On the eve of Independence Day, the President …", "ahead of Nauryz": a holiday
    after a phrase of the time just before it (the ``holiday_eve`` cues) is a coming
    celebration the article names, in any sentence: the phrase dates it, and the
    occurrence of another event that sentence states is not that celebration."""
    frames = [tuple(cue.split()) for cue in view.language.cue_words("holiday_eve")]
    out: list[Mention] = []
    for sent, rng in enumerate(view.sent_tokens):
        for i in rng:
            for words in frames:
                end = i + len(words) - 1
                if end >= rng.stop or tuple(view.lowers[i:end + 1]) != words:
                    continue
                found = _holiday_after(view, end, rng)
                if found is None:
                    continue
                name = view.span_text(*found)
                out.append(Mention("ceremony", "verb", sent, i, end, name=name,
                                   title=f"{name} {noun}", phrase_first=i, phrase_last=end,
                                   extra={"status": "planned", "holiday": True,
                                          "time_frame": True}))
    return out


def _holiday_after(view: DocView, verb: int, rng: range) -> tuple[int, int] | None:
    """The token span of a holiday's name within :data:`HOLIDAY_REACH` words after
    ``verb``, or None."""
    holidays = _holiday_words(view.lang)
    toks = view.tokens
    for i in range(verb + 1, min(rng.stop, verb + 1 + HOLIDAY_REACH)):
        if not toks[i].text[:1].isupper():
            continue
        last = i
        while last + 1 < rng.stop and last + 1 - i < HOLIDAY_WORDS and (
                toks[last + 1].text[:1].isupper() or toks[last + 1].text in ("'s", "’s", "'", "’")
                or (view.lowers[last + 1] in ("of", "the") and last + 2 < rng.stop
                    and toks[last + 2].text[:1].isupper())):
            last += 1
        words = [view.lowers[k] for k in range(i, last + 1)]
        if any(w in holidays for w in words):
            return i, last
        ends = [k for k in range(i, last + 1) if view.lowers[k] in ("day", "year")]
        if ends and (ends[-1] > i or view.lowers[i] == "day"):
            if view.lowers[i] == "day":  # "Day of the Republic": the name runs on
                return (i, last) if last > i else None
            return i, ends[-1]
        if view.keys[i] in view.language.cue_set("holiday_head"):
            # «День города», «День Независимости»: the day's genitive names it
            last = i
            while last + 1 < rng.stop and last + 1 - i < HOLIDAY_WORDS \
                    and toks[last + 1].feats.get("case") == "gent":
                last += 1
            return (i, last) if last > i else None
        return None
    return None


def _holiday_before(view: DocView, verb: int, rng: range) -> tuple[int, int] | None:
    """"National Dombra Day was celebrated across the country", "Nauryz will be marked in
    all regions": a holiday's name as the subject of a passive verb of celebrating (an
    auxiliary between them)."""
    aux = view.language.cue_set("occur_aux")
    j = verb - 1
    while j >= rng.start and view.lowers[j] in aux:
        j -= 1
    if j == verb - 1 or j < rng.start or not view.tokens[j].text[:1].isupper():
        return None
    first = j
    while first - 1 >= rng.start and j - first < HOLIDAY_WORDS - 1 and (
            view.tokens[first - 1].text[:1].isupper()
            or (view.lowers[first - 1] in ("of", "the") and first - 2 >= rng.start
                and (view.tokens[first - 2].text[:1].isupper()
                     or view.lowers[first - 2:first] == ["of", "the"]))):
        first -= 1  # "the Day of the Capital": "of" and "the" inside the name
    while first < j and view.lowers[first] in ("the", "of"):
        first += 1  # a sentence's "The" opens no holiday's name
    if first < j and any(view.lowers[k] in ("day", "year") for k in range(first, j + 1)):
        return first, j  # "Victory Day", "the Day of the Capital", "New Year"
    if view.lowers[j] in _holiday_words(view.lang):
        return j, j
    return None


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|\d+-?(?:year|летие)", re.IGNORECASE)
#: How many words of its complement an anniversary's phrase may take ("the 80th
#: anniversary of the Kazakh National Conservatory").
ANNIVERSARY_WORDS = 8


def _anniversary_after(view: DocView, verb: int, rng: range) -> tuple[int, int] | None:
    """"celebrated its 80th anniversary", "marked the 580th anniversary of Alisher
    Navoi": an anniversary with its ordinal as the object of a verb of celebrating (the
    occasion celebrated), its span up to the end of its complement — not when a year is
    the subject ("2025 marks the 180th anniversary of Abai": a frame, not an event)."""
    before = verb - 1
    if before >= rng.start and (view.tokens[before].text.isdigit()
                                or view.lowers[before] == "year"):
        return None
    for i in range(verb + 1, min(rng.stop - 1, verb + 1 + HOLIDAY_REACH)):
        if not (_ORDINAL.fullmatch(view.tokens[i].text) and view.lowers[i + 1] == "anniversary"):
            continue
        last = i + 1
        if last + 1 < rng.stop and view.lowers[last + 1] == "of":
            last += 1
            while last + 1 < rng.stop and last - i < ANNIVERSARY_WORDS and (
                    view.tokens[last + 1].text[:1].isupper()
                    or view.lowers[last + 1] in ("of", "the", "and", "'s", "’s")):
                last += 1
            while view.lowers[last] in ("of", "the", "and"):
                last -= 1
        return i, last
    return None


@cache
def _holiday_words(lang: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in lang_rows(lang, "holidays.tsv") if row)


#: How far a quoted name may stand from the occurrence verb it is the subject of.
NAME_BEFORE_VERB = 7
NAME_AFTER_VERB = 3


def _named_occurrences(view: DocView, taken: set[int]) -> list[Mention]:
    """An event with no trigger word, told by the shape of its sentence: a quoted name
    next to a verb of occurring («„Домбыра Party“ пройдёт сегодня в Костанае», «„Көктем
    шуағы“ Алматыда өтті», '"Steppe Sounds" will take place in Almaty') in a sentence
    with a date or a place and no other event mention. Its type is ``other``: the name
    says what it is, the lexicons do not. (The caller drops a name that a triggered
    mention elsewhere already carries: that event, named again.)"""
    verbs = view.language.cue_set("occur_verb")
    if not verbs:
        return []
    out: list[Mention] = []
    for sent, rng in enumerate(view.sent_tokens):
        if sent in taken:
            continue
        if not view.in_sentence("dates", sent) and not view.in_sentence("places", sent):
            continue
        verb = next((i for i in rng if view.matches_any(i, verbs)), None)
        if verb is None:
            continue
        # («откроется 14 марта балетами «…»»: the date's words between do not count)
        dated = sum(1 for k in range(verb + 1, min(rng.stop, verb + 1 + NAME_AFTER_VERB + 4))
                    if any(d.start <= view.tokens[k].start < d.end
                           for d in view.in_sentence("dates", sent)))
        for i in range(max(rng.start, verb - NAME_BEFORE_VERB),
                       min(rng.stop, verb + NAME_AFTER_VERB + dated + 1)):
            if view.tokens[i].text not in OPEN_QUOTES:
                continue
            close = view.closing_quote(i, rng.stop)
            name = quoted_name(view, i, rng.stop)
            if close is None or not name or _is_entity(view, i + 1, close - 1):
                continue
            if name.isupper() or names_body(view, i - 1, rng) or not _name_like(name):
                continue  # «ТЮРКСОЙ», организация «…», театр «…»: a body's name
            plan = close + 1 if view.language.head_final else i - 1
            if rng.start <= plan < rng.stop \
                    and view.matches_any(plan, view.language.cue_set("plan_noun")):
                continue  # «стартовал проект «…»», «"…" жобасы»: a project frames (spec 4)
            kind = _kind_before(view, i - 1, rng)
            first = i - 1 if kind != "other" else i
            out.append(Mention(kind, "noun", sent, first, close, name=name,
                               phrase_first=first, phrase_last=close, title=f"«{name}»"))
            break
        else:
            named = _capitalised_subject(view, rng, verb)
            if named is not None:
                first, last = named
                name = view.span_text(first, last)
                out.append(Mention("other", "noun", sent, first, last, name=name,
                                   phrase_first=first, phrase_last=last, title=name))
    return out


#: How far after its verb of presenting the quoted work may open ("staged the
#: two-act comic opera «…»").
WORK_AFTER_VERB = 6


def _works_presented(view: DocView, taken: set[int]) -> list[Mention]:
    """A troupe or an artist that presents, stages, showcases or brings a quoted work
    ('the Opera and Ballet Theatre staged the opera "Leyli and Majnun" on 1 December',
    'the ensemble showcased its programme "Steppe Melodies" at the Philharmonic') puts
    on a performance of it, in a sentence with a date or a place and no event word of
    its own (the verbs: the language's ``work_verb`` cues). What kind of performance the
    genre word before the name says (the language's ``work_kind:<type>`` cues: an opera
    is staged, a programme played, a film shown); with none, a stage or music body
    before the verb says it ("Astana Ballet presented «Giselle»"). With neither
    ("presented the book «…»", "presented «Digital Kazakhstan»") nothing is said to be
    performed."""
    verbs = view.language.cue_set("work_verb")
    if not verbs:
        return []
    kinds = {t: view.language.cue_set(f"work_kind:{t}") for t in ("stage", "concert", "screening")}
    stage_bodies = view.language.cue_set("stage_genre")
    music_bodies = view.language.cue_set("troupe") - stage_bodies
    out: list[Mention] = []
    for sent, rng in enumerate(view.sent_tokens):
        if sent in taken:
            continue
        if not view.in_sentence("dates", sent) and not view.in_sentence("places", sent):
            continue
        for verb in rng:
            if view.tokens[verb].pos not in _VERB_POS or not view.matches_any(verb, verbs):
                continue
            found = _work_after(view, verb, rng, kinds)
            if found is None:
                continue
            first, close, kind = found
            if kind is None:
                subject = {view.lowers[i] for i in range(rng.start, verb)}
                kind = "stage" if subject & stage_bodies else (
                    "concert" if subject & music_bodies else None)
            if kind is None:
                continue
            open_ = next(i for i in range(close - 1, first - 1, -1)
                         if view.tokens[i].text in OPEN_QUOTES)
            name = quoted_name(view, open_, rng.stop)
            if not name:
                continue
            text = view.span_text(first, close)
            if view.language.inflected and first < open_:
                # «оперу «Абай»»: the genre in its base form, «опера «Абай»»
                text = view.key(first) + view.doc.text[view.tokens[first].end:
                                                        view.tokens[close].end]
            out.append(Mention(kind, "noun", sent, first, close, name=name,
                               phrase_first=first, phrase_last=close,
                               title=text if first < open_ else f"«{name}»"))
            break
    return out


#: Parts of speech that may stand between a verb of presenting and its work (the
#: universal tags, and the Russian analyser's own: ADJF, PRTF, NUMR, NPRO).
_WORK_GAP_POS = frozenset({"DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN", "ADJF", "PRTF",
                           "NUMR", "NPRO"})


def _work_after(view: DocView, verb: int, rng: range, kinds: dict[str, frozenset[str]]
                ) -> tuple[int, int, EventType | None] | None:
    """The quoted work after a verb of presenting: ``(first, closing quote, type)``,
    ``first`` the genre word before the name when there is one (its type from the
    ``work_kind`` cues), else the opening quote; None when no name-like quoted title
    opens within reach, or words other than modifiers stand between."""
    genre: tuple[int, EventType] | None = None
    for i in range(verb + 1, min(rng.stop, verb + WORK_AFTER_VERB + 1)):
        tok = view.tokens[i]
        if tok.text in OPEN_QUOTES:
            close = view.closing_quote(i, rng.stop)
            name = quoted_name(view, i, rng.stop)
            if close is None or not name or not _name_like(name) or name.isupper():
                return None
            if genre is None:
                # a person's name in quotes is a work only after its genre ('the opera
                # "Abai"'), a title the genre word gives away
                return None if _is_entity(view, i + 1, close - 1) else (i, close, None)
            return genre[0], close, genre[1]
        kind = next((t for t, words in kinds.items() if view.matches_any(i, words)), None)
        if kind is not None:
            genre = (i, cast("EventType", kind))
        elif tok.pos not in _WORK_GAP_POS and tok.text not in ("-", "‑") and not (
                tok.pos == "PREP" and i + 1 < rng.stop
                and view.tokens[i + 1].text[:1].isupper()):
            # "presented awards to …", "brought together …": no work; a place between
            # is no obstacle («представит в Москве оперу «…»»)
            return None
    return None


def _heads_nothing(view: DocView, i: int, limit: int) -> bool:
    """Does the word after token ``i`` (tagged an adjective) show it stands for a noun
    — an article before it and a verb or a preposition after it ("the final was held",
    "the final of the league")? A tagger often calls such a noun an adjective; "a fair
    amount", "the final concert" have the noun they qualify after them."""
    before = view.lowers[i - 1] if i > 0 else ""
    nxt = view.tokens[i + 1].pos if i + 1 < limit else "PUNCT"
    return before in view.language.cue_set("article") and nxt in ("AUX", "VERB", "ADP")


def _lone_noun(view: DocView, pattern: tuple[str, ...]) -> bool:
    """Is the first word the pattern's only content word ("fair of", "fair"), the rest
    small words?"""
    small = view.language.cue_set("latin_joiner") | {"*"}
    return all(w in small for w in pattern[1:])


def _name_like(quoted: str) -> bool:
    """Does quoted text look like a name rather than words quoted from someone («objected»,
    "Starts with one.")? A name opens with a capital or a digit and does not end a
    sentence."""
    opens = quoted[:1].isupper() or quoted[:1].isdigit()
    return opens and not quoted.endswith((".", "!", "?", ","))


def _capitalised_subject(view: DocView, rng: range, verb: int) -> tuple[int, int] | None:
    """"Jas Stars 2025 took place at the arena on 8 June", "Astana Hub Demo Day will be
    held on 25 June": in a language that writes names in capitals and does not inflect
    them, a name as the subject of a passive or intransitive verb of occurring ("took
    place", "was held", "kicked off"), opening the sentence or a clause after a comma
    ("On 8 June, Jas Stars took place …"), is an event with no trigger. Not a place, a
    body or a venue."""
    lang = view.language
    if lang.inflected or lang.head_final:
        return None
    j = verb - 1
    aux = lang.cue_set("occur_aux")
    while j >= rng.start and view.lowers[j] in aux:
        j -= 1
    # a passive ("was held", "will be held"), not a progressive or a base form after a
    # modal ("are taking part", "will take part": whoever does it)
    # (a sentence the tagger left alone has no tags: the form itself tells a participle)
    tag = view.tokens[verb].feats.get("tag")
    passive = j < verb - 1 and (tag in ("VBN", "VBD") if tag else (
        view.lowers[verb].endswith("ed") or view.lowers[verb] in ("held", "taken", "begun")))
    low = view.lowers[verb]
    if not (passive or (verb + 1 < rng.stop and view.lowers[verb + 1] in ("place", "off"))):
        return None  # "the ministry held a meeting": an active verb has an agent, not a name
    if low in ("open", "opens", "opened", "run", "runs", "ran", "start", "starts", "started"):
        return None
    toks = view.tokens
    joiners = lang.cue_set("latin_joiner")
    articles = lang.cue_set("article")
    # the capitalised run before the verb ("Jas Stars 2025", "Spirit of Tengri")
    first = j + 1
    while first - 1 >= rng.start and (
            toks[first - 1].text[:1].isupper() or toks[first - 1].text.isdigit() or (
                view.lowers[first - 1] in joiners and view.lowers[first - 1] not in articles
                and first - 2 >= rng.start and toks[first - 2].text[:1].isupper())):
        first -= 1
    if first < rng.stop and view.lowers[first] in articles:
        first += 1
    before = first - 1
    if before >= rng.start and view.lowers[before] in articles:
        before -= 1
    # it opens the sentence, a clause after a comma, or follows an agency dateline
    if before >= rng.start and toks[before].text not in (",", "–", "—", "-"):
        return None
    if first > j or j - first + 1 < 2 or j - first + 1 > MAX_SUBJECT_NAME:
        return None
    if not toks[first].text[:1].isupper():
        return None
    start, end = toks[first].start, toks[j].end
    sent = view.token_sent[first]
    # (a person neither takes place nor is held: a tagger's PER here is a name it misread)
    if any(e.label in ("GPE", "LOC") and e.start <= start and end <= e.end
           for e in view.in_sentence("entities", sent)):
        return None
    if any(p.start <= start and end <= p.end for p in view.in_sentence("places", sent)):
        return None
    heads = venue_heads(view.lang) | lang.cue_set("body") | lang.cue_set("troupe")
    if any(view.lowers[i] in heads or view.keys[i] in heads for i in range(first, j + 1)):
        return None
    return first, j


#: The most words an untriggered event name as a sentence's subject may have.
MAX_SUBJECT_NAME = 7


def _kind_before(view: DocView, i: int, rng: range) -> EventType:
    """The type an event noun right before a quoted name gives it («победитель
    онлайн-конкурса «…»», a trigger another rule set aside as qualifying a person), else
    ``other``."""
    if i >= rng.start:
        for trig in view.candidates(i, trigger_index(view.lang)):
            if len(trig.pattern) == 1 and trig.kind == "noun" and view.matches(i, trig.pattern[0]):
                return trig.type
        # «откроется балетами «…»», "the opera «…» will be staged": a genre of the stage
        # or a film before a title told to occur is what happens
        if view.matches_any(i, view.language.cue_set("stage_genre")):
            return "stage"
        if view.matches_any(i, view.language.cue_set("film_word")):
            return "screening"
    return "other"


def names_body(view: DocView, i: int, rng: range) -> bool:
    """Is token ``i`` (just before a quoted name) a noun of a body the name belongs to
    (a troupe, a venue, an organisation: «организацией «…»», «театр «…»»)?"""
    if i < rng.start:
        return False
    words = view.language.cue_set("troupe") | view.language.cue_set("body")
    venues = venue_heads(view.lang)
    # («заповедник-музей»: a compound names its kind by its last part)
    return view.matches_any(i, words) or view.matches_any(i, venues) \
        or view.keys[i].rpartition("-")[2] in venues


def _is_entity(view: DocView, first: int, last: int) -> bool:
    """Is the quoted text a person the tagger knows, rather than the name of an event?
    (Taggers call event names organisations often enough that ORG cannot rule one out;
    the verb of occurring already says an event, not a troupe, is meant.)"""
    start, end = view.tokens[first].start, view.tokens[last].end
    return any(e.label == "PER" and e.start <= start and end <= e.end
               for e in view.in_sentence("entities", view.token_sent[first]))


def _part_of_person(view: DocView, m: Mention) -> bool:
    """«Сайлау Серікбаев», «Мереке Құлкенов»: in Kazakh many given names are common nouns,
    event nouns among them ('election', 'holiday'); such a word as written, capitalised
    inside a sentence and opening a person the tagger found, is the name, not an event."""
    if not view.language.head_final or m.first != m.last:
        return False
    tok = view.tokens[m.first]
    if not tok.text[:1].isupper():
        return False
    if m.first == view.sent_tokens[m.sent].start and view.lowers[m.first] != m.title.lower():
        return False  # «Концертке Әсем Нұрланова»: an inflected noun opening the sentence
    return any(e.label == "PER" and e.start == tok.start and e.end > tok.end
               for e in view.in_sentence("entities", m.sent))


def _qualifies_person(view: DocView, m: Mention) -> bool:
    """«лауреат конкурса», «байқаулардың лауреаттары», "festival winner": the event
    only describes a person; it is not stated as an occurrence. A verb is no such word:
    "the film by director X premiered" states one, whatever noun stands before it."""
    if m.kind == "verb":
        return False
    rng = view.sent_tokens[m.sent]
    nouns = person_nouns(view.lang)
    # the person noun follows in a head-final language («байқаудың лауреаты»)
    near = [m.last + 1] if view.language.head_final else [m.first - 1]
    if view.language.noun_adjuncts:
        near.append(m.last + 1)  # "festival winner"; «концерт лауреатов» is their concert
    if not view.language.head_final:
        # "laureates of international competitions", «лауреат многих конкурсов»: the
        # person noun before the trigger's modifiers and a joining word
        joiners = view.language.cue_set("complement")
        i = m.first - 1
        while i > rng.start and (view.modifier(i) or view.lowers[i] in joiners):
            i -= 1
        near.append(i)
    return any(rng.start <= i < rng.stop and view.matches_any(i, nouns) for i in near) \
        and not _said_to_occur(view, m)


#: How far after a trigger a participle or a relative clause of occurring may start.
OCCUR_CLAUSE_REACH = 3


def _said_to_occur(view: DocView, m: Mention) -> bool:
    """«победителем конкурса, прошедшего в Шымкенте, стал …», "the winner of the contest
    that took place in May": the event word a person noun qualifies is still told as an
    occurrence when a clause of occurring hangs on it."""
    verbs = view.language.cue_set("occur_verb") | view.language.cue_set("occur_participle")
    stop = min(view.sent_tokens[m.sent].stop, m.last + 1 + OCCUR_CLAUSE_REACH)
    return any(view.matches_any(i, verbs) or view.lowers[i] in verbs
               for i in range(m.last + 1, stop))


def _names_venue(view: DocView, m: Mention) -> bool:
    """«концерт залы», "concert hall": the trigger word is part of a venue's name. Only
    where the head of a compound follows it (Kazakh, English): in Russian the noun after
    the trigger is its owner («выставка музея», «спектакль театра»), and a venue is
    named with an adjective («концертный зал»)."""
    lang = view.language
    if lang.inflected and not lang.head_final:
        return False
    i = m.last + 1
    if i >= view.sent_tokens[m.sent].stop:
        return False
    if _in_clause_case(view, m):
        return False
    heads = venue_heads(view.lang)
    return view.lowers[i] in heads or view.keys[i] in heads or (
        view.stems and any(view.matches(i, h) for h in heads))


def _in_clause_case(view: DocView, m: Mention) -> bool:
    """Does the mention's last word carry a case ending of the clause (``cues.tsv``
    ``case_ending``: «Гастрольге театрдың әншілері қатысады»)? A word in a case modifies
    no noun after it, so it is no first part of a venue's or a troupe's name."""
    low, stem = view.lowers[m.last], m.extra.get("pattern", ("",))[-1]
    return view.stems and len(low) > len(stem) and low.endswith(
        view.language.cue_words("case_ending"))


def _names_troupe(view: DocView, m: Mention) -> bool:
    """«балет труппасы», "opera house", "ballet company", «театр оперы и балета»: the
    genre word names the body that performs it, not a performance. The body noun
    follows the genre word as the head of a compound (Kazakh, English) or, in an
    inflecting head-first language, precedes it with the genre in its complement."""
    lang = view.language
    troupe = lang.cue_set("troupe")
    rng = view.sent_tokens[m.sent]
    if view.matches_any(m.first, troupe) or m.kind == "verb":
        return False  # «театр покажет балет»: the genre is what a verb shows
    if lang.head_final or not lang.inflected:  # the head follows: «балет труппасы»
        if _in_clause_case(view, m):
            return False
        after = m.last + 1
        while after < rng.stop and view.tokens[after].text in CLOSE_QUOTES:
            after += 1  # «"Мюзикл" тобы»: the genre word is the quoted name of the band
        return after < rng.stop and view.matches_any(after, troupe)
    # the head precedes and the genre is its complement: «театр оперы», not «спектакль
    # театра», where the theatre is the performance's owner, nor «(день) театра
    # премьерой», where the genre is in a case no complement of a noun takes
    before = m.first - 1
    return (before >= rng.start and view.matches_any(before, troupe)
            and view.keys[m.first] != view.lowers[m.first]
            and view.tokens[m.first].feats.get("case") in (None, "gent", "gen2"))


def _named_as_occasion(view: DocView, m: Mention) -> bool:
    """«Тәуелсіздік күніне орай … концерт ұйымдастырады»: a holiday or anniversary
    followed by a word of occasion (the language's ``occasion_after`` cues: «орай»,
    «қарсаңында») is the time of what its sentence tells; when that sentence states
    another event, those named there belong to the other one."""
    after = m.last + 1
    return m.type == "ceremony" and after < view.sent_tokens[m.sent].stop \
        and view.lowers[after] in view.language.cue_set("occasion_after")


def _session_of_body(view: DocView, m: Mention) -> bool:
    """"The meeting of the Supreme Strategic Cooperation Council", "a session of the
    Assembly": a meeting named after a body that meets is a session of it (a forum), not
    talks between two officials."""
    if m.type != "meeting" or m.kind != "noun":
        return False
    bodies = view.language.cue_set("session_body")
    return any(view.matches_any(i, bodies) for i in range(m.last + 1, m.phrase_last + 1))


def _modifies_body(view: DocView, m: Mention) -> bool:
    """"the Central Election Commission", "the festival committee": an event word
    before a body noun names the body that runs it, not an occurrence. Only where a
    compound's head follows and words do not inflect (English)."""
    lang = view.language
    if lang.inflected or lang.head_final:
        return False
    after = m.last + 1
    return after < view.sent_tokens[m.sent].stop and view.matches_any(after, lang.cue_set("body"))


def _occasion_of_report(view: DocView, m: Mention) -> bool:
    """"The decision was announced at the 34th session of the council": the session,
    briefing or conference where news was announced is the occasion of reporting, not
    an event the article reports (spec 4). Its cue — a reporting verb and "at" — stands
    right before the event phrase (an article before it aside)."""
    cues = view.language.cue_words("announced_at")
    if not cues:
        return False
    rng = view.sent_tokens[m.sent]
    first = max(rng.start, m.phrase_first - 4)
    before = " ".join(view.lowers[i] for i in range(first, m.phrase_first))
    before = " ".join(w for w in before.split() if w not in view.language.cue_set("article"))
    return any(before.endswith(cue) for cue in cues)


def _press_occasion(view: DocView, m: Mention) -> bool:
    """"A press conference", "a news conference": where news is given out is an occasion
    of reporting (spec 4), not an event — unless the headline is about it, or the press
    word is inside a proper name that another capitalised word opens ("the Eurasian
    Media Forum": a forum of that name)."""
    before = m.first - 1
    start = view.sent_tokens[m.sent].start
    if before < start or (m.sent == 0 and view.opens_with_title()):
        return False
    if view.tokens[before].text[:1].isupper() and before - 1 >= start \
            and view.tokens[before - 1].text[:1].isupper() \
            and view.lowers[before - 1] not in view.language.cue_set("article"):
        return False
    return view.lowers[before] in view.language.cue_set("press")


def _meets_nobody(view: DocView, m: Mention) -> bool:
    """"The final fight met 10 best akyns": a meeting told by its verb alone is one
    between named people or officials; with no person named and no office word in its
    sentence the verb means something else."""
    if m.type != "meeting":
        return False
    if m.kind == "noun":
        return _calls_nobody(view, m)
    if m.kind != "verb":
        return False
    if _meets_a_thing(view, m):
        return True
    if any(e.label == "PER" for e in view.in_sentence("entities", m.sent)):
        return False
    return not _official_in(view, m.sent)


def _official_in(view: DocView, sent: int) -> bool:
    """Does sentence ``sent`` hold a word of an office (a minister, a president)?"""
    roles = role_cues(view.lang)
    return any(roles.get(view.keys[i], ("",))[0] == "official"
               or roles.get(view.lowers[i], ("",))[0] == "official"
               for i in view.sent_tokens[sent])


def _bare_body_name(view: DocView, m: Mention, found: list[Mention]) -> bool:
    """"Members of Congress", "The Forum, Los Angeles": a word of a gathering that is
    also the name of a standing body or a hall (``cues.tsv`` ``body_name``), written
    capitalised with no modifier, complement or name of its own, names that body — unless
    its sentence says it happens (``state_verb``: "the Congress will be held") or the
    document names a gathering of that word in full elsewhere ("the 5th Congress of
    Leaders of World Religions … the Congress"), which the bare word points back to."""
    if m.first != m.last or m.phrase_first != m.first or m.phrase_last != m.last or m.name:
        return False
    if not view.tokens[m.first].text[:1].isupper() \
            or not view.matches_any(m.first, view.language.cue_set("body_name")):
        return False
    verbs = view.language.cue_set("state_verb")
    if any(view.tokens[i].pos in ("VERB", "AUX") and view.keys[i] in verbs
           for i in view.sent_tokens[m.sent]):
        return False  # "The Congress will be held in Astana": a gathering said to happen
    key = view.key(m.first)
    return not any(o is not m and view.key(o.last) == key
                   and (o.phrase_first < o.first or o.phrase_last > o.last or o.name)
                   for o in found)


def _calls_nobody(view: DocView, m: Mention) -> bool:
    """"The president's phone calls", "a phone call he made to her office": a talk at a
    distance (``cues.tsv`` ``remote_meeting``: a call, a conversation) is a meeting only
    as one call between officials — singular, with an office named in its sentence
    ("held a phone conversation with the President of Turkey")."""
    if not view.matches_any(m.last, view.language.cue_set("remote_meeting")):
        return False
    return _plural_head(view, m) or not _official_in(view, m.sent)


#: How far after a verb in the perfect its count of places or times may start ("has
#: toured more than 30 countries", "has performed in over 40 cities").
EXPERIENCE_REACH = 4


def _experience(view: DocView, m: Mention) -> bool:
    """"The orchestra has toured more than 30 countries", "she has won prizes at
    competitions in Warsaw and Vienna": a present perfect (the language's
    ``perfect_aux`` before a past participle) of a verb with a count after it, or over
    a plural event noun with no date in its sentence, tells what someone has done in
    their life, not one occurrence ("the festival has opened" is one: singular)."""
    auxes = view.language.cue_set("perfect_aux")
    if not auxes:
        return False
    rng = view.sent_tokens[m.sent]

    def perfect(i: int) -> bool:
        j = i - 1
        while j > rng.start and view.tokens[j].pos == "ADV":
            j -= 1
        return j >= rng.start and view.lowers[j] in auxes \
            and view.tokens[i].feats.get("tag") == "VBN"
    if m.kind == "verb":
        return perfect(m.first) and any(
            view.tokens[k].pos == "NUM" or view.tokens[k].text[:1].isdigit()
            or view.lowers[k] in view.language.cue_set("count_word")
            for k in range(m.last + 1, min(rng.stop, m.last + 1 + EXPERIENCE_REACH)))
    if m.kind != "noun" or not _plural_head(view, m) or view.in_sentence("dates", m.sent):
        return False
    return any(perfect(i) for i in range(rng.start, m.first)
               if view.tokens[i].pos in ("VERB", "AUX"))


def _plural_head(view: DocView, m: Mention) -> bool:
    return view.tokens[m.last].feats.get("number", "").lower() == "plur"


def _meets_a_thing(view: DocView, m: Mention) -> bool:
    """"to meet demand", "cells that meet proteins", "if we haven't met yet": a verb of
    meeting whose object, before the clause ends, is a thing (a common noun that is no
    office, no guest and no person), or whose subject is the speaker or the reader, tells
    no meeting of sides. Only where the object follows the verb in a fixed order and
    words do not inflect (English): a free word order may put the subject there."""
    lang = view.language
    if lang.inflected or lang.head_final:
        return False
    rng = view.sent_tokens[m.sent]
    before = {view.lowers[i] for i in range(max(rng.start, m.first - 3), m.first)}
    if before & lang.cue_set("speaker_pronoun"):
        return True
    roles = role_cues(view.lang)
    guests = lang.cue_set("guest_noun")
    people = [(e.start, e.end) for e in view.in_sentence("entities", m.sent)
              if e.label in ("PER", "ORG")]
    for i in range(m.last + 1, min(rng.stop, m.last + 1 + RECEIVED_REACH)):
        tok = view.tokens[i]
        if tok.pos in _CLAUSE_END_POS and tok.pos not in ("PREP", "ADP"):
            return False
        if any(s <= tok.start < e for s, e in people) or view.lowers[i] in guests \
                or view.keys[i] in guests or roles.get(view.keys[i], ("",))[0] == "official" \
                or tok.pos in ("ADP", "PRON", "PROPN"):
            return False  # "met with", "met him", "met Tokayev", "met the minister"
        if tok.pos == "NOUN":
            return True
    return False


def _stage_genre_near(view: DocView, m: Mention) -> bool:
    """"The ballet company will perform Swan Lake", "the drama theatre's troupe performed
    the play": what a ballet, opera or drama troupe performs is a stage performance, not
    a concert. The genre word is a common noun (lower case: "Astana Opera" is a name,
    whose soloists may well give a concert) within a few words of the verb."""
    genres = view.language.cue_set("stage_genre")
    rng = view.sent_tokens[m.sent]
    for i in range(max(rng.start, m.first - STAGE_GENRE_REACH),
                   min(rng.stop, m.last + STAGE_GENRE_REACH + 1)):
        if view.tokens[i].text[:1].islower() and view.keys[i] in genres:
            return True
    return False


def _film_near(view: DocView, m: Mention) -> bool:
    """Is a noun of a film (the language's ``film_word`` cues) near a verb trigger of the
    stage ("the documentary «…» by director X premiered")? Then a film premieres."""
    films = view.language.cue_set("film_word")
    if not films:
        return False
    rng = view.sent_tokens[m.sent]
    return any(view.lowers[i] in films for i in range(
        max(rng.start, m.first - FILM_REACH), min(rng.stop, m.last + STAGE_GENRE_REACH + 1)))


#: How far before a verb of premiering the noun of the film may stand: over its quoted
#: title and its director ("The documentary «Steppe Memory» by director X premiered").
FILM_REACH = 10


#: How far from "perform" the genre word of the troupe or the work may stand.
STAGE_GENRE_REACH = 5


def _receives_nobody(view: DocView, m: Mention) -> bool:
    """"The President received the Foreign Minister of China" is a meeting; "the
    wrestler received a gold medal", "the museum received 500 visitors" are not: a verb
    of receiving states a meeting only when its object, before the clause ends, is a
    person the tagger names, an office or a delegation."""
    lang = view.language
    if m.type != "meeting" or m.kind != "verb" or view.key(m.first) not in lang.cue_set(
            "receive_verb") or m.last > m.first:
        return False  # («принял делегацию»: the trigger holds whom it receives)
    rng = view.sent_tokens[m.sent]
    roles = role_cues(view.lang)
    guests = lang.cue_set("guest_noun")
    people = [(e.start, e.end) for e in view.in_sentence("entities", m.sent) if e.label == "PER"]
    for i in range(m.last + 1, min(rng.stop, m.last + 1 + RECEIVED_REACH)):
        tok = view.tokens[i]
        if _hyphen_inside_word(view, i):
            continue  # "Director-General": one title
        if tok.pos in _CLAUSE_END_POS or view.lowers[i] in ("from", "in", "on", "at"):
            break  # («принял участие в …»: no one received before the preposition)
        if roles.get(view.keys[i], ("",))[0] == "official" or view.lowers[i] in guests \
                or view.keys[i] in guests or any(s <= tok.start < e for s, e in people):
            return False
        if tok.pos == "NOUN":
            break  # «принял участие», "received an award": the object is a thing
    return True


#: Parts of speech that end the object of a verb of receiving (spaCy's and pymorphy2's).
_CLAUSE_END_POS = frozenset({"PUNCT", "PNCT", "VERB", "AUX", "PREP", "INFN"})


#: How far after an event noun the verb of its founding may stand ("the festival, one
#: of the largest in Asia, was established").
FOUNDED_REACH = 4


def _founded(view: DocView, m: Mention) -> bool:
    """"The festival was established by a decree in 2018", "the contest was founded in
    1995": an event noun as the subject of a verb of founding (the ``founded`` cues)
    names the institution of a recurring event, not an occurrence."""
    cues = view.language.cue_set("founded")
    if not cues or m.kind == "verb":
        return False
    rng = view.sent_tokens[m.sent]
    aux = view.language.cue_set("occur_aux")
    i = m.last + 1
    while i < min(rng.stop, m.last + 1 + FOUNDED_REACH) and view.lowers[i] in aux:
        i += 1
    return i < rng.stop and i > m.last + 1 and view.lowers[i] in cues


def _visits_nobody(view: DocView, m: Mention) -> bool:
    """"Tourists visited the museum", "the city is visited by thousands": a verb of
    visiting states an event only when someone in office, a delegation or a person the
    tagger names is in its sentence (a visit of a head of state, a minister, a
    UNESCO chief)."""
    lang = view.language
    if m.kind not in ("verb", "noun") or m.first != m.last \
            or view.key(m.first) not in lang.cue_set("visit_verb"):
        return False  # (the noun too: "a visit to his doctor", "Visit our homepage")
    rng = view.sent_tokens[m.sent]
    if any(view.lowers[i] in lang.cue_set("demonstrative")
           for i in range(max(rng.start, m.first - 2), m.first)):
        return False  # "This creative visit …": the visit told before
    roles = role_cues(view.lang)
    guests = lang.cue_set("guest_noun")
    if any(roles.get(view.keys[i], ("",))[0] == "official" or view.keys[i] in guests
           for i in rng):
        return False
    # a person the tagger names, without an office, visits a city, a country or a site
    # of the culture (a mausoleum, a museum): not a doctor or "each other"
    start = view.tokens[m.last].end
    return not (any(e.label == "PER" for e in view.in_sentence("entities", m.sent))
                and (any(p.start >= start for p in view.in_sentence("places", m.sent))
                     or _visits_a_site(view, m)))


def _visits_a_site(view: DocView, m: Mention) -> bool:
    """Is ``m`` a verb of visiting whose object, before the clause ends, is a venue or a
    memorial ("visited the Registan ensemble", "the mausoleum of …") rather than a
    city or a country? A visit to a site is no meeting of sides."""
    lang = view.language
    if m.kind != "verb" or view.key(m.first) not in lang.cue_set("visit_verb"):
        return False
    sites = venue_heads(view.lang) | lang.cue_set("memorial") | lang.cue_set("opened_place")
    rng = view.sent_tokens[m.sent]
    for i in range(m.last + 1, min(rng.stop, m.last + 1 + RECEIVED_REACH)):
        if view.tokens[i].pos in ("PUNCT", "VERB", "AUX") or view.lowers[i] in ("on", "in"):
            return False
        if view.keys[i] in sites or view.lowers[i] in sites:
            return True
    return False


def _hyphen_inside_word(view: DocView, i: int) -> bool:
    """Is token ``i`` a hyphen written between two parts of one word, no space around it
    ("Director-General", "Secretary-General")?"""
    toks = view.tokens
    return toks[i].text in ("-", "‑") and 0 < i < len(toks) - 1 \
        and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start


#: How many words after "received" its object may take to name whom it receives
#: ("received the newly appointed Ambassador of Japan").
RECEIVED_REACH = 6


def _inside_name(view: DocView, m: Mention) -> bool:
    """"the UNESCO Man and the Biosphere Program": a word that points back to a programme
    is part of a name when it is capitalised inside a sentence."""
    if m.kind != "anaphor" or m.first == view.sent_tokens[m.sent].start:
        return False
    return view.tokens[m.first].text[:1].isupper()


def _timed_to(view: DocView, m: Mention) -> bool:
    """Is ``m`` a holiday or a celebration named after an occasion preposition («ко
    Дню Победы», «к Наурызу», "for Independence Day") — the occasion something else in
    its sentence may be timed to?"""
    if m.type != "ceremony" or m.kind == "verb" or view.language.head_final:
        return False
    start = m.phrase_first if m.phrase_first else m.first
    rng = view.sent_tokens[m.sent]
    return start - 1 >= rng.start and view.lowers[start - 1] in view.language.cue_set(
        "occasion_preposition")


def _occasion_of_another(view: DocView, m: Mention) -> bool:
    """"The competition is timed to the celebration of the 100th anniversary", «выставка,
    приуроченная к празднованию Дня города»: a celebration named as the occasion of the
    event being reported is not reported itself. Only in languages whose cue («timed
    to», «приуроченный к») comes before the noun."""
    if m.type != "ceremony" or m.kind == "verb" or view.language.head_final:
        return False
    cues = view.language.cue_words("occasion")
    rng = view.sent_tokens[m.sent]
    start = m.phrase_first if m.phrase_first else m.first
    # the cue, then at most an article and a word for celebrating («празднованию», "the
    # celebration of") before the holiday's own name
    keys = " ".join(view.key(i) for i in range(max(rng.start, start - 4), start))
    if any(f"{cue} " in f"{keys} " for cue in cues):
        return True
    # «концерт ко Дню Независимости», «выставка к юбилею»: an event noun, then «к»
    # and the celebration it is given for
    if start - 1 <= rng.start or view.lowers[start - 1] not in view.language.cue_set(
            "occasion_preposition"):
        return False
    index = trigger_index(view.lang)
    noun = start - 2  # the event noun right before «к» («подготовка к празднованию»: none)
    return noun >= rng.start and any(trig.kind == "noun" and view.matches(noun, trig.pattern[-1])
                                     for trig in view.candidates(noun, index))


_JOINERS = frozenset({"және", "мен", "and", "&", "и"})
_THEATRE = ("театр", "theatre", "theater")


def _inside_institution_name(view: DocView, m: Mention) -> bool:
    """«Астана Опера», "Astana Ballet": a stage genre written with a capital after
    another capitalised word is the name of a theatre or a company (houses are named
    after the genre they stage), not a performance. Only one-word stage triggers:
    festivals and concerts are named in title case too ("Altyn Komuz Festival")."""
    if m.type != "stage" or m.first != m.last:
        return False
    rng = view.sent_tokens[m.sent]
    # «опера және балет театры», "Opera and Ballet Theatre": the genres a theatre is
    # named after, its head noun within three words after them (where a modifier comes
    # first: in Kazakh, or in a capitalised English name; «спектакль театра» is a play)
    named_first = view.language.head_final or view.tokens[m.first].text[:1].isupper()
    for j in range(m.first + 1, min(rng.stop, m.first + 4) if named_first else 0):
        if view.lowers[j].startswith(_THEATRE):
            return True
        if not view.tokens[j].text.isalpha() and view.lowers[j] not in _JOINERS:
            break
    word, before = view.tokens[m.first].text, m.first - 1
    if not word[:1].isupper() or before <= rng.start:
        return False
    prev = view.tokens[before].text
    return prev[:1].isupper() and prev.isalpha()


def _opens_other(view: DocView, m: Mention, mentions: list[Mention]) -> bool:
    """«открытие выставки «…»», "the opening of the exhibition", «көрменің ашылуы»: an
    opening is part of the event it opens (spec: openings inside an event are that
    event), so the opened event's mention stands and the opening's goes."""
    if m.type != "ceremony":
        return False
    opening = view.language.cue_set("opening")
    if any(view.matches_any(i, opening) for i in range(m.first, m.last + 1)):
        kinds = None  # "the opening of" any event
    elif any(view.matches_any(i, opening) for i in range(m.phrase_first, m.first)):
        # "the opening ceremony of the exhibition": an exhibition opens on its first
        # day, its vernissage is that day; the opening ceremony of games or a forum is
        # a ceremony inside them
        kinds = {"exhibition"}
    else:
        return False
    return any(o is not m and o.sent == m.sent and o.type != "ceremony"
               and (kinds is None or o.type in kinds)
               and m.phrase_first <= o.first <= m.phrase_last
               and not m.first <= o.first <= m.last for o in mentions)


def _inside_other(view: DocView, m: Mention, mentions: list[Mention]) -> bool:
    """«показ мюзикла», «премьера спектакля»: a trigger in another's complement is part
    of that phrase, not an event of its own. When two triggers each sit in the other's
    phrase ("the Nauryz festival"), the head stays: the last word of a compound where
    heads come last (English noun compounds, Kazakh), the first in Russian. In English
    a word that only points back ("the program of …") swallows no event named in its
    phrase."""
    for o in mentions:
        if o is m or o.sent != m.sent or o.first <= m.first <= o.last:
            continue
        if not o.phrase_first <= m.first <= o.phrase_last:
            continue
        if o.kind == "anaphor" and m.kind != "anaphor" and not view.language.inflected:
            continue  # "the program of Capital Day celebrations": the celebrations stated
        mutual = m.phrase_first <= o.first <= m.phrase_last
        if not mutual:
            return True
        lang = view.language
        head_last = lang.head_final or not lang.inflected
        if (m.first < o.first) == head_last:
            return True  # m is the modifier of o
    return _compound_modifier(view, m, mentions)


def _fixed_phrase(view: DocView, m: Mention) -> bool:
    """«кешке қарай» 'towards evening', «кеш қалды» 'was late', «в постановке» 'staged
    by': a one-word trigger inside a fixed phrase of time or manner (the language's
    ``fixed_phrase`` cues: two words, the trigger's form and its neighbour's start) is no
    event. A trigger of two words is read by its first word and the word before it: an
    audience that «ыстық ықыласпен қарсы алды» welcomed a show warmly, no official was
    met."""
    cues = view.language.cue_words("fixed_phrase")
    if not cues:
        return False
    rng = view.sent_tokens[m.sent]
    pairs = []
    if m.last + 1 < rng.stop:  # («Наурыз мейрамымен құттықтады»: by its last word)
        pairs.append(f"{view.lowers[m.last]} {view.lowers[m.last + 1]}")
    if m.first - 1 >= rng.start:
        pairs.append(f"{view.lowers[m.first - 1]} {view.lowers[m.first]}")
    return any(pair.startswith(cue) for pair in pairs for cue in cues)


#: How many words (auxiliaries, a preposition) may stand between a relative word and
#: the verb of its clause («где будет представлена», «на котором прозвучат»).
RELATIVE_REACH = 3


def _content_of_other(view: DocView, m: Mention, mentions: list[Mention]) -> bool:
    """«гастроли театра в Большом театре, где будет представлена опера «…»»: a verb of
    showing in a relative clause on an event named before it in the sentence tells what
    that event holds, not a second event (a dated or placed performance is told in a
    sentence of its own)."""
    relative = view.language.cue_set("relative")
    if m.kind != "verb" or not relative:
        return False
    start = view.sent_tokens[m.sent].start
    opener = next((i for i in range(m.first - 1, max(start, m.first - 1 - RELATIVE_REACH) - 1, -1)
                   if view.matches_any(i, relative)), None)
    return opener is not None and any(o is not m and o.last < opener for o in mentions)


def _credit_of_other(view: DocView, m: Mention, mentions: list[Mention]) -> bool:
    """«спектакль «…» в постановке театра», 'a play staged by the theatre': a trigger in a
    credit phrase (the ``credit_phrase`` cues, the word before it and its own form)
    credits a work of its type named before it in the sentence; alone («показали «…» в
    постановке режиссёра») it is what states the performance."""
    cues = view.language.cue_words("credit_phrase")
    if not cues or m.first - 1 < view.sent_tokens[m.sent].start:
        return False
    if f"{view.lowers[m.first - 1]} {view.lowers[m.first]}" not in cues:
        return False
    return any(o is not m and o.type == m.type and o.last < m.first for o in mentions)


def _named_anaphors(view: DocView, mentions: list[Mention]) -> None:
    """«"Каспий толқыны" атты іс-шара», «мероприятие «Ночь музеев»»: a generic event noun
    with a quoted name of its own names an occurrence, not one stated before, unless
    another mention carries the same name (then it points back at that event). Not a
    programme's word: «"Жол картасы" бағдарламасы» is a state programme, framing (spec 4)."""
    names = {m.name.casefold() for m in mentions if m.name and m.kind != "anaphor"}
    generic = view.language.cue_set("event_noun") | view.language.cue_set("generic")
    for m in mentions:
        if m.kind == "anaphor" and m.name and m.name.casefold() not in names \
                and any(view.matches_any(i, generic) for i in range(m.first, m.last + 1)):
            m.kind = "noun"


#: A possessive head of a Kazakh compound: «фестивалі», «байқауына», «сайыстары».
_POSSESSIVE_HEAD = re.compile(r"(?:с?[ыі])(?:н|на|не|нда|нде|нан|нен|мен|ның|нің|ндағы|ндегі)?$")


def _compound_modifier(view: DocView, m: Mention, mentions: list[Mention]) -> bool:
    """«ұлттық ойындар фестивалі», «айтыс кеші»: in a head-final language a trigger right
    before another trigger in the possessive is the modifier of a compound whose head
    is the second («the festival of national games»), not an event of its own. (Not
    before a word that only refers back, «концерт бағдарламасы»: the concert stays.)"""
    if not view.language.head_final:
        return False
    return any(o.sent == m.sent and o.first == m.last + 1 and o.kind != "anaphor"
               and o.type != m.type and _POSSESSIVE_HEAD.search(view.lowers[o.first])
               for o in mentions)


def by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    """The mentions of each sentence."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.sent, []).append(m)
    return out


def _share_names(view: DocView, mentions: list[Mention]) -> None:
    """A quoted name found by two triggers of one sentence belongs to the nearer one
    (the farther ones lose it; equally near ones keep it)."""
    groups: dict[tuple[int, str], list[Mention]] = {}
    for m in mentions:
        if m.name:
            groups.setdefault((m.sent, m.name), []).append(m)
    for group in groups.values():
        if len(group) < 2:
            continue
        far = [abs(m.last - _name_pos(view, m)) for m in group]
        near = min(far)
        for m, distance in zip(group, far, strict=True):
            if distance > near:
                m.name = None
                m.title = title_of(view, m)


def _name_pos(view: DocView, m: Mention) -> int:
    """The opening quote of the sentence where the mention's name begins (its trigger
    when none): the first quote followed by the name's first eight characters."""
    if not m.name:
        return m.last
    head = m.name[:8]
    key = ("quote_heads", m.sent, len(head))
    if key not in view.memo:
        text = view.doc.text
        heads: dict[str, int] = {}
        for i in view.sent_tokens[m.sent]:
            if view.tokens[i].text in OPEN_QUOTES:
                at = view.tokens[i].end
                while at < len(text) and text[at].isspace():
                    at += 1
                heads.setdefault(text[at:at + len(head)], i)
        view.memo[key] = heads
    return view.memo[key].get(head, m.last)


def describe(view: DocView, m: Mention) -> None:
    """Fill the mention's name, descriptive phrase and title."""
    m.name = view.language.proper_name(view, m)
    m.phrase_first, m.phrase_last = view.language.event_phrase(view, m)
    m.phrase_first = _after_another(view, m.phrase_first, m.first)
    m.title = title_of(view, m)


def _after_another(view: DocView, first: int, head: int) -> int:
    """The phrase without the words of "another" that open it («одна выставка» of «ещё
    одна выставка», "another exhibition"): they count occurrences, they name none."""
    for cue in view.language.cue_words("another"):
        words = cue.split()
        for size in range(len(words), 0, -1):  # the whole cue, or its tail in the phrase
            if first + size <= head and view.lowers[first:first + size] == words[-size:]:
                return first + size
    return first


def quoted_after(view: DocView, m: Mention) -> str | None:
    """A quoted name within five tokens after the trigger («концерт «Jas Stars»»), in
    its clause: not past a verb («Гран-при фестиваля получил ансамбль «…»» names the
    ensemble that won, not the festival)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    placed = False  # a preposition between: «форума в заповеднике-музее «…»»
    for i in range(m.last + 1, min(m.last + 6, rng.stop)):
        if toks[i].pos in _VERB_POS:
            return None
        placed = placed or toks[i].pos in _PREPOSITION_POS
        if toks[i].text in OPEN_QUOTES:
            if placed and names_body(view, i - 1, rng):
                return None  # the quotes name the venue or the body it stands in
            name = quoted_name(view, i, rng.stop)
            if name:
                return name
    return None


def latin_name(lang: Language, view: DocView, m: Mention) -> list[str]:
    """The words of a run of capitalised Latin words right after the trigger, with the
    small words inside a name ("The Spirit of Turkistan", «концерт Jas Stars»)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    joiners = lang.cue_set("latin_joiner")
    start = m.last + 1
    run: list[str] = []
    for i in range(start, min(start + 8, rng.stop)):
        text = toks[i].text
        if _LATIN_NAME.fullmatch(text) or (run and text in joiners):
            run.append(text)
        else:
            break
    while run and run[-1] in joiners:
        run.pop()
    return run


def quoted_name(view: DocView, open_index: int, limit: int) -> str | None:
    """The text inside the quotes opened at token ``open_index`` (within 15 tokens)."""
    toks = view.tokens
    for j in range(open_index + 1, min(open_index + 15, limit)):
        if toks[j].text in CLOSE_QUOTES:
            if j == open_index + 1:
                return None
            return view.span_text(open_index + 1, j - 1).strip()
    return None


def _stem_verb_noun(view: DocView, m: Mention) -> tuple[str, ...]:
    """In a stem language, where the verb closes the trigger phrase («жеңімпаздары
    марапатталды»), the noun of the verb's stem (``verb_noun:марапатта``)."""
    if not view.stems or m.last == m.first:
        return ()
    low = view.lowers[m.last]
    return next((words for cue, words in view.language.cues.items()
                 if cue.startswith("verb_noun:") and len(cue) > 13
                 and low.startswith(cue[len("verb_noun:"):])), ())


def verb_title(view: DocView, m: Mention) -> str:
    """A noun title for a verb trigger: «встретился с послом X» -> «встреча с послом X»;
    in a head-final language, where the verb closes the clause, the words before it."""
    rng = view.sent_tokens[m.sent]
    # the verb's own noun ("perform" -> "concert"), else its event type's
    noun = next(iter((() if "noun" in m.extra else
                      view.language.cue_words(f"verb_noun:{view.key(m.first)}")
                      or _stem_verb_noun(view, m))
                     or view.language.cue_words(f"verb_noun:{m.type}")), m.type)
    if m.name and m.last > m.first and view.tokens[m.last].pos in _NOUN_POS \
            and not view.language.head_final and m.type != "ceremony":
        # (not «наградили победителей конкурса «…»»: the name is the contest's)
        return f"{view.key(m.last)} «{m.name}»"  # «покажет оперу «…»» -> «опера «…»»
    if view.language.head_final:
        first = max(rng.start, m.first - 12)
        return f"{view.span_text(first, m.first - 1)} {noun}" if first < m.first else noun
    supported = False
    if m.last > m.first and view.tokens[m.last].pos in _NOUN_POS and view.key(m.last) != noun:
        if view.key(m.first) in view.language.cue_set("support_verb"):
            # «провели переговоры», "held talks": the object is the event (as written
            # where nouns do not inflect: "talks" has no singular)
            noun = view.key(m.last) if view.language.inflected else view.lowers[m.last]
            supported = True
        else:  # «открыли памятник акыну»: the verb's object goes into its noun's title
            noun = f"{noun} {view.language.object_of_noun(view.tokens[m.last].text)}"
    last = m.last
    # an uninflected language puts where and when after the object in prepositions ("…
    # Audrey Azoulay at the Akorda on Monday"): the title ends before them
    circumstance = frozenset() if view.language.inflected else (
        view.language.cue_set("locative") | view.language.cue_set("at_event") | {"on"})
    for i in range(m.last + 1, min(rng.stop, m.last + 13)):
        if view.tokens[i].text in (",", ".", ";", ":", "!", "?") or (
                (i > m.last + 1 or supported) and view.lowers[i] in circumstance):
            break
        last = i
    stops = view.language.cue_set("tail_stop") | view.language.cue_set("tail_keep")
    while last > m.last and view.lowers[last] in stops:
        last -= 1  # "… in London on" cut before its date
    if last == m.last:
        return noun
    tail = view.span_text(m.last + 1, last)
    joiner = next(iter(view.language.cue_words(f"verb_joiner:{view.key(m.first)}")), None)
    if joiner and view.lowers[m.last + 1] != joiner \
            and view.tokens[m.last + 1].pos not in ("ADP", "PREP"):
        return f"{noun} {joiner} {tail}"  # "received X": the meeting with X
    return f"{noun} {tail}"


def title_of(view: DocView, m: Mention) -> str:
    """The descriptive phrase in the language's base form (the head in the nominative,
    a case ending dropped), with the proper name when the phrase lacks it."""
    if m.kind == "verb":
        return verb_title(view, m)
    text = view.language.title(view, m, view.span_text(m.phrase_first, m.phrase_last))
    if m.name and m.name.lower() not in text.lower():
        text = f"{text} «{m.name}»"
    return text.strip(" ,.;:")
