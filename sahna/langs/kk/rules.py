"""Kazakh event rules: the phrase before a trigger, proper names, titles in the base
form, venue phrases, and names that own another noun.

Kazakh is head-final: a quoted name and the genitive complements stand before the
trigger («Дауыс» монодрамасының премьерасы), and case endings sit on the last word of a
phrase («драма театрында»), so phrases are read leftwards and lose the ending of their
last word to give the title's base form.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sahna.events.mentions import quoted_name
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES
from sahna.langs import language
from sahna.langs.kk.endings import CASE_AFTER_POSSESSIVE

if TYPE_CHECKING:
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView
    from sahna.langs.base import Language

GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
# Case endings that a title's head word sheds («гастролін» -> «гастролі», «сапармен» ->
# «сапар»); the possessive («премьерасы») stays, it belongs to the phrase.
_CASE = ("ның", "нің", "дың", "дің", "тың", "тің", "мен", "пен", "бен", "нан", "нен", "дан",
         "ден", "тан", "тен", "нда", "нде", "на", "не", "ға", "ге", "қа", "ке", "да", "де", "та",
         "те", "н")
LOCATIVE = ("да", "де", "та", "те", "нда", "нде", "ында", "інде", "сында", "сінде")


#: How many words may stand between «атты» and the trigger it names («"Шығыс сазы"
#: атты республикалық ақындар айтысы»).
NAMED_REACH = 5


def _named_quote(view: DocView, m: Mention) -> int | None:
    """«"Шығыс сазы" атты республикалық айтыс»: the opening quote of a name that «атты»
    ("named") ties to the trigger a few words on, with no comma or quote between."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    naming = view.language.cue_words("naming")
    for i in range(m.first - 1, max(rng.start, m.first - 1 - NAMED_REACH) - 1, -1):
        text = toks[i].text
        if text.lower() in naming:
            if i - 1 < rng.start or toks[i - 1].text not in CLOSE_QUOTES:
                return None
            return next((j for j in range(i - 2, max(rng.start - 1, i - 16), -1)
                         if toks[j].text in OPEN_QUOTES), None)
        if not text[:1].isalpha():
            return None
    return None


def event_phrase(view: DocView, m: Mention) -> tuple[int, int]:
    """A quoted name and genitive complements before the trigger («"Дауыс"
    монодрамасының премьерасы»), or a name «атты» ties to it («"Дала сазы" атты
    концерт»)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    named = _named_quote(view, m)
    if named is not None:
        return named, m.last
    first = m.first
    i = m.first - 1
    while i >= rng.start and m.first - i <= 6:
        text = toks[i].text
        if text in CLOSE_QUOTES:
            opening = next((j for j in range(i - 1, max(rng.start - 1, i - 15), -1)
                            if toks[j].text in OPEN_QUOTES), None)
            if opening is None:
                break
            first = i = opening
            i -= 1
            continue
        if text.islower() and (text.endswith(view.language.cue_words("adjective_ending"))
                               or text in view.language.cue_set("title_adjective")) \
                and len(text) > 5 and not inflected_event_noun(view.language, text) \
                and text not in _QUANTIFIERS and not _measured(view, i - 1, rng):
            first = i  # «республикалық айтыс», «облыстық байқауы»: a qualifying adjective
            i -= 1
            continue
        if text.lower().endswith(GENITIVE) and text[:1].isalpha() and len(text) > 4:
            first = i
            generic = view.language.place_words("region") + view.language.place_words(
                "city_noun")
            if text.lower().startswith(generic) and i - 1 >= rng.start \
                    and toks[i - 1].text[:1].isupper():
                first = i = i - 1  # «Астана қаласының»: the name before the generic noun
        else:
            break
        i -= 1
    return first, m.last


#: Words ending like a derived adjective that quantify («барлық сайлау учаскелері» 'all
#: the polling stations'), no part of an event's name.
_QUANTIFIERS = frozenset({"барлық"})


def _measured(view: DocView, k: int, rng: range) -> bool:
    """Is token ``k`` a number (digits or a number word, ``cues.tsv`` ``count_number``)?
    The adjective after it is a measure («180 жылдық», «екі күндік»), which the rules of
    counting read on their own, not a qualifier of the event's name."""
    if k < rng.start:
        return False
    low = view.lowers[k]
    return low[:1].isdigit() or low in view.language.cue_set("count_number")


def proper_name(view: DocView, m: Mention) -> str | None:
    """A quoted name right before the trigger («Дауыс» монодрамасының премьерасы)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    named = _named_quote(view, m)
    if named is not None:
        return quoted_name(view, named, rng.stop)
    for i in reversed(range(max(rng.start, m.first - 6), m.first)):
        if toks[i].text in CLOSE_QUOTES and any(
                _CLAUSE_CASE.search(view.lowers[k]) for k in range(i + 1, m.first)):
            return None  # «"Қазақстан" концерт залында … жиын»: the hall's name, not its
        if toks[i].text in OPEN_QUOTES:
            name = quoted_name(view, i, rng.stop)
            if name and _group_owns(view, i, m.first):
                return None  # «"Қызылқұм" ансамблінің концерті»: the group's name
            if name and _speech_around(name, view, i, m.last):
                return None  # «Бұл концерт – жастарға үлгі», – деді …: a quotation
            if name:
                return name
    return None


def _speech_around(name: str, view: DocView, opening: int, last: int) -> bool:
    """Is the quotation opened at ``opening`` one that holds the trigger (ending at
    ``last``) and reads as speech — more than four words, or a clause's punctuation —
    rather than a title around its genre word?"""
    rng = view.sent_tokens[view.token_sent[opening]]
    close = view.closing_quote(opening, rng.stop, reach=40)
    inside = close is None or close > last
    return inside and (len(name.split()) > 4 or any(ch in name for ch in ",.–—:;!?")
                       or _said_after(view, close, rng))


def _said_after(view: DocView, close: int | None, rng: range) -> bool:
    """Does a verb of speaking (``cues.tsv`` ``speech``: «деді», «дейді») follow the
    closing quote at ``close`` over a comma and a dash («"Фестиваль жыл сайын өтеді", –
    дейді …»)? Then the quotation is what was said, however short."""
    if close is None:
        return False
    speech = view.language.cue_words("speech")
    for k in range(close + 1, min(rng.stop, close + 4)):
        text = view.tokens[k].text
        if text in (",", "–", "—", "-"):
            continue
        return view.lowers[k].startswith(speech) if speech else False
    return False


def inflected_event_noun(lang: Language, low: str) -> bool:
    """Is ``low`` a lexicon noun (an event's or a venue's) with a case ending («кешті»,
    «концертке», «сахнада»)? Such a word opening a sentence is no part of a name."""
    stems: frozenset[str] = getattr(lang, "noun_stems", frozenset())
    return any(low.endswith(e) and low[:-len(e)] in stems for e in (*_CASE, *_ACCUSATIVE)
               if len(low) > len(e))


_ACCUSATIVE = ("ны", "ні", "ды", "ді", "ты", "ті")


def _group_owns(view: DocView, opening: int, trigger: int) -> bool:
    """Is the quoted name opened at ``opening`` a group's, its noun right after the
    quotes and before the trigger («"Қызылқұм" ансамблінің концерті»)?"""
    from sahna.events.participants import group_head

    close = next((k for k in range(opening + 1, trigger) if view.tokens[k].text in CLOSE_QUOTES),
                 None)
    return close is not None and group_head(view, list(range(close + 1, trigger)))


def base_phrase(phrase: str) -> str:
    """The phrase with its last word's case ending removed, possessive kept."""
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    for ending in _CASE:
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 4:
            if ending in ("н", "на", "не") and not stem.endswith(("ы", "і", "сы", "сі")):
                continue  # only the accusative or dative of a possessive: «операсын»,
                # «күніне»
            last = last[: len(stem)]
            break
    return f"{head} {last}".strip()


def venue_phrase(lang: Language, view: DocView, head: int, rng: range
                 ) -> tuple[str, int, int] | None:
    """«Абай атындағы Қазақ ұлттық опера және балет театрында»: a head in the locative
    with the capitalised, quoted and qualifying words before it, in the base form."""
    toks = view.tokens
    if not toks[head].text.lower().endswith(LOCATIVE):
        return None
    modifiers = lang.cue_words("venue_modifier")
    sent = view.token_sent[head]
    dates = [(d.start, d.end) for d in view.in_sentence("dates", sent)]
    first = head
    i = head - 1
    while i >= rng.start and head - i <= 8:
        text = toks[i].text
        if any(a <= toks[i].start < b for a, b in dates) or view.lowers[i] in _time_words(lang):
            break  # «Кеше Абай атындағы …»: a date is no part of the name
        # «опера және балет театрында»: «және» between two qualifiers
        joined = text.lower() in ("және", "мен") and i - 1 >= rng.start \
            and view.lowers[i - 1] in modifiers and view.lowers[i + 1] in modifiers
        if _past_namesake(view, i, head, lang.cue_words("named_after")):
            break
        if text[:1].isupper() or text in CLOSE_QUOTES or text in OPEN_QUOTES \
                or text.lower() in modifiers or joined:
            first = i
            i -= 1
        else:
            break
    if first == head:
        return None
    return _venue_base(view.span_text(first, head)), first, head


_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ина|ұлы|қызы)$")
def _tagged_place(view: DocView, k: int) -> bool:
    """Is token ``k`` a place the tagger found? Capitalised at a sentence's start, it is
    still a name («Қарағанды облыстық драма театры …»)."""
    tok = view.tokens[k]
    return any(e.label == "LOC" and e.start <= tok.start and tok.end <= e.end
               for e in view.in_sentence("entities", view.token_sent[k]))


def _past_quoted_name(view: DocView, i: int, rng: range) -> int:
    """The token after the quoted name opening at ``i`` («"Жетісу" ансамблі»: the
    noun), else ``i``."""
    if view.tokens[i].text not in OPEN_QUOTES:
        return i
    for k in range(i + 1, min(rng.stop - 1, i + 12)):
        if view.tokens[k].text in CLOSE_QUOTES:
            return k + 1
    return i


def _event_noun_after_bare(view: DocView, head: int) -> bool:
    """Is the group's noun at ``head`` bare — no possessive, no case: «театр», not
    «театры» — with an event's noun right after it? Then it is the first part of a
    compound («театр фестивалі», «хор байқауы»): a named body puts the possessive on
    its noun («"Сазген" ансамблі концерт берді»)."""
    from sahna.events.lexicon import role_index, trigger_index

    low = view.lowers[head]
    if not any(kind == "group" and low == cue
               for cue, _role, kind in view.candidates(head, role_index(view.lang))):
        return False
    nxt, stop = head + 1, view.sent_tokens[view.token_sent[head]].stop
    return any(t.kind != "verb" and nxt + len(t.pattern) <= stop
               and all(view.matches(nxt + k, word) for k, word in enumerate(t.pattern))
               for t in view.candidates(nxt, trigger_index(view.lang)))


def _group_noun(view: DocView, i: int) -> bool:
    """Is token ``i`` a group's noun (``roles.tsv`` kind ``group``: «театры», «хоры»)?"""
    from sahna.events.lexicon import role_index

    return any(kind == "group" and view.matches(i, cue)
               for cue, _role, kind in view.candidates(i, role_index(view.lang)))


#: The most words of the name a body is named after («Абай», «Мұхтар Әуезов», «І.Омаров»
#: атындағы …): initials are not counted.
NAMESAKE_WORDS = 2


def _past_namesake(view: DocView, i: int, head: int, named_after: tuple[str, ...]) -> bool:
    """Is token ``i`` before the name that «атындағы» follows? A body is named after one
    person, named by at most :data:`NAMESAKE_WORDS` words; a capitalised word before them
    belongs to the clause («Қасым-Жомарт Тоқаев Абай атындағы … театрында»: the subject,
    then the venue)."""
    named = next((k for k in range(i + 1, head) if view.lowers[k].startswith(named_after)),
                 None)
    if named is None:
        return False
    words = [k for k in range(i, named) if view.tokens[k].text[:1].isalpha()
             and len(view.tokens[k].text) > 1]
    # a surname closes a person's name: one before the namesake's last word is another's
    return len(words) > NAMESAKE_WORDS or any(_SURNAME.search(view.lowers[k])
                                              for k in words[:-1])


@cache
def _time_words(lang: Language) -> frozenset[str]:
    """The one-word relative dates («кеше», «бүгін», «биыл»): capitalised at the start of
    a sentence, but never part of a name (read whether or not a publication date lets
    the date stage resolve them)."""
    return frozenset(phrase for _key, _role, phrase in lang.rows("relative.tsv")
                     if " " not in phrase)


def _venue_base(phrase: str) -> str:
    """«драма театрында» -> «драма театры»: drop the locative ending of the head."""
    for ending in sorted(LOCATIVE, key=len, reverse=True):
        if phrase.endswith(ending) and len(phrase) - len(ending) > 3:
            stem = phrase[: -len(ending)]
            return stem + ("ы" if ending.startswith(("ында", "сында")) else
                           "і" if ending.startswith(("інде", "сінде")) else "")
    return phrase


def performer_verb(lang: Language, view: DocView, i: int) -> bool:
    """«қатысты», «өнер көрсетті»: a verb that introduces performers (in Kazakh they
    are listed before it)."""
    low = view.tokens[i].text.lower()
    if low in lang.cue_set("performer_verb"):
        return True
    rests = _phrase_rests(lang).get(low)
    if not rests:
        return False
    nxt = view.lowers[i + 1] if i + 1 < len(view.lowers) else ""
    return nxt.startswith(rests)


@cache
def _phrase_rests(lang: Language) -> dict[str, tuple[str, ...]]:
    """The ``performer_phrase`` cues by their first word: what the next word starts with."""
    out: dict[str, list[str]] = {}
    for phrase in lang.cue_words("performer_phrase"):
        word, _, rest = phrase.partition(" ")
        out.setdefault(word, []).append(rest)
    return {word: tuple(rests) for word, rests in out.items()}


def is_namesake(lang: Language, view: DocView, first: int, last: int) -> bool:
    """«Роза Бағланова атындағы»: a person a thing is named after does not take part;
    nor does a name in the genitive, which owns something else («Тоқаевтың
    тапсырмасы», the president's instruction)."""
    rng = view.sent_tokens[view.token_sent[first]]
    nxt = last + 1
    if nxt + 1 < rng.stop and view.lowers[nxt] in lang.cue_set("epithet"):
        nxt += 1  # «Қорқыт ата атындағы»: the epithet is said with the name
    after = view.lowers[nxt] if nxt < rng.stop else ""
    return after.startswith(lang.cue_words("named_after")) or view.lowers[last].endswith(GENITIVE) \
        or _postposed(lang, view, last, rng) or _names_a_thing(lang, view, last, rng)


#: How many qualifying words may stand between a name and the head noun it names.
THING_QUALIFIERS = 2


def _names_a_thing(lang: Language, view: DocView, last: int, rng: range) -> bool:
    """Is the name ending at ``last`` the name of the thing its head noun says, over
    quotes and up to :data:`THING_QUALIFIERS` qualifying words («"Халық сүйіктісі"
    ұлттық сыйлығы» a prize, «Шаған өзені» a river, «Абай бейнесі» a portrayal)? A
    Kazakh name stands before its head noun; these heads are no one who takes part."""
    things = lang.cue_words("named_thing")
    modifiers = lang.cue_set("venue_modifier")
    adjectives = lang.cue_words("adjective_ending")
    k, passed = last + 1, 0
    while k < rng.stop and view.tokens[k].text in CLOSE_QUOTES:
        k += 1
    if k + 1 < rng.stop and view.lowers[k] in lang.cue_set("epithet"):
        k += 1  # «Айша бибі кесенесі»: the epithet is said with the name
    while k < rng.stop:
        low = view.lowers[k]
        if low.startswith(things):
            return True
        if passed >= THING_QUALIFIERS or not (low in modifiers or low.endswith(adjectives)):
            return False
        passed += 1
        k += 1
    return False


#: The dative endings of a name: «-ға/-ге/-қа/-ке», and «-на/-не» after a possessive
#: («министрлігіне»; a given name may end in «-на» of its own: «Мәдина қатысты»).
DATIVE = re.compile(r"(?:[ғгқк][ае]|(?<=[ыі])н[ае])$")


def _postposed(lang: Language, view: DocView, last: int, rng: range) -> bool:
    """A name in the dative right before a postposition («Митингіге қатысты заң»,
    «Тоқаевқа дейін»), or the name of a body whose noun is («"Самғау" қорына қатысты»),
    is the complement of that word: what is spoken of, or the event attended («Форумға
    қатысты»), never a person or body who acts at the event. The ending may stand
    inside the quotes of a name."""
    nxt = last + 1
    while nxt < rng.stop and view.tokens[nxt].text in CLOSE_QUOTES:
        nxt += 1
    case = last
    if nxt + 1 < rng.stop and view.tokens[nxt].text.islower() \
            and view.lowers[nxt + 1] in lang.cue_set("postposition"):
        if not body_noun(lang, view, nxt):
            return False  # «Ерлан Тұрғымбаев концертке қатысты»: the subject, then the
            # event attended; only a body's own noun carries its name's case
        case = nxt  # the body's noun after its name carries the case
        nxt += 1
    return nxt < rng.stop and view.lowers[nxt] in lang.cue_set("postposition") \
        and DATIVE.search(view.lowers[case]) is not None \
        and view.lowers[case] not in lang.cue_set("name_not_inflected")


def body_noun(lang: Language, view: DocView, i: int) -> bool:
    """Is token ``i`` the noun of a body or a group (``org_words.tsv`` class ``type``:
    «қорына», «министрлігіне»; ``roles.tsv`` kind ``group``: «театрына»)?"""
    return _group_noun(view, i) or view.lowers[i].startswith(_body_types(lang.code))


@cache
def _body_types(code: str) -> tuple[str, ...]:
    """Stems of the type words of bodies (``org_words.tsv`` class ``type``), read once."""
    return tuple(row[0] for row in language(code).rows("org_words.tsv")
                 if len(row) > 2 and row[2] == "type")


_CLAUSE_CASE = re.compile(r"(?:[ғгқк][ае]|[дт][ае]|[дтн][ае]н|[мбп]ен)$")
# Case endings after the possessive of a group's head («театрының», «оркестрімен»),
# longest first.
_AFTER_POSSESSIVE = tuple(sorted({*CASE_AFTER_POSSESSIVE, "мен"}, key=lambda e: (-len(e), e)))


def group_phrase(lang: Language, view: DocView, head: int, rng: range
                 ) -> tuple[str, int, int] | None:
    """«Құрманғазы атындағы қазақ мемлекеттік халық аспаптары академиялық оркестрі»,
    «І.Омаров атындағы Қостанай облыстық қазақ драма театры»: the head noun with the
    capitalised, quoted, initial and qualifying words before it, the head in the base
    form (its possessive, without the case ending). Only a name: a capitalised word (not
    the sentence's first), a quote or «атындағы»."""
    toks = view.tokens
    if _plural_group(lang, view.lowers[head]):
        return None  # «Моңғолия ұжымдары», «облыс театрлары»: bodies of a place, no name
    if head + 1 < rng.stop and _event_noun_after_bare(view, head):
        return None  # «"Сыр сахнасы" театр фестивалі»: the bare noun qualifies the event
    modifiers = lang.cue_words("venue_modifier")
    named_after = lang.cue_words("named_after")
    if view.lowers[head].endswith(GENITIVE) and head + 1 < rng.stop \
            and _group_noun(view, _past_quoted_name(view, head + 1, rng)):
        return None  # «… театрының хоры», «… филармониясының «Жетісу» ансамблі»: the
        # choir, the ensemble is the group, read from its noun; the owner is no performer
    adjectives = lang.cue_words("adjective_ending")
    first = head
    i = head - 1
    # «"Астана Опера" театрының хоры», «филармониясының оркестрі»: a troupe of a troupe,
    # named by its owner's name, quoted or not
    owned = i > rng.start and view.lowers[i].endswith(GENITIVE) and _group_noun(view, i)
    if owned:
        first, i = i, i - 1
    while i >= rng.start and head - i <= 12:
        text = toks[i].text
        initial = text == "." and i - 1 >= rng.start and len(toks[i - 1].text) == 1 \
            and toks[i - 1].text.isupper()
        # «опера және балет театры»: «және» between two qualifiers, not between names
        joined = text.lower() in ("және", "мен") and i - 1 >= rng.start \
            and view.lowers[i - 1] in modifiers and view.lowers[i + 1] in modifiers
        if _past_namesake(view, i, head, named_after) or view.lowers[i] in _time_words(lang):
            break  # («Кеше Қарағанды … театры»: a date is no part of the name)
        # «Қорқыт ата атындағы»: an epithet said with the namesake's name
        epithet = view.lowers[i] in lang.cue_set("epithet") and i + 1 < head \
            and view.lowers[i + 1].startswith(named_after)
        # «хореографиялық», «этно-фольк»: a qualifying adjective of the troupe's name
        qualifier = text.islower() and (text.endswith(adjectives) or ("-" in text
                                        and all(part in modifiers for part in text.split("-"))))
        if text[:1].isupper() or text in CLOSE_QUOTES or text in OPEN_QUOTES or initial \
                or text.lower() in modifiers or joined or qualifier or epithet:
            first = i
            i -= 1
        else:
            break
    # A word with a case ending (dative, locative, ablative, instrumental: «Шараға»,
    # «Түркістанда») belongs to the clause, not to the name: the name starts after it.
    inside = 0  # quote marks passed going back: the words of a quoted name keep theirs
    for k in range(head - 1, first - 1, -1):
        text = toks[k].text
        if text in CLOSE_QUOTES and (inside == 0 or text not in OPEN_QUOTES):
            inside += 1
            continue
        if text in OPEN_QUOTES:
            inside = max(0, inside - 1)
            continue
        if not inside and _CLAUSE_CASE.search(view.lowers[k]) and view.lowers[k] not in modifiers \
                and view.lowers[k] not in lang.cue_set("epithet") \
                and view.lowers[k] not in ("мен", "пен", "бен"):  # the joiner, not a case
            first = k + 1
            break
    if first == rng.start and first < head and inflected_event_noun(lang, view.lowers[first]):
        first += 1  # «Кешті Абай атындағы … театрының әртістері ашты»: the object, first
    quotes = [k for k in range(first, head) if toks[k].text in OPEN_QUOTES + CLOSE_QUOTES]
    if len(quotes) % 2 and quotes[0] == first:
        first += 1  # a quote closing a name before the group's own
    if first == head:
        return None
    # a capitalised word outside quotes, or «атындағы»: «"Сазген" ансамблі» is the
    # quoted name's (the quoted-group rule's)
    depth = 0
    # a troupe of a troupe takes its owner's quoted name too («"Астана Опера" театрының
    # хоры»: the quoted-group rule reads only the theatre's)
    proper = owned and any(toks[k].text in OPEN_QUOTES for k in range(first, head))
    for k in range(first, head + 1):
        text = toks[k].text
        if text in OPEN_QUOTES and (depth == 0 or text not in CLOSE_QUOTES):
            depth += 1
        elif text in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif (depth == 0 and text[:1].isupper() and (k != rng.start or _tagged_place(view, k))) \
                or view.lowers[k].startswith(named_after):
            proper = True
    if not proper:
        return None
    word = _group_head_base(view, head)
    text = view.span_text(first, head - 1) + " " + word
    return text, first, head


#: Case endings a group's head takes straight on its stem, with no possessive between
#: («ансамбльдің», «филармонияның», «оркестрмен»), longest first.
_BARE_CASE = tuple(sorted({*_CASE, *_ACCUSATIVE} - {"н", "на", "не", "нда", "нде"},
                          key=lambda e: (-len(e), e)))


def _group_head_base(view: DocView, head: int) -> str:
    """The head word of a group's name in its base form: the possessive kept, the case
    after it dropped («театрының» -> «театры»); a head that names the group with its bare
    noun loses a case on the stem as well («Ақан сері атындағы ансамбльдің концерті» ->
    «ансамбль», «филармонияның» -> «филармония»), the stem being one of the group nouns
    of ``roles.tsv`` (never a possessive's last vowel taken for an ending)."""
    word = view.tokens[head].text
    for ending in _AFTER_POSSESSIVE:
        if word.endswith(ending) and word[:-len(ending)].endswith(("ы", "і", "сы", "сі")):
            return word[:-len(ending)]
    low = word.lower()
    for ending in _BARE_CASE:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and _group_stem(view.language, stem):
            return word[:len(stem)]
    return word


def _group_stem(lang: Language, stem: str) -> bool:
    """Is ``stem`` a group noun of ``roles.tsv`` as a whole word (its cue a prefix short of
    a soft sign at most: «ансамбл» of «ансамбль»), with no possessive of its own?"""
    from sahna.events.lexicon import role_cues

    if stem.endswith(("ы", "і")):
        return False
    return any(kind == "group" and stem.startswith(cue) and len(stem) - len(cue) <= 1
               for cue, (_role, kind) in role_cues(lang.code).items())


_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")


def _plural_group(lang: Language, low: str) -> bool:
    """Is ``low`` a group noun of ``roles.tsv`` in the plural («ұжымдары», «театрлары»,
    «ансамбльдер»)? Several bodies are spoken of, as a kind; a group's own name has
    one head."""
    from sahna.events.lexicon import role_cues

    for cue, (_role, kind) in role_cues(lang.code).items():
        if kind == "group" and low.startswith(cue):
            return low[len(cue):].removeprefix("ь").startswith(_PLURAL)
    return False
