"""From mentions to events: grouping the mentions of one occurrence, linking programme
parts to their programme, and filling every slot of the contract.

The rules in order:
1. every trigger phrase is a mention (``mentions.py``); the rules read the document's
   dates and places without an agency dateline's date and the place words of people's
   names;
2. a mention with a proper name joins the event of the same type and name; one without
   joins the latest event of its type, unless it is listed as a separate programme part
   («включая гала-концерт…, выставку…»), introduced by an indefinite article ("a concert
   will be held"), or of another day, year, city or edition; a bare «церемония»/"opening"
   joins the event it opens, "this visit" / "the event" the event before / the article's;
3. an event none of whose mentions is anchored — by a date (its own or its paragraph's
   or list heading's), a place, a name, a capitalised complement or an event verb — is a
   generic statement and is dropped (and so is a class of events: "concerts, exhibitions
   and festivals", "every year");
4. parts: events listed after «включая», in a sentence with «в рамках»/"as part of", or
   sharing a sentence with a programme (culture days, festival, forum), get ``parent``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from sahna import places
from sahna.contract import EventType, Status
from sahna.document import CountryRef, DateMention, Document, Event, PlaceMention
from sahna.events import participants as people
from sahna.events.lexicon import honorifics, person_nouns, role_index, role_words
from sahna.events.mentions import Mention, by_sentence, find_mentions, head_key
from sahna.events.status import MULTI_DAY, cue_statuses, status_from_dates, status_from_text
from sahna.events.venues import find_venue
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES, DocView
from sahna.langs import language

#: Types that hold kinds of occurrence each named by its own noun (a lecture, a book
#: presentation, a master class): two mentions of such a type with different head
#: nouns are two events. (Not ceremonies: «мереке», «тойлау», "celebration" and
#: "festivities" name one holiday.)
OPEN_TYPES = {"other"}
LOCAL_TYPES = {"concert", "stage", "exhibition", "screening", "ceremony", "competition"}
CULTURAL_PROGRAMMES = {"culture_days", "festival", "screening"}
PERFORMING = {"concert", "festival", "stage", "tour", "competition", "culture_days"}


@dataclass
class Draft:
    type: EventType
    mentions: list[Mention] = field(default_factory=list)
    name: str | None = None
    parent: int | None = None
    dates: DateMention | None = None
    date_options: list[DateMention] = field(default_factory=list)
    extra_sents: list[int] = field(default_factory=list)
    lent_sents: list[int] = field(default_factory=list)  # its people belong to another event
    several_places: bool = False  # set by place_of: listed countries, left unplaced
    others_cities: set[str] = field(default_factory=set)  # set by place_of: not its places
    # (mentions counted, union of their contents): see _draft_content
    content_cache: tuple[int, frozenset[str]] = (0, frozenset())

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def sents(self) -> list[int]:
        return sorted(({m.sent for m in self.mentions} | set(self.extra_sents))
                      - set(self.lent_sents))


def extract_events(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.events``."""
    if not doc.sentences:
        doc.events = []
        return doc
    view = DocView.build(doc)
    _leave_out_datelines(view)
    _leave_out_names_of_people(view)
    mentions = find_mentions(view)
    mark_lists(view, mentions)
    drafts = group(view, mentions)
    drafts = _headline_is_lead(view, drafts)
    drafts = [d for d in (_from_first_anchor(view, d) for d in drafts) if d.mentions]
    # «Жеңіс күні қарсаңында … шеру өтті»: a holiday named only as what is told happens
    # on the eve of is not yet celebrated, no event of the article
    drafts = [d for d in drafts if not all(m.extra.get("eve") for m in d.mentions)]
    teasers = _teaser_lines(view)
    drafts = [d for d in drafts if not all(m.sent in teasers for m in d.mentions)]
    for m in mentions:
        m.event = None
    for index, d in enumerate(drafts):  # indices into the kept drafts
        for m in d.mentions:
            m.event = index
    attach_sentences(view, drafts)
    mentions += lead_of_headline(view, drafts, mentions)
    assign_dates(view, drafts, mentions)
    link_parents(view, drafts)
    doc.events = finish(view, drafts)
    return doc


#: How far into a sentence an agency dateline's date may end ("BISHKEK, June 12 (AKIpress)
#: -", "TASHKENT, Uzbekistan, May 10."): a city, perhaps its country, and the date.
DATELINE_REACH = 40


def _leave_out_datelines(view: DocView) -> None:
    """The date of an agency dateline is when the report was filed, not when anything in
    it happens: the event rules see the document's dates without it (``event_dates`` and
    the view's dates by sentence)."""
    doc = view.doc
    keep = []
    for date in doc.dates:
        sent = view.sentence_at(date.start)
        start = doc.sentences[sent].start if sent >= 0 else -1
        if sent < 0 or date.end - start > DATELINE_REACH or not _after_dateline_city(
                view, start, date.start):
            keep.append(date)
            continue
        rest = doc.text[date.end:date.end + 4].lstrip()
        if not rest or rest[:1] not in "(.–—-/,":
            keep.append(date)
    keep = [d for d in keep if not _period_of_validity(view, d) and not _page_stamp(view, d)
            and not _deadline(view, d)]
    view.memo[("event_dates",)] = keep
    _index_by_sentence(view, "dates", keep)


#: A time of day closing its line after a date ("…, 09:12", "at 16:14 pm").
_STAMP_TIME = re.compile(r"[,|\s]*(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?[ \t]*(?:\n|$)",
                         re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _page_stamp(view: DocView, date: DateMention) -> bool:
    """"Kazakh pianist wins competition in Vienna 10 June 2025, 09:12": a full date with
    its year and a time of day that ends the line is when the page was published or
    updated (a headline's or a byline's stamp), not when an event happens; a poster's
    "14 June, 19:00" gives no year."""
    return bool(_YEAR.search(date.text)) and bool(
        _STAMP_TIME.match(view.doc.text, date.end))


def _period_of_validity(view: DocView, date: DateMention) -> bool:
    """«план сотрудничества на 2026–2027 годы», "a roadmap for 2025-2027": years alone
    after a preposition of purpose are how long a plan or an agreement runs, not when
    an event takes place."""
    value = date.start_value or date.end_value or ""
    if len(value.lstrip("-")) != 4:  # years alone
        return False
    words = view.doc.text[max(0, date.start - 12):date.start].lower().split()
    return bool(words) and words[-1] in view.language.cue_set("period_preposition")


#: Tokens that close the clause of a date: punctuation between clauses.
_CLAUSE_EDGE = frozenset(",;:—–()")


def _deadline(view: DocView, date: DateMention) -> bool:
    """«Заявки принимаются до 25 ноября», "Applications are accepted until February 1",
    «Өтінімдер 1 ақпанға дейін қабылданады»: a date whose clause names applying or
    registering (``deadline_noun``) is when the call closes, not when any event happens;
    taken for the event's end it would also make a coming event look under way. The
    clause reaches from the date to the nearest punctuation or conjunction that opens
    another clause (``clause_joiner``) either way ("…, and the final is on March 15")."""
    nouns = view.language.cue_set("deadline_noun")
    sent = view.sentence_at(date.start)
    if not nouns or sent < 0:
        return False
    rng = view.sent_tokens[sent]
    joiners = view.language.cue_set("clause_joiner")
    first = view.first_token_from(date.start)
    last = view.first_token_from(date.end) - 1
    for step, i in ((-1, first - 1), (1, last + 1)):
        while rng.start <= i < rng.stop and view.tokens[i].text not in _CLAUSE_EDGE \
                and view.lowers[i] not in joiners:
            if view.matches_any(i, nouns):
                return True
            i += step
    return False


def _index_by_sentence(view: DocView, what: str, items: list) -> None:
    """Make the view's ``in_sentence(what, …)`` answer from ``items`` instead of the
    document's own list."""
    index: dict[int, list] = {}
    for item in items:
        at = view.sentence_at(item.start)
        if at >= 0:
            index.setdefault(at, []).append(item)
    view.memo[("in_sentence", what)] = index


def _after_dateline_city(view: DocView, start: int, date_start: int) -> bool:
    """Does the sentence open with a city, then only a comma, a country and a comma
    before the date at ``date_start``?"""
    doc = view.doc
    city = next((p for p in doc.places if p.start == start and p.kind == "city"), None)
    if city is None:
        return False
    between = doc.text[city.end:date_start]
    countries = [p for p in doc.places if city.end <= p.start and p.end <= date_start]
    for p in countries:
        between = between.replace(doc.text[p.start:p.end], "")
    return not between.replace(",", "").replace(".", "").replace("(", "").strip()


def _leave_out_names_of_people(view: DocView) -> None:
    """"Russian President Vladimir Putin": a place word inside a longer person's name is
    no place; the event rules see the document's places without such (``event_places``
    and the view's places by sentence)."""
    doc = view.doc
    people = [(e.start, e.end) for e in doc.entities if e.label == "PER"]
    keep = [p for p in doc.places
            if not any(s <= p.start and p.end <= e and e - s > p.end - p.start
                       for s, e in people) and not _origin_of_person(view, p, people)
            and not _in_troupes_name(view, p)]
    view.memo[("event_places",)] = keep
    _index_by_sentence(view, "places", keep)


def _origin_of_person(view: DocView, place: PlaceMention,
                      people: list[tuple[int, int]]) -> bool:
    """"violinist Malika Yusupova from Fergana": a place after a preposition of origin
    (the language's ``origin`` cue) right after a person's name is where the person
    comes from, not where anything happens."""
    words = view.doc.text[max(0, place.start - 40):place.start].split()
    if len(words) < 2 or words[-1].lower() not in view.language.cue_set("origin"):
        return False
    before = view.doc.text.rfind(words[-1], 0, place.start)
    return any(0 < before - e <= 2 for _s, e in people)


def _in_troupes_name(view: DocView, p: PlaceMention) -> bool:
    """«"Астана Опера" театрының солистері»: where a troupe's noun follows its quoted
    name, a place word inside a longer quoted name of a troupe that performs (not one
    in a case of the clause: «"Астана Опера" театрында», where) is no place."""
    if not view.language.head_final:
        return False
    text = view.doc.text
    if p.start == 0 or text[p.start - 1] not in OPEN_QUOTES:
        return False  # (an empty string is "in" any string of quotes)
    close = next((k for k in range(p.end, min(len(text), p.end + 60))
                  if text[k] in CLOSE_QUOTES), None)
    return close is not None and close > p.end and text[p.end:close].strip() != "" \
        and people.troupes_quotes(view, p.start)


def event_places(view: DocView) -> list[PlaceMention]:
    """The document's places the event rules read: all but words of people's names."""
    return view.memo.get(("event_places",), view.doc.places)


def event_dates(view: DocView) -> list[DateMention]:
    """The document's dates the event rules read: all but a dateline's."""
    return view.memo.get(("event_dates",), view.doc.dates)


def _first_match(view: DocView, sent: int, phrase: str) -> int | None:
    """The token where ``phrase`` first occurs in sentence ``sent`` (None: nowhere),
    remembered per sentence and phrase: every mention of a sentence asks it, and asking
    anew each time made a sentence of n mentions cost n² (a listing of thousands)."""
    key = ("first_match", sent, phrase)
    if key not in view.memo:
        if "text_lowers" not in view.memo:
            view.memo["text_lowers"] = (view.lowers if not view.stems
                                        else [t.text.lower() for t in view.tokens])
        lowers = view.memo["text_lowers"]
        words = tuple(phrase.split())
        rng = view.sent_tokens[sent]
        view.memo[key] = next(
            (i for i in range(rng.start, max(rng.start, rng.stop - len(words) + 1))
             if lowers[i] == words[0]
             and all(lowers[i + k] == w for k, w in enumerate(words))), None)
    return view.memo[key]


def mark_lists(view: DocView, mentions: list[Mention]) -> None:
    """A mention after «включая»/"including" in its sentence is a listed programme part:
    one whose sentence holds the cue ending before the mention's first token."""
    cues = [(cue, len(cue.split())) for cue in view.language.cue_words("list")]
    framed = _framed_lists(view, mentions)
    for m in mentions:
        if m.kind in ("programme", "anaphor") and m.type != "screening":
            continue
        m.in_list = any((at := _first_match(view, m.sent, cue)) is not None
                        and at + size <= m.first for cue, size in cues) or id(m) in framed


def _framed_lists(view: DocView, mentions: list[Mention]) -> set[int]:
    """«Шара шеңберінде фотокөрме, … қолжазбалар көрмесі … өтеді», «в рамках недели
    пройдут выставка, показ и концерт»: the items (ids) of lists of events told inside a
    frame named before them in their sentence (the frame may be the generic «шара»,
    «мероприятие»), two items at least: each is a part of its own, never the same event
    as another item or one told before. Each sentence's frames are found once."""
    out: set[int] = set()
    for here in by_sentence(mentions).values():
        frames = [f.last for f in here if _framing(view, f)]
        if not frames:
            continue
        items = [o for o in here if o.kind in ("noun", "verb") and o.first > min(frames)]
        if len(items) > 1:
            out.update(id(o) for o in items)
    return out


#: How many paragraphs back the event may be told that an award ceremony is part of.
AWARD_REACH = 1


def _award_host(view: DocView, drafts: list[Draft], m: Mention) -> int | None:
    """The latest event (not a ceremony: a holiday named as an occasion) told in the
    award's paragraph or the one before."""
    para = paragraphs(view)
    return _latest(drafts, lambda d: d.first.sent <= m.sent and d.type != "ceremony"
                   and para[m.sent] - para[d.mentions[-1].sent] <= AWARD_REACH,
                   m.sent, len(view.doc.sentences))


def _award_inside(view: DocView, m: Mention) -> bool:
    """«В завершение концерта состоялось награждение победителей», "prizes were awarded
    at the end": an award ceremony with no day and no venue of its own, told after
    another event, is part of that event (spec 4, openings and awards)."""
    # (any word of the trigger: «жеңімпаздарды марапаттады» ends with its verb)
    if m.type != "ceremony" or m.sent == 0 or not any(
            view.matches_any(i, view.language.cue_set("award_ceremony"))
            for i in range(m.first, m.last + 1)):
        return False
    return not view.in_sentence("dates", m.sent) and find_venue(view, m.sent) is None


def _is_bare_opener(view: DocView, m: Mention) -> bool:
    """«торжественная церемония», "the ceremony": a ceremony word with nothing of its
    own, which joins the event beside it; "the ceremony of signing the memorandum" has a
    complement, and is an event of its own."""
    nxt = m.last + 1
    complement = nxt < view.sent_tokens[m.sent].stop and view.lowers[nxt] in \
        view.language.cue_set("complement")
    distinct = view.language.cue_set("distinct")  # "the closing ceremony" is one of its own
    if view.language.head_final and m.type == "ceremony" and m.last == m.first + 1 \
            and m.phrase_first == m.first and m.phrase_last == m.last and not m.name \
            and view.lowers[m.first] in view.language.cue_set("opening") \
            and view.matches_any(m.last, view.language.cue_set("opener")):
        return True  # «Ашылу рәсіміне министр қатысты»: the opening of the event just told
    return (m.type == "ceremony" and m.first == m.last and m.phrase_last == m.last
            and not m.name and not complement
            and view.key(m.first) in view.language.cue_words("opener")
            and not any(view.keys[i] in distinct for i in range(m.phrase_first, m.first)))


def group(view: DocView, mentions: list[Mention]) -> list[Draft]:
    drafts: list[Draft] = []
    view.memo[("mentions_by_sentence",)] = by_sentence(mentions)
    openers = [m for m in mentions if _is_bare_opener(view, m) or _award_inside(view, m)]
    opening = {id(m) for m in openers}
    named: dict[tuple[str, str], int] = {}  # (type, casefolded name) -> first such draft
    weak = view.language.cue_set("weak_verb")
    performance_named = False  # has a draft of a performing type been made yet?
    # an article that names its event only by the generic noun («іс-шара өтті»,
    # «мероприятие прошло в Астане»): that noun, dated or placed, is the event
    only_generic = all(m.kind == "anaphor" for m in mentions)
    for m in mentions:
        if only_generic and m.kind == "anaphor" and not drafts and _placed_or_dated(view, m) \
                and view.matches_any(m.last, view.language.cue_set("event_noun")):
            m.kind = "noun"
        if id(m) in opening:
            continue
        # (a performance told inside a frame, "will perform at the stadium as part of
        # his world tour", is an occurrence of its own: it stays)
        if m.kind == "verb" and view.key(m.first) in weak and (
                performance_named or not _performs_somewhere(view, m)) \
                and not any(o is not m and o.sent == m.sent and _framing(view, o)
                            for o in mentions):
            # "she has performed in 50 countries": no occurrence stated; "the orchestra
            # will perform in Bishkek" after its tour was named: the tour's
            m.event = None
            continue
        performance_named = performance_named or m.type in PERFORMING
        if m.kind == "anaphor":
            # "the programme" refers to the latest programme; "the event", to the event
            # the article is about, its first ("The event was attended by delegations …")
            if _head_key(view, m) in view.language.cue_set("generic"):
                # only "the event" itself ("all events will be held online" are many);
                # it points, it does not say when (no status of its own)
                m.extra["pointer"] = True
                target = 0 if drafts and not _plural_token(view, m.last) else None
            else:
                target = _latest(drafts, lambda d: d.first.kind == "programme", m.sent, 2)
            if target is not None:
                drafts[target].mentions.append(m)
                m.event = target
            continue
        target = None
        if m.name:
            key = (m.type, m.name.casefold())
            target = named.get(key)
            if target is not None and _other_edition(view, m, drafts[target]):
                # «5-ші "Айша бибі" фестивалі» … «6-шы "Айша бибі" фестивалі»
                target = next((i for i, d in enumerate(drafts) if d.type == m.type
                               and (d.name or "").casefold() == key[1]
                               and not _other_edition(view, m, d)), None)
                if target is None:
                    drafts.append(Draft(m.type, [m], m.name))
                    m.event = len(drafts) - 1
                    continue
            if target is not None and _other_occurrence(view, m, drafts[target]):
                target = None  # the same play staged in another year: another occurrence
            elif target is None and not m.in_list and m.kind != "verb":
                # a headline's «выставка» named in the lead: the same exhibition (not the
                # opening of a place named by the verb: "the Skate Park will open")
                # (in the catch-all type, only the same kind: "a lecture" is no "main event")
                # (nor a ceremony of another rite: «шествие «…»» after «торжественный
                # парад» is a second ceremony of the day, not the parade's name)
                head = head_key(view, m) if m.type in OPEN_TYPES or m.type == "ceremony" \
                    else None
                # (not a programme of the type: «показ мюзикла «…»» after «Дни кино» is
                # one of its showings)
                target = _latest(drafts, lambda d, t=m.type, h=head, k=m.kind: d.type == t
                                 and not d.name and not d.first.in_list
                                 and (k != "noun" or d.first.kind != "programme")
                                 and (h is None or any(
                                     head_key(view, x) == h for x in d.mentions)), m.sent, 2)
                if target is not None and _after_a_frame(view, m, mentions):
                    target = None  # «в рамках форума прошёл круглый стол «…»»: a part
                if target is not None:
                    drafts[target].name = m.name
                    named[key] = min(named.get(key, target), target)
        elif not m.in_list and not _introduces(view, m, drafts):
            target = _same_event(view, drafts, m)
            if target is None and not _says_another(view, m):
                target = _bare_repeat(view, drafts, m)
            if target is None:
                target = _refers_back(view, drafts, m)
        if target is None:
            drafts.append(Draft(m.type, [m], m.name))
            m.event = len(drafts) - 1
            if m.name:
                named.setdefault((m.type, m.name.casefold()), m.event)
        else:
            drafts[target].mentions.append(m)
            m.event = target
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for m in openers:  # «торжественная церемония» is the opening of the event beside it
        target = _same_sentence_other(by_sent, m)
        if not _is_bare_opener(view, m):
            if target is not None and drafts[target].type != "ceremony":
                _join_opener(drafts, m, target)
                continue
            # an award handed out at the event told just before (not a holiday draft)
            _join_opener(drafts, m, _award_host(view, drafts, m))
            continue
        if target is None:
            target = _latest(drafts, lambda d, s=m.sent: d.first.sent <= s, m.sent, 1)
            if target is not None and _placed_apart(view, m, drafts[target]):
                target = None
        if target is None:
            # "The Week of Uzbek Cinema opened on Monday. Five films will be shown. The
            # opening was attended by …": the event that opens, told a little before
            target = _latest(drafts, lambda d, s=m.sent: d.type in OPENS
                             and d.first.sent <= s, m.sent, OPENER_REACH)
            if target is not None and _placed_apart(view, m, drafts[target]):
                target = None
        if target is None:  # "… opened the ceremony" paragraphs after it was named
            target = _latest(drafts, lambda d, s=m.sent, t=m.type: d.type == t
                             and d.first.sent <= s, m.sent, len(view.doc.sentences))
        _join_opener(drafts, m, target)
    return drafts


#: Events that have an opening of their own: what runs for days, and gatherings.
OPENS = MULTI_DAY | {"forum"}
#: How many sentences back a bare opening looks for the event that opens.
OPENER_REACH = 3


def _join_opener(drafts: list[Draft], m: Mention, target: int | None) -> None:
    """An opening or an award joins the ``target`` event as a sentence of it, or, with
    none, is an event of its own."""
    if target is None:
        drafts.append(Draft(m.type, [m], m.name))
        m.event = len(drafts) - 1
    else:
        drafts[target].extra_sents.append(m.sent)
        m.event = target


def _placed_or_dated(view: DocView, m: Mention) -> bool:
    """A singular generic event noun with a date or a place in the locative in its own
    sentence: "the event" of an article that names no other."""
    if _plural_token(view, m.last) or view.lowers[m.last].endswith(("лар", "лер", "дар", "дер",
                                                                     "тар", "тер")):
        return False
    return bool(view.in_sentence("dates", m.sent)) or any(
        _locative(view, p.start) for p in view.in_sentence("places", m.sent))


def _placed_apart(view: DocView, m: Mention, d: Draft) -> bool:
    """"Concerts are planned in all regions. In Astana, a solemn ceremony will be held at
    the Palace of Independence": a bare ceremony in a sentence of its own that names a
    venue or a day the event before it does not have is an occurrence of its own (spec 4,
    openings), not the opening of that event."""
    venue = find_venue(view, m.sent)
    if venue is not None:
        theirs = {v[0] for v in (find_venue(view, s) for s in d.sents()) if v is not None}
        if venue[0] not in theirs:
            return True
    days = {x.start_value for x in view.in_sentence("dates", m.sent)
            if _has_day(x.start_value or "")}
    theirs_days = {x.start_value for s in d.sents() for x in view.in_sentence("dates", s)}
    return bool(days) and not days & theirs_days


def _other_edition(view: DocView, m: Mention, d: Draft) -> bool:
    """Does ``m`` carry an edition number (:func:`_ordinal`) that ``d`` does not, while
    ``d`` has one of its own?"""
    mine = _ordinal(view, m)
    theirs = {x for x in _draft_content(view, d) if x.startswith("#")}
    return bool(mine and theirs and mine not in theirs)


def _determiner(view: DocView, m: Mention) -> str:
    """The word just before the mention's phrase, lower-cased ("a", "the", "this")."""
    before = m.phrase_first - 1
    if before < view.sent_tokens[m.sent].start:
        return ""
    return view.lowers[before]


def _introduces(view: DocView, m: Mention, drafts: list[Draft]) -> bool:
    """"A concert will be held for residents", "another monument": an indefinite
    article introduces an occurrence not named before, so the mention starts an event
    of its own — unless it restates the headline (whose event the lead names again
    with "a"). Only for the kinds a programme lists several of: "a national referendum"
    is the one the article is about."""
    if m.type not in LOCAL_TYPES | OPEN_TYPES | {"forum"} or \
            _determiner(view, m) not in view.language.cue_set("indefinite"):
        return False
    same = [d for d in drafts if d.type == m.type]
    return not (same and view.opens_with_title()
                and all(x.sent == 0 for d in same for x in d.mentions))


def _refers_back(view: DocView, drafts: list[Draft], m: Mention) -> int | None:
    """"This creative visit is a historic continuation", "several events are planned
    during the celebration": a bare event noun after a demonstrative or a definite
    article, with no name, no complement and no date of its own, refers back to the
    programme or the event the article is about rather than stating one of another
    type. A demonstrative points to the latest event of the last two sentences, "the"
    only to a programme there."""
    word = _determiner(view, m)
    demonstrative = word in view.language.cue_set("demonstrative")
    if not demonstrative and word not in view.language.cue_set("definite"):
        return None
    if m.name or m.phrase_last != m.last or view.in_sentence("dates", m.sent):
        return None
    if any(view.tokens[i].text[:1].isupper() for i in range(m.phrase_first, m.last + 1)
           if i != view.sent_tokens[m.sent].start):
        return None
    return _latest(drafts, lambda d: demonstrative or d.first.kind == "programme", m.sent, 2)


def _content(view: DocView, m: Mention) -> frozenset[str]:
    """What tells this occurrence from another of its kind: the names and the countries
    in its phrase («Дни кыргызской культуры» vs «Дни культуры Казахстана»). Kept on the
    mention: grouping asks it of every earlier mention again."""
    if "content" in m.extra:
        return m.extra["content"]
    doc = view.doc
    start, end = doc.tokens[m.phrase_first].start, doc.tokens[m.phrase_last].end
    # whose culture, not where: «Дни культуры Казахстана в Кыргызстане» is about KZ
    found = {r.country for r in doc.country_refs
             if start <= r.start < end and not _locative(view, r.start, tour=True)}
    sent_start = view.sent_tokens[m.sent].start
    # (nor a city it is held in: «в рамках Дней культуры в Астане» repeats «Дни
    # культуры Кореи», which come to Astana)
    where = [(p.start, p.end) for p in view.in_sentence("places", m.sent)
             if start <= p.start < end and _locative(view, p.start, tour=True)]
    found |= {view.keys[i] for i in range(m.phrase_first, m.phrase_last + 1)
              if not _trigger_word(view, m, i) and view.tokens[i].text[:1].isupper()
              and i != sent_start  # «Эта постановка»: a capital for the sentence only
              and not any(r.start <= view.tokens[i].start < r.end for r in doc.country_refs)
              and not any(a <= view.tokens[i].start < b for a, b in where)}
    ordinal = _ordinal(view, m)
    if ordinal:
        found.add(ordinal)
    # "the opening ceremony" and "the closing ceremony", «финальный концерт»: words that
    # tell one occurrence of a kind from another of the same programme
    distinct = view.language.cue_set("distinct")
    found |= {view.keys[i] for i in range(m.phrase_first, m.phrase_last + 1)
              if not m.first <= i <= m.last and view.keys[i] in distinct}
    m.extra["content"] = frozenset(found)
    return m.extra["content"]


_ROMAN = re.compile(r"[IVXІ]{2,5}|[VX]")
_ROMAN_VALUES = {"I": 1, "І": 1, "V": 5, "X": 10}
_NUMBERED = re.compile(r"(\d{1,3})-?([^\W\d_]{1,5})")
ORDINAL_REACH = 3  # words before the trigger where an edition's number may stand


def _ordinal(view: DocView, m: Mention) -> str | None:
    """The edition number in the mention's phrase or just before its trigger («IV
    отырысы», «алғашқы отырысы», «5-ші фестиваль», "the 3rd forum") as ``#N``: the
    third session is another occurrence than the fourth."""
    rng = view.sent_tokens[m.sent]
    first = max(rng.start, min(m.phrase_first, m.first) - ORDINAL_REACH)
    words = view.language.cues
    suffixes = view.language.cue_set("ordinal_suffix")
    for i in range(first, max(m.last, m.phrase_last) + 1):
        text = view.tokens[i].text
        if _ROMAN.fullmatch(text):
            return f"#{_roman(text)}"
        numbered = _NUMBERED.fullmatch(text)
        if numbered and numbered.group(2).lower() in suffixes:
            return f"#{int(numbered.group(1))}"
        low = text.lower()
        for n in range(1, 11):
            if low in words.get(f"ordinal:{n}", ()):
                return f"#{n}"
    return None


def _roman(text: str) -> int:
    values = [_ROMAN_VALUES[c] for c in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v
               for k, v in enumerate(values))


def _draft_content(view: DocView, d: Draft) -> frozenset[str]:
    """The union of its mentions' contents, extended as mentions join the draft rather
    than rebuilt from all of them for every new mention."""
    seen, union = d.content_cache
    if seen < len(d.mentions):
        union = union.union(*(_content(view, x) for x in d.mentions[seen:]))
        d.content_cache = (len(d.mentions), union)
    return union


def _local_status(view: DocView, m: Mention) -> str | None:
    """What the mention's own sentence says of it: a held and a planned programme are
    two occurrences («в прошлом году Дни культуры прошли … в мае пройдут»)."""
    key = ("status", m.sent, m.first)
    if key not in view.memo:
        view.memo[key] = status_from_text(view, m.sent, m.first, m.last, m.type)
    return view.memo[key]


def _trigger_word(view: DocView, m: Mention, i: int) -> bool:
    """Is token ``i`` a word of ``m``'s trigger pattern? A word the pattern skips over
    ("Astana Symphony" in "performance of the Astana Symphony Orchestra") is not: it
    tells which occurrence is meant (in a language that does not inflect)."""
    if not m.first <= i <= m.last:
        return False
    pattern = m.extra.get("pattern")
    # (an inflecting language's gap holds the trigger's own agreeing words: all of it)
    return pattern is None or view.language.inflected or any(
        w == "*" or view.matches(i, w) for w in pattern)


def _same_event(view: DocView, drafts: list[Draft], m: Mention) -> int | None:
    """The event an unnamed mention repeats: one of its type in the same sentence
    (the nearest), else the first one in the article whose qualifying words agree
    («дни культуры» repeats «Дни культуры Казахстана», «Дни кыргызской культуры»
    does not)."""
    if m.kind == "noun" and not m.name and _told_during(view, m):
        # «В ходе встречи стороны обсудили проведение Дней культуры в мае …»: the
        # meeting told before, whatever the sentence plans
        told = [i for i, d in enumerate(drafts) if d.type == m.type and d.first.sent < m.sent]
        if told:
            m.kind, m.extra["pointer"] = "anaphor", True  # it points: no date, status, title
            return told[-1]
    mine = _content(view, m)
    # a held and a planned programme are two occurrences; so are talks held and a visit
    # they plan («сөйлесті … сапармен келуге шақырды», "invited him to visit"), and a
    # tour held and the next one planned («в следующем году планирует гастроли …»)
    timed = m.kind == "programme" or m.type in ("meeting", "tour")
    tense = _local_status(view, m) if timed else None
    # a holiday's celebration named by the holiday alone is no ceremony stated without
    # a name ("on the eve of Independence Day … the awards ceremony")
    candidates = [i for i, d in enumerate(drafts)
                  if d.type == m.type and not d.first.in_list and not d.first.extra.get("holiday")
                  and not (
                      mine and (theirs := _draft_content(view, d))
                      and not (mine <= theirs or theirs <= mine))
                  and (not timed or _same_time(view, m, d)
                       or {tense, _local_status(view, d.first)} != {"held", "planned"})]
    candidates = [i for i in candidates if not _other_occurrence(view, m, drafts[i])]
    if m.kind == "noun" and m.name:
        # «показ мюзикла «…»» after «Дни казахстанского кино»: a named showing is a part
        # of the programme of its type, not the programme again
        candidates = [i for i in candidates
                      if any(x.kind != "programme" for x in drafts[i].mentions)]
    if m.kind == "noun" and not m.name and m.type == "ceremony" and not any(
            x.sent == m.sent for i in candidates for x in drafts[i].mentions):
        # «церемония возложения цветов» after «торжественные мероприятия, посвящённые
        # 180-летию Абая»: a celebration's programme is made of distinct rites, so an
        # occurrence of another word is one of its parts, not the programme told again
        # (a film week's showings are the week itself; a holiday in the programme's
        # own sentence, «мероприятия ко Дню единства», is its occasion)
        head = head_key(view, m)
        candidates = [i for i in candidates if not all(
            x.kind == "programme" and head_key(view, x) != head for x in drafts[i].mentions)]
    if _led_by_coming(view, m):  # "held consultations … discussed the upcoming visit"
        candidates = [i for i in candidates if not any(
            _local_status(view, x) == "held" for x in drafts[i].mentions)]
    if m.type in OPEN_TYPES and m.kind == "noun":
        # "a lecture" after "the presentation of the book": in the catch-all type a
        # different head noun is another kind of occurrence, so another event
        head = head_key(view, m)
        candidates = [i for i in candidates if any(
            x.kind != "noun" or head_key(view, x) == head for x in drafts[i].mentions)]
    if m.phrase_first == m.first and m.phrase_last == m.last and not any(
            _last_stated(drafts[i]) == m.sent for i in candidates):
        # a bare «Форум открыл …» after «круглый стол» (a forum too) was told inside the
        # forum: the word repeats the event it names, not the latest of its type (in
        # its own sentence, the nearest event is still the one it means)
        head = head_key(view, m)
        same_word = [i for i in candidates
                     if any(head_key(view, x) == head for x in drafts[i].mentions)]
        candidates = same_word or candidates
    if _framing(view, m):  # "… took place as part of a celebration of …": the frame is
        # not the event it frames in its own sentence
        candidates = [i for i in candidates
                      if not any(x.sent == m.sent for x in drafts[i].mentions)]
    # mentions join drafts in text order, so a draft's last mention is its latest (one
    # that only points back, "the event", does not bring it nearer)
    here = [i for i in candidates
            if m.sent - _last_stated(drafts[i]) in (0, 1)]
    if here:  # the same or the previous sentence: the nearest
        return max(here)
    return candidates[0] if candidates else _listed_before(view, drafts, m)


def _listed_before(view: DocView, drafts: list[Draft], m: Mention) -> int | None:
    """"The program includes a gala concert …, an exhibition … . The gala concert will
    take place on October 10": a definite mention with no complement or name of its own
    whose head word names exactly one item listed before it, of its type, is that item
    told again (with its own date); "the presentation of X's book" is another one."""
    definite = view.language.cue_set("definite")  # (a language without articles: any)
    if (definite and _determiner(view, m) not in definite) \
            or m.name or m.phrase_last != m.last:
        return None
    head = head_key(view, m)
    mine = _content(view, m)  # "the presentation of Elmira Akhundova's book": another
    listed = [i for i, d in enumerate(drafts) if d.type == m.type and d.first.in_list
              and any(head_key(view, x) == head for x in d.mentions)
              and not _other_occurrence(view, m, d)
              and (not mine or mine == _draft_content(view, d))]
    return listed[0] if len(listed) == 1 else None


def _led_by_coming(view: DocView, m: Mention) -> bool:
    """Is ``m``'s noun led by a word of a coming occurrence ("the upcoming visit", "the
    forthcoming summit")? Such a mention is not an event already held that it follows."""
    words = view.language.cue_set("coming")
    rng = view.sent_tokens[m.sent]
    return any(view.lowers[i] in words for i in range(max(rng.start, m.first - 3), m.first))


def _last_stated(d: Draft) -> int:
    """The sentence of the draft's latest mention that is not a pointer (mentions join in
    text order: the search from the end stops at once but after pointers)."""
    return next((x.sent for x in reversed(d.mentions) if x.kind != "anaphor"), d.first.sent)


def _sentence_date_values(view: DocView, m: Mention) -> list[str]:
    """The values of the dates in ``m``'s sentence, at any precision."""
    return [v for d in view.in_sentence("dates", m.sent)
            for v in (d.start_value, d.end_value) if v and not v.startswith("-")]


def _same_time(view: DocView, m: Mention, d: Draft) -> bool:
    """Do ``m``'s sentence and ``d``'s name the same time (one date a prefix of the
    other: «в этом году» and «с 23 по 26 апреля 2024 года»)? Then a verb of another
    tense near ``m`` («заявок было подано») speaks of something else, not of a second
    edition."""
    mine = _sentence_date_values(view, m)
    theirs = [v for x in d.mentions for v in _sentence_date_values(view, x)]
    return any(a.startswith(b) or b.startswith(a) for a in mine for b in theirs)


def _own_date(view: DocView, m: Mention) -> tuple[str, str] | None:
    """The (first, last) day of the date nearest to ``m`` in its sentence, when it is a
    full date (a year or a month alone tells no occurrence from another); the first is
    "" for an end alone ("until June 15"), which any earlier start may belong to."""
    date = _nearest_own_date(view, m)
    if date is None:
        return None
    first = date.start_value or ""  # "until June 15": open at the start
    last = date.end_value or first
    if not ((not first or _has_day(first)) and _has_day(last)):
        return None
    return first, last


def _says_another(view: DocView, m: Mention) -> bool:
    """Is ``m``'s noun led by a word of "another" («И ещё одна экспозиция открылась»,
    "Another exhibition opened", «Тағы бір көрме»)? Up to two words (adjectives) may
    stand between."""
    words = view.lowers[max(view.sent_tokens[m.sent].start, m.first - 4):m.first]
    for cue in view.language.cue_words("another"):
        size = len(cue.split())
        for k in range(max(0, len(words) - size - 2), len(words) - size + 1):
            if " ".join(words[k:k + size]) == cue:
                return True
    return False


def _nearest_own_date(view: DocView, m: Mention) -> DateMention | None:
    """The date of ``m``'s sentence nearest to it, unless another mention of the sentence
    is nearer to that date ("the production … on a tour of Europe next year": the year
    is the tour's)."""
    if "own_date" in m.extra:
        return m.extra["own_date"]
    here = view.in_sentence("dates", m.sent)
    found = None
    if here:
        date = min(here, key=lambda d: _distance(view, m, d))
        mine = _distance(view, m, date)
        nearest = view.memo.setdefault(("nearest_mention", date.start), _nearest_distance(
            view, date, view.memo.get(("mentions_by_sentence",), {}).get(m.sent, [])))
        found = date if mine <= nearest else None
    m.extra["own_date"] = found  # asked again for every draft the mention is held against
    return found


def _nearest_distance(view: DocView, date: DateMention, mentions: list[Mention]) -> int:
    """How near the nearest of ``mentions`` stands to ``date`` (once per date)."""
    return min((_distance(view, o, date) for o in mentions), default=0)


def _own_years(view: DocView, m: Mention) -> frozenset[int]:
    """The years the date nearest to ``m`` in its sentence spans, when it states one."""
    date = _nearest_own_date(view, m)
    if date is None or not date.start_value or _year_inferred(date):
        # "runs until 15 January 2026": an end alone is open at the start, so any
        # earlier year of the event may be its start (as in :func:`_own_date`)
        return frozenset()
    ends = [v[:4] for v in (date.start_value, date.end_value) if v and v[:4].isdigit()]
    if not ends:
        return frozenset()
    return frozenset(range(int(min(ends)), int(max(ends)) + 1))


def _year_inferred(date: DateMention) -> bool:
    """Is the year of a day and month only the publication's («откроется 5 декабря …
    продлится до 20 января»: the next January)? The text states no year, so two such
    dates tell no two editions apart."""
    return bool(re.search(r"\d", date.text)) and not re.search(r"\d{4}", date.text) \
        and bool(date.start_value or date.end_value) \
        and _has_day(date.start_value or date.end_value or "")


def _has_day(value: str) -> bool:
    """Is ``value`` a day: ``2025-09-26``, or ``--09-26`` on an undated page?"""
    return (len(value) == 10 or (len(value) == 7 and value.startswith("--"))) \
        and value[-3] == "-" and value[-2:].isdigit()


def _nested(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Does either day range hold the other? A day without a year (``--09-26``) is
    compared with the others by month and day."""
    if any(v.startswith("--") for v in (*one, *other)):
        if not one[0] or not other[0]:
            return True  # an end alone and a day of no year: which comes first is untold
        one, other = (one[0][-5:], one[1][-5:]), (other[0][-5:], other[1][-5:])
    return (other[0] <= one[0] and one[1] <= other[1]) or (
        one[0] <= other[0] and other[1] <= one[1])


def _own_city(view: DocView, m: Mention) -> str | None:
    """The one city an event place of ``m``'s sentence names, if just one."""
    cities = {p.city for p in view.in_sentence("places", m.sent) if p.city
              and p.kind == "city" and _locative(view, p.start)}
    return cities.pop() if len(cities) == 1 else None


def _after_a_frame(view: DocView, m: Mention, mentions: list[Mention]) -> bool:
    """Is ``m`` told inside a frame named before it in its sentence («в рамках форума
    прошли мастер-классы и круглый стол «…»», "as part of the festival, a concert …")?
    Then it is a part of that frame, not the event of that type told before."""
    return any(o is not m and o.sent == m.sent and o.last < m.first and _framing(view, o)
               for o in mentions)


def _framing(view: DocView, m: Mention) -> bool:
    """Is ``m`` named as the frame of something else («в рамках фестиваля оркестр
    выступит в Анкаре»)? Then the date and the place of its sentence are the part's."""
    return _frames(view, m.sent, view.language.cue_words("frame"), [m])


def _other_occurrence(view: DocView, m: Mention, d: Draft) -> bool:
    """Does ``m`` state another occurrence of the kind of ``d``: a day of its own outside
    every day given to ``d`` («сессия 5 мая … сессия 12 мая»), or a city of its own where
    ``d``'s mentions name another («концерт 3 октября в Казани. … концерт 9 октября в
    Москве»)? Only across sentences: within one, which date is whose is a guess. A
    word of "another" right before it («ещё одна выставка», "another concert") says so
    anywhere."""
    if _says_another(view, m):
        return True
    if any(o.sent == m.sent for o in d.mentions) or _framing(view, m):
        return False
    if _earlier_edition(view, m):
        return True
    mine = _own_date(view, m)
    if mine is not None:
        theirs = [x for x in (_own_date(view, o) for o in d.mentions) if x is not None]
        if theirs and not any(_nested(mine, other) for other in theirs):
            return True
    # "in 1978 the theatre staged it" against "this October": years of their own
    years = _own_years(view, m)
    own = _nearest_own_date(view, m)
    if years and not (own is not None and own.start_value is None):
        # (an end alone, «көрме 2026 жылғы 15 қаңтарға дейін жұмыс істейді», is open at
        # its start: a run that opened the year before may end in its year)
        theirs_years = [y for y in (_own_years(view, o) for o in d.mentions) if y]
        if theirs_years and not any(years & other for other in theirs_years):
            return True
    city = _own_city(view, m)
    if city is not None:
        others = {c for c in (_own_city(view, o) for o in d.mentions) if c is not None}
        if others and city not in others:
            return True
    return False


def _earlier_edition(view: DocView, m: Mention) -> bool:
    """"The competition was first held in 2015 in Osh": a dated mention said to be the
    first edition (or the previous one) is not the occurrence the article reports."""
    cues = view.language.cue_words("earlier_edition")
    if not cues or not view.in_sentence("dates", m.sent):
        return False
    rng = view.sent_tokens[m.sent]
    after = " ".join(view.lowers[i] for i in range(m.last + 1, min(rng.stop, m.last + 5)))
    return any(f" {cue} " in f" {after} " for cue in cues)


def _bare_repeat(view: DocView, drafts: list[Draft], m: Mention) -> int | None:
    """"The meeting was attended by …" after "the 41st meeting of the Council" (a
    forum): a bare trigger word — no name, no complement, no date in its sentence —
    that an earlier event's mention opens with refers back to that event, whatever
    type the shorter word alone would give."""
    if m.name or m.phrase_first != m.first or m.phrase_last != m.last or m.first != m.last:
        return None
    s = view.doc.sentences[m.sent]
    if any(s.start <= d.start < s.end for d in event_dates(view)):
        return None
    word = view.key(m.first)
    # where the head comes last, the earlier phrase ends with the word («гастрольдік
    # сапармен барады … Сапар аясында»: the tour's visit, not a meeting)
    head = m.extra.get("pattern", ())[-1:] if view.language.head_final else ()
    found = [i for i, d in enumerate(drafts)
             if any(x.sent < m.sent and (view.key(x.first) == word or (
                 head and x.last > x.first and view.matches(x.last, head[0])))
                 for x in d.mentions)]
    return found[-1] if found else None


def _latest(drafts: list[Draft], accept, sent: int, distance: int) -> int | None:
    for i in range(len(drafts) - 1, -1, -1):
        d = drafts[i]
        # mentions join drafts in text order: the last one is the latest
        if accept(d) and sent - d.mentions[-1].sent <= distance:
            return i
    return None


def _same_sentence_other(by_sent: dict[int, list[Mention]], m: Mention) -> int | None:
    """The event of the mention nearest to ``m`` in its sentence (``by_sent``: the
    mentions of each sentence)."""
    here = [o for o in by_sent.get(m.sent, ()) if o is not m and o.event is not None]
    return min(here, key=lambda o: abs(o.first - m.first)).event if here else None


#: The most words of a headline-shaped line (another article's headline above this one).
TEASER_WORDS = 20
#: The fewest words of the lead sentence that opens an article's body.
LEAD_WORDS = 6


def _teaser_lines(view: DocView) -> set[int]:
    """"Astana Opera to tour China ¶ Almaty hosts jazz festival ¶ <headline> ¶ <date,
    byline> ¶ <lead>": the sentences above the article's first body sentence that stand
    alone on their line, shaped like a headline (no closing full stop, a few words), and
    are not the page's headline, are other articles' headlines a cleaner let through;
    an event named only there is not this article's (spec 5: events listed only as
    headlines in page chrome are not annotated)."""
    doc = view.doc
    text = doc.text
    lead = next((i for i, s in enumerate(doc.sentences)
                 if s.text.rstrip().endswith((".", "!", "?"))
                 and len(s.text.split()) >= LEAD_WORDS), None)
    if lead is None:
        return set()
    title = (doc.title or "").strip()
    found = set()
    for i, s in enumerate(doc.sentences[:lead]):
        line = s.text.strip()
        # (the rest of its line on either side is blank; looked up, not sliced whole)
        opens = text.rfind("\n", 0, s.start) + 1
        closes = text.find("\n", s.end)
        alone = not text[opens:s.start].strip() and not text[
            s.end:closes if closes >= 0 else len(text)].strip()
        if alone and line and line != title and not line.endswith((".", "!", "?", ":"))\
                and len(line.split()) <= TEASER_WORDS and not line.startswith(_BULLETS):
            found.add(i)
    return found


def _from_first_anchor(view: DocView, d: Draft) -> Draft:
    """Generic talk before the first specific mention («гастроли и фестивали укрепляют
    связи … гастроли «Астана Опера» в Большом театре») is not about this event."""
    first = next((i for i, m in enumerate(d.mentions) if anchored(view, m)), None)
    d.mentions = [] if first is None else d.mentions[first:]
    if all(m.kind == "anaphor" for m in d.mentions):
        d.mentions = []  # "the event", "the programme" only point at an event stated
    return d


def anchored(view: DocView, m: Mention) -> bool:
    """Is this a specific occurrence rather than a generic word?"""
    if m.kind != "verb" and _counted(view, m):
        return False
    if _own_works(view, m):
        return False
    if _habitual(view, m.sent):
        return False  # "Every year, Almaty hosts the Almaty Marathon"
    if m.kind == "verb" and view.key(m.first) in view.language.cue_set("weak_verb"):
        return _performs_somewhere(view, m)
    if m.name or m.in_list or m.kind in ("verb", "anaphor"):
        return True
    dates = view.in_sentence("dates", m.sent)
    if dates and not _plural(view, m):
        return True
    if any(len((d.start_value or d.end_value or "").lstrip("-")) >= 5 for d in dates):
        return True  # "events in 2025" are a class of events; "concerts on 5 May" are not
    if context_date(view, m.sent) is not None:
        return True
    # a tour or a visit is placed by where it goes too («гастрольдік сапармен
    # Моңғолияға», «Алматыға ресми сапармен келді»)
    if any(_locative(view, p.start, tour=m.type in ("tour", "meeting")) or _hosts(view, p)
           for p in view.in_sentence("places", m.sent)):
        return True  # "in Almaty", and "Almaty will host …" of its subject
    if m.type in ("tour", "meeting") and (_destination_country(view, m.sent)
                                          or _visited_place(view, m.sent)):
        return True
    if _title_cased_name(view, m) or (_name_opening_adjective(view, m)
                                      and not _only_spoken_at(view, m)):
        return True  # "at the Venice Film Festival", «на II Всемирные игры кочевников»: a name
    tail = [i for i in range(m.last + 1, m.phrase_last + 1)
            if view.tokens[i].text[:1].isupper()]
    if tail and not (_plural(view, m) and _head_key(view, m) in view.language.cue_set("generic")
                     and all(_in_place(view, i) for i in tail)):
        return True  # not "events dedicated to the designation of Aktau": still a class
    if not _plural(view, m) and _venue_in(view, m.sent):
        return True  # "at an award ceremony in the Akorda": one occurrence, placed
    verbs = view.language.cue_set("event_verb")
    speech = view.language.cue_set("speech")
    # "have held numerous concerts, exhibitions and film festivals": kinds of events; a
    # verb that is also one of speech («отметил важность Дня Республики»: noted) states
    # the event only as its object, right after it («отметили День Республики»)
    if not _plural(view, m) and not _in_plural_list(view, m) \
            and any(view.matches_any(i, verbs)
                    and (view.key(i) not in speech or m.phrase_first - i == 1)
                    for i in view.sent_tokens[m.sent]):
        return True
    if m.type == "meeting" and not _plural(view, m) and _sides_named(view, m):
        return True
    return _paragraph_anchored(view, m.sent)


#: How many words after a meeting's phrase may still name its sides («встреча с
#: делегацией Китая»).
SIDES_REACH = 4


#: Parts of speech that may govern a genitive before it («в рамках встречи», «итоги
#: встречи», «после встречи»); with none, a form like «встречи» is a plural.
_GOVERNS_GENITIVE = frozenset({"PREP", "NOUN", "ADJF", "PRTF", "NUMB", "NUMR"})


def _sides_named(view: DocView, m: Mention) -> bool:
    """«В рамках встречи кыргызской и кувейтской делегаций …», «встреча с делегацией
    Китая»: one meeting whose sides the phrase names by their countries is an occurrence,
    not talk of meetings in general (a class of meetings is plural or habitual)."""
    rng = view.sent_tokens[m.sent]
    head = view.tokens[m.last]
    if head.feats.get("case") == "gent" and (
            m.first == rng.start or view.tokens[m.first - 1].pos not in _GOVERNS_GENITIVE):
        return False  # «Встречи делегаций … стали традицией»: a plural subject, read as genitive
    if view.language.head_final:
        # Kazakh puts the sides before the noun, where they name the sides of talks in
        # general as often as of one meeting («көптеген елдермен келіссөзге қол
        # жеткізді», «Болгариямен келіссөз жүргізілуде»), and a country after the noun
        # — «келіссөздер кезінде Иран …» — is the next clause's: no anchor either way
        return False
    first, last = m.first, min(rng.stop - 1, max(m.last, m.phrase_last) + SIDES_REACH)
    start, end = view.tokens[first].start, view.tokens[last].end
    return any(start <= ref.start < end for ref in view.in_sentence("country_refs", m.sent))


def _own_works(view: DocView, m: Mention) -> bool:
    """«Свои постановки покажут труппы из Франции и Грузии», «свои работы представят
    художники»: performances or shows in the plural that a reflexive possessive
    (``own_possessive``) gives to the performers are what those performers bring to
    the event told around them, not occurrences of their own."""
    if m.kind != "noun":
        return False
    owns = view.language.cue_set("own_possessive")
    # (the possessive's number tells the noun's where a form like «постановки» is
    # genitive singular and nominative plural at once)
    return any(view.keys[i] in owns and (
        _plural(view, m) or view.tokens[i].feats.get("number") == "plur")
        for i in range(max(m.phrase_first, m.first - 2), m.first))


def _venue_in(view: DocView, sent: int) -> bool:
    """Does sentence ``sent`` name a venue — by its head word ("the Kazakh State
    Philharmonic") or as one known by name ("the Akorda")?"""
    if find_venue(view, sent) is not None:
        return True
    key = ("known_venues", sent)
    if key not in view.memo:
        view.memo[key] = places.find_venues(view.doc.sentences[sent].text, view.lang)
    return bool(view.memo[key])


def _performs_somewhere(view: DocView, m: Mention) -> bool:
    """"The violinist will perform at the Barbican Centre in London on Feb. 15": a verb
    of performing states a concert only with a day and a place of its own, in a sentence
    that names no event but the frame it is part of ("bands will perform at the festival"
    are the festival's)."""
    others = view.memo.get(("mentions_by_sentence",), {}).get(m.sent, [])
    # (one named as the frame the performance belongs to — "as part of his world tour",
    # «в рамках Дней культуры» — leaves it its own concert)
    frames = view.language.cue_words("frame")
    if any(o is not m and not _frames(view, m.sent, frames, [o]) for o in others):
        return False
    if view.key(m.first) in view.language.cue_set("speaking_verb") \
            and not _performer_word(view, m.sent):
        return False  # «выступит с докладом»: speaking, unless a performer is the subject
    placed = any(_locative(view, p.start) for p in view.in_sentence("places", m.sent)) or \
        find_venue(view, m.sent) is not None
    if not any(_has_day(d.start_value or d.end_value or "")
               for d in view.in_sentence("dates", m.sent)):
        # «оркестр выступил в Стамбуле»: a perfective verb tells one performance; a
        # performer's word is needed («выступил» alone may be a speech)
        return placed and view.tokens[m.first].feats.get("aspect") == "perf" \
            and _performer_word(view, m.sent)
    return placed


def _performer_word(view: DocView, sent: int) -> bool:
    """Does the sentence hold a performer's or a troupe's word («ансамбль», «певица»)?"""
    cues = role_words(view.lang, "performer", ("person", "group"))
    return any(view.matches_any(i, cues) for i in view.sent_tokens[sent])


def _title_cased_name(view: DocView, m: Mention) -> bool:
    """Is the trigger capitalised inside its sentence, after capitalised modifiers ("the
    Venice Film Festival", "the Astana International Forum")?"""
    start = view.sent_tokens[m.sent].start
    if m.first == start or not view.tokens[m.first].text[:1].isupper():
        return False
    if m.last > m.first and view.tokens[m.last].text[:1].isupper() \
            and not view.language.inflected:
        # "the Asian Winter Games": a trigger of several words, a name itself (where
        # names capitalise every word; «День Республики» is a holiday's, not an event's)
        return True
    return any(view.tokens[i].text[:1].isupper() for i in range(max(m.phrase_first, start + 1),
                                                                   m.first))


def _name_opening_adjective(view: DocView, m: Mention) -> bool:
    """«на II Всемирные игры кочевников», «Международный фестиваль …» inside a sentence:
    where a name capitalises its first word only (an inflecting, head-first language), a
    capitalised adjective of the phrase, not the sentence's first word, opens a proper
    name."""
    if view.language.head_final or not view.language.inflected:
        return False
    start = view.sent_tokens[m.sent].start
    return any(i != start and view.tokens[i].pos == "ADJF"
               and view.tokens[i].text[:1].isupper() and view.tokens[i].text[1:2].islower()
               for i in range(m.phrase_first, m.first))


def _only_spoken_at(view: DocView, m: Mention) -> bool:
    """«Об этом на III Национальном курултае говорил глава государства»: an event named
    as where something was said, in a sentence whose verb is one of speech and that
    states no occurrence, is the occasion of a statement, not an event reported."""
    rng = view.sent_tokens[m.sent]
    if m.phrase_first - 1 < rng.start \
            or view.lowers[m.phrase_first - 1] not in view.language.cue_set("locative"):
        return False
    speech = view.language.cue_set("speech")
    occur = view.language.cue_set("event_verb") | view.language.cue_set("occur_verb")
    verbs = [i for i in rng if view.tokens[i].pos == "VERB"]
    return any(view.key(i) in speech for i in verbs) \
        and not any(view.key(i) in occur for i in verbs)


def _head_key(view: DocView, m: Mention) -> str:
    """The key of the trigger's last noun ("event" of "events dedicated to")."""
    return view.key(next((i for i in range(m.last, m.first - 1, -1)
                          if view.tokens[i].pos == "NOUN"), m.last))


def _in_place(view: DocView, i: int) -> bool:
    """Is token ``i`` part of a place or country name?"""
    start, sent = view.tokens[i].start, view.token_sent[i]
    return any(p.start <= start < p.end for p in view.in_sentence("places", sent)) or any(
        r.start <= start < r.end for r in view.in_sentence("country_refs", sent))


def _habitual(view: DocView, sent: int) -> bool:
    """Does the sentence tell what happens as a rule ("every year", "annually"), with no
    date that picks one occurrence?"""
    cues = view.language.cue_words("habitual")
    if not cues or view.in_sentence("dates", sent):
        return False
    key = ("habitual", sent)  # asked for every mention of the sentence: read it once
    if key not in view.memo:
        text = " " + " ".join(view.lowers[i] for i in view.sent_tokens[sent]) + " "
        view.memo[key] = any(f" {cue} " in text for cue in cues)
    return view.memo[key]


def _plural(view: DocView, m: Mention) -> bool:
    """A plural trigger noun ("exhibitions are planned throughout the region",
    «концерты проходят по всей стране»): an event verb alone does not make a class of
    events one occurrence; a date or a place must."""
    head = next((i for i in range(m.last, m.first - 1, -1)
                 if view.tokens[i].pos == "NOUN"), m.last)  # "events" of "events dedicated to"
    return m.kind == "noun" and _plural_token(view, head)


def _plural_token(view: DocView, i: int) -> bool:
    """A plural noun, but not one that has no singular for one occurrence («гастроли»,
    «переговоры», «выборы»: the language's ``plurale_tantum`` lemmas)."""
    return view.tokens[i].feats.get("number", "").lower() == "plur" \
        and view.key(i) not in view.language.cue_set("plurale_tantum")


#: How many words a list item may have between its plural noun and the comma or
#: conjunction that joins it to the next ("traditional games", "film festivals").
LIST_ITEM_WORDS = 3


def _in_plural_list(view: DocView, m: Mention) -> bool:
    """Is the mention a plural noun in a list of plural nouns ("numerous concerts,
    exhibitions and film festivals", «концерты, выставки и ярмарки»): kinds of events
    named, not one occurrence, unless a date or a place says which? (Not days or weeks
    of culture, whose noun is plural in the singular.)"""
    if m.type in ("culture_days", "screening") or m.kind not in ("noun", "programme"):
        return False
    head = next((i for i in range(m.last, m.first - 1, -1)
                 if view.tokens[i].pos == "NOUN"), m.last)
    if not _plural_token(view, head):
        return False
    rng = view.sent_tokens[m.sent]
    joiners = set(view.language.cue_words("conjunction")) | {",", "or"}
    after = m.phrase_last + 1
    if after < rng.stop and view.lowers[after] in joiners:
        for i in range(after + 1, min(rng.stop, after + 1 + LIST_ITEM_WORDS)):
            if view.tokens[i].pos == "NOUN":
                return _plural_token(view, i)
    before = m.phrase_first - 1
    if before > rng.start and view.lowers[before] in joiners:
        for i in range(before - 1, max(rng.start - 1, before - 1 - LIST_ITEM_WORDS), -1):
            if view.tokens[i].pos == "NOUN":
                return _plural_token(view, i)
            if view.lowers[i] in joiners:
                break
    return False


def _counted(view: DocView, m: Mention) -> bool:
    """«120 концерт», «50-ден астам көрме», «бірнеше халықаралық фестиваль»: a trigger
    counted by a number (2 to 999, not a year) or a word of quantity is a tally of
    events, a statistic, not one occurrence (Kazakh nouns stay singular after a number,
    so the plural test misses them). A number before an adjective measures it instead
    («100 жылдық мерейтой», «екі күндік фестиваль»): only a word of quantity counts
    across one."""
    rng = view.sent_tokens[m.sent]
    lang = view.language
    start = min(m.first, m.phrase_first)
    if start < m.first and (view.lowers[start] in lang.cue_set("count_word")
                            or view.lowers[start] in lang.cue_set("count_number")):
        return True  # "several concerts", "nine meetings": the phrase opens with its count
    i = start - 1
    qualifiers = lang.cue_words("count_qualifier")
    qualified = False
    while i >= rng.start and qualifiers and view.lowers[i].endswith(qualifiers) \
            and not qualified:
        qualified = True
        i -= 1
    if i >= rng.start and view.lowers[i] in lang.cue_set("count_word"):
        return True
    if qualified:
        return False
    while i >= rng.start and view.lowers[i] in lang.cue_set("count"):
        i -= 1  # «50-ден астам»: the number is before the word of "more than"
    if i < rng.start:
        return False
    word = view.lowers[i]
    number = re.match(r"(\d{1,3})(?:-[^\W\d_]{1,4})?$", word)
    if number and not word.endswith(tuple(lang.cue_words("ordinal_suffix"))):
        return 2 <= int(number.group(1)) <= 999
    return word in lang.cue_set("count_number")


PARAGRAPH_REACH = 1  # sentences either side whose date or place anchors a mention


def _paragraph_anchored(view: DocView, sent: int) -> bool:
    """A date or an event's place in a neighbouring sentence of the same paragraph
    («The festival opens on 3 May. Its programme also has a poetry contest.»): the
    paragraph, not the sentence, is what tells a specific occurrence from talk."""
    doc = view.doc
    para = paragraphs(view)
    for other in range(max(0, sent - PARAGRAPH_REACH),
                       min(len(doc.sentences), sent + PARAGRAPH_REACH + 1)):
        if other == sent or para[other] != para[sent]:
            continue
        if view.in_sentence("dates", other):
            return True
        if any(_locative(view, p.start) for p in view.in_sentence("places", other)):
            return True
    return False


def paragraphs(view: DocView) -> list[int]:
    """The paragraph number of each sentence: a new paragraph starts after a line break
    that follows a finished sentence, or after a blank line (a wrapped line inside a
    sentence does not start one)."""
    key = ("paragraphs",)
    if key not in view.memo:
        doc, out, number = view.doc, [], 0
        for i, sentence in enumerate(doc.sentences):
            if i:
                gap = doc.text[doc.sentences[i - 1].end:sentence.start]
                ended = doc.sentences[i - 1].text.rstrip().endswith((".", "!", "?", "…", "»", '"'))
                if "\n\n" in gap or ("\n" in gap and ended):
                    number += 1
            out.append(number)
        view.memo[key] = out
    return view.memo[key]


def _locative(view: DocView, start: int, tour: bool = False) -> bool:
    """Is the place at ``start`` governed by «в»/"in"/"at" (also "to" for a ``tour``)?
    Where a case ending marks the place (a Kazakh locative) it is taken as governed."""
    end = next((p.end for p in view.doc.places if p.start == start), start)
    return view.language.governs_place(view.doc.text, start, end, tour)


def _visited_place(view: DocView, sent: int) -> bool:
    """Is a place of the sentence the object of a verb of visiting («посетил Бишкек с
    рабочим визитом», "visited Baku")? Where a visit goes places it as «в»/"in" would."""
    visit = view.language.cue_set("visit_verb")
    if not visit:
        return False
    first = view.sent_tokens[sent].start
    for p in view.in_sentence("places", sent):
        i = view.first_token_from(p.start)
        if first < i < len(view.tokens) and view.tokens[i].start == p.start \
                and view.key(i - 1) in visit:
            return True
    return False


def _destination_country(view: DocView, sent: int) -> bool:
    """Does a country written with a dative ending stand in the sentence («Өзбекстанға
    мемлекеттік сапармен барады»): where a visit or a tour goes? The country's mention
    holds its ending, which the place test (a name, then its ending) does not see."""
    endings = view.language.place_words("dative_ending")
    return bool(endings) and any(
        r.text.lower().endswith(endings) and len(r.text) > 5
        for r in view.in_sentence("country_refs", sent))


def attach_sentences(view: DocView, drafts: list[Draft]) -> None:
    """Sentences that list performers or creators without naming an event belong to the
    latest event before them; performers named beside a non-performing event (a speech
    about a referendum at a concert) belong to the latest performance."""
    owners: dict[int, set[int]] = {}
    for i, d in enumerate(drafts):
        for m in d.mentions:
            owners.setdefault(m.sent, set()).add(i)
    for sent in range(len(view.doc.sentences)):
        here = owners.get(sent, set())
        if not here and _list_item(view, sent):
            head = _list_head(view, sent)
            heads = [i for i, d in enumerate(drafts) if head is not None and head in d.sents()]
            if heads:  # the items of a list a sentence of the event opens with a colon
                drafts[heads[-1]].extra_sents.append(sent)
                continue
        if not here and sent > 0 and _points_back(view, sent):
            told = [(m.kind != "anaphor", m.first, i) for i, d in enumerate(drafts)
                    for m in d.mentions if m.sent == sent - 1]
            if told:  # «… форум өтті. Оған X қатысты»: the event just told
                drafts[max(told)[2]].extra_sents.append(sent)
                continue
        performers = people.performer_verb(view, sent) is not None
        if here and not (performers and not any(drafts[i].type in PERFORMING for i in here)):
            continue
        if here and people.attends(view, sent) and any(
                m.sent == sent and m.kind != "anaphor" for i in here for m in drafts[i].mentions):
            continue  # «Ашылу салтанатына X қатысты»: they attend the event named here (a
            # word referring back, «шарада», may mean the performance told before)
        if not here and sent > 0 and _titled_performer(view, sent) \
                and not _events_together(view, sent) \
                and not view.in_sentence("dates", sent) \
                and not view.in_sentence("places", sent):
            # "A concert … took place on Friday. Conductor X led the orchestra.": a
            # performer named by a performer's title right after a performance told in
            # the sentence before, in its paragraph, takes part in it — unless the
            # sentence tells a time or a place of its own («… бүгін Парижге ұшып кетті»:
            # another occasion)
            para = paragraphs(view)
            spoken = sent - 1
            # (over a sentence that tells only what the performance is timed to —
            # «Выступление приурочено к Дням культуры …» — to the performance before it)
            if spoken > 0 and all(_told_as_occasion(view, m) for d in drafts
                                  for m in d.mentions if m.sent == spoken) \
                    and any(m.sent == spoken for d in drafts for m in d.mentions):
                spoken -= 1
            performed = [i for i, d in enumerate(drafts) if d.type in PERFORMING
                         and any(m.sent == spoken and not _told_as_occasion(view, m)
                                 for m in d.mentions)]
            if performed and (para[spoken] == para[sent] or (
                    _one_sentence_paragraph(view, sent) and para[spoken] == para[sent] - 1
                    and _takes_part(view, sent))):
                # (a performance rather than the programme told with it: «концерт,
                # посвящённый Году Казахстана», "… a concert as part of the Days of Uzbek
                # Culture. Soloists A and B …" — the performance's)
                chosen = max(performed, key=lambda i: (drafts[i].first.kind != "programme", i))
                drafts[chosen].extra_sents.append(sent)
                continue
        sides = not here and _names_sides(view, sent)
        back = not here and not performers and _opens_with_occasion(view, sent)
        if not performers and not sides and not back and not _has_credit(view, sent):
            continue
        if not here and _tells_founding(view, sent):
            continue  # "The festival was established by a decree of President X": history
        # (a holiday named only as the time of what is told, "on the eve of …", is
        # told nothing of)
        awarded = performers and _awarded(view, sent)
        before = [i for i, d in enumerate(drafts) if d.first.sent < sent
                  and (not performers or d.type in PERFORMING
                       or (awarded and d.type in AWARDING))
                  and not all(m.extra.get("time_frame") for m in d.mentions)]
        if (sides or back) and not before:  # "masters from … present their works" at a fair
            before = [i for i, d in enumerate(drafts) if d.first.sent < sent]
        if sides:  # the sides of the event of the paragraph, not of one told before it
            # (or, where each sentence is a paragraph of its own, as agencies write, of
            # the paragraph right before)
            para = paragraphs(view)
            before = [i for i in before if any(para[m.sent] == para[sent]
                                               for m in drafts[i].mentions)] or [
                i for i in before if _one_sentence_paragraph(view, sent)
                and any(para[m.sent] == para[sent] - 1 for m in drafts[i].mentions)]

        # a Kazakh verb of performing is also one of attending («қатысты»): with no
        # performance before, those named attend the ceremony, forum or meeting before
        if not before and performers and not here and view.language.head_final:
            before = [i for i, d in enumerate(drafts) if d.first.sent < sent]
        if not before and performers and not here:
            # «на презентации выступили …»: the event's own word said again names it;
            # «на открытии выступили …», «организаторами выступили …»: with no
            # performance before, those named take part in the event just told, when
            # it is told in this paragraph or one of the two before
            para = paragraphs(view)
            before = _named_again(view, drafts, sent) or (
                [i for i, d in enumerate(drafts) if d.first.sent < sent
                 and any(0 <= para[sent] - para[m.sent] <= 2 for m in d.mentions)]
                if _tells_the_occasion(view, sent) else [])
        if before and not here and _events_together(view, sent):
            # «в мероприятиях примут участие …» after a programme and its parts: those
            # named take part in the programme, not in its last part
            programmes = [i for i in before if drafts[i].first.kind == "programme"]
            before = programmes[-1:] or before
            drafts[before[0]].extra_sents.append(sent)
            continue
        if performers and not here:
            # "An exhibition also opened. Artist X presented his paintings": the event
            # told in the sentence's own paragraph, performing or not, before a
            # performance of another paragraph — and, with no performance told
            # («Открылась выставка картин. Свои работы представили художники …»), that
            # event anyway
            para = paragraphs(view)
            told_here = [i for i, d in enumerate(drafts)
                         if any(m.sent < sent and para[m.sent] == para[sent]
                                for m in d.mentions)]
            if not before or (told_here and not set(told_here) & set(before)):
                before = told_here
        if not before:
            continue
        # the latest event before; of several in one sentence, a performance rather
        # than the programme it is part of (the gala's singers, not the culture days')
        # (a programme named only as the occasion of the performance told before —
        # «Выступление приурочено к Дням культуры» — is not told there itself)
        latest = max(before, key=lambda i: (max((m.sent for m in drafts[i].mentions
                                                 if m.sent < sent
                                                 and not _told_as_occasion(view, m)),
                                                default=-1),
                                            drafts[i].first.kind != "programme", i))
        drafts[latest].extra_sents.append(sent)
        for i in here:
            drafts[i].lent_sents.append(sent)


def _told_as_occasion(view: DocView, m: Mention) -> bool:
    """Is ``m`` named after a word of occasion («приурочено к Дням культуры», "timed
    to")? Its sentence tells what is timed to it, not the event itself."""
    cues = view.language.cue_words("occasion")
    if not cues or view.language.head_final:
        return False
    rng = view.sent_tokens[m.sent]
    start = m.phrase_first if m.phrase_first else m.first
    keys = " ".join(view.key(i) for i in range(max(rng.start, start - 4), start))
    return any(f"{cue} " in f"{keys} " for cue in cues)


#: Event types at which awards are handed out: those awarded there take part in them.
AWARDING = frozenset({"ceremony"})


def _awarded(view: DocView, sent: int) -> bool:
    """Is the sentence's verb of performing one of being awarded ("A and B were awarded
    the Order of Parasat": a verb of the language's ``award_word`` cue)? Those awarded
    take part in the award ceremony told before, which nobody performs at."""
    verb = people.performer_verb(view, sent)
    return verb is not None and view.keys[verb] in view.language.cue_set("award_word")


def _titled_performer(view: DocView, sent: int) -> bool:
    """Does a performer's title word stand right before a person the tagger found in
    the sentence ("Conductor Aidar Torybayev", «солистка Айгуль Иманбаева»), or open the
    person's span where the tagger took the title in ("Soloists A and B will also take
    part": a capitalised title opening the sentence)?"""
    index = role_index(view.lang)
    for e in view.in_sentence("entities", sent):
        if e.label != "PER":
            continue
        first = view.first_token_from(e.start)
        for i in (first - 1, first):
            if i >= view.sent_tokens[sent].start and any(
                    role == "performer" and kind == "person" and view.matches(i, cue)
                    for cue, role, kind in view.candidates(i, index)):
                return True
    return False


def _events_together(view: DocView, sent: int) -> bool:
    """Does the sentence speak of the events in the plural with the generic noun («в
    мероприятиях», "the events")?"""
    words = view.language.cue_set("event_noun") | view.language.cue_set("generic")
    return any(view.matches_any(i, words) and _plural_token(view, i)
               for i in view.sent_tokens[sent])


def _named_again(view: DocView, drafts: list[Draft], sent: int) -> list[int]:
    """The events told before ``sent`` whose head word the sentence says again («На
    презентации выступили …» after «состоялась презентация книги»)."""
    words = {view.keys[i] for i in view.sent_tokens[sent]}
    return [i for i, d in enumerate(drafts) if d.first.sent < sent
            and any(m.kind != "verb" and head_key(view, m) in words for m in d.mentions)]


def _tells_the_occasion(view: DocView, sent: int) -> bool:
    """Does a sentence without an event word point at the event's occasion — its
    opening or ceremony, the generic event noun, or who organised it («на открытии»,
    «в мероприятии», «организаторами», "at the ceremony")?"""
    lang = view.language
    words = lang.cue_set("opener") | lang.cue_set("opening") | lang.cue_set("event_noun")
    organisers = role_words(view.lang, "organizer", ("-",))
    return any(view.matches_any(i, words) or view.matches_any(i, organisers)
               for i in view.sent_tokens[sent])


def _points_back(view: DocView, sent: int) -> bool:
    """Does sentence ``sent`` open with a pronoun standing for the occasion just told
    («Оған …», «Онда …», «Бұған …»: ``cues.tsv`` ``event_pronoun``)?"""
    rng = view.sent_tokens[sent]
    return rng.start < rng.stop and view.lowers[rng.start] in view.language.cue_set(
        "event_pronoun")


def _list_head(view: DocView, sent: int) -> int | None:
    """The sentence ending with a colon that opens the list whose item ``sent`` is
    («Концертке қатысқан әншілер:», "Performers:"), over the items before it; None when
    the items follow no colon."""
    k = sent - 1
    while k >= 0 and sent - k <= 40:
        if view.doc.sentences[k].text.rstrip().endswith(":"):
            return k
        if not _list_item(view, k):
            return None
        k -= 1
    return None


def _opens_with_occasion(view: DocView, sent: int) -> bool:
    """A sentence that opens with the generic noun of an occasion («Шараға …», «Іс-шарада
    …», «Жиында …», «Аталған басқосуға …»: ``cues.tsv`` ``refers_back``) is about the
    event told before it: who it names there attended or spoke at that event."""
    back = view.language.cue_words("refers_back")
    if not back:
        return False
    rng = view.sent_tokens[sent]
    for i in range(rng.start, min(rng.stop, rng.start + 2)):
        low = view.lowers[i]
        if not view.tokens[i].text[:1].isalpha():
            continue
        if any(low != word and low.startswith(word) and view.matches(i, word)
               for word in back) and view.lowers[i] not in back:
            return True  # the noun with a case ending; «Аталған» alone goes on to its noun
    return False


def _tells_founding(view: DocView, sent: int) -> bool:
    """Does the sentence tell how something was founded ("was established by a decree
    of …", the language's ``founded`` cues after an auxiliary)? Who founded a recurring
    event takes no part in this occurrence."""
    cues = view.language.cue_set("founded")
    rng = view.sent_tokens[sent]
    return bool(cues) and any(view.lowers[i] in cues and view.lowers[i - 1] in ("was", "were")
                              for i in rng if i > rng.start)


def _takes_part(view: DocView, sent: int) -> bool:
    """Does the sentence say that those it names take part (the language's
    ``takes_part`` phrases: "will also take part", "joined them")? A one-sentence
    paragraph of an agency's report then goes on with the event before it; one that
    says something else of a person ("is known for his recordings") does not."""
    words = [view.lowers[i] for i in view.sent_tokens[sent]]
    text = f" {' '.join(words)} "
    return any(f" {cue} " in text for cue in view.language.cue_words("takes_part"))


def _one_sentence_paragraph(view: DocView, sent: int) -> bool:
    """Is sentence ``sent`` a paragraph by itself?"""
    para = paragraphs(view)
    return para.count(para[sent]) == 1


def _names_sides(view: DocView, sent: int) -> bool:
    """"Masters from Kazakhstan, Kyrgyzstan and Tajikistan present their works",
    "Delegations from 12 countries arrived": a sentence with no event of its own that
    ties people to a country names the sides of the event it follows (spec: countries
    of delegations and performers)."""
    doc = view.doc
    s = doc.sentences[sent]
    sources = view.language.cue_words("source")
    for ref in view.in_sentence("country_refs", sent):
        before = doc.text[max(s.start, ref.start - 40):ref.start].lower().split()
        if before and before[-1] in sources and (_party_from(view, before)
                                                  or _party_head_before(view, ref.start)):
            return True
    return False


def _is_headline(view: DocView) -> bool:
    """Is the first sentence the page's headline, with a sentence after it?"""
    return len(view.doc.sentences) > 1 and view.opens_with_title()


def _headline_is_lead(view: DocView, drafts: list[Draft]) -> list[Draft]:
    """"Tokayev meets UNESCO chief" over "President Tokayev met with UNESCO
    Director-General … on Monday": the headline's event of one type and the lead's
    event of that type are one event, when each is the only one of its type there. The
    headline's event joins the lead's."""
    if not _is_headline(view):
        _tour_of_concerts(view, drafts)
        return [d for d in drafts if d.mentions]
    # the lead is the first sentence after the headline that tells an event (not an
    # agency's dateline standing as a sentence of its own: «АСТАНА, 15 сентября.»)
    lead_sent = min((m.sent for d in drafts for m in d.mentions if m.sent > 0), default=1)
    for d in drafts:
        if not d.mentions or d.first.sent != 0 or any(m.sent == lead_sent for m in d.mentions):
            continue
        same = [e for e in drafts if e is not d and e.type == d.type and e.mentions]
        in_lead = [e for e in same if any(m.sent == lead_sent for m in e.mentions)]
        if len(in_lead) != 1 or any(any(m.sent == 0 for m in e.mentions) for e in same):
            continue
        target = in_lead[0]
        head, lead = d.first, next(m for m in target.mentions if m.sent == lead_sent)
        head_day, lead_day = _own_date(view, head), _own_date(view, lead)
        head_city, lead_city = _own_city(view, head), _own_city(view, lead)
        head_years, lead_years = _own_years(view, head), _own_years(view, lead)
        if (head_day and lead_day and not _nested(head_day, lead_day)) or (
                head_city and lead_city and head_city != lead_city) or (
                head_years and lead_years and not head_years & lead_years) or \
                _earlier_edition(view, lead):
            continue  # a first line with its own day or city is an occurrence of its own
        target.mentions = sorted([*d.mentions, *target.mentions], key=lambda m: m.first)
        d.mentions = []
    _tour_of_concerts(view, drafts)
    return [d for d in drafts if d.mentions]


def _tour_of_concerts(view: DocView, drafts: list[Draft]) -> None:
    """"Orchestra to tour Europe" over "The orchestra will give concerts in Berlin,
    Vienna and Paris from June 20 to July 2": the concerts (plural) the lead lists are
    the headline's tour itself, with its dates, places and performers. So too for a tour
    told in any sentence and the performances (plural) the next sentence of its paragraph
    lists («Театр проведёт гастроли в Казани. С 12 по 15 ноября артисты покажут
    спектакли «А» и «Б».»): when the tour has no day of its own, the performances are its
    programme and their dates are its dates."""
    tours = [d for d in drafts if d.type == "tour" and d.mentions]
    if len(tours) != 1:
        return
    tour = tours[0]
    first, following = tour.first.sent, tour.first.sent + 1
    if any(m.sent == following for m in tour.mentions) or following >= len(view.doc.sentences):
        return
    headline = first == 0 and _is_headline(view)
    if not headline and (paragraphs(view)[first] != paragraphs(view)[following]
                         or _own_date(view, tour.first)):
        return
    in_lead = [e for e in drafts if e.mentions and any(m.sent == following for m in e.mentions)]
    if len(in_lead) != 1 or in_lead[0].type not in ("concert", "stage"):
        return
    target = in_lead[0]
    if target.first.sent != following or not _plural(view, target.first) \
            or (target.name and headline):
        return
    tour.mentions = sorted([*tour.mentions, *target.mentions], key=lambda m: m.first)
    target.mentions = []


_CONTENT_POS = frozenset({"NOUN", "PROPN", "X", "LATN"})


def lead_of_headline(view: DocView, drafts: list[Draft], mentions: list[Mention]
                     ) -> list[Mention]:
    """A news lead restates its headline with the facts ("Orchestra to tour Europe" —
    "The orchestra will perform in Vienna, Prague and Budapest from Oct. 12 to 20"):
    when the headline states one event, and the lead names no event of its own but
    shares a noun with the headline, the lead is that event's too — its dates, places,
    people and tense. Returns the mention added for it (kind ``anaphor``, at its verb)."""
    if not _is_headline(view):
        return []
    lead = 1
    if any(m.sent == lead and m.event is not None for m in mentions):
        return []  # (a word no event was made of, "will perform", leaves the lead free)
    heads = [i for i, d in enumerate(drafts) if any(m.sent == 0 for m in d.mentions)]
    if len(heads) != 1:
        return []

    def nouns(sent: int) -> set[str]:
        return {view.keys[i] for i in view.sent_tokens[sent]
                if view.tokens[i].pos in _CONTENT_POS or view.tokens[i].text[:1].isupper()}

    if not (nouns(0) - {view.keys[i] for i in view.sent_tokens[0]
                        if i == view.sent_tokens[0].start}) & nouns(lead):
        return []
    verb = people.performer_verb(view, lead)
    if verb is None:
        verb = next((i for i in view.sent_tokens[lead]
                     if view.tokens[i].pos in ("VERB", "AUX")), None)
    if verb is None:
        return []
    d = drafts[heads[0]]
    m = Mention(d.type, "anaphor", lead, verb, verb, title=d.first.title,
                phrase_first=verb, phrase_last=verb, event=heads[0])
    d.mentions.append(m)
    return [m]


def _has_credit(view: DocView, sent: int) -> bool:
    """Does a sentence with a name credit it with a part (a role cue of
    :data:`ATTACHING_ROLES`), or with a win («Байқау жеңімпазы – …», «Гран-при … алды»:
    ``cues.tsv`` ``winner``)?"""
    rng = view.sent_tokens[sent]
    if not any(e.label in ("PER", "ORG") for e in view.in_sentence("entities", sent)):
        return False
    index = role_index(view.lang)
    if any(role in ATTACHING_ROLES and view.matches(i, cue)
           for i in rng for cue, role, _kind in view.candidates(i, index)):
        return True
    winners = view.language.cue_words("winner")
    return (bool(winners) and any(view.lowers[i].startswith(winners) for i in rng)) \
        or _won_a_prize(view, sent) or _credit_line(view, sent, index)


def _won_a_prize(view: DocView, sent: int) -> bool:
    """«Второе место занял X», «Главный приз получил X»: a prize or a place (``prize``)
    with a verb of winning it (``win_verb``, lemmas) in one sentence credits its names
    with a win, as a word of the winner does."""
    verbs = view.language.cue_set("win_verb")
    if not verbs:
        return False
    rng = view.sent_tokens[sent]
    prizes = view.language.cue_set("prize")
    return any(view.keys[i] in prizes and view.tokens[i].pos == "NOUN" for i in rng) \
        and any(view.keys[i] in verbs and view.tokens[i].pos == "VERB" for i in rng)


#: How many words a verbless credit line may put before its dash or colon («Басты
#: рөлде – X», «Қазылар алқасының төрағасы – X», «Дирижёр — X», "Conductor: X").
CREDIT_HEAD = 4


def _credit_line(view: DocView, sent: int, index: dict) -> bool:
    """Is the sentence a credit with no verb — a few words with a role cue of any role
    (a performer's too: «Басты рөлде», «Дирижер»), then a dash or a colon, then a name?
    Programmes and reviews list who did what so, after the event they tell; the line
    says nothing of its own and belongs to that event."""
    rng = view.sent_tokens[sent]
    if view.language.head_final and _ends_in_credited_name(view, sent, index):
        return True
    for i in range(rng.start + 1, min(rng.stop - 1, rng.start + CREDIT_HEAD + 1)):
        if view.tokens[i].text not in ("–", "—", "-", ":"):
            continue
        if not view.tokens[i + 1].text[:1].isupper():
            return False
        return any(view.matches(k, cue) for k in range(rng.start, i)
                   for cue, _role, _kind in view.candidates(k, index)) \
            or (view.tokens[i].text == ":" and _names_only(view, sent, i + 1))
    return False


def _ends_in_credited_name(view: DocView, sent: int, index: dict) -> bool:
    """Does a sentence of a verb-final language end in a person's name right after a
    role cue («Оркестрдің бас дирижері Ержан Дәуітов.»)? A verb-final clause that ends
    in a noun has no verb: the name is its predicate, a credit of the event before."""
    rng = view.sent_tokens[sent]
    last = rng.stop - 1
    while last > rng.start and not view.tokens[last].text[:1].isalpha():
        last -= 1
    person = next((e for e in view.in_sentence("entities", sent)
                   if e.label == "PER" and e.end == view.tokens[last].end), None)
    if person is None:
        return False
    first = next((i for i in rng if view.tokens[i].start == person.start), None)
    return first is not None and first > rng.start and any(
        view.matches(first - 1, cue) for cue, _role, _kind in view.candidates(first - 1, index))


def _names_only(view: DocView, sent: int, start: int) -> bool:
    """Is the rest of the sentence from ``start`` a list of two or more names and
    nothing else («Іріктеуден өткендер: A, B және C», "Finalists: A, B and C")? A
    heading of a few words and a bare list of names is a line of the event told before,
    whatever the heading calls them; a clause after the colon is not."""
    spans = [(e.start, e.end) for e in view.in_sentence("entities", sent)
             if e.label in ("PER", "ORG")]
    joiners = {*_LIST_MARKS, *view.language.cue_words("list_joiner")}
    held: set[tuple[int, int]] = set()
    for i in range(start, view.sent_tokens[sent].stop):
        tok = view.tokens[i]
        span = next((sp for sp in spans if sp[0] <= tok.start < sp[1]), None)
        if span is not None:
            held.add(span)
        elif view.lowers[i] not in joiners:
            return False
    return len(held) >= 2


#: Marks that separate the items of a list of names, or close it.
_LIST_MARKS = frozenset({",", ";", ".", "«", "»", '"'})


#: Roles whose cue in a sentence without an event of its own ties the people named there
#: to the event before it: creators (role other), and officials, guests and organisers
#: who act at it ("The event was attended by the minister …", «приветствовал участников»).
ATTACHING_ROLES = frozenset({"other", "official", "guest", "organizer"})


def assign_dates(view: DocView, drafts: list[Draft], mentions: list[Mention]) -> None:
    """Each date goes to the nearest mention in its sentence that can take one (not a
    listed part); an event takes the first date given to any of its mentions."""
    doc = view.doc
    frames = view.language.cue_words("frame")
    orphans: list[DateMention] = []  # dates of sentences that name no event
    for date in event_dates(view):
        sent = view.sentence_at(date.start)
        # a listed part takes a date only after it ("… a book presentation and a concert,
        # scheduled for September 24"); one before the list is its programme's
        here = [m for m in mentions if m.sent == sent and m.event is not None
                and (not m.in_list or doc.tokens[m.last].end <= date.start)
                and not (m.extra.get("pointer") and m.kind == "anaphor"
                         and any(o.event != m.event and o.sent == sent for o in mentions))]
        if not here:
            # a mention that joined no event (a bare «Іс-шара» left out) names none
            if not any(m.sent == sent and m.event is not None for m in mentions):
                orphans.append(date)
            continue
        # «25 апреля состоится гала-концерт, 26 апреля откроется выставка»: a mention of
        # the date's own clause before one across a comma, however near
        clause = [m for m in here if _same_clause(view, m, date)] or here
        best = min(clause, key=lambda m: _distance(view, m, date))
        best = _before_the_comma(view, date, best, here)
        if _frames(view, sent, frames, [best]):
            # "… at the Bolshoi on April 5-6 as part of the Days of Kazakh Culture",
            # «Сегодня в рамках Дней культуры театр представил спектакль»: the sentence
            # dates the framed event, not the programme named as its frame
            others = [m for m in here if m.event != best.event
                      and not _frames(view, sent, frames, [m])]
            if others:
                best = min(others, key=lambda m: _distance(view, m, date))
        if _year_spoken_of(view, date, best):
            continue
        spanned = date if best.event is None or best.event >= len(drafts) \
            else _ended_span(view, drafts[best.event], date, best)
        if spanned is not date:
            date = spanned
        elif _said_to_end(view, date, best):
            date = dataclasses.replace(date, start_value=None, end_value=date.start_value)
        if best.event is not None and best.event < len(drafts):
            drafts[best.event].date_options.append(date)
        opened = _opened_programme(view, date, best, here)
        if opened is not None and opened.event is not None and opened.event < len(drafts):
            drafts[opened.event].date_options.append(date)
    _share_the_day(view, drafts, mentions)
    for date in orphans:
        target = _told_after(view, date, mentions)
        if target is None:
            target = _named_back(view, date, mentions)
        # a day it ends on joins the day it was given ("… opened on 5 December. It runs
        # until 10 January")
        if target is not None and (not drafts[target].date_options or (
                date.start_value is None and date.end_value)):
            drafts[target].date_options.append(date)
    taken = {m.sent for m in mentions if m.event is not None}
    for draft in drafts:
        if not draft.date_options:
            # "- At 11am the tournament begins" under "The main festivities are scheduled
            # for 5 October:": the day of the schedule it is listed under
            found = next((c for m in draft.mentions if m.kind != "programme"
                          for c in (context_date(view, m.sent),) if c is not None), None)
            if found is None:
                found = _orphan_date_before(view, draft, taken)
            if found is None:
                found = _paragraph_day(view, draft, drafts)
            if found is not None:
                draft.date_options.append(found)
        options = [o for o in draft.date_options if not _earlier_year(view, draft, o)]
        options = [o for o in options if not _occasion_day(view, o)] or options
        if options:
            draft.dates = _with_end(max(options, key=_specificity), options)


#: How many tokens from a day a verb of ending may stand to make it the day of the end.
END_REACH = 3


def _said_to_end(view: DocView, date: DateMention, best: Mention) -> bool:
    """«Фестиваль завершится в воскресенье», "the festival will end on Sunday",
    «көрме 20 наурызда жабылады»: a single day next to a verb of ending (``end_verb``)
    not in the past is the day the event named before the verb (``best``, its subject)
    ends on, not the day it starts — it is under way or still to come ("… will end on
    Sunday with a gala concert": the day of the concert, named after, is its start). A
    past ending («завершился 5 марта») is left as it is: a report of a finished event
    dates the event so."""
    if date.end_value is not None or date.start_value is None:
        return False
    ends = view.language.cue_set("end_verb")
    if not ends:
        return False
    rng = view.sent_tokens[view.sentence_at(date.start)]
    first = view.first_token_from(date.start)
    last = view.first_token_from(date.end) - 1
    near = range(max(rng.start, first - END_REACH), min(rng.stop, last + END_REACH + 1))
    return any(view.matches_any(i, ends) and best.last < i
               and view.language.tense_status(view.tokens[i]) != "held" for i in near)


def _earlier_year(view: DocView, draft: Draft, date: DateMention) -> bool:
    """«В Астане открылся фестиваль «Шабыт». В прошлом году фестиваль собрал пять тысяч
    зрителей», "… was first held in 2001": a year alone, before the year of publication,
    does not date an event another sentence says is under way or to come — it tells of
    an earlier edition (a day or a month may well open a long run: "the exhibition,
    open since 15 May 2024, continues")."""
    published = view.doc.published
    value = date.start_value or date.end_value or ""
    if not published or len(value) != 4 or value >= published[:4]:
        return False
    sent = view.sentence_at(date.start)
    return any(_local_status(view, m) in ("ongoing", "planned") for m in draft.mentions
               if m.sent != sent and not m.extra.get("pointer"))


#: How many words may stand between a word of dedication ("dedicated to") and the day of
#: the holiday it names: the holiday's name, an article, a word of celebrating.
OCCASION_REACH = 6


def _occasion_day(view: DocView, date: DateMention) -> bool:
    """«концерт, посвящённый Дню Республики 25 октября, прошёл 18 октября», "a concert
    dedicated to Republic Day on October 25": a day right after the holiday a dedication
    names is the holiday's; an event with another date takes that one. (Where the cue
    follows the holiday, as in Kazakh, the day stands before both: not read here.)"""
    if view.language.head_final:
        return False
    sent = view.sentence_at(date.start)
    if sent < 0:
        return False
    rng = view.sent_tokens[sent]
    at = view.first_token_from(date.start)
    window = range(max(rng.start, at - OCCASION_REACH), at)
    cut = max((i for i in window if view.lowers[i] in (",", ";", "(", ")", "—", "–")),
              default=window.start - 1)
    keys = " ".join(view.key(i) for i in range(cut + 1, at))
    return any(f" {cue} " in f" {keys} " for cue in view.language.cue_words("occasion"))


def _told_during(view: DocView, m: Mention, adjacent: bool = True) -> bool:
    """«В ходе встречи стороны обсудили …», "During the talks …", «Кездесу барысында …»:
    the mention only points at the event in whose course something is told (a
    ``during`` cue right before it — with ``adjacent`` false, among the four words before
    it — or after it where heads come last)."""
    rng = view.sent_tokens[m.sent]
    if view.language.head_final:  # «кездесу барысында»: the word follows its noun
        after = range(m.last + 1, min(rng.stop, m.last + 3))
        if any(view.lowers[i] in view.language.cue_set("during") for i in after):
            return True
        # «Кездесуде тараптар … талқылады»: a bare noun opening the sentence in the
        # case of a setting (``cues.tsv`` ``setting_ending``) is where the clause happens
        return m.first == m.phrase_first == rng.start and m.last == m.phrase_last and \
            view.lowers[m.last].endswith(view.language.cue_words("setting_ending"))
    lead = view.doc.text[view.doc.sentences[m.sent].start:view.tokens[m.phrase_first].start]
    words = lead.lower().split()[-4:]
    # over the article or a demonstrative ("during the talks", "during this visit")
    skip = view.language.cue_set("definite") | view.language.cue_set("demonstrative")
    while adjacent and words and words[-1] in skip:
        words.pop()
    lead = " " + " ".join(words) + " "
    return any(lead.endswith(f" {cue} ") if adjacent else f" {cue} " in lead
               for cue in view.language.cue_words("during"))


def _year_spoken_of(view: DocView, date: DateMention, m: Mention) -> bool:
    """«Кездесу барысында … Ақтаудың 2025 жылы түркі әлемінің мәдени астанасы атануымен
    құттықтады», "During the talks the sides discussed the year 2026": a year alone in a
    sentence that tells what was said or done in the course of the event is what was
    spoken of, not when the event was (a day there may well be the event's)."""
    value = date.start_value or date.end_value or ""
    return len(value) == 4 and _told_during(view, m, adjacent=False)


def _told_after(view: DocView, date: DateMention, mentions: list[Mention]) -> int | None:
    """«В Астане пройдёт фестиваль уличных театров. Он состоится 5 декабря на площади»:
    a sentence that names no event but says when something takes place (an occurrence
    verb: «состоится», «пройдёт», "will take place", «өтеді») or opens with a pronoun
    («Ол 10 желтоқсанға дейін жалғасады») tells it of the one event of the sentence
    right before it in its paragraph — the index of that event's draft; None when that
    sentence names none or several, or is in another paragraph."""
    sent = view.sentence_at(date.start)
    if sent < 1 or paragraphs(view)[sent - 1] != paragraphs(view)[sent]:
        return None
    verbs = view.language.cue_set("occur_verb")
    rng = view.sent_tokens[sent]
    opens = next((view.lowers[i] for i in rng if view.tokens[i].text[:1].isalnum()), "")
    # "The Week of Uzbek Cinema opened on Monday. Films will be shown until June 14.": a
    # day something lasts until is the end of the run told just before
    until = date.start_value is None and bool(date.end_value)
    if opens not in view.language.cue_set("pronoun") and not until and not any(
            view.matches_any(i, verbs) for i in rng):
        return None
    before = {m.event for m in mentions if m.sent == sent - 1 and m.event is not None
              and not m.extra.get("pointer")}
    if len(before) != 1:
        return None
    target = before.pop()
    if until and opens not in view.language.cue_set("pronoun") \
            and not any(view.matches_any(i, verbs) for i in rng) \
            and not any(m.event == target and m.type in MULTI_DAY for m in mentions):
        return None  # only a run lasts until a day
    return target


#: How many words into its sentence the generic noun of an event may stand to be its
#: subject («Напомним, мероприятие …», "The event …").
GENERIC_SUBJECT_REACH = 3


def _named_back(view: DocView, date: DateMention, mentions: list[Mention]) -> int | None:
    """«Мероприятие состоится 12 декабря», "The event will take place on December 12",
    «Іс-шара 7 желтоқсанда өтті»: a sentence that opens with the generic noun of an
    event (``event_noun``) and names no event of its own says when the event told last
    before it happens, across paragraphs too (outlets give each sentence its own): the
    one event of the nearest earlier sentence that names any; None when that sentence
    names several."""
    sent = view.sentence_at(date.start)
    nouns = view.language.cue_set("event_noun")
    if sent < 1 or not nouns:
        return None
    words = [i for i in view.sent_tokens[sent] if view.tokens[i].text[:1].isalpha()]
    if not any(view.matches_any(i, nouns) for i in words[:GENERIC_SUBJECT_REACH]):
        return None
    earlier = [m for m in mentions if m.sent < sent and m.event is not None
               and not m.extra.get("pointer")]
    if not earlier:
        return None
    last = max(m.sent for m in earlier)
    told = {m.event for m in earlier if m.sent == last}
    return told.pop() if len(told) == 1 else None


def _orphan_date_before(view: DocView, draft: Draft, taken: set[int]) -> DateMention | None:
    """"Uzbekistan marked the poet's anniversary on February 9. A wreath-laying ceremony
    took place at his monument.": an undated event takes the one day of the sentence
    just before its first mention in the same paragraph (or just across a paragraph
    break when the mention points back), when that sentence states no event of its own
    to take it (not the headline)."""
    sent = draft.first.sent
    before = sent - 1
    if before < 0 or before in taken or (before == 0 and view.opens_with_title()):
        return None
    para = paragraphs(view)
    lang = view.language
    # news that gives each sentence its own paragraph: "Kazakh Foreign Minister arrived
    # in Rome on Tuesday. ¶ During the visit, he held talks …": a mention that points
    # back (the definite article, a demonstrative) reaches over the paragraph break
    points_back = _determiner(view, draft.first) in (
        lang.cue_set("definite") | lang.cue_set("demonstrative"))
    if (para[before] != para[sent] and not points_back) or view.in_sentence("dates", sent):
        return None
    days = [d for d in view.in_sentence("dates", before) if d in _event_dates_of(view)]
    return days[0] if len(days) == 1 and _is_day(days[0]) else None


def _paragraph_day(view: DocView, draft: Draft, drafts: list[Draft]) -> DateMention | None:
    """«Во всех парках 21 марта пройдут гуляния. Для них власти организуют концерты и
    выставки.»: a part listed in a dated paragraph takes its day (the spec's "the dated
    paragraph it is listed under") — when every date the paragraph gives before the
    mention is that one day, and the mention's own sentence gives none. Not the day a
    programme opens on («Фестиваль откроется 20 июня. Гости увидят выставку …»): the
    parts run over its days."""
    m = draft.first
    if m.kind == "programme" or view.in_sentence("dates", m.sent):
        return None
    if _led_by_coming(view, m):
        return None  # "… held consultations on June 10. The sides discussed the upcoming
        # visit": a coming occurrence is not on the day of what was held before it
    para = paragraphs(view)
    first = m.sent
    while first > 0 and para[first - 1] == para[m.sent]:
        first -= 1
    if first == 0 and view.opens_with_title():
        return None
    days = [d for s in range(first, m.sent) for d in view.in_sentence("dates", s)]
    # one day, not a run: a part does not take its programme's span («25–28 апреля»)
    if not days or any(d not in _event_dates_of(view) or not _is_day(d)
                       or d.end_value not in (None, d.start_value) for d in days):
        return None
    values = {(d.start_value, d.end_value) for d in days}
    key = ("programme_days",)  # the dates given to programmes, gathered once
    if key not in view.memo:
        view.memo[key] = {id(o) for other in drafts
                          if any(x.kind == "programme" for x in other.mentions)
                          for o in other.date_options}
    if len(values) != 1 or any(id(d) in view.memo[key] for d in days):
        return None
    # "… held consultations on June 10. The sides discussed the upcoming visit …": an
    # event told as to come is not on a day gone by (nor the reverse)
    by_date = status_from_dates(days[0].start_value, days[0].end_value, view.doc.published)
    if {by_date, _local_status(view, m)} == {"held", "planned"}:
        return None
    return days[0]


def _event_dates_of(view: DocView) -> list[DateMention]:
    """The document's event dates (not a dateline's), listed once."""
    key = ("event_dates",)
    if key not in view.memo:
        view.memo[key] = list(event_dates(view))
    return view.memo[key]


_BULLETS = ("-", "–", "—", "•", "*", "·", "▪")
_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
#: How many sentences back a clock time ("At 7pm, …") looks for the day it belongs to.
CLOCK_REACH = 4


def context_date(view: DocView, sent: int) -> DateMention | None:
    """The day a sentence with no date of its own is tied to (spec: a part takes "the
    dated paragraph it is listed under"): a list item takes the one day of the line
    that opens its list ("… are scheduled for 5 October:"), and a sentence that gives
    only a clock time ("At 7pm, …", «В 19:00 …») the day of the sentences just before
    it. None when neither holds or the day is not single."""
    key = ("context_date", sent)
    if key in view.memo:
        return view.memo[key]
    found = None
    if not view.in_sentence("dates", sent):
        found = _list_heading_date(view, sent)
        if found is None and _has_clock_time(view, sent):
            for other in range(sent - 1, max(-1, sent - 1 - CLOCK_REACH), -1):
                days = view.in_sentence("dates", other)
                if days:
                    found = days[0] if len(days) == 1 and _is_day(days[0]) else None
                    break
                found = context_date(view, other)
                if found is not None:
                    break
    view.memo[key] = found
    return found


def _is_day(date: DateMention) -> bool:
    return _has_day(date.start_value or date.end_value or "")


def _list_item(view: DocView, sent: int) -> bool:
    return view.doc.sentences[sent].text.lstrip().startswith(_BULLETS)


def _list_heading_date(view: DocView, sent: int) -> DateMention | None:
    """The one day of the line ending with a colon that opens the list ``sent`` is an
    item of (or continues an item of, in its paragraph)."""
    para = paragraphs(view)
    item = sent
    while item >= 0 and not _list_item(view, item):
        if item == 0 or para[item - 1] != para[item]:
            return None  # not inside a list item's paragraph
        item -= 1
    while item > 0 and _list_item(view, item - 1):
        item -= 1
    heading = item - 1
    if heading < 0 or not view.doc.sentences[heading].text.rstrip().endswith(":"):
        return None
    days = view.in_sentence("dates", heading)
    return days[0] if len(days) == 1 and _is_day(days[0]) else None


def _has_clock_time(view: DocView, sent: int) -> bool:
    """Does the sentence give a time of day ("at 7pm", "11.30am", "at noon", «в 19:00»)?"""
    text = view.doc.sentences[sent].text
    if ":" in text and _CLOCK.search(text):  # the regex tries each position; a colon is needed
        return True
    words = view.language.cue_set("clock")
    if not words:
        return False
    rng = view.sent_tokens[sent]
    lowers = view.lowers
    return any((lowers[i][:1].isdigit() and lowers[i].endswith(tuple(words)))
               or (lowers[i] in words and i > rng.start and lowers[i - 1][:1].isdigit())
               for i in rng)


def _opened_programme(view: DocView, date: DateMention, best: Mention,
                      here: list[Mention]) -> Mention | None:
    """"The Week of Kyrgyz Culture opened in Almaty on Monday with a gala concert": a
    programme that opens (takes place, begins) on the date it is the subject of is dated
    by it too, though the part it opens with stands nearer."""
    if best.kind == "programme" or view.language.head_final:
        return None
    doc = view.doc
    verbs = view.language.cue_set("occur_verb")
    for m in here:
        if m.kind != "programme" or m.event == best.event:
            continue
        end = doc.tokens[m.phrase_last].end
        if end > date.start or any(end <= doc.tokens[o.first].start < date.start
                                   for o in here if o is not m):
            continue
        between = range(m.phrase_last + 1, view.first_token_from(date.start))
        if any(view.lowers[i] in verbs or view.keys[i] in verbs for i in between):
            return m
    return None


def _before_the_comma(view: DocView, date: DateMention, best: Mention,
                      here: list[Mention]) -> Mention:
    """"… held a meeting with the Director General on June 7, who arrived to attend the
    Forum": a date that closes its clause with a comma is said of the event before it,
    not of one named after the comma, however near."""
    doc = view.doc
    if view.language.head_final or doc.tokens[best.phrase_first].start < date.end:
        return best
    if not doc.text[date.end:doc.tokens[best.phrase_first].start].lstrip().startswith(","):
        return best
    before = [m for m in here if doc.tokens[m.phrase_last].end <= date.start]
    return min(before, key=lambda m: _distance(view, m, date)) if before else best


def _share_the_day(view: DocView, drafts: list[Draft], mentions: list[Mention]) -> None:
    """A sentence with one day and several events states them all for that day ("the
    presentation of the book and an ethno-jazz concert will take place on 24
    September"): events of the sentence that are not programmes and got no date of
    their own take it."""
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.event is not None and m.event < len(drafts):
            by_sent.setdefault(m.sent, []).append(m)
    for sent, here in by_sent.items():
        days = view.in_sentence("dates", sent)
        if len(days) != 1 or len(here) < 2:
            continue
        value = days[0].start_value or days[0].end_value or ""
        if len(value.lstrip("-")) < 5:  # a day, not a month or a year
            continue
        for m in here:
            draft = drafts[m.event]  # type: ignore[index]
            listed_before = m.in_list and view.tokens[m.last].end > days[0].start
            # not a programme, nor a word that only points back at one ("a gala concert
            # will close the programme"), nor «в ходе встречи …»
            if m.kind not in ("programme", "anaphor") and not listed_before \
                    and not draft.date_options and not m.extra.get("pointer"):
                draft.date_options.append(days[0])


def _with_end(date: DateMention, options: list[DateMention]) -> DateMention:
    """"The exhibition opened on March 5 … It will run until April 20": a start alone
    takes the end another of its event's mentions gives alone, when it comes later; and
    an end alone («продлится до 20 января») the start another gives alone before it, of
    any precision («выставка, открывшаяся в ноябре, …»: from November)."""
    if date.start_value is None and date.end_value and not date.end_value.startswith("--"):
        end = date.end_value
        # (a start of no year, «5 декабря» on an undated page, before an end that has
        # one: the page tells no order to check, and the start's own form keeps no year)
        starts = [o.start_value for o in options if o.start_value and not o.end_value
                  and (o.start_value.startswith("--") or
                       o.start_value[:len(end)] < end[:len(o.start_value)])]
        return DateMention(date.start, date.end, date.text, starts[0], end) if starts else date
    if date.end_value or not date.start_value:
        return date
    start = date.start_value
    ends = [o.end_value for o in options if o.end_value and not o.start_value
            and len(o.end_value) == len(start) and o.end_value > start]
    if not ends:
        return date
    return DateMention(date.start, date.end, date.text, start, ends[0])


def _specificity(date: DateMention) -> tuple[int, int]:
    """Full dates over months over years; ranges over single days; then text order."""
    value = date.start_value or date.end_value or ""
    return len(value.lstrip("-")) + (1 if date.start_value and date.end_value else 0), -date.start


_CLAUSE_MARKS = re.compile(r"[,;:()]|\s[–—-]\s")


def _same_clause(view: DocView, m: Mention, date: DateMention) -> bool:
    """Is nothing that closes a clause (a comma, a semicolon, a dash, a bracket) between
    the date and the mention's phrase?"""
    start, end = view.tokens[m.phrase_first].start, view.tokens[m.phrase_last].end
    between = view.doc.text[end:date.start] if end <= date.start else \
        view.doc.text[date.end:start]
    return not _CLAUSE_MARKS.search(between)


def _distance(view: DocView, m: Mention, date: DateMention) -> int:
    start, end = view.tokens[m.first].start, view.tokens[m.phrase_last].end
    return max(0, start - date.end, date.start - end)


def link_parents(view: DocView, drafts: list[Draft]) -> None:
    frames = view.language.cue_words("frame")
    # the sentences where each event is named as a frame («в рамках фестиваля», "on the
    # sidelines of the conference"), found once
    framing: dict[int, list[int]] = {}
    for j, other in enumerate(drafts):
        for m in other.mentions:
            if _frames(view, m.sent, frames, [m]) and j not in framing.get(m.sent, []):
                framing.setdefault(m.sent, []).append(j)
    # only a programme takes parts: the other drafts are never looked at as parents
    # ... and a holiday celebrated with events ("celebrated Capital Day with concerts and a
    # parade"): those events are the celebration's programme
    programmes = [(j, other) for j, other in enumerate(drafts) if other.first.kind == "programme"
                  or _celebrated_with(other)]
    for i, d in enumerate(drafts):
        for j, other in programmes:
            if i == j or d.parent is not None:
                continue
            if d.first.kind == "programme" and d.type == other.type:
                continue
            shared = {m.sent for m in d.mentions} & {m.sent for m in other.mentions}
            listed = any(m.in_list and m.sent in shared for m in d.mentions)
            framed = any(_frames(view, s, frames, other.mentions) for s in shared)
            if any(_frames(view, s, frames, d.mentions) for s in shared):
                continue  # d is the frame of this sentence, not a part of other
            same = bool(shared) and other.first.sent <= d.first.sent and (
                d.first.kind != "programme" or framed) and (
                framed or _named_before(other, d, shared))
            # a programme named only as the frame of its parts («В рамках Дней культуры
            # прошёл концерт. Завтра откроется выставка»): the article is about it, and
            # the tense of its sentence is its part's, not its own
            frame_only = all(_frames(view, m.sent, frames, [m]) for m in other.mentions)
            follows = ((not d.dates or frame_only) and d.first.kind != "programme"
                       and d.type not in OFFICIAL_TYPES
                       and other.first.sent < d.first.sent and other.parent is None
                       # (or a celebration's programme: «торжественные мероприятия»)
                       and (other.type in CULTURAL_PROGRAMMES
                            or (other.type == "ceremony" and other.first.kind == "programme"))
                       and _follows(drafts, j, d.first.sent)
                       # («…дней культуры … В прошлом году в Баку прошли показы»: what
                       # was held before a programme to come is no part of it)
                       and (frame_only or {_local_status(view, d.first),
                                           _local_status(view, other.first)}
                            != {"held", "planned"}))
            # film days inside culture days: a programme of another kind within its dates
            within = (other.type in CULTURAL_PROGRAMMES and (
                d.first.kind != "programme" or (other.type == "culture_days" != d.type))
                and _inside_dates(d.dates, other.dates))
            if listed or framed or same or follows or within:
                if _ancestor(drafts, j, i):
                    continue
                d.parent = j
        # an event of another kind only takes a part the text frames in it ("a round
        # table on the sidelines of the conference")
        own = {m.sent for m in d.mentions}
        for sent in sorted(own):
            for j in framing.get(sent, []):
                if d.parent is None and j != i and drafts[j].first.kind != "programme" \
                        and i not in framing.get(sent, []) and not _ancestor(drafts, j, i):
                    d.parent = j


def _celebrated_with(d: Draft) -> bool:
    """Is ``d`` a holiday's celebration stated by its verb ("Astana celebrated Capital
    Day …")? Such a mention shares its sentence with other events only when they are
    what it was celebrated with (:func:`sahna.events.mentions._holiday_celebrations`),
    so those are its parts; the eve of a holiday ("ahead of Nauryz") frames nothing."""
    return d.first.kind == "verb" and bool(d.first.extra.get("holiday")) \
        and not d.first.extra.get("time_frame")


def _named_before(programme: Draft, part: Draft, shared: set[int]) -> bool:
    """Is the programme named before the part in a sentence they share ("At the festival
    the orchestra gave a concert")? One named after it without a frame word ("met the
    director, who came to attend the forum") is not what the part belongs to."""
    return any(p.first < m.first for s in shared for p in programme.mentions if p.sent == s
               for m in part.mentions if m.sent == s)


#: Events between officials: named after a cultural programme, they prepare it or
#: follow it up ("the ministers met to discuss the Days of Culture"), and belong to it
#: only when the text frames them in it.
OFFICIAL_TYPES = {"meeting", "forum", "civic"}
FOLLOW_GAP = 3  # sentences after a programme's last mention where undated parts belong to it


def _follows(drafts: list[Draft], j: int, sent: int) -> bool:
    """Is sentence ``sent`` shortly after the last mention of programme ``j``, with no
    other programme mentioned in between («Дни культуры … прошли в Баку. Делегацию
    возглавила … На гала-концерте выступили …»)?"""
    # its parts' mentions (the film days inside culture days) keep the programme going
    last = max(m.sent for k, d in enumerate(drafts) if k == j or d.parent == j
               for m in d.mentions if m.sent < sent)
    if not last < sent <= last + FOLLOW_GAP:
        return False
    return not any(k != j and other.first.kind == "programme" and other.parent != j
                   and any(last < m.sent <= sent for m in other.mentions)
                   for k, other in enumerate(drafts))


def _inside_dates(part: DateMention | None, whole: DateMention | None) -> bool:
    """Does the part's date fall within a programme's date range («Дни культуры с 14 по
    18 мая» … «15 мая откроется выставка»)? Needs full or ``--MM-DD`` dates on both."""
    if part is None or whole is None or not whole.start_value or not whole.end_value:
        return False
    first, last = part.start_value or part.end_value, part.end_value or part.start_value
    if not first or not last or len(first) < 7 or len(whole.start_value) != len(first):
        return False
    return whole.start_value <= first and last <= whole.end_value


def _frames(view: DocView, sent: int, frames: tuple[str, ...],
            mentions: list[Mention]) -> bool:
    """Does «в рамках»/"as part of" in ``sent`` introduce one of ``mentions``?"""
    rng = view.sent_tokens[sent]
    for m in mentions:
        if m.sent != sent:
            continue
        if view.language.head_final:  # the frame word follows: «… фестивалі аясында»
            window = range(m.last + 1, min(rng.stop, m.last + 4))
            if any(view.tokens[i].text.lower() in frames for i in window):
                return True
            continue
        # the frame word stands right before the phrase, but for articles and modifiers
        # («в рамках форума», "as part of the annual festival"); not a part listed after
        # the frame's own noun and verb («в рамках форума прошли встречи …»)
        i = m.phrase_first - 1
        while i >= rng.start and m.phrase_first - i <= FRAME_GAP \
                and view.tokens[i].pos in _FRAME_GAP_POS:
            i -= 1
        for cue in frames:
            words = cue.split()
            k = i - len(words) + 1
            if k >= rng.start and view.lowers[k:i + 1] == words:
                return True
            # «в программе фестиваля»: a programme's own word that closes the frame
            k = m.first - len(words) + 1
            if m.kind == "anaphor" and k >= rng.start \
                    and view.lowers[k:m.first + 1] == words:
                return True
    return False


#: Words that may stand between a frame word and the frame's phrase ("the", "annual", "his").
FRAME_GAP = 2
_FRAME_GAP_POS = frozenset({"DET", "ADJ", "ADJF", "NUM", "NUMR", "ADV", "ADVB", "PRON", "NPRO"})


def _ancestor(drafts: list[Draft], node: int | None, target: int) -> bool:
    while node is not None:
        if node == target:
            return True
        node = drafts[node].parent
    return False


def finish(view: DocView, drafts: list[Draft]) -> list[Event]:
    doc = view.doc
    events: list[Event] = []
    by_sent = _mentions_by_sentence(drafts)
    # places and countries are never participants, whatever the event: listed once
    spread: set[int] = set()  # the events place_of found in several countries
    not_people = people.Spans([(p.start, p.end) for p in doc.places] +
                              [(r.start, r.end) for r in doc.country_refs])
    view.memo[("parents",)] = {i: d.parent for i, d in enumerate(drafts) if d.parent is not None}
    for index, d in enumerate(drafts):
        main = d.first
        # the event's own noun phrase before one made from the words after a verb ("week
        # of Kyrgyz cinema" over "screening at the studio"); a head-final language's
        # verb title holds the words before it, all the clause says of the event
        # then a quoted name, then a name written in capitals in the body ("the Almaty
        # Jazz Festival" over the headline's "Kazakh jazz festival")
        # (a phrase headed by the generic event noun, «праздничные мероприятия», names
        # the event less than its own word, «День города»)
        title = max(((not _quoted_saying(view, m), m.kind != "verb" or view.language.head_final,
                      m.type == d.type, not _generic_head(view, m), m.title,
                      _body_name(view, m))
                     for m in d.mentions if m.kind != "anaphor"),
                    key=lambda kt: (kt[0], kt[1], kt[2], kt[3], *_title_rank(kt[4], kt[5])),
                    default=(True, True, True, True, main.title, False))[4]
        event = Event(id=f"e{index + 1}", type=d.type, title=title)
        if d.dates:
            event.start, event.end = d.dates.start_value, d.dates.end_value
            if event.start and not event.end:
                event.end = _end_of_span(view, d, event.start)
        venue, skip = None, []
        for sent in d.sents():
            found = find_venue(view, sent)
            if found:
                skip.append((doc.tokens[found[1]].start, doc.tokens[found[2]].end))
                here = [m for m in d.mentions if m.sent == sent]
                # (an event named in its sentence only as the frame of another, "… at the
                # Central Stadium as part of his world tour", is not where that one is)
                if venue is None and here and not all(_framing(view, m) for m in here):
                    venue = found[0]
        if venue is None:
            venue = _known_venue(view, d)
        event.venue = venue
        event.city, event.country = place_of(view, d, venue)
        if (event.city, event.country) == (None, None) and d.several_places:
            spread.add(id(event))
        event.evidence = [doc.sentences[s].text for s in sorted({m.sent for m in d.mentions})][:4]
        # the trigger words and the event's own name are not participants; the rest of
        # its phrase may well be («гастроли «Астана Опера»», "Astana Opera's tour")
        skip += [span for m in d.mentions for span in _trigger_spans(view, m)]
        default = people.default_role(d.type, d.type in PERFORMING)
        event.participants = people.collect(view, d.sents(), skip, default,
                                            owner=_owner(view, by_sent, index),
                                            outside=not_people, event_name=d.name)
        events.append(event)
    for index, d in enumerate(drafts):
        event = events[index]
        if d.parent is not None:
            parent = events[d.parent]
            event.parent = parent.id
            if event.city is None and event.country in (None, parent.country):
                event.city, event.country = parent.city, parent.country
    for event in events:
        if event.city is None and event.country is None and event.venue:
            # «в доме культуры «Кокшетау»», placed by nothing else: a last clue
            city = places.venue_city(event.venue, quoted=True)
            if city:
                event.city, event.country = city, places.country_of_city(city)
    said = [status_of(view, d, events[index]) for index, d in enumerate(drafts)]
    for index, d in enumerate(drafts):
        # a part whose own words say nothing ("the programme includes a gala concert")
        # shares its programme's time (a part of a running programme is one of its held
        # or coming days: no clue); anything else in a news report has been held
        own = said[index]
        inherited = said[d.parent] if d.parent is not None else None
        events[index].status = own or (inherited if inherited != "ongoing" else None) \
            or "held"
        events[index].countries = countries_of(view, d, events[index],
                                               _owner(view, by_sent, index))
    for index, d in enumerate(drafts):
        if d.parent is not None:  # a part does not repeat its programme's countries
            parent = events[d.parent]
            if set(events[index].countries) <= set(parent.countries):
                events[index].countries = []
    kids: dict[str, set[str]] = {}
    published = view.doc.published
    for event in events:
        if event.parent:
            # a part under way, or one held on the day of the report, has its programme
            # under way (dated only by its parts, the programme has no dates to say so)
            today = published is not None and event.start == published
            kids.setdefault(event.parent, set()).add("ongoing" if today else event.status)
    for event in events:
        if event.id not in kids or event.start or event.end:
            if event.id in kids and {"held", "planned"} <= kids[event.id] | {event.status}:
                event.status = "ongoing"
            continue
        if "ongoing" in kids[event.id] or {"held", "planned"} <= kids[event.id] | {event.status}:
            event.status = "ongoing"
    refused: dict[int, set] = {}
    occurrences: list[Event] = []
    for e, d in zip(events, drafts, strict=True):
        for one in _occurrences(view, d, e):
            refused[id(one)] = d.others_cities
            occurrences.append(one)
    if len(occurrences) > len(events):
        events = _numbered(occurrences)
    events = merge_repeats(events)
    # events in several countries ("a tour to Italy and China") stay unplaced
    events_to_place = [e for e in events if id(e) not in spread]
    city = dominant_city(view) or dateline_city(view)
    if city:
        for position, event in enumerate(events):
            if event.city is None and event.country is None and id(event) not in spread \
                    and city not in refused.get(id(event), ()):
                # the article's one city hosts its main event and its stage events;
                # the others (a referendum, talks) at least happen in that country
                if position == 0 or event.type in LOCAL_TYPES:
                    event.city = city
                event.country = places.country_of_city(city)
            elif event.city is None and event.venue and id(event) not in spread \
                    and event.country == places.country_of_city(city) \
                    and city not in refused.get(id(event), ()):
                # "BAKU – … at the Azerbaijan State Opera": a venue placed only by its
                # country is in the article's one city of that country
                event.city = city
    home = home_country(view)
    if home:
        for event in events_to_place:
            if event.city is None and event.country is None:
                event.country = home
    return events


def home_country(view: DocView) -> str | None:
    """The country an article's unplaced events happen in («Олжас Бектенов губернатормен
    кездесті»): the one country all its cities lie in, or, for an
    article in Kazakh that places nothing, Kazakhstan — the language's own country, where
    its news is written about. Countries named as parties («министр культуры РФ») say
    nothing about where things happen; cities in two countries leave it open."""
    doc = view.doc
    found: set[str] = set()
    for p in event_places(view):
        if p.kind == "city" and p.city and not _quoted(doc.text, p.start):
            found.add(places.country_of_city(p.city) or "")
    found.discard("")
    if found:
        return found.pop() if len(found) == 1 else None
    if view.language.home_country:
        return view.language.home_country
    # an article that names one country only, and more than once ("the Kazakh
    # President", "East Kazakhstan region", "the Republic of Kazakhstan"), is about
    # events there; one mention («с послом Турции») may only name a party
    named = {r.start: r.country for r in doc.country_refs if r.country} | {
        p.start: p.country for p in event_places(view) if p.kind == "country" and p.country}
    countries = set(named.values())
    return countries.pop() if len(countries) == 1 and len(named) >= 2 else None


#: Types whose mention with several places, each with its own day, is that many
#: occurrences ("concerts in Almaty on May 3 and in Astana on May 5"); a tour, culture
#: days or a visit going from city to city is one event.
SPLIT_TYPES = LOCAL_TYPES | {"festival", "forum", "other"}
#: How many tokens may stand between a place and the date that goes with it.
PLACE_DATE_GAP = 4


def _occurrences(view: DocView, d: Draft, event: Event) -> list[Event]:
    """The event as one record per occurrence: when the sentence of its first mention
    gives two or more cities, each governed by a preposition and with a day of its own
    next to it ("in Almaty on May 3, in Astana on May 5", "on 3 October in Kazan and on
    9 October in Moscow"), each pair is an occurrence of its own (issue: the same type
    on different dates or in different cities is not one event)."""
    if d.type not in SPLIT_TYPES or d.parent is not None:
        return [event]
    sent = d.first.sent
    dates = [x for x in view.in_sentence("dates", sent) if x in _event_dates_of(view)]
    pairs: list[tuple[PlaceMention, DateMention]] = []
    for p in view.in_sentence("places", sent):
        if p.kind != "city" or not p.city or not _locative(view, p.start) \
                or p.start < view.tokens[d.first.first].start:
            continue
        near = [x for x in dates if _tokens_between(view, p, x) <= PLACE_DATE_GAP]
        if near:
            pairs.append((p, min(near, key=lambda x: _tokens_between(view, p, x))))
    if len({p.city for p, _ in pairs}) < 2 or len({x.start for _, x in pairs}) < len(pairs):
        return [event]
    out = []
    hosts = {p.country or places.country_of_city(p.city or "") for p, _ in pairs}
    for place, date in pairs:
        one = dataclasses.replace(event, participants=list(event.participants),
                                  evidence=list(event.evidence))
        one.city = place.city
        one.country = place.country or places.country_of_city(place.city or "")
        # each occurrence has its own host among the sides, not the others' hosts
        sides = (set(event.countries) - hosts) | {one.country}
        one.countries = sorted(c for c in sides if c) if len(sides) > 1 else []
        one.start, one.end = date.start_value, date.end_value
        one.status = status_from_dates(one.start, one.end, view.doc.published) or event.status
        out.append(one)
    return out


def _tokens_between(view: DocView, a, b) -> int:
    """How many tokens lie between two spans of text (places, dates) of one sentence."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return bisect.bisect_left(view.starts, hi) - bisect.bisect_left(view.starts, lo)


def _numbered(events: list[Event]) -> list[Event]:
    """The records numbered again, e1, e2, …; a parent named by an old number names the
    first record that had it."""
    new_id: dict[str, str] = {}
    for n, event in enumerate(events, 1):
        new_id.setdefault(event.id, f"e{n}")
        event.id = f"e{n}"
    for event in events:
        event.parent = new_id.get(event.parent) if event.parent else None
    return events


def merge_repeats(events: list[Event]) -> list[Event]:
    """One occurrence, one record: an event with the title, dates and city of an
    earlier one (a later mention the grouping rules kept apart) is folded into it — its
    evidence, participants and countries added — and whatever named it as parent names
    the first. No event is left as its own parent."""
    kept: list[Event] = []
    first_of: dict[tuple, Event] = {}
    renamed: dict[str, str] = {}
    for event in events:
        key = (event.type, event.title.casefold(), event.start, event.end, event.city)
        same = first_of.get(key)
        if same is None:
            first_of[key] = event
            kept.append(event)
            continue
        renamed[event.id] = same.id
        same.evidence += [s for s in event.evidence if s not in same.evidence]
        names = {p.name for p in same.participants}
        same.participants += [p for p in event.participants if p.name not in names]
        same.countries = sorted(set(same.countries) | set(event.countries))
    for event in kept:
        if event.parent in renamed:
            event.parent = renamed[event.parent]
        if event.parent == event.id:
            event.parent = None
    if renamed:  # number the records again: e1, e2, … with no gaps
        numbers = {event.id: f"e{n}" for n, event in enumerate(kept, 1)}
        for event in kept:
            event.id = numbers[event.id]
            event.parent = numbers.get(event.parent) if event.parent else None
    return kept


def _mentions_by_sentence(drafts: list[Draft]) -> dict[int, list[tuple[Mention, int]]]:
    """Each sentence's mentions with the index of their draft (built once per document
    for :func:`_owner`)."""
    by_sent: dict[int, list[tuple[Mention, int]]] = {}
    for i, d in enumerate(drafts):
        for m in d.mentions:
            by_sent.setdefault(m.sent, []).append((m, i))
    return by_sent


def _owner(view: DocView, by_sent: dict[int, list[tuple[Mention, int]]], index: int):
    """In a sentence that states several events, a name belongs to the event whose
    phrase holds it, else to the nearest event mention."""

    def owns(sent: int, start: int, end: int) -> bool:
        key = ("owner", sent, start, end)  # the same for every event: found once
        if key not in view.memo:
            view.memo[key] = _owner_index(view, by_sent.get(sent, []), start, end)
        owner = view.memo[key]
        return owner is None or owner == index
    return owns


def _owner_index(view: DocView, here: list[tuple[Mention, int]], start: int,
                 end: int) -> int | None:
    """The event a name at ``start..end`` belongs to among a sentence's mentions
    (None: the sentence states one event at most, which owns everything)."""
    if len({i for _, i in here}) < 2:
        return None
    # a holiday named as the time of what the sentence tells ("on the eve of …") owns
    # no one when another event is stated beside it
    stated = [(m, i) for m, i in here if not m.extra.get("time_frame")]
    here = stated or here
    if len({i for _, i in here}) < 2:
        return here[0][1]
    toks = view.tokens
    for m, i in here:  # inside or overlapping the phrase of one mention
        if toks[m.phrase_first].start < end and start < toks[m.phrase_last].end:
            return i
    owned = _owned_mention(view, here, start, end)
    if owned is None:
        owned = _role_owner(view, here)
    if owned is None:
        owned = _side_of(view, here, start)
    if owned is None:
        owned = _during_owner(view, here, start)
    if owned is not None:
        return owned
    nearest = min(here, key=lambda mi: min(abs(toks[mi[0].first].start - end),
                                           abs(start - toks[mi[0].phrase_last].end)))
    return nearest[1]


def _side_of(view: DocView, here: list[tuple[Mention, int]], start: int) -> int | None:
    """"held a meeting with the Director General of … (UNESCO) Audrey Azoulay, who came
    to attend the forum": a name after an event's phrase and its ``side_with`` word
    ("with"), over the name's title (no verb, no clause end), is that event's other
    side, however long the title and whichever event the sentence names next."""
    words = view.language.cue_set("side_with")
    if not words:
        return None
    toks = view.tokens
    for m, i in here:
        k = m.phrase_last + 1
        if k >= len(toks) or view.lowers[k] not in words or toks[k].start >= start:
            continue
        between = [j for j in range(k + 1, len(toks)) if toks[j].end <= start]
        if not any(toks[j].pos in ("VERB", "AUX") or toks[j].text in (".", ";", ":", "!", "?")
                   for j in between):
            return i
    return None


#: How many words (a determiner, adjectives) may stand between "during" and its event.
DURING_REACH = 3


def _during_owner(view: DocView, here: list[tuple[Mention, int]], start: int) -> int | None:
    """"During the meeting, A and B discussed the festival", «В ходе встречи A и B
    обсудили фестиваль», «Кездесу барысында …»: the people who act in a sentence framed
    by the event it happens during (the ``during`` cues) act at that event; the events
    they talk about, named after them, are only spoken of. A name after another event's
    word is left to the other rules (it may perform at what is discussed). The framing
    event of a sentence is found once, not for each of its names."""
    key = ("during_owner", here[0][0].sent)
    if key not in view.memo:
        view.memo[key] = _during_frame(view, here)
    found = view.memo[key]
    if found is None:
        return None
    owner, others_from = found
    return owner if start < others_from else None


def _during_frame(view: DocView, here: list[tuple[Mention, int]]) -> tuple[int, int] | None:
    """The one event of a sentence's mentions that a ``during`` cue frames, with where
    the first mention of its other events starts; None when none or several are framed."""
    cues = [tuple(c.split()) for c in view.language.cue_words("during")]
    if not cues:
        return None
    toks = view.tokens
    framing = set()
    for m, i in here:
        rng = view.sent_tokens[m.sent]
        if view.language.head_final:
            spots = range(m.last + 1, min(rng.stop, m.last + 2))
        else:
            spots = range(max(rng.start, m.phrase_first - DURING_REACH - 3), m.phrase_first)
        for k in spots:
            for cue in cues:
                end = k + len(cue)
                if tuple(view.lowers[k:end]) != cue:
                    continue
                gap = range(end, m.phrase_first) if not view.language.head_final else range(0)
                # (the cue frames the first event after it: «в ходе визита X встретится»
                # frames the visit, not the meeting whose phrase reaches back to X)
                if len(gap) <= DURING_REACH and not any(
                        toks[g].text in (",", ".", ";", ":") or toks[g].pos == "VERB"
                        or any(o.first <= g <= o.last for o, j in here if j != i)
                        for g in gap):
                    framing.add(i)
        if len(framing) > 1:
            return None
    if len(framing) != 1:
        return None
    owner = framing.pop()
    others = sorted((toks[m.first].start, m.type, m.kind, i) for m, i in here if i != owner)
    if not others:
        return None
    first, kind_type, kind, index = others[0]
    if kind_type == "meeting" and kind == "verb":
        # "During the visit, X met Y", «В ходе визита X встретится с Y», «Сапар барысында
        # X Y-пен кездесті»: who meets is a side of the meeting the frame holds, not only
        # of the visit (the visit has its visitor from the lead)
        return index, first
    return owner, first


def _role_owner(view: DocView, here: list[tuple[Mention, int]]) -> int | None:
    """In a head-final language an event noun in the genitive that owns a role noun
    («Кештің басты қонағы …», «Байқаудың жеңімпазы – …», «Фестивальдің жүргізушісі»)
    says whose guest, winner or host the names of the sentence are: that event's, not
    one named beside them as an occasion («… мерекемен құттықтауға келген»)."""
    if not view.language.head_final:
        return None
    genitive = view.language.cue_words("genitive_ending")
    index = role_index(view.lang)
    nouns = person_nouns(view.lang)
    found = {i for m, i in here if view.lowers[m.last].endswith(genitive) and any(
        _role_noun(view, k, index, nouns)
        for k in range(m.last + 1, min(m.last + 3, view.sent_tokens[m.sent].stop)))}
    return found.pop() if len(found) == 1 else None


def _role_noun(view: DocView, k: int, index: dict, nouns: frozenset[str]) -> bool:
    """Is token ``k`` a noun of a part someone plays (``roles.tsv`` with a person's
    kind, ``person_nouns.tsv``: «қонағы», «жеңімпазы», «жүргізушісі»)?"""
    return any(kind == "person" and view.matches(k, cue)
               for cue, _role, kind in view.candidates(k, index)) \
        or any(view.lowers[k].startswith(n) for n in nouns) \
        or view.lowers[k].startswith(view.language.cue_words("guest_noun"))


#: How many words may stand between a genitive name and the event noun it owns (a
#: group's noun, a place, adjectives: «… ұжымының Париждегі қойылымымен»).
OWNED_REACH = 6


def _owned_mention(view: DocView, here: list[tuple[Mention, int]], start: int,
                   end: int) -> int | None:
    """In a head-final language a name in the genitive owns the noun after it: the
    event whose trigger that noun is («"Астана Балет" ұжымының Париждегі қойылымымен»:
    the performance, not the season the sentence also names)."""
    if not view.language.head_final:
        return None
    span = people.token_span(view, start, end)
    if span is None:
        return None
    genitive = view.language.cue_words("genitive_ending")
    rng = view.sent_tokens[view.token_sent[span[1]]]
    last = span[1]
    # a quoted name's own head noun carries the case («"Астана Балет" хореографиялық
    # ұжымының»): over the closing quote and lower-case words to the genitive
    while not view.lowers[last].endswith(genitive) and last + 1 < rng.stop \
            and last - span[1] < 3 and (view.tokens[last + 1].text in CLOSE_QUOTES
                                        or view.tokens[last + 1].text.islower()):
        last += 1
    if not view.lowers[last].endswith(genitive):
        return None
    for k in range(last + 1, min(rng.stop, last + 1 + OWNED_REACH)):
        hit = next((i for m, i in here if m.first <= k <= m.last), None)
        if hit is not None:
            return hit
    return None


_DAYS = re.compile(r"(\w+)\s*-\s*days?\b", re.IGNORECASE)


#: How many words before an event's phrase its length may stand («үш күндік халық
#: музыкасы фестивалі»: the number, its unit and the genre's words).
SPAN_REACH = 5


def _span_days(view: DocView, d: Draft) -> int | None:
    """How many days an event's phrase says it lasts: "the two-day conference" (a number
    before "-day"), «трёхдневный фестиваль» (one adjective, ``span:N``), «үш күндік
    фестиваль» (a number word, ``days:N``, before a unit of days, ``span_unit``)."""
    spans = {cue: words for cue, words in view.language.cues.items()
             if cue.startswith(("days:", "span:"))}
    if not spans:
        return None
    units = view.language.cue_set("span_unit")
    for m in d.mentions:
        rng = view.sent_tokens[m.sent]
        first = max(rng.start, m.phrase_first - SPAN_REACH)
        text = view.span_text(first, m.last)
        for found in _DAYS.finditer(text):
            days = next((int(cue.split(":")[1]) for cue, words in spans.items()
                         if cue.startswith("days:") and found.group(1).lower() in words), None)
            if days and days > 1:
                return days
        for i in range(first, m.last + 1):
            for cue, words in spans.items():
                if not view.matches_any(i, frozenset(words)):
                    continue
                if cue.startswith("span:") or (
                        i + 1 < rng.stop and units and view.matches_any(i + 1, units)):
                    days = int(cue.split(":")[1])
                    if days > 1:
                        return days
    return None


def _days_on(value: str, days: int) -> str | None:
    """The full date ``days`` days after ``value`` (before it when negative); None when
    ``value`` is no full date."""
    if len(value) != 10:
        return None
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _end_of_span(view: DocView, d: Draft, start: str) -> str | None:
    """"The two-day conference", «трёхдневный фестиваль»: the last day of an event its
    phrase says lasts so many days, counted from its first day (a full date)."""
    if len(start) != 10:
        return None
    days = _span_days(view, d)
    return _days_on(start, days - 1) if days else None


def _ended_span(view: DocView, d: Draft, date: DateMention, best: Mention) -> DateMention:
    """"The three-day festival wrapped up on Sunday", «трёхдневный форум завершился 5
    марта»: a single full day beside a verb of ending (in any tense) is the last day of
    an event its phrase says lasts so many days, so it began that many days before (the
    report of a finished run dates its end, and the phrase its length). A day the date
    itself reads as an end («1 наурызда аяқталды») needs no verb beside it."""
    if date.start_value is None and date.end_value is not None:
        end = date.end_value
    elif date.end_value is None and date.start_value is not None \
            and len(date.start_value) == 10 and _ending_verb_beside(view, date, best):
        end = date.start_value
    else:
        return date
    if len(end) != 10:
        return date
    days = _span_days(view, d)
    start = _days_on(end, 1 - days) if days else None
    return date if start is None else dataclasses.replace(date, start_value=start,
                                                          end_value=end)


def _ending_verb_beside(view: DocView, date: DateMention, best: Mention) -> bool:
    """Does a verb of ending (``end_verb``) stand after the event's phrase ``best`` and
    before the day with no clause's stop between ("wrapped up in Almaty on Sunday"), or
    right after the day?"""
    ends = view.language.cue_set("end_verb")
    if not ends:
        return False
    rng = view.sent_tokens[view.sentence_at(date.start)]
    first = view.first_token_from(date.start)
    last = view.first_token_from(date.end) - 1
    near = range(best.last + 1, min(rng.stop, last + END_REACH + 1))
    return any(view.matches_any(i, ends) and not any(
        view.lowers[k] in (",", ";", ":", "(", "—", "–") for k in range(i + 1, first))
        for i in near)


def _generic_head(view: DocView, m: Mention) -> bool:
    """Is the mention's head the language's generic noun of any event?"""
    words = view.language.cue_set("event_noun") | view.language.cue_set("generic")
    return any(view.matches_any(i, words) for i in range(m.first, m.last + 1))


#: How many tokens after a closing quote its verb of speaking may come (a comma, a dash).
SAID_REACH = 3


def _quoted_saying(view: DocView, m: Mention) -> bool:
    """Is the mention inside a quotation that a verb of speaking follows («"Наурыз –
    жаңару мерекесі", – деді әкім»)? What someone said of the event names it less than
    the report's own words."""
    rng = view.sent_tokens[m.sent]
    opening = next((k for k in range(m.first - 1, rng.start - 1, -1)
                    if view.tokens[k].text in OPEN_QUOTES), None)
    if opening is None:
        return False
    close = view.closing_quote(opening, rng.stop, reach=40)
    if close is None or close < m.last:
        return False
    speech = view.language.cue_words("speech")
    after = [k for k in range(close + 1, min(rng.stop, close + 1 + SAID_REACH))
             if view.tokens[k].text not in (",", "–", "—", "-")]
    return bool(speech) and bool(after) and view.lowers[after[0]].startswith(speech)


def _title_rank(title: str, body_name: bool = False) -> tuple[int, int, int]:
    return ("«" in title or '"' in title, body_name, -abs(len(title) - 40))


def _body_name(view: DocView, m: Mention) -> bool:
    """Is the mention a capitalised name in the article's body ("the Astana
    International Forum")? A headline capitalises every word, so its phrase is not."""
    if m.sent == 0 and view.opens_with_title():
        return False
    return _title_cased_name(view, m)


def place_of(view: DocView, d: Draft, venue: str | None) -> tuple[str | None, str | None]:
    """City and country: where a visit goes (:func:`_destination`), else a city named
    in the event's sentences (governed by «в»/"in"; for a tour also "to"), else the city
    its venue is known to be in, else a country so governed. A city outside the country
    a visit goes to is not the visit's (a dateline's, the visitor's home)."""
    goes = _destination(view, d) if d.type == "meeting" else None
    if goes is not None and goes[0] is not None:
        return goes
    city, country = _place_of(view, d, venue)
    if goes is not None and country != goes[1]:
        return None, goes[1]
    return city, country


def _place_of(view: DocView, d: Draft, venue: str | None) -> tuple[str | None, str | None]:
    """:func:`place_of` by the places the event's sentences govern, its venue, its
    paragraph, an office and a capital."""
    doc = view.doc
    tour = d.type == "tour"
    anchor = doc.tokens[d.mentions[0].first].start
    found = []
    for m in d.mentions:
        governed = [p for p in view.in_sentence("places", m.sent)
                    if (_locative(view, p.start, tour) or _hosts(view, p))
                    and not _quoted(doc.text, p.start)]
        found += [p for p in governed if not _past_another(view, m, p.start)]
        d.others_cities |= {p.city for p in governed if p.city and p not in found}
        found += [p for p in capitals(view) if view.sentence_at(p.start) == m.sent]
    cities = [p for p in found if p.kind == "city" and p.city]
    own = _own_country(view, d)
    if own is not None and cities:
        # "met in Cholpon-Ata and agreed to hold the Days of Kyrgyz Culture in
        # Kazakhstan": a city of another country is not where the event is
        cities = [p for p in cities if (p.country or places.country_of_city(p.city or ""))
                  == own]
        if not cities:
            city = places.venue_city(venue) if venue else None
            if city and places.country_of_city(city) == own:
                return city, own
            return None, own
    if cities:
        best = min(cities, key=lambda p: abs(p.start - anchor))
        best_city = best.city or ""
        country = best.country or places.country_of_city(best_city)
        together = _coordinated_cities(view, best)
        if len(together) > 1:  # "in Astana and Almaty": several cities, each its own part
            homes = {places.country_of_city(c) for c in together}
            d.several_places = len(homes) > 1
            return None, country if len(homes) == 1 else None
        return best_city, country
    if venue:
        city = places.venue_city(venue)
        if city:
            return city, places.country_of_city(city)
    named = _city_in_name(view, d)
    if named:
        return named, places.country_of_city(named)
    city = _paragraph_city(view, d) if d.type in LOCAL_TYPES | {"festival", "other"} else None
    if city:
        return city, places.country_of_city(city)
    city = _office_city(view, d)
    if city:
        return city, places.country_of_city(city)
    countries = [p for p in found if p.kind == "country" and p.country]
    country = None
    if countries:
        best = min(countries, key=lambda p: abs(p.start - anchor))
        if len(_coordinated(view, best, "country")) > 1:
            d.several_places = True
            return None, None  # "a tour to Italy and China"
        country = best.country
    capital = _capital_in(view, d, country)
    if capital:
        return capital, places.country_of_city(capital)
    # a troupe's home is where a tour is not, nor an event at a venue of its own
    # where a venue is named by its whole name before its case («… опера және балет
    # театрында гала-концерт өтті. «Астана Опера» театрының солистері …»: who
    # performed there, not where; a head-first venue may be cut short: «Театр оперы»)
    if country is None and not tour and not (venue and view.language.head_final):
        known = _known_venue(view, d, governed=False)
        city = places.venue_city(known) if known else None
        if city:
            return city, places.country_of_city(city)
    return None, country


def _own_country(view: DocView, d: Draft) -> str | None:
    """The country the event's own phrase is placed in, right after it ("the Days of
    Kyrgyz Culture in Kazakhstan", «Дни культуры в Казахстане»): where the event is,
    whichever city another clause of its sentence names. Head-first languages only
    (where the case ending marks the place, it comes before the event's noun)."""
    if view.language.head_final:
        return None
    for m in d.mentions:
        if m.extra.get("pointer") or m.kind == "anaphor":
            continue
        at = m.phrase_last + 1
        rng = view.sent_tokens[m.sent]
        if at + 1 >= rng.stop or view.lowers[at] not in view.language.cue_set("locative"):
            continue
        start = view.tokens[at + 1].start
        for ref in view.in_sentence("places", m.sent):
            if ref.start == start and ref.kind == "country" and ref.country:
                return ref.country
    return None


def _destination(view: DocView, d: Draft) -> tuple[str | None, str | None] | None:
    """"Arrived in Baku on a working visit", "paid an official visit to Kazakhstan":
    where a visit goes (the language's ``destination`` cues before the place) is where
    the meeting is, whatever city an agency dateline ("TASHKENT –") or a visitor's home
    names. A country visited leaves the city open unless a city of that country is
    also where the visit goes."""
    cues = view.language.cue_set("destination")
    if not cues:
        return None
    articles = view.language.cue_set("article")
    goes = []
    for sent in sorted({m.sent for m in d.mentions}):
        for p in view.in_sentence("places", sent):
            words = view.doc.text[max(0, p.start - 30):p.start].lower().split()
            while words and words[-1] in articles:
                words.pop()
            if words and (words[-1] in cues or " ".join(words[-2:]) in cues):
                goes.append(p)
    cities = [p for p in goes if p.kind == "city" and p.city]
    if cities:
        city = cities[0].city or ""
        return city, cities[0].country or places.country_of_city(city)
    countries = [p.country for p in goes if p.kind == "country" and p.country]
    return (None, countries[0]) if countries else None


def _office_city(view: DocView, d: Draft) -> str | None:
    """«Аким Актобе … открыл фестиваль», "the akim of Aktobe opened …": the city whose
    local head (the ``local_office`` cues) acts in the event's sentence fixes where it
    is (spec 4, places from knowledge), when nothing else places it."""
    offices = view.language.cue_set("local_office")
    if not offices or view.language.head_final:
        return None
    for m in d.mentions:
        first = view.sent_tokens[m.sent].start
        sentence = view.doc.sentences[m.sent]
        # (all places: the tagger may take «Аким Актобе» for a person's name)
        for p in view.doc.places:
            if p.kind != "city" or not p.city or not sentence.start <= p.start < sentence.end:
                continue
            i = view.first_token_from(p.start)
            if i >= len(view.tokens) or view.tokens[i].start != p.start or i == first:
                continue
            before = i - 1
            if view.lowers[before] in view.language.cue_set("complement") and before > first:
                before -= 1  # "the akim of Aktobe"
            if view.key(before) in offices or view.lowers[before] in offices:
                return p.city
    return None


def _known_venue(view: DocView, d: Draft, governed: bool = True) -> str | None:
    """A venue known by name that no head word announces ("received the minister at the
    Akorda", «в Кремле»): it fixes the city (spec 4, places from knowledge). Not
    ``governed``: any known venue of the event's sentences ("Astana Opera presents"),
    a last clue to its city."""
    for sent in sorted({m.sent for m in d.mentions}):
        s = view.doc.sentences[sent]
        key = ("known_venues", sent)
        if key not in view.memo:  # every event of a sentence asks
            view.memo[key] = places.find_venues(s.text, view.lang)
        for known in view.memo[key]:
            if not governed and not _names_a_body(view, s.start + known.start,
                                                  s.start + known.end):
                return known.venue
            # "at the Akorda", not "the press service of Astana Opera": where, not who
            start = s.start + known.start
            before = view.doc.text[max(0, start - 24):start].lower().split()
            while before and before[-1] in view.language.cue_set("article"):
                before.pop()
            if (before and before[-1] in view.language.cue_words("locative")) or \
                    view.language.governs_place(view.doc.text, start, s.start + known.end):
                return known.venue
    return None


def _names_a_body(view: DocView, start: int, end: int) -> bool:
    """"the press service of Astana Opera", «„Қазақконцерт“ мемлекеттік концерттік
    ұйымының әртістері»: a known venue's name that owns something (after "of") or
    names an organisation (a body noun in the next words) is who, not where."""
    words = view.doc.text[max(0, start - 12):start].lower().split()
    if words and words[-1] in view.language.cue_set("complement"):
        return True
    after = [w.strip("»”\"'.,").lower() for w in view.doc.text[end:end + 60].split()[:4]]
    bodies = view.language.cue_set("body")
    return any(w.startswith(b) for w in after for b in bodies if b)


def _past_another(view: DocView, m: Mention, at: int) -> bool:
    """"During the meeting, the sides discussed the summit, which will take place in
    Tianjin": a place whose nearest event mention before it, after this mention, is
    another event's is that event's place. A part of this event ("the festival, with
    concerts and a fair, will run in Almaty") and a mention of the same event do not
    take it away. (One look-up by bisection: a sentence listing n events costs n log n.)"""
    if m.event is None:
        return False
    mine = view.doc.tokens[m.last].end
    if at < mine:
        return False
    key = ("mention_ends", m.sent)
    if key not in view.memo:
        here = sorted((view.doc.tokens[o.last].end, view.doc.tokens[o.first].start, o.event)
                      for o in view.memo.get(("mentions_by_sentence",), {}).get(m.sent, [])
                      if o.event is not None)
        view.memo[key] = ([h[0] for h in here], here)
    ends, here = view.memo[key]
    k = bisect.bisect_right(ends, at) - 1
    if k < 0:
        return False
    _, start, event = here[k]
    parts = view.memo.get(("parents",), {})
    return start >= mine and event != m.event and parts.get(event) != m.event


def _capital_in(view: DocView, d: Draft, country: str | None) -> str | None:
    """«в столице Азербайджана», «елордада»: a capital named by the noun "capital" where
    the event is held (governed like a place), as the capital of the country the words
    around name, else of the ``country`` the event is placed in, else of the language's
    home country (the Kazakh press's «елорда» is Astana)."""
    key = ("capital_refs",)
    if key not in view.memo:
        view.memo[key] = places.find_capital_refs(view.doc.text, view.lang)
    refs = view.memo[key]
    if not refs:
        return None
    home = country or view.language.home_country
    for m in d.mentions:
        s = view.doc.sentences[m.sent]
        for ref in refs:
            if s.start <= ref.start < s.end and not _quoted(view.doc.text, ref.start) \
                    and view.language.governs_place(view.doc.text, ref.start, ref.end,
                                                    d.type == "tour"):
                whose = ref.country or home
                city = places.capital_of(whose) if whose else None
                if city:
                    return city
    return None


def _coordinated_cities(view: DocView, city: PlaceMention) -> set[str]:
    """The cities listed with ``city`` ("in Astana and Almaty", «в Астане, Алматы и
    Шымкенте»): the ones next to it with only a comma or "and" between."""
    return _coordinated(view, city, "city")


def _coordinated(view: DocView, place: PlaceMention, kind: str) -> set[str]:
    """The places of ``kind`` listed with ``place`` (their cities or countries)."""
    doc = view.doc
    joiners = set(view.language.cue_words("conjunction")) | {","}
    here = sorted((p for p in view.in_sentence("places", view.sentence_at(place.start))
                   if p.kind == kind and (p.city if kind == "city" else p.country)),
                  key=lambda p: p.start)

    def name(p: PlaceMention) -> str:
        return (p.city if kind == "city" else p.country) or ""

    at = next((i for i, p in enumerate(here) if p.start == place.start), None)
    if at is None:  # "the capital", no name of a list
        return {name(place)}

    def joined(a: PlaceMention, b: PlaceMention) -> bool:
        between = doc.text[a.end:b.start].replace(",", " , ").split()
        return bool(between) and all(w.lower() in joiners for w in between)

    found = {name(place)}
    i = at
    while i + 1 < len(here) and joined(here[i], here[i + 1]):
        i += 1
        found.add(name(here[i]))
    i = at
    while i > 0 and joined(here[i - 1], here[i]):
        i -= 1
        found.add(name(here[i]))
    return found


#: How many sentences back in its paragraph an event looks for the city it is set in.
PARAGRAPH_CITY_REACH = 2


def _paragraph_city(view: DocView, d: Draft) -> str | None:
    """"In Almaty, a festive concert was held on Republic Square. A fair of crafts was
    organised in the Central Park.": the one city the sentences just before an unplaced
    mention in its paragraph set events in (for events held at one spot: a referendum
    or talks are not placed by the paragraph around them)."""
    para = paragraphs(view)
    for m in d.mentions:
        for sent in range(m.sent - 1, max(-1, m.sent - 1 - PARAGRAPH_CITY_REACH), -1):
            if para[sent] != para[m.sent]:
                break
            cities = {p.city for p in view.in_sentence("places", sent)
                      if p.kind == "city" and p.city and _locative(view, p.start)}
            if cities:
                return cities.pop() if len(cities) == 1 else None
    return None


def _hosts(view: DocView, p) -> bool:
    """Is the place the subject of a hosting verb right after it ("Astana hosts …",
    «Астана принимает …»), over the auxiliaries of tense and plan the language puts
    between (``host_aux``: "Almaty is set to host", "the Kazakh capital will host")?"""
    after = [w.strip(",.") for w in view.doc.text[p.end:p.end + 60].lower().split()]
    between = view.language.cue_set("host_aux")
    for word in after[:HOST_AUX_REACH + 1]:
        if word in view.language.cue_set("host_verb"):
            return True
        if word not in between:
            return False
    return False


#: How many auxiliaries may stand between a hosting place and its verb ("is expected
#: to host").
HOST_AUX_REACH = 4


def _city_in_name(view: DocView, d: Draft) -> str | None:
    """A city written inside the event's own name ("World Nomad Games Astana 2024",
    "Almaty Jazz Festival"): where the event is, unless the event carries one place's
    culture to another (culture days, a tour), whose name holds the visitor, or the
    event shows a work whose title names its subject (an exhibition «Old town —
    Shymkent», a concert programme «Songs of Almaty»)."""
    # (a meeting's phrase names its sides: «встреча с делегацией Стамбула» is no
    # meeting in Istanbul)
    if d.type in VISITING or d.type in SHOWS_A_WORK or d.type == "meeting":
        return None
    return next((p.city for p in _phrase_cities(view, d)
                 if view.doc.text[p.start:p.start + 1].isupper()), None)


def countries_of(view: DocView, d: Draft, event: Event, owns) -> list[str]:
    """Countries taking part: those named in the event's sentences (not as a source:
    «из»/"from"), with the host; only when more than one country is involved."""
    doc = view.doc
    sources = view.language.cue_words("source")
    conjunctions = view.language.cue_words("conjunction")
    found: list[str] = []
    for sent in d.sents():
        s = doc.sentences[sent]
        skipping = False
        for ref in doc.country_refs:
            if not s.start <= ref.start < s.end or not owns(sent, ref.start, ref.end):
                continue
            before = doc.text[max(s.start, ref.start - 40):ref.start].lower().split()
            if before and before[-1] in sources and not _party_from(view, before) \
                    and not _party_head_before(view, ref.start):
                skipping = True
            elif not (before and (before[-1] in conjunctions or before[-1].endswith(","))):
                skipping = False
            if not skipping and ref.country not in found and not _in_title(view, ref):
                found.append(ref.country)
    if d.type in VISITING:  # «Дни культуры города Шымкент», "the Almaty theatre's tour"
        for city in _cities_in_phrases(view, d):
            country = places.country_of_city(city)
            if country and country not in found and city != event.city:
                found.append(country)
    home = view.language.home_country
    if d.type in VISITING and home and event.country and event.country != home \
            and home not in found:
        # «театр Моңғолияға гастрольдік сапармен барды» in a Kazakh article: the troupe
        # that travels is the article's own country's
        found.append(home)
    if event.country and event.country not in found and found:
        found.append(event.country)
    if d.type == "meeting" and home and len(found) == 1 and found[0] != home:
        # «министр … Өзбекстан мәдениет министрімен кездесті» in a Kazakh article: the
        # other side of a meeting with a foreign one is the article's own country's
        found.append(home)
    return sorted(found) if len(found) > 1 else []


#: Events that show a work (a programme, a play, a film, pictures): a city in its title
#: is what the work is about, not where it is shown.
SHOWS_A_WORK = {"exhibition", "concert", "stage", "screening"}


def _party_from(view: DocView, before: list[str]) -> bool:
    """"musicians from Turkey", "a delegation from Kyrgyzstan": people who come from a
    country to take part make it a side (spec: performers the text ties to a country);
    things from a country ("exhibits from China") do not."""
    if len(before) < 2:
        return False
    word = before[-2].strip(",.;:«»\"'")
    parties = view.language.cue_set("party")
    return word in parties or any(word == p + e for p in parties
                                  for e in view.language.plural_endings) \
        or word in _declined_parties(view)


#: How many words of a genitive complement may stand between a party noun and «из»
#: («мастера войлока и ковроткачества из …»).
PARTY_COMPLEMENT_REACH = 4


def _party_head_before(view: DocView, ref_start: int) -> bool:
    """«мастера войлока и ковроткачества из Монголии», «учёные-литературоведы из России»:
    the people who come from the country may be the head of a phrase whose genitive
    complement stands before «из», or a compound whose first part is the party word.
    Walks back over genitive words and conjunctions only, so that a verb or a
    preposition between («гости ознакомились с экспонатами из Китая») keeps the things
    apart from the people."""
    doc = view.doc
    source = view.first_token_from(ref_start) - 1
    if source < 1 or doc.tokens[source].text.lower() not in view.language.cue_words("source"):
        return False
    lemmas = {w.replace("ё", "е") for w in view.language.cue_set("party")}
    joins = view.language.cue_words("conjunction")
    for i in range(source - 1, max(-1, source - 2 - PARTY_COMPLEMENT_REACH), -1):
        tok = doc.tokens[i]
        parts = tok.lemma.lower().replace("ё", "е").split("-")
        if any(part in lemmas for part in parts):
            return True
        if not (tok.feats.get("case") == "gent" or tok.text.lower() in joins):
            return False
    return False


def _declined_parties(view: DocView) -> frozenset[str]:
    """Every form of the party words in a language that declines them («спортсмены»,
    «делегаций», «артистов»)."""
    return _party_forms(view.lang) if view.language.inflected else frozenset()


@cache
def _party_forms(code: str) -> frozenset[str]:
    lang = language(code)
    return frozenset(form for word in lang.cue_set("party") for form in lang.word_forms(word))


#: Events that bring one place's culture to another: the city whose culture or troupe
#: travels is a side, like a country.
VISITING = {"culture_days", "tour"}


def _cities_in_phrases(view: DocView, d: Draft) -> list[str]:
    """Cities named inside the event's own phrases («Астана қаласының … мәдениет
    күндері», «гастроли Алматинского театра») and not as where it goes."""
    return [p.city for p in _phrase_cities(view, d) if not _locative(view, p.start, tour=True)]


def _phrase_cities(view: DocView, d: Draft) -> list:
    """The city mentions inside the phrases of the event's mentions, in their order."""
    doc, out = view.doc, []
    for m in d.mentions:
        start, end = doc.tokens[m.phrase_first].start, doc.tokens[m.phrase_last].end
        out += [p for p in view.in_sentence("places", m.sent)
                if start <= p.start < end and p.kind == "city" and p.city]
    return out


def _in_title(view: DocView, ref: CountryRef) -> bool:
    """Is the country named inside an honorary title next to it (two words either side)?"""
    text, words = view.doc.text, honorifics(view.lang)
    around = text[max(0, ref.start - 40):ref.start].lower().split()[-2:]
    around += text[ref.end:ref.end + 40].lower().split()[:2]
    return any(w.startswith(h) for w in around for h in words)


#: How long after its opening day an exhibition or a festival may still be running.
RUNS_ON_DAYS = 31


def _days_before(start: str | None, published: str | None) -> int:
    """Days from a full ``start`` date to the publication date (a large number when
    either is not a full date)."""
    try:
        return (dt.date.fromisoformat(published or "") - dt.date.fromisoformat(start or "")).days
    except ValueError:
        return 10**6


def status_of(view: DocView, d: Draft, event: Event) -> Status | None:
    """The event's dates against the publication date first; but an exhibition or a
    festival dated only by its opening day runs on after it, so there the text («открылась
    выставка», "the exhibition opened") may say it is still under way, for a month; and
    one that opened on the day of the report is under way whatever tense the report
    uses («Сегодня в рамках Дней культуры … представил»), unless it is planned. None
    when neither dates nor words say (the caller decides)."""
    found = status_from_dates(event.start, event.end, view.doc.published)
    if found and _called_off(view, d):
        return "cancelled"  # "the festival, scheduled for 3 October, was cancelled"
    if found == "ongoing" and event.end is not None and event.end == view.doc.published \
            and _told_done(view, d):
        return "held"  # "took place on 10-11 June" in a report of 11 June: it is over
    if found and not (found == "held" and event.end is None and d.type in MULTI_DAY
                      and _days_before(event.start, view.doc.published) <= RUNS_ON_DAYS):
        return found
    opens_today = (d.type in MULTI_DAY and event.end is None
                   and _days_before(event.start, view.doc.published) == 0)
    first_said: Status | None = None
    for m in d.mentions:
        if m.extra.get("pointer"):
            continue
        said = m.extra.get("status") or status_from_text(view, m.sent, m.first, m.last, d.type)
        if said:
            if opens_today and said == "held":
                return "ongoing"  # opened on the day of the report: it runs on
            if first_said is None:
                first_said = said
            if said == "ongoing" and d.type in MULTI_DAY and first_said == "held":
                first_said = said  # "it opened … is on until": a later mention says it runs
    dated = _said_at_date(view, d)
    if dated and (first_said is None or (dated == "ongoing" and d.type in MULTI_DAY
                                         and first_said == "held")):
        first_said = dated  # «Мероприятие проходит с 1 по 10 июня»: it runs on
    if first_said:
        return first_said if not found or first_said == "ongoing" else found
    return found or ("ongoing" if opens_today else None)


def _said_at_date(view: DocView, d: Draft) -> Status | None:
    """What the sentence that gave the event its date says of it, when none of the
    event's mentions stands there («Напомним, мероприятие проходит с 1 по 10 июня»
    after «… выступил на фестивале»): the cue or tense nearest to the date."""
    date = d.dates
    if date is None:
        return None
    sent = view.sentence_at(date.start)
    if sent < 0 or any(m.sent == sent for m in d.mentions):
        return None
    first = view.first_token_from(date.start)
    last = max(first, view.first_token_from(date.end) - 1)
    return status_from_text(view, sent, first, last, d.type)


def _told_done(view: DocView, d: Draft) -> bool:
    """Does the event's first stated mention say it is over (its sentence's status cue
    or verb tense: "took place", "concluded", "wrapped up")?"""
    first = next((m for m in d.mentions if not m.extra.get("pointer")), None)
    if first is None:
        return False
    said = first.extra.get("status") or status_from_text(view, first.sent, first.first,
                                                         first.last, d.type)
    return said == "held"


def _called_off(view: DocView, d: Draft) -> bool:
    """Does a ``cancelled`` status cue follow the event's first stated mention within
    :data:`CALLED_OFF_REACH` words, as its predicate ("the festival, scheduled for 3
    October, was cancelled")? Its dates then say when it was to be, not that it took
    place."""
    first = next((m for m in d.mentions if not m.extra.get("pointer")), None)
    if first is None:
        return False
    # "the festival … was cancelled"; «Организаторы отменили фестиваль …», "organisers
    # called off the concert": the verb right before its object
    return any(status == "cancelled" and (first.last < i <= first.last + CALLED_OFF_REACH
                                          or first.first - CALLED_OFF_BEFORE <= i < first.first)
               for i, status in cue_statuses(view, first.sent, d.type))


#: How many words after an event's mention its predicate of calling off may stand.
CALLED_OFF_REACH = 10
#: How many words before an event's mention a verb calling it off may stand (the verb, an
#: article, an adjective of its object).
CALLED_OFF_BEFORE = 3


def dateline_city(view: DocView) -> str | None:
    """The city of an agency dateline opening the article («Семей.30.11.25.», "ASTANA –",
    «АЛМАТЫ, 5 мая»): where the report was filed, so where its events are when the
    article names no single city of its own."""
    doc = view.doc
    if not doc.sentences:
        return None
    # the lead opens the article, after its headline when the page gives one (a line
    # with no closing full stop)
    leads = [0]
    if len(doc.sentences) > 1 and (view.opens_with_title() or not doc.sentences[0].text
                                   .rstrip().endswith((".", "!", "?"))):
        leads.append(1)
    for lead in leads:
        first = doc.sentences[lead].start
        for p in event_places(view):
            if p.kind == "city" and p.city and first <= p.start <= first + 2:
                rest = doc.text[p.end:p.end + 4]
                if rest[:1] in ".,–—-" or rest.lstrip()[:1] in "–—-":
                    return p.city
    return None


def capitals(view: DocView) -> list[PlaceMention]:
    """"Held in the capital of Kazakhstan", «в столице», «елордада»: the capital a
    reference names where an event happens (spec: «в столице» fixes the country's
    capital), as a city mention; whose capital is read from the words around it, else
    it is the capital of the one country the article is about."""
    key = ("capitals",)
    if key not in view.memo:
        doc, found = view.doc, []
        for ref in places.find_capital_refs(doc.text, doc.lang):
            country = ref.country or home_country(view)
            city = places.capital_of(country) if country else None
            if city and (view.language.governs_place(doc.text, ref.start, ref.end)
                         or _hosts(view, ref)):  # "the Kazakh capital will host …"
                found.append(PlaceMention(ref.start, ref.end, doc.text[ref.start:ref.end],
                                          "city", city, country))
        view.memo[key] = found + _second_capitals(view)
    return view.memo[key]


def _second_capitals(view: DocView) -> list[PlaceMention]:
    """"In the southern capital": a country's press calls a city other than its capital
    by a by-name (the language's ``by_name:<city>`` cues: Almaty, the former capital of
    Kazakhstan). It names that city only in an article about the city's country."""
    doc = view.doc
    names = {cue.partition(":")[2]: words for cue, words in view.language.cues.items()
             if cue.startswith("by_name:")}
    if not names:
        return []
    found: list[PlaceMention] = []
    owned: list[PlaceMention] = []
    text = doc.text.lower()
    for city, words in names.items():
        country = places.country_of_city(city)
        for phrase in words:
            for hit in re.finditer(rf"\b{re.escape(phrase)}\b", text):
                if view.language.governs_place(doc.text, hit.start(), hit.end()):
                    place = PlaceMention(hit.start(), hit.end(), doc.text[hit.start():
                                         hit.end()], "city", city, country)
                    # "Kazakhstan's largest city" names its country: in any article
                    named = any(hit.start() <= r.start and r.end <= hit.end()
                                and r.country == country for r in doc.country_refs)
                    (owned if named else found).append(place)
    if found and home_country(view) not in {p.country for p in found}:
        found = []  # "the southern capital" of another country's press: not this city
    return sorted(found + owned, key=lambda p: p.start)


def dominant_city(view: DocView) -> str | None:
    """The only city the article names outside quotes and the names of organisations
    and people, if it names just one («Астана Опера» is a troupe, not a place; "Aba" in
    a wrestler's name none), with the capital it places an event in; failing any, the
    only city its city adjectives name («Карагандинский … театр открыл сезон»)."""
    doc = view.doc
    names = [(e.start, e.end) for e in doc.entities if e.label == "ORG"]
    cities = set()
    for p in [*event_places(view), *capitals(view)]:
        if p.kind != "city" or not p.city or _quoted(doc.text, p.start):
            continue
        if any(s <= p.start and p.end <= e for s, e in names):
            continue  # (people's names are out of event_places already)
        cities.add(p.city)
    if not cities:
        cities = {p.city for p in doc.city_adjectives if p.city}
    return cities.pop() if len(cities) == 1 else None


def _quoted(text: str, offset: int, reach: int = 40) -> bool:
    """Is ``offset`` inside a short «quoted name» (not a long quoted speech)?"""
    before = text[max(0, offset - reach):offset]
    after = text[offset:offset + reach]
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
        at = before.rfind(opening)
        if at >= 0 and closing not in before[at + 1:] and closing in after:
            return "\n" not in before[at:] and "\n" not in after[:after.index(closing)]
    return False


__all__ = ["extract_events"]


#: Types whose event a head-final language names after a person put before its noun
#: («Абай оқулары», «Құрманғазы фестивалі», «Шәмші байқауы»), who is honoured, not there.
NAMED_AFTER_TYPES = frozenset({"forum", "festival", "competition"})


def _named_after_before(view: DocView, m: Mention) -> bool:
    """Is the word right before a head-final mention's noun a capitalised name without
    a case ending of its own — the person the event is named after?"""
    before = m.first - 1
    if not view.language.head_final or m.type not in NAMED_AFTER_TYPES \
            or before < view.sent_tokens[m.sent].start:
        return False
    word = view.doc.tokens[before].text
    return word[:1].isupper() and word.isalpha() and any(
        e.label == "PER" and e.end == view.doc.tokens[before].end
        for e in view.in_sentence("entities", m.sent))


def _trigger_spans(view: DocView, m: Mention) -> list[tuple[int, int]]:
    """The character spans of a mention's trigger words that are not participants: the
    whole phrase, but for a verb phrase that runs over the clause («оркестр мен Ерасыл
    Нұрланұлы өнер көрсетті», a Kazakh trigger with its subject's words between) the
    capitalised and quoted words, which name those who act, not the event."""
    toks = view.doc.tokens
    if m.kind != "verb" or m.last - m.first < 2:
        first = m.first
        if _named_after_before(view, m):
            first -= 1  # «Абай оқулары»: the name the event bears is no participant
        return [(toks[first].start, toks[m.last].end)]
    return [(toks[i].start, toks[i].end) for i in range(m.first, m.last + 1)
            if not toks[i].text[:1].isupper() and toks[i].text not in OPEN_QUOTES + CLOSE_QUOTES]

