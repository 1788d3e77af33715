"""Russian event rules: the descriptive phrase around a trigger, proper names, titles in
the nominative, venue phrases, tense, and names that a thing is named after.

Russian puts a noun's complements after it in the genitive («Дни казахской культуры»,
«выступление Казахского государственного оркестра») and inflects every word of a name,
so phrases are read rightwards by case and put into the nominative with pymorphy2.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sahna.events.lexicon import venue_heads
from sahna.events.mentions import latin_name, quoted_after, quoted_name
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES
from sahna.langs.ru import morph

if TYPE_CHECKING:
    from sahna.contract import Status
    from sahna.document import NamedEntity, Token
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView
    from sahna.langs.base import Language

_ROMAN = re.compile(r"[IVXLC]+")


#: Cases that an inanimate masculine or a plural noun spells alike: the tagger's guess
#: for a word it does not know («медиафорум») may take one for the other.
_SAME_FORM_CASES = frozenset({"nomn", "accs"})


def _agrees(adjective: str | None, noun: str | None) -> bool:
    """Does an adjective in case ``adjective`` agree with a noun in case ``noun``?"""
    return adjective == noun or {adjective, noun} <= _SAME_FORM_CASES


def _may_agree(adjective: dict, noun: str) -> bool:
    """Has ``noun`` a reading in the adjective's case and number? The tagger picks one
    reading of a form that has several («игры»: genitive singular or nominative and
    accusative plural), and «Всемирные игры» agree in the other."""
    case, number = adjective.get("case"), adjective.get("number")
    if not case or not number:
        return False
    return any(p.tag.number == number and (p.tag.case == case
                                           or {p.tag.case, case} <= _SAME_FORM_CASES)
               for p in morph.parses(noun) if p.tag.POS == "NOUN")


def event_phrase(lang: Language, view: DocView, m: Mention) -> tuple[int, int]:
    """Agreeing adjectives and a number before the trigger; genitive complements, a
    quoted name, «им. …» and «в Capitalised» after it (a meeting also takes its sides:
    «встреча министра … с министром культуры РФ …»)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    named_after = lang.cue_words("named_after")
    locative = lang.cue_words("locative")
    sides = lang.cue_words("meeting_side")
    first = m.first
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJF", "PRTF") \
            and (_agrees(toks[first - 1].feats.get("case"), toks[m.first].feats.get("case"))
                 or _may_agree(toks[first - 1].feats, toks[m.first].text)):
        first -= 1
    if first - 1 >= rng.start and (_ROMAN.fullmatch(toks[first - 1].text)
                                   or toks[first - 1].text[:1].isdigit()):
        first -= 1  # «X форум», «III курултай», «2-й фестиваль»
    last = m.last
    i = m.last + 1
    reach = 18 if m.type == "meeting" else 9
    dates = [(d.start, d.end) for d in view.in_sentence("dates", m.sent)]
    while i < rng.stop and i - m.last <= reach:
        tok = toks[i]
        if any(start <= tok.start < end for start, end in dates):
            break  # «ночь музеев 18 мая»: the date is when, not the name
        if m.type == "meeting" and (tok.text.lower() in sides or tok.text.isupper()
                                    or tok.feats.get("case") == "ablt"):
            if tok.text.lower() not in sides:
                last = i
            i += 1
            continue
        if tok.text in OPEN_QUOTES:
            close = view.closing_quote(i, rng.stop, 15)
            if close is None:
                break
            last = i = close
            i += 1
            continue
        gen = tok.feats.get("case") == "gent" and tok.pos in ("NOUN", "ADJF", "PRTF", "NUMR")
        # («фестиваль уличной музыки»: a feminine adjective's oblique forms coincide, and
        # the tagger may read a locative; before a genitive noun it is the genitive)
        gen = gen or (tok.pos in ("ADJF", "PRTF") and i + 1 < rng.stop
                      and toks[i + 1].pos == "NOUN" and toks[i + 1].feats.get("case") == "gent"
                      and _can_be(tok.text, "gent"))
        # («концерт памяти Нургисы Тлендиева»: a name runs on over its capitalised words,
        # whatever case the tagger read into the surname)
        name_goes_on = last == i - 1 and i - 1 > m.last and tok.text[:1].isupper() \
            and toks[i - 1].text[:1].isupper() and tok.pos in ("NOUN", "ADJS", "ADJF")
        if gen or name_goes_on or tok.text.lower() in named_after or tok.pos == "NUMB":
            last = i
        elif tok.text.lower() in locative and i + 1 < rng.stop \
                and toks[i + 1].text[:1].isupper() and toks[i + 1].pos == "NOUN":
            last = i + 1
            break
        elif tok.text == "." and toks[i - 1].text.lower() + "." in named_after:
            last = i
        elif m.type in TOPIC_TYPES and _topic_after(lang, view, i, rng):
            # «чемпионат Азии по греко-римской борьбе», «референдум по вопросу …»: what
            # a contest or a vote is about, in the dative after «по», is its name
            i += 1
            while i < rng.stop and toks[i].pos in ("NOUN", "ADJF", "PRTF") \
                    and (toks[i].feats.get("case") == "datv" or _can_be(toks[i].text, "datv")):
                last = i
                i += 1
            continue
        else:
            break
        i += 1
    return first, last


#: Events named by their subject after «по»: contests (their sport or art), votes (their
#: question), gatherings (their theme).
TOPIC_TYPES = frozenset({"competition", "civic", "forum"})


def _topic_after(lang: Language, view: DocView, i: int, rng: range) -> bool:
    """Is token ``i`` a preposition of a subject (``topic`` cue: «по») before a noun
    phrase in the dative that is no frame of initiative or manner (``topic_stop``:
    «по инициативе», «по итогам», «по всей стране»)?"""
    toks = view.tokens
    if toks[i].text.lower() not in lang.cue_set("topic") or i + 1 >= rng.stop:
        return False
    after = toks[i + 1]
    return after.pos in ("NOUN", "ADJF", "PRTF") \
        and (after.feats.get("case") == "datv" or _can_be(after.text, "datv")) \
        and after.lemma not in lang.cue_set("topic_stop")


def proper_name(lang: Language, view: DocView, m: Mention) -> str | None:
    """A quoted name just after the trigger, two Latin words at least («концерт Jas
    Stars», not «концерта Robo-DJ»), or a quoted name just before it («показали
    «Вишнёвый сад» в постановке …»)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    name = quoted_after(view, m)
    if name:
        return name
    run = latin_name(lang, view, m)
    if len(run) >= 2:
        return " ".join(run)
    for i in range(m.first - 1, max(rng.start, m.first - 5) - 1, -1):
        if toks[i].text in CLOSE_QUOTES:
            opening = next((j for j in range(i - 1, max(rng.start, i - 15) - 1, -1)
                            if toks[j].text in OPEN_QUOTES), None)
            if opening is not None and not (
                    opening - 1 >= rng.start
                    and (view.matches_any(opening - 1, lang.cue_set("troupe"))
                         or view.matches_any(opening - 1, venue_heads(lang.code)))):
                return quoted_name(view, opening, rng.stop)
            # («хор «Жулдыз» выступит», «в кинотеатре «Арман» состоится показ»: the
            # choir's or the cinema's name, not the event's)
            break
    return None


def title(view: DocView, m: Mention, text: str) -> str:
    """The phrase with its head (the trigger and what agrees with it) in the nominative."""
    words = text.split(" ")
    head_end = len(view.span_text(m.phrase_first, m.last).split(" "))
    head = morph.nominative_phrase(words[:head_end])
    return " ".join(head + words[head_end:])


def venue_phrase(lang: Language, view: DocView, head: int, rng: range
                 ) -> tuple[str, int, int] | None:
    """«в Большом театре», «на сцене Казахской национальной филармонии им. Жамбыла»:
    the head after «в»/«на» with its adjectives, genitive complements, quoted and
    capitalised names, put into the nominative."""
    toks = view.tokens
    named_after = lang.cue_words("named_after")
    first = head
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJF", "PRTF"):
        first -= 1
    if first - 1 < rng.start or toks[first - 1].text.lower() not in lang.cue_words("locative"):
        return None
    last = head
    i = head + 1
    while i < rng.stop and i - head < 10:
        tok = toks[i]
        if tok.text in OPEN_QUOTES:
            close = view.closing_quote(i, rng.stop)
            if close is None:
                break
            last = i = close
        elif tok.feats.get("case") == "gent" or tok.text.lower() in named_after \
                or (tok.text == "." and toks[i - 1].text.lower() + "." in named_after) \
                or (tok.text[:1].isupper() and tok.pos in ("NOUN", "X", "LATN")):
            last = i
        else:
            break
        i += 1
    if last == head and not toks[first].text[:1].isupper() and first == head:
        return None  # «в зале» alone names no venue
    words = view.span_text(first, last).split(" ")
    head_words = len(view.span_text(first, head).split(" "))
    text = " ".join(morph.nominative_phrase(words[:head_words]) + words[head_words:])
    return text, first, last


def tense_status(tok: Token) -> Status | None:
    """A past verb states a held event, a future one a planned event."""
    if tok.pos == "VERB":
        by_tense: dict[str, Status] = {"past": "held", "futr": "planned"}
        return by_tense.get(tok.feats.get("tense", ""))
    return None


def genitive(word: str) -> str:
    """«памятник» -> «памятника»: a noun's genitive (its own form when none is found)."""
    for parse in morph.parses(word):
        if parse.tag.POS == "NOUN":
            form = morph._inflect(parse, {"gent", parse.tag.number or "sing"})
            if form:
                return morph.match_case(form, word)
    return word


def participant_name(ent: NamedEntity) -> str:
    """A person's name as the analyser put it into the nominative; an organisation's
    noun phrase with its head in the nominative."""
    if ent.label == "PER":
        if ent.normal == ent.text or _made_male(ent):  # («А. Алимбаевым»): read it
            return " ".join(morph.nominative_name(ent.text.split(" ")))
        return _indeclinable_surname(ent.text, ent.normal)
    return " ".join(morph.nominative_phrase(ent.text.split(" ")))


def _indeclinable_surname(text: str, normal: str) -> str:
    """«поэтессы Айгерим Сейткали» is «Айгерим Сейткали», not «Сейткаля»: a surname that
    ends in «-и» (Kazakh, Georgian: «Сейткали», «Руставели») does not decline, so it is
    kept as written (an «-ии» ending is a case of «-ия»); so is a foreign name in «-е»."""
    words, normal_words = text.split(" "), normal.split(" ")
    last = words[-1]
    if len(words) < 2 or len(words) != len(normal_words) or normal_words[-1] == last:
        return normal
    if last.endswith("и") and not last.endswith("ии") and last[:1].isupper():
        return " ".join([*normal_words[:-1], last])
    if last.endswith("е") and normal_words[-1] in (last[:-1] + "а", last[:-1] + "я"):
        # «с Одре Азуле»: a Russian surname in «-а» declines as an adjective («-ой»), so a
        # surname in «-е» read as one in «-а»/«-я» is a foreign name that does not decline
        return text
    return normal


def _made_male(ent: NamedEntity) -> bool:
    """Did the analyser turn a woman's surname into a man's («Айгуль Иманбаева» →
    «Айгуль Иманбаев»)? A first name that is only ever female decides the gender of the
    surname beside it: the agreeing reading is the one to keep."""
    words, normal = ent.text.split(" "), ent.normal.split(" ")
    if len(words) < 2 or len(words) != len(normal) or words[-1] == normal[-1]:
        return False
    if not words[-1].startswith(normal[-1]):  # not «Иманбаева» → «Иманбаев»
        return False
    names = [p for p in morph.parses(words[0]) if "Name" in p.tag]
    return bool(names) and all(p.tag.gender == "femn" for p in names)


def is_namesake(lang: Language, view: DocView, first: int, last: int) -> bool:
    """«театр имени Абая»: a person a thing is named after does not take part («по
    имени Темирбек» is the one's own name)."""
    rng = view.sent_tokens[view.token_sent[first]]
    before = [view.lowers[i] for i in range(max(rng.start, first - 2), first)]
    if before and before[-1] in lang.cue_words("named_after"):
        return before[0] not in lang.cue_words("own_name")
    return False


def group_phrase(lang: Language, view: DocView, head: int, rng: range
                 ) -> tuple[str, int, int] | None:
    """«Шымкентский городской театр эстрады и сатиры», «оркестром народных инструментов
    имени Турмаганбета»: the group noun with its adjectives, genitive complements (joined
    by «и»), quoted and capitalised names and «имени …», the words up to the head put
    into the nominative. Only a name: a capitalised word (not the sentence's first), a
    quote or «имени»."""
    toks = view.tokens
    named_after = lang.cue_words("named_after")
    first = head
    case = toks[head].feats.get("case")
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJF", "PRTF") \
            and (case is None or _can_be(toks[first - 1].text, case)):
        first -= 1  # adjectives that can agree with the head («областной театр»)
    if toks[head].feats.get("number") == "plur":
        return None  # «коллективы Muzart Life, Dieta KZ»: a list follows, not one name
    last = head
    proper = False
    named = False  # after «имени»: the name's words
    i = head + 1
    while i < rng.stop and i - head < 12:
        tok = toks[i]
        low = tok.text.lower()
        if tok.text in OPEN_QUOTES:
            close = view.closing_quote(i, rng.stop)
            if close is None:
                break
            last = i = close
        elif low in named_after or (tok.text == "." and view.lowers[i - 1] + "." in named_after):
            last = i
            proper = named = True
        elif named and (tok.text[:1].isupper() or (
                tok.text == "." and len(toks[i - 1].text) == 1 and toks[i - 1].text.isupper())):
            last = i  # «имени Михаила Лермонтова», «им. М. Ауэзова»
        elif tok.text[:1].isupper() and tok.pos == "ADJF" and i + 1 < rng.stop \
                and _can_be(tok.text, "gent") and not _is_place_at(view, i) \
                and toks[i + 1].pos in ("ADJF", "NOUN") and _can_be(toks[i + 1].text, "gent"):
            last = i  # «оркестр Казахской национальной филармонии»: a body's name
        elif tok.text[:1].isupper():
            if (last > head or first < head or view.key(head) in lang.cue_set("place_body")) \
                    and last == i - 1 and _is_place_at(view, i):
                # «ансамбль солистов оркестра Алматы», «управление культуры Туркестанской
                # области»: the chain's city or region closes it
                last = _place_end(view, i)
            break  # «ансамбль Ялла», «оркестра Алматы»: an appositive name or a place
        elif tok.pos in ("NOUN", "ADJF", "PRTF") and _can_be(tok.text, "gent"):
            last = i  # «комедии» may be read as locative: any genitive reading will do
        elif low == "и" and last == i - 1 and i + 1 < rng.stop \
                and toks[i + 1].pos == "NOUN" and _can_be(toks[i + 1].text, "gent"):
            pass  # «театр эстрады и сатиры»: the next genitive goes on the name
        else:
            break
        i += 1
    inside = _quoted_tokens(view, first, last)
    proper = proper or any(toks[k].text[:1].isupper() for k in range(first, last + 1)
                           if k != rng.start and k not in inside)
    # «ансамбль «Шертер»»: a quoted name alone is the group's name (the quoted-group rule's)
    if not proper or (first == head and last == head):
        return None
    words = view.span_text(first, last).split(" ")
    head_words = len(view.span_text(first, head).split(" "))
    text = " ".join(morph.nominative_phrase(words[:head_words]) + words[head_words:])
    return text, first, last


def _place_end(view: DocView, i: int) -> int:
    """The last token of the place mention that starts at token ``i``."""
    start = view.tokens[i].start
    end = max((p.end for p in view.doc.places if p.start == start), default=view.tokens[i].end)
    last = i
    while last + 1 < len(view.tokens) and view.tokens[last + 1].end <= end:
        last += 1
    return last


def _is_place_at(view: DocView, i: int) -> bool:
    """Does a place mention start at token ``i``?"""
    start = view.tokens[i].start
    return any(p.start == start for p in view.doc.places)


def _quoted_tokens(view: DocView, first: int, last: int) -> set[int]:
    """Indices of the tokens between quotes (the quotes included) in ``first..last``."""
    out: set[int] = set()
    i = first
    while i <= last:
        if view.tokens[i].text in OPEN_QUOTES:
            close = view.closing_quote(i, last + 1)
            if close is not None:
                out.update(range(i, close + 1))
                i = close
        i += 1
    return out


def _can_be(word: str, case: str) -> bool:
    """Has ``word`` a reading in ``case``? The tagger picks one of a form's readings,
    and «комедии», «областной» are several cases at once."""
    return any(p.tag.case == case for p in morph.parses(word))
