"""Kazakh analysis: tokens, and names from the project's CRF tagger.

No Kazakh model ships with natasha or spaCy, so sahna trains its own on KazNERD
(:mod:`sahna.langs.kk.ner`). Tokens carry their lower-cased form as the lemma (event
rules match Kazakh by stem). Latin lookalike letters inside Cyrillic words are mapped to
Cyrillic first (:mod:`sahna.langs.kk.script`); the mapping keeps every offset, so
entities and evidence still quote the original text. Without the model file the older
capitalisation rules (:mod:`sahna.langs.kk.names`) stand in.
"""

from __future__ import annotations

import re
from functools import cache

from sahna.analyse.relevance import within_budget
from sahna.analyse.segment import sentences, words
from sahna.document import Document, NamedEntity, Token
from sahna.langs import language
from sahna.langs.kk import ner as kk_ner
from sahna.langs.kk.features import place_kind
from sahna.langs.kk.names import capitalised_names, quoted_name
from sahna.langs.kk.rules import inflected_event_noun

_QUOTED = re.compile(r"«([^«»\n]{2,80})»")


def analyse(doc: Document) -> Document:
    doc.sentences = sentences(doc.text, language("kk"))
    text = doc.normalised
    doc.tokens = [Token(s, e, doc.text[s:e], t.lower(), "WORD" if t[:1].isalpha() else "PNCT")
                  for s, e, t in words(text)]
    mark_predicates(doc)
    found = model_entities(doc, text)
    doc.entities = capitalised_names(doc) if found is None else found
    return doc


# The tense a Kazakh predicate's ending states, for endings no other form shares: the
# future in «-мақ/-мек» (intention: «өтпек», «ұйымдастырылмақ»), the passive future
# «-ылады/-іледі» («тойланады», «көрсетіледі»; its past is «-ылды»), the future of a
# vowel stem «-йды/-йді» («ойнайды»), and the present continuous «-уда/-уде»
# («жалғасуда»). Other endings are ambiguous without the stem («ойнады» is past, «барады»
# future), so they say nothing.
_TENSE_ENDINGS = (
    ("fut", ("мақ", "мек", "бақ", "бек", "пақ", "пек", "ылады", "іледі", "йды", "йді")),
    ("pres", ("уда", "уде", "юда", "юде")),
)
#: Past forms of verbs whose stem ends in «-ыла»/«-іле» that look like the passive future
#: («талқыла-ды» 'discussed', «тіле-ді» 'wished', not «-ыл-ады»).
_PAST_LOOKALIKES = ("талқылады", "тіледі", "тіледік")
#: The definite past after a consonant stem («өтті», «қатысты», «келді»): its future has
#: a vowel before the ending («өтеді», «қатысады», «келеді»). After a vowel stem the past
#: («ойнады») and the future («барады») look alike: no tense.
_PAST = re.compile(r"[^аәеиоөұүыіуюяйё](?:ды|ді|ты|ті)$")


def mark_predicates(doc: Document) -> None:
    """Give the predicate of each sentence its tense (``feats["tense"]``), as far as its
    ending tells it: Kazakh puts the predicate last, so it is the sentence's last word, or
    the last word before a reporting tail («…өтеді, деп хабарлайды Kazinform»)."""
    for toks in _tokens_by_sentence(doc):
        predicate = _predicate(toks)
        if predicate is None:
            continue
        low = predicate.lemma
        if low in _PROGRESSIVE and _after_converb(toks, predicate):
            predicate.feats["tense"] = "pres"
            continue
        if low in _PAST_LOOKALIKES or (len(low) > 4 and _PAST.search(low)):
            predicate.feats["tense"] = "past"
            continue
        for tense, endings in _TENSE_ENDINGS:
            if len(low) > 5 and low.endswith(endings):
                predicate.feats["tense"] = tense
                break


#: The auxiliaries of the present continuous after a converb in «-ып/-іп/-п»: «қатысып
#: жатыр» 'are taking part', «өтіп жатырмыз», «тыңдап отыр». Alone they are other verbs
#: («ескерткіш алаңда тұр» 'stands'), so only after a converb; «тұр» and «жүр» are left
#: out (after a converb they are as often habitual: «айтып жүр» 'keeps saying').
_PROGRESSIVE = frozenset({"жатыр", "жатырмыз", "жатырсыз", "жатырсыңдар",
                          "отыр", "отырмыз"})
_CONVERB = ("ып", "іп", "п")


def _after_converb(toks: list[Token], predicate: Token) -> bool:
    """Is the word before ``predicate`` a converb in «-ып/-іп/-п» («өтіп», «қатысып»)?"""
    at = next(i for i, t in enumerate(toks) if t is predicate)
    before = [t for t in toks[:at] if t.pos == "WORD"]
    return bool(before) and len(before[-1].lemma) > 3 and before[-1].lemma.endswith(_CONVERB)


def _tokens_by_sentence(doc: Document) -> list[list[Token]]:
    out: list[list[Token]] = [[] for _ in doc.sentences]
    k = 0
    for tok in doc.tokens:
        while k < len(doc.sentences) and tok.start >= doc.sentences[k].end:
            k += 1
        if k == len(doc.sentences):
            break
        if tok.start >= doc.sentences[k].start:
            out[k].append(tok)
    return out


def _predicate(toks: list[Token]) -> Token | None:
    """The last word, or the last word before «, деп» (a reported clause) or before
    «деді»."""
    for i, tok in enumerate(toks):
        if tok.lemma in ("деп", "деді", "дейді") and i >= 1:
            j = i - 1
            while j >= 0 and toks[j].pos != "WORD":
                j -= 1
            return toks[j] if j >= 0 else None
    words_only = [t for t in toks if t.pos == "WORD"]
    return words_only[-1] if words_only else None


def model_entities(doc: Document, text: str) -> list[NamedEntity] | None:
    """Entities the CRF finds in each sentence of ``text`` (the Cyrillic-normalised
    ``doc.text``), and «quoted» names it left untagged, as organisations (as the rules
    did: a quoted name in a news story is mostly a troupe, a company or a work).
    None when the model is missing."""
    if kk_ner.tagger() is None:
        return None
    out: list[NamedEntity] = []
    for sent in within_budget(doc.sentences, doc.warnings):
        toks = list(words(text[sent.start:sent.end], sent.start))
        tags = kk_ner.tag([t for _, _, t in toks]) or []
        for kind, first, end in _spans(tags):
            label = kk_ner.LABELS[kind]
            if label != "LOC":  # (a place in the locative is the place itself)
                first = _past_circumstances(toks, first, end)
                if first == end:
                    continue
            if label == "LOC" and end - first == 2 and _placed_at(toks[first][2]) \
                    and _abbreviation(toks[first + 1][2]):
                # «Таразда ТҮРКСОЙ-дың»: the place of the clause, then a body's acronym
                start, stop = toks[first][0], toks[first][1]
                out.append(NamedEntity(start, stop, doc.text[start:stop], "LOC",
                                       kk_ner.base_form(text[start:stop], "LOC")))
                label, first = "ORG", first + 1
            honoured = _honoured_person(toks, first, end) if label == "EVENT" else None
            if honoured is not None:  # «Ыбырай Алтынсариннің 185 жылдығы»: the person
                label, end = "PER", honoured
            parts = _split_people(toks, first, end) if label == "PER" else \
                _split_bodies(toks, first, end) if label == "ORG" else [(first, end)]
            for a, b in parts:
                if label == "PER" and place_kind(toks[a][2].lower()) == "country":
                    a += 1  # «Түркия Ұлы Ұлттық Мәжілісінің»: no name opens with a country's
                    if b - a < 2:
                        continue  # what is left of one word is no person's name
                start, stop = _balanced(text, toks[a][0], toks[b - 1][1])
                out.append(NamedEntity(start, stop, doc.text[start:stop], label,
                                       kk_ner.base_form(text[start:stop], label)))
    taken = [(e.start, e.end) for e in out]
    for match in _QUOTED.finditer(doc.text):
        raw = match.group(1)
        inner = raw.strip()
        if not quoted_name(inner):
            continue
        start = match.start(1) + len(raw) - len(raw.lstrip())
        end = start + len(inner)
        if not any(s < end and start < e for s, e in taken):
            out.append(NamedEntity(start, end, inner, "ORG", inner))
    out = [_without_trailing_abbreviation(e) for e in out]
    out = _with_delegations(doc.text, _with_initials(doc.text, out))
    out.sort(key=lambda e: e.start)
    return [_named_body(doc.text, _quoted_group(doc.text, e)) for e in out]


def _past_circumstances(toks: list[tuple[int, int, str]], first: int, end: int) -> int:
    """The first token of a name after the circumstances the tagger ran into it: a
    Kazakh sentence opens with its time and place («Кеше Астанада Dimash Qudaibergen
    концерт берді»), capitalised at the start, and a word of time («кеше», «бүгін») or a
    known place in the locative («Астанада») is never the first word of a person's or
    a body's name (``cues.tsv`` ``time_adverb``)."""
    while first < end:
        word = toks[first][2]
        lower = word.lower()
        if lower in language("kk").cue_set("time_adverb"):
            first += 1
            continue
        base = kk_ner.strip_case(word)
        if base != word and word[len(base):].lower() in _LOCATIVE \
                and base.lower() in kk_ner.known_places():
            first += 1
            continue
        if first == 0 and first + 1 < end and inflected_event_noun(language("kk"), lower):
            # «Кешті облыс әкімдігі ұйымдастырды»: the event's noun in a case, the
            # sentence's object or place, capitalised only for opening the sentence
            first += 1
            continue
        break
    return first


def _without_trailing_abbreviation(ent: NamedEntity) -> NamedEntity:
    """«Олжас Бектенов РФ Новгород облысының губернаторымен»: an abbreviation in
    capitals after a person's name written in title case (a country's, «РФ», «АҚШ»,
    «ҚХР») qualifies the next words, it is no part of the name."""
    words = ent.text.split()
    if ent.label != "PER" or len(words) < 2 or not words[-1].isupper() \
            or not 2 <= len(words[-1]) <= 5 or any(w.isupper() for w in words[:-1]):
        return ent
    end = ent.start + ent.text.rstrip().rfind(" ")
    text = ent.text[:end - ent.start].rstrip()
    return NamedEntity(ent.start, ent.start + len(text), text, "PER",
                       kk_ner.base_form(text, "PER"))


def _named_body(text: str, ent: NamedEntity) -> NamedEntity:
    """A name the tagger took for a person's, followed at once by the type word of a
    body («Абай институты», «Мұхтар Әуезов музейі», «Жамбыл филармониясы»), is the
    body's name: in Kazakh a body is named by a name in the nominative before its noun
    (the person it is named after takes no part). «Абай атындағы …» is the tagger's
    organisation already."""
    if ent.label != "PER":
        return ent
    match = _NEXT_WORD.match(text, ent.end)
    if match is None:
        return ent
    word = match.group(1).lower()
    # the noun with the possessive of a compound name («институты», «театрының»), not
    # a noun the person acts on («мектепке барды»)
    if not any(word.startswith(stem) and (stem.endswith(("ы", "і"))
                                          or word[len(stem):].startswith(_POSSESSIVE))
               for stem in _body_types()):
        return ent
    end = match.end(1)
    return NamedEntity(ent.start, end, text[ent.start:end], "ORG",
                       kk_ner.base_form(text[ent.start:end], "ORG"))


_POSSESSIVE = ("ы", "і", "сы", "сі")
_NEXT_WORD = re.compile(r"[ \t]+([а-яәғқңөұүһі]+)")


@cache
def _body_types() -> tuple[str, ...]:
    """Stems of the type words of bodies and groups (``org_words.tsv`` class
    ``type``: «институт», «университет», «театр», «ансамбл», «қоры»)."""
    return tuple(row[0] for row in language("kk").rows("org_words.tsv")
                 if len(row) > 2 and row[2] == "type")


#: An initial and a surname («А.Балаева», «Қ.-Ж. Тоқаев», «М. Эрсоймен»): Kazakh papers
#: name officials so, and the tagger, trained on full names, misses them.
_INITIALS = re.compile(r"(?<![\w.])((?:[А-ЯӘҒҚҢӨҰҮҺІЁ]\.[ -]?){1,2})"
                       r"([А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]{2,}(?:-[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+)?)")


#: «Новгород облысының делегациясы», «Түркия делегациясымен», «Германия Бундестагының
#: делегациясы»: up to four words of a side's name (capitalised, or a region's or a
#: city's noun in the genitive) before the word «делегация».
_DELEGATION = re.compile(
    r"((?:[А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w-]*|облыс\w*|қала\w*|ауданы\w*|республика\w*)"
    r"(?:[ \t]+(?:[А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w-]*|облыс\w*|қала\w*|ауданы\w*|республика\w*)){0,3})"
    r"[ \t]+(делегация\w*)")


def _with_delegations(text: str, found: list[NamedEntity]) -> list[NamedEntity]:
    """A delegation named by its side («Новгород облысының делегациясы») is one
    organisation that takes part as a guest: an entity from the side's first capitalised
    word to the noun, in place of the tagger's place or body inside it. The sentence's
    first word, when in a case of place or time («Кеше», «Астанада»), is left out."""
    out = list(found)
    for match in _DELEGATION.finditer(text):
        words = match.group(1).split()
        start = match.start(1)
        while words and not words[0][:1].isupper():
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if not words or start < 0:
            continue
        # a person named before the side is the host («Мәулен Әшімбаев Германия …»)
        people = [e.end for e in out if e.label == "PER" and start <= e.start < match.start(2)]
        if people:
            start = max(people)
            start += len(text[start:]) - len(text[start:].lstrip())
        end = match.end(2)
        if start >= match.start(2):
            continue
        out = [e for e in out if not (start <= e.start and e.end <= end)]
        if any(e.start < end and start < e.end for e in out):
            continue  # a name running past the delegation's: the tagger's reading stands
        span = text[start:match.start(2)] + "делегациясы"
        out.append(NamedEntity(start, end, text[start:end], "ORG", span))
    return out


def _with_initials(text: str, found: list[NamedEntity]) -> list[NamedEntity]:
    """The tagger's entities, with people named by initials and a surname: a person the
    tagger found from the surname takes the initials before it; one it missed is added.
    Not a name followed by «атындағы» (what is named after someone, the tagger's
    organisation or place) nor one inside another entity."""
    out = []
    for ent in found:
        people = list(_INITIALS.finditer(ent.text)) if ent.label != "PER" else []
        rest = _INITIALS.sub(" ", ent.text)
        if len(people) > 1 and not set(rest.replace(",", " ").lower().split()) - _JOINERS:
            # «Е. Кошербаев және А. Мамытбеков» tagged as one body: a list of people
            for m in people:
                a, b = ent.start + m.start(), ent.start + m.end()
                out.append(NamedEntity(a, b, text[a:b], "PER", kk_ner.base_form(text[a:b], "PER")))
        else:
            out.append(ent)
    for match in _INITIALS.finditer(text):
        start, end = match.start(), match.end()
        if text[end:end + 11].lstrip().lower().startswith("атындағы"):
            continue
        inside = [k for k, e in enumerate(out) if e.start < end and start < e.end]
        if not inside:
            out.append(NamedEntity(start, end, text[start:end], "PER",
                                   kk_ner.base_form(text[start:end], "PER")))
            continue
        k = inside[0]
        ent = out[k]
        if len(inside) == 1 and ent.label == "PER" and start < ent.start <= match.start(2):
            span = text[start:ent.end]
            out[k] = NamedEntity(start, ent.end, span, "PER", kk_ner.base_form(span, "PER"))
        elif len(inside) == 1 and ent.label == "LOC" and ent.start == match.start(2) \
                and ent.end <= end:
            # «Х. Жұмабеков»: a surname the tagger took for a place («-ов» like «Саратов»);
            # no place is written after a person's initials
            span = text[start:end]
            out[k] = NamedEntity(start, end, span, "PER", kk_ner.base_form(span, "PER"))
    return out


def _quoted_group(text: str, ent: NamedEntity) -> NamedEntity:
    """A quoted name the tagger took for a work, an event or a facility is a group's
    when a group noun follows the quotes, at once or over the words that qualify it
    («"Отырар сазы" оркестрі», «"Сазген" ансамблі», «"Түркістан" халық аспаптар
    оркестрі»): in Kazakh
    the head noun comes after its name, and a work's noun is not one of a group."""
    if ent.label not in ("WORK", "EVENT", "FAC"):
        return ent
    before, after = text[ent.start - 1:ent.start], text[ent.end:ent.end + 1]
    if not before or before not in _OPEN or not after or after not in _CLOSE:
        return ent
    nxt = [w.strip(".,;:!?»").lower() for w in text[ent.end + 1:ent.end + 90].split()[:6]]
    # («"Түркістан" халық аспаптар оркестрі»: over the words that qualify the troupe)
    lang = language("kk")
    while len(nxt) > 1 and nxt[0] in lang.cue_set("venue_modifier") \
            and not nxt[0].startswith(_group_heads()):
        nxt = nxt[1:]
    if not nxt or not nxt[0].startswith(_group_heads()):
        return ent
    # «"Костанци" театрында», «… театрының сахнасында»: where, not who
    if nxt[0].endswith(_LOCATIVE) or (nxt[0].endswith(_GENITIVE) and len(nxt) > 1
                                      and nxt[1].endswith(_LOCATIVE)):
        return ent
    return NamedEntity(ent.start, ent.end, ent.text, "ORG", ent.text)


_LOCATIVE = ("да", "де", "та", "те")
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
def _placed_at(word: str) -> bool:
    """Is ``word`` a known place in the locative («Таразда», «Астанада»)?"""
    base = kk_ner.strip_case(word)
    return base != word and word[len(base):].lower() in _LOCATIVE \
        and base.lower() in kk_ner.known_places()


def _abbreviation(word: str) -> bool:
    """Is ``word`` an acronym in capitals, perhaps with a case after a hyphen
    («ТҮРКСОЙ-дың», «ЮНЕСКО»)?"""
    stem = word.split("-")[0]
    return len(stem) >= 3 and stem.isupper() and stem.isalpha()


def _honoured_person(toks: list[tuple[int, int, str]], first: int, end: int) -> int | None:
    """The end of the person's name that opens an anniversary the tagger took whole for
    an event («Ыбырай Алтынсариннің 185 жылдығына»): capitalised words, the last in the
    genitive, then a number or a word of dedication (``cues.tsv`` ``honoured``). The
    person is whom the page honours; the anniversary is read from its own words."""
    honoured = language("kk").cue_words("honoured")
    for i in range(first + 1, end - 1):
        word = toks[i][2]
        if not word.lower().endswith(_GENITIVE):
            continue
        nxt = toks[i + 1][2].lower()
        if all(t[2][:1].isupper() for t in toks[first:i + 1]) and (
                nxt[:1].isdigit() or nxt.startswith(honoured)):
            return i + 1
        return None
    return None


#: Words that join two bodies of a list.
_JOINERS = frozenset({"және", "мен", "бен", "пен", ","})


def _split_bodies(toks: list[tuple[int, int, str]], first: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the bodies in one ORG span: «Түркістан облысы әкімдігінің
    қолдауымен және Халықаралық Түркі академиясының …» is two bodies, each the genitive
    owner of a lower-case noun of taking part in the instrumental («қолдауымен»,
    «ұйымдастыруымен»); no body's name holds such a noun and the joiner after it."""
    parts, begin = [], first
    i = first + 1
    while i < end - 1:
        word = toks[i][2]
        if word.islower() and word.endswith(_INSTRUMENTAL) \
                and toks[i - 1][2].lower().endswith(_GENITIVE) and i - 1 > begin - 1:
            parts.append((begin, i))
            nxt = i + 1
            while nxt < end and toks[nxt][2].lower() in _JOINERS:
                nxt += 1
            begin = i = nxt
            continue
        i += 1
    if begin < end:
        parts.append((begin, end))
    return [(a, b) for a, b in parts if b > a]


_INSTRUMENTAL = ("мен", "бен", "пен")


_OPEN = "«\"“„"
_CLOSE = "»\"”“"


@cache
def _group_heads() -> tuple[str, ...]:
    """The stems of group nouns (``roles.tsv`` rows of kind ``group``: «ансамбл»,
    «оркестр», «хор», «тобы»)."""
    return tuple(row[0] for row in language("kk").rows("roles.tsv")
                 if len(row) > 2 and row[2] == "group")


def _balanced(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span with the quote mark that the tagger left outside it: a name that ends a
    quotation inside the span («Шымкент» эстрадалық оркестрі) takes its opening «."""
    inner = text[start:stop]
    if inner.count("»") > inner.count("«") and start > 0 and text[start - 1] == "«":
        return start - 1, stop
    if inner.count("«") > inner.count("»") and inner.startswith("«"):
        # the reverse: the tagger took the opening quote of a name whose closing one it
        # left out («Астана Опера» театры tagged from «): the name starts inside
        inner = inner[1:]
        return stop - len(inner.lstrip()), stop
    return start, stop


# A Russian-style surname closes a Kazakh name; the tagger, trained on sentences where two
# names rarely touch, may run «Ералы Лұқпанұлы Тоғжанов Роза Бағланова» together.
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ина|ский|ская)$")


#: The word after the name of a body's namesake («атындағы»).
_NAMED_AFTER = "атында"
#: A patronymic closing a Kazakh name («Ерасыл Нұрланұлы»).
_PATRONYMIC = re.compile(r"(?:ұлы|қызы)$")


@cache
def _monuments() -> tuple[str, ...]:
    """Stems of the nouns of a monument (``cues.tsv`` ``monument``: «кесенесі»,
    «ескерткіші»): the name right before one is whose monument it is."""
    return language("kk").cue_words("monument")


@cache
def _epithets() -> frozenset[str]:
    """Words said with a historical person's name (``cues.tsv`` ``epithet``: «Бұқар
    жырау», «Қорқыт ата»), which may stand between the name and «атындағы»."""
    return language("kk").cue_set("epithet")
_TWO_SURNAMES = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва)$")


def _split_people(toks: list[tuple[int, int, str]], first: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the people in one PER span: cut after a surname that has a first
    name before it and at least two capitalised words after it, or one that a body is
    named after («Қасым-Жомарт Тоқаев Абай атындағы театрда»: the visitor, then the
    namesake)."""
    parts, begin = [], first
    after = end + 1 if end + 1 < len(toks) and toks[end][2].lower() in _epithets() else end
    named = after < len(toks) and toks[after][2].lower().startswith(_NAMED_AFTER)
    if after < len(toks) and end - first in (3, 4) \
            and toks[after][2].lower().startswith(_monuments()):
        # «Берік Уәли Абай кесенесіне гүл қойды»: a full name of two words, then the
        # one or two a monument is of
        return [(first, first + 2), (first + 2, end)]
    for i in range(first, end - 1):
        word, nxt = toks[i][2], toks[i + 1][2]
        if (i + 1 < end - 1 or named) and i > first \
                and (_SURNAME.search(word) or (named and _PATRONYMIC.search(word)
                                               and not _SURNAME.search(nxt))) \
                and i - begin >= 1 and nxt[:1].isupper():
            parts.append((begin, i + 1))
            begin = i + 1
        elif i > begin and word.lower().endswith(_GENITIVE) and nxt[:1].isupper() \
                and kk_ner.strip_case(word) != word:
            # «Аида Балаеваның Мирбек Мамбеталиевпен кездесуі»: a full name in the
            # genitive owns what follows; no name goes on past its owner's ending
            parts.append((begin, i + 1))
            begin = i + 1
        elif _TWO_SURNAMES.search(word) and kk_ner.strip_case(nxt) != nxt \
                and (_SURNAME.search(kk_ner.strip_case(nxt))
                     or (i + 2 == end and i > begin)):
            # «Тоқаев Путинмен»: a surname, then another in an oblique case, the second
            # party (a given name may end like a surname in «-ин»: «Шаһин Мұстафаевқа»);
            # «Асқар Жұмабеков Абайдың әндерін»: a full name, then the one word of an
            # owner in the genitive (no name goes on past its surname)
            parts.append((begin, i + 1))
            begin = i + 1
    parts.append((begin, end))
    return parts


def _spans(tags: list[str]) -> list[tuple[str, int, int]]:
    from sahna.analyse.iob import spans

    return [s for s in spans(tags) if s[0] in kk_ner.LABELS]
