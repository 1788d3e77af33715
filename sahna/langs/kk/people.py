"""Kazakh participants: the verbs that make the names before them performers, and the
genitive frames that make a name someone who takes part rather than an owner.

Kazakh is verb-final and marks roles by case. A performer is the nominative subject of a
verb of performing, listed before it («Қайрат Нұртас, Нағима Есқалиева және «Дос-Мұқасан»
ансамблі орындады»); the verb comes in any tense or as a converb («орындады»,
«орындайды», «орындап», «орындаған»), so a lexicon lists verb stems
(``data/acts.tsv``) and a word is a form of one when the rest is a verbal ending — not a
passive («орындалды»: the work is the subject), not a verbal or agent noun
(«орындау», «орындаушы»).

A name in the genitive owns the noun after it, and that noun decides: the genitive of a
participation noun takes part («Ерлан Көкеевтің қатысуымен», «… орындауында»,
«… жетекшілігімен», «… ұйымдастыруымен»), and so does the owner of an event
(«Димаш Құдайбергеннің концерті», «суретші Ерболат Төлепбайдың жеке көрмесі», «X пен
Y-тің кездесуі»); the owner of anything else is no participant («Тоқаевтың тапсырмасы»,
«Абайдың 180 жылдығы», «Брусиловскийдің «Қыз Жібек» операсы»).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES

if TYPE_CHECKING:
    from sahna.events.view import DocView
    from sahna.langs.base import Language

# What may follow a verb stem in a finite verb, a converb or a participle: the past
# («-ды», with its person endings), the converb («-ып», «-п», the perfect «-ыпты»), the
# present-future («-ады», «-йды», the converb «-а», «-й»), the future participle
# («-ар»), the past participle with any inflection («-ған», «-ғандар»), the present
# continuous («-уда»), intention («-мақ»), the conditional («-са») and the habitual
# participle («-атын»). Passives («-ылды»), verbal nouns («-у») and agent nouns
# («-ушы») are left out: the name before them is not the one who performs.
_VERB_REST = re.compile(
    r"(?:[дт][ыі](?:м|ң|қ|к|ңыз|ңіз)?"
    r"|[ыі]?п(?:т[ыі])?"
    r"|[ае]?й?д[ыі]|[ае]|й|[ае]?р"
    r"|[ғгқк][ае]н\w{0,8}"
    r"|у[дт][ае]"
    r"|[мбп][ае][кқ]"
    r"|с[ае](?:м|ң|қ|к)?"
    r"|[ае]?й?т[ыі]н\w{0,4})"
)


def verb_form(word: str, stem: str) -> bool:
    """Is ``word`` a finite form, converb or participle of the verb ``stem``
    («орындады», «орындап», «орындайтын» of «орында»; not «орындалды», «орындау»,
    «орындаушы»)?"""
    return word.startswith(stem) and bool(_VERB_REST.fullmatch(word[len(stem):]))


@cache
def _acts(lang: Language) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The performing verbs of ``data/acts.tsv`` by their last word (the verb stem):
    the words that must stand before it, as prefixes (a noun with its endings:
    «өнерін көрсетті», «әнін салды»)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in lang.rows("acts.tsv"):
        *before, verb = row[0].split()
        out.setdefault(verb, []).append(tuple(before))
    return {verb: tuple(befores) for verb, befores in out.items()}


@cache
def _acts_by_start(lang: Language) -> dict[str, tuple[str, ...]]:
    """The verb stems of :func:`_acts` by their first two letters (a stem has three at
    least), so that a word is tried against a handful of stems, not all of them."""
    out: dict[str, list[str]] = {}
    for verb in _acts(lang):
        out.setdefault(verb[:2], []).append(verb)
    return {start: tuple(verbs) for start, verbs in out.items()}


def performer_verb(lang: Language, view: DocView, i: int) -> bool:
    """Is token ``i`` a form of a performing verb of ``data/acts.tsv`` («орындады»,
    «ән салды», «өнерін көрсетіп», «бас жүлдені жеңіп алды»), with the words its entry
    puts before it, or a noun of performing by the genitive before it («… орындауында»,
    «… қатысуымен»)?"""
    low = view.lowers[i]
    if low.startswith(lang.cue_words("performed_by")) and i > 1 \
            and view.lowers[i - 1].endswith(_GENITIVE) and (
                view.tokens[i - 1].text[:1].isupper() or view.tokens[i - 2].text[:1].isupper()
                or view.tokens[i - 2].text in CLOSE_QUOTES):
        return True  # «… Ерлан Қасымовтың орындауында», «… «Сазген» ансамблінің қатысуымен»:
        # the names listed before perform (not «жұлдыздарының қатысуымен», no name)
    if verb_form(low, "ал") and _prize_before(view, i):
        return True  # «бас жүлдені Айгерім Сапарова алды»: the subject won the prize
    for verb in _acts_by_start(lang).get(low[:2], ()):
        if not verb_form(low, verb):
            continue
        for before in _acts(lang)[verb]:
            start = i - len(before)
            if start >= 0 and all(view.lowers[start + k].startswith(word)
                                  for k, word in enumerate(before)):
                return True
            if len(before) == 1 and _goal_before(view, i, before[0]):
                return True
    return False


#: How many words the subject may put between a verb and its goal («Сахнаға әнші Айгерім
#: Қасымова шықты»).
GOAL_REACH = 8
_DATIVE = ("ға", "ге", "қа", "ке", "на", "не")


def _goal_before(view: DocView, i: int, noun: str) -> bool:
    """Is the noun a verb of ``acts.tsv`` takes («сахна шық») earlier in the verb's
    clause in the dative, the goal of motion, with the subject between («Сахнаға әнші
    X шықты»: Kazakh puts the goal first as often as next to the verb)?"""
    rng = view.sent_tokens[view.token_sent[i]]
    for k in range(i - 1, max(rng.start, i - GOAL_REACH) - 1, -1):
        low = view.lowers[k]
        if low in (".", ";", "!", "?", ":") or (low == "," and k < i - 1):
            return False
        if low.startswith(noun) and low.endswith(_DATIVE):
            return True
    return False


#: The endings of a prize noun as the object of «алды»: the accusative, after a possessive
#: («жүлдесін», «кубогын») or a plural («медальдарды»).
_PRIZE_OBJECT = frozenset({"ны", "ні", "ды", "ді", "ты", "ті", "н", "ын", "ін", "сын", "сін",
                           "ларды", "лерді", "дарды", "дерді", "тарды", "терді"})
#: How many words before «алды» its prize object may stand (the winner's name, an
#: origin such as «Алматы облысынан келген», between).
PRIZE_REACH = 10


def _prize_before(view: DocView, i: int) -> bool:
    """Does a prize noun in the accusative (``cues.tsv`` ``prize``: «жүлдені», «Гран-приді»,
    «бірінші орынды») stand before the verb «ал» at token ``i`` in its clause? Then «алды»
    is "won" and the nominative names between are the winners; «алды» alone is far too
    common a verb ("took", "received") to say so."""
    stems = view.language.cue_words("prize")
    rng = view.sent_tokens[view.token_sent[i]]
    for k in range(i - 1, max(rng.start, i - PRIZE_REACH) - 1, -1):
        text = view.tokens[k].text
        if text in (".", ";", "!", "?", ":"):
            return False
        low = view.lowers[k]
        if any(low.startswith(s) and low[len(s):] in _PRIZE_OBJECT for s in stems):
            return True
    return False


_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
#: How many words may stand between a genitive name and the noun it owns: a quoted title,
#: «атты», an adjective («суретші Ерболат Төлепбайдың «Дала сарыны» атты жеке көрмесі»).
OWNED_REACH = 8


def _unquoted(view: DocView, start: int, stop: int) -> Iterator[int]:
    """Tokens ``start..stop-1`` outside quotes (the marks themselves left out): a title
    in quotes between a name and its noun is passed over whole, nested quotes too."""
    depth = 0
    for i in range(start, stop):
        text = view.tokens[i].text
        if text in OPEN_QUOTES and (depth == 0 or text not in CLOSE_QUOTES):
            depth += 1
        elif text in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif not depth:
            yield i


def owned_noun(view: DocView, last: int) -> int | None:
    """The noun a name ending at token ``last`` owns (the first lower-case word after it
    outside quotes, over «атты», adjectives and numbers), None when a clause ends first."""
    rng = view.sent_tokens[view.token_sent[last]]
    naming = view.language.cue_set("naming")
    for i in _unquoted(view, last + 1, min(rng.stop, last + 1 + OWNED_REACH)):
        text = view.tokens[i].text
        low = view.lowers[i]
        if not text[:1].isalpha():
            if text in (",", "-", "–", "—", ".", ";", ":", "(", ")", "!", "?"):
                return None
            continue
        if text[:1].isupper() or low in naming or low.isdigit() or _adjective(low):
            continue
        return i
    return None


def _adjective(low: str) -> bool:
    """A word that qualifies the owned noun, not the noun itself («жеке», «жаңа»,
    «шығармашылық», «100 жылдық»)."""
    return low in ("жеке", "жаңа", "алғашқы", "кезекті", "үлкен", "салтанатты", "деректі",
                   "көркем") \
        or low.endswith(("лық", "лік", "дық", "дік", "тық", "тік")) \
        or (len(low) > 4 and low.endswith("и"))  # «тарихи», «әдеби», «ғылыми»


@cache
def _taking_part(lang: Language) -> tuple[str, ...]:
    """Stems of the nouns whose genitive owner takes part (``cues.tsv`` ``taking_part``:
    «қатысу», «орындау», «жетекшілік», «ұйымдастыру»)."""
    return lang.cue_words("taking_part")


def takes_part(view: DocView, first: int, last: int) -> bool:
    """Does the genitive name at ``first..last`` take part, by the noun it owns — a
    participation noun («қатысуымен», «орындауында») or the event's own noun
    («Ерболат Төлепбайдың жеке көрмесі», «X пен Y-тің кездесуі»), not a work, an
    anniversary or an instruction («операсы», «жылдығы», «тапсырмасы»)?"""
    from sahna.events.lexicon import trigger_index, work_nouns

    if not view.lowers[last].endswith(_GENITIVE):
        return False
    if _owns_talks_with(view, last):
        return True
    noun = owned_noun(view, last)
    if noun is None:
        return False
    low = view.lowers[noun]
    if low.startswith(_taking_part(view.language)):
        return True
    lang = view.language
    if _titled_work(view, last, noun):
        # «Шерхан Мұртазаның «Бесеудің хаты» спектаклі»: who owns a titled play or film
        # wrote it — unless named as its director («режиссер Ақан Сатаевтың «…» фильмі»)
        before = first - 1
        return before >= view.sent_tokens[view.token_sent[first]].start and \
            view.matches_any(before, lang.cue_set("director"))
    if any(low.startswith(w) for w in work_nouns(view.lang)) or any(
            low.startswith(c) for c in (*lang.cue_words("honoured"), *lang.cue_words("authored"))):
        return False
    stop = view.sent_tokens[view.token_sent[noun]].stop
    return any(t.kind != "verb" and noun + len(t.pattern) <= stop
               and all(view.matches(noun + k, word) for k, word in enumerate(t.pattern))
               for t in view.candidates(noun, trigger_index(view.lang)))


#: How many words the other side's titles and name may put between a genitive owner and
#: the meeting it owns («X-тің … министрі Y-пен келіссөздері»).
TALKS_REACH = 20
_INSTRUMENTAL = ("мен", "пен", "бен")


def _owns_talks_with(view: DocView, last: int) -> bool:
    """«Аида Балаеваның Қырғыз Республикасының … министрі Мирбек Мамбеталиевпен
    келіссөздері өтті»: the genitive name owns a meeting told after the other side, a
    name in the instrumental right before the meeting's noun; the other side's titles
    between (with their commas) do not end the owner's phrase. Both sides meet."""
    from sahna.events.lexicon import trigger_index

    rng = view.sent_tokens[view.token_sent[last]]
    for k in range(last + 1, min(rng.stop - 1, last + 1 + TALKS_REACH)):
        if view.tokens[k].text in (".", ";", "!", "?", ":"):
            return False
        if not (view.tokens[k].text[:1].isupper() and view.lowers[k].endswith(_INSTRUMENTAL)):
            continue
        noun = k + 1
        if any(t.kind != "verb" and t.type == "meeting" and len(t.pattern) == 1
               and view.matches(noun, t.pattern[0])
               for t in view.candidates(noun, trigger_index(view.lang))):
            return True
    return False


#: Event types whose titled work has an author apart from those who stage or show it.
_AUTHORED_TYPES = frozenset({"stage", "screening"})


def _titled_work(view: DocView, last: int, noun: int) -> bool:
    """Does a quoted title stand between the genitive name ending at ``last`` and the
    noun it owns, a trigger of a play or a film («… «Бесеудің хаты» спектаклін»)?"""
    from sahna.events.lexicon import trigger_index

    if not any(view.tokens[k].text in OPEN_QUOTES for k in range(last + 1, noun)):
        return False
    stop = view.sent_tokens[view.token_sent[noun]].stop
    return any(t.kind != "verb" and t.type in _AUTHORED_TYPES and noun + len(t.pattern) <= stop
               and all(view.matches(noun + k, word) for k, word in enumerate(t.pattern))
               for t in view.candidates(noun, trigger_index(view.lang)))


def reporting_occasion(view: DocView, sent: int) -> bool:
    """A sentence about a press briefing (``cues.tsv`` ``briefing``: «брифинг»,
    «баспасөз мәслихаты»), or one that opens with a word referring back to an occasion
    («Шараға …», «Аталған іс-шараға …») right after a sentence about a briefing: a
    theatre's release announces its premiere at a briefing and lists who attends it.
    Its attendees only announce the event."""
    if _briefing(view, sent):
        return True
    rng = view.sent_tokens[sent]
    if sent == 0 or not _briefing(view, sent - 1):
        return False
    back = view.language.cue_words("refers_back")
    return any(view.lowers[i].startswith(back)
               for i in range(rng.start, min(rng.stop, rng.start + 3)))


def _briefing(view: DocView, sent: int) -> bool:
    """Does sentence ``sent`` name a briefing or a press conference («баспасөз
    мәслихаты», «брифинг»), or journalists' questions being answered?"""
    lows = [view.lowers[i] for i in view.sent_tokens[sent]]
    phrases = _split_phrases(view.language.cue_words("briefing"))
    firsts = tuple(words[0] for words in phrases)
    for k, low in enumerate(lows):
        if not low.startswith(firsts):  # one C-level test per word before any phrase
            continue
        for words in phrases:
            if k + len(words) <= len(lows) and all(
                    lows[k + j].startswith(w) for j, w in enumerate(words)):
                return True
    return False


@cache
def _split_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The words of each cue phrase, split once per process."""
    return tuple(tuple(phrase.split()) for phrase in phrases if phrase.split())


def common_words(view: DocView, first: int, last: int) -> bool:
    """Is the capitalised run ``first..last`` made of common words only (``cues.tsv``
    ``common_noun``: an instrument «Домбыра», «Жас Ұрпақ» 'the young generation'), with
    no word of a person's role right before it («әнші …»)? Kazakh capitalises such words
    in slogans and in the names of projects and prizes; written so mid-sentence they are
    no person. A quoted name («"Жас Ұрпақ" ансамблі») is a body's own and stays."""
    from sahna.events.lexicon import role_index
    from sahna.langs.kk.endings import noun_bases

    common = view.language.cue_set("common_noun")
    if not common or not all(common & set(noun_bases(view.lowers[i]))
                             for i in range(first, last + 1)):
        return False
    rng = view.sent_tokens[view.token_sent[first]]
    before = first - 1
    if before >= rng.start and view.tokens[before].text in OPEN_QUOTES:
        return False
    return not (before >= rng.start and any(
        kind == "person" and view.matches(before, cue)
        for cue, _role, kind in view.candidates(before, role_index(view.lang))))


#: The stem of the verb of organising, whose active finite forms and converb
#: («ұйымдастырды», «ұйымдастырады», «ұйымдастырмақ», «ұйымдастырып отыр») close a
#: clause whose nominative subject organised the event.
ORGANISE = "ұйымдастыр"


def subject_organises(view: DocView, last: int) -> bool:
    """Is the body named up to token ``last`` — a quoted name with its head noun after
    the quotes («"Қазақконцерт" бірлестігі»), or a name alone — the nominative subject
    of a clause that ends in an active form of «ұйымдастыр» («… Тәуелсіздік күніне
    орай «Мәңгілік ел» атты концерт ұйымдастырады»)? Kazakh puts the subject first and
    the verb last, with the object and the occasion between."""
    from sahna.langs.kk.ner import strip_case

    rng = view.sent_tokens[view.token_sent[last]]
    head = last
    if head + 1 < rng.stop and view.tokens[head + 1].text in CLOSE_QUOTES:
        head += 1
        if head + 1 < rng.stop and view.tokens[head + 1].text.islower():
            head += 1  # the body's noun after its quoted name
    if head != last:
        if not view.lowers[head].endswith(("ы", "і")):
            return False  # the body's noun in a case («бірлестігінің»): no subject
    elif strip_case(view.tokens[last].text) != view.tokens[last].text:
        return False  # a name in a case («"Қазақконцертке"»)
    for i in range(head + 1, rng.stop):
        text = view.tokens[i].text
        if text in (",", ";", ".", "!", "?", ":", "–", "—"):
            # the clause ends: its last word is its predicate («… ұйымдастырып отыр»)
            return _organising(view, i - 1) or (
                i - 2 > head and _organising(view, i - 2) and view.lowers[i - 1] in _AUXILIARY)
    return False


_AUXILIARY = frozenset({"отыр", "жатыр", "келеді", "отырады", "жатқан", "отырған"})

#: Words between a body and its verb of organising that say how it organised
#: («бірлесіп», «бірлесе» 'jointly').
_JOINTLY = frozenset({"бірлесіп", "бірлесе"})
#: The most words a body named by common nouns has before its head («Ақтөбе облысының
#: мәдениет және тілдерді дамыту басқармасы»).
BODY_WORDS = 6


def organising_body(view: DocView, sent: int) -> tuple[int, int] | None:
    """The first and last token of a body named by common nouns that is the subject
    right before an active verb of organising closing its clause («Фестивальді облыстық
    мәдениет басқармасы ұйымдастырды», «… аудандық мәдениет үйі бірлесіп
    ұйымдастырды»): its head is a body's type noun in the nominative (``org_words.tsv``
    class ``type``), its words the lower-case ones before it up to a word in a case of
    the clause (the object «Фестивальді») and a place's name in the genitive that owns
    it. A body with a proper name is read by the name rules; None when no such body."""
    from sahna.langs.kk.rules import body_noun

    rng = view.sent_tokens[sent]
    for i in range(rng.start + 2, rng.stop):
        if not _organising(view, i):
            continue
        end = i + 1
        if end < rng.stop and view.lowers[end] in _AUXILIARY:
            end += 1
        if end < rng.stop and view.tokens[end].text not in (",", ";", ".", "!", "?") \
                and not (view.lowers[i].endswith(_PAST_PARTICIPLE)
                         and _event_noun_ahead(view, end, rng)):
            continue  # the verb does not close its clause, nor is it the participle
            # of the event after it («… басқармасы ұйымдастырған байқау»)
        head = i - 1
        if view.lowers[head] in _JOINTLY:
            head -= 1
        if head <= rng.start or not view.tokens[head].text.islower() \
                or not body_noun(view.language, view, head) \
                or strip_case_of_body(view.lowers[head]) != view.lowers[head]:
            continue
        first = head
        while first - 1 > rng.start and head - first < BODY_WORDS:
            word = view.tokens[first - 1].text
            low = word.lower()
            if _CASED.search(low) and not low.endswith(_OWNER):
                break  # «Фестивальді», «Ақтөбеде»: the clause's object or place
            first -= 1
            if word[:1].isupper():
                break  # the place whose body it is («Ақтөбе облысының»): its first word
        if first == head:
            return None  # a bare noun («басқарма ұйымдастырды») names no body
        return first, head
    return None


_PAST_PARTICIPLE = ("ған", "ген", "қан", "кен")


#: How many words (a quoted name, qualifiers) may stand between a participle and the
#: event's noun it qualifies («ұйымдастырған «Көкше сазы» облыстық ән байқауы»).
PARTICIPLE_REACH = 8


def _event_noun_ahead(view: DocView, start: int, rng: range) -> bool:
    """Is an event's noun of the lexicon («байқау», «фестиваль») among the next words
    from ``start``, before any punctuation outside quotes?"""
    from sahna.events.lexicon import trigger_index

    index = trigger_index(view.lang)
    for i in _unquoted(view, start, min(rng.stop, start + PARTICIPLE_REACH)):
        text = view.tokens[i].text
        if not text[:1].isalpha():
            return False
        if any(t.kind != "verb" and len(t.pattern) == 1 and view.matches(i, t.pattern[0])
               for t in view.candidates(i, index)):
            return True
    return False


#: Case endings that put a word in the clause rather than in a body's name (accusative,
#: dative, locative, ablative, instrumental).
_CASED = re.compile(r"(?:[дтн][ыі]|[ғгқк][ае]|[дт][ае]|[дтн][ае]н|[мбп]ен)$")
#: The genitive of a place that owns a body («облысының», «қаласының», «ауданының»).
_OWNER = ("ның", "нің", "дың", "дің", "тың", "тің")


def strip_case_of_body(word: str) -> str:
    """A body's noun without a case after its possessive («басқармасына» →
    «басқармасы»): the nominative stays as it is."""
    return re.sub(r"(?<=[ыі])(?:ның|нің|на|не|нда|нде|нан|нен|н)$", "", word)


def _organising(view: DocView, i: int) -> bool:
    """Is token ``i`` an active finite form or converb of «ұйымдастыр» (not the passive
    «ұйымдастырылды», whose subject is the event)?"""
    return verb_form(view.lowers[i], ORGANISE)


_LOCATIVE = ("да", "де", "та", "те")


def known_venue_in_locative(view: DocView, first: int, last: int) -> bool:
    """Is the name at ``first..last`` a known venue (``places/venues.tsv``: «Ақорда»,
    «Республика сарайы») in the locative («Кеше Ақордада … кездесу өтті»)? It says
    where the event is, not who takes part; a body in the locative keeps its ending as
    written (:func:`sahna.langs.kk.ner.base_form`), so the venue list tells it."""
    from sahna.places import find_venues

    if not view.lowers[last].endswith(_LOCATIVE):
        return False
    text = view.span_text(first, last)
    return any(v.start == 0 and v.end >= len(text) - 3 for v in find_venues(text))
