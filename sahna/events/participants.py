"""Who takes part in an event, in which role.

Three sources, all within the sentences that state the event: named entities (with the
role read from cue words next to them: «министр», «солист», "director"), «quoted» group
names after a group word («ансамбля «Қазына»»), and lists of performers after a
performance verb («выступили коллективы A, B, певица C и D»). News outlets that report
the story are sources, not participants, and are left out.

Where a language asks for it (English: ``speech_scoped``, ``name_before_group_noun``
and the cue lists of its ``cues.tsv``), the clause decides more: a source after
"according to" or beside a verb of speech is no participant even where others perform;
authors after "works by", names honoured anywhere in the article, prizes, event names
and single-quoted topics take no part; bodies listed after an organiser's cue
organise, a body right after "at" is the place, a body before its officer's title is
the officer's; "the X ensemble", "among the performers were …" and prize lines
("1st place — X") name performers.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache, lru_cache
from typing import Any

from sahna.contract import as_kind, as_role
from sahna.document import NamedEntity, Participant
from sahna.events.lexicon import (
    lang_rows,
    reporting_cues,
    role_cues,
    role_index,
    trigger_index,
    venue_heads,
    work_nouns,
)
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES, DocView
from sahna.langs import language

_NUMERAL = re.compile(r"[IVXLCM]+|\d+")
_DOMAIN = re.compile(r"\.(kz|ru|com|org|net|uz|kg|az|tj|tm|tr|ua|by|ge|am|cn|mn|biz|info|"
                     r"news|tv|media|io|co)\b", re.I)
_LIST_PUNCTUATION = (",", ";")
_WINDOW = 7


_STOPS = {".", ";", "!", "?", "(", ")", ","}


def role_near(view: DocView, first: int, last: int,
              person: bool = False) -> tuple[str | None, str | None]:
    """Role and kind from cue words inside a name, before it in its clause («министр
    культуры и информации РК Аида Балаева»), in apposition after a comma or dash, or —
    for organisers — the verb right after it («X заявил о готовности организовать»).
    A title in capitals runs long ("Deputy Minister of Culture and Tourism of Turkey
    Dr. Serdar Cam"): the look back goes on over its capitalised words and joiners.
    For a ``person``, a body's word inside the title ("Chairman of the Committee … of
    the Ministry of Culture X") is not the person's role; a word of a past office
    ("former minister") makes a guest, no longer an official."""
    rng = view.sent_tokens[view.token_sent[first]]
    framed = _predicate_role(view, first, rng)
    if framed is not None:
        return framed, None
    candidates = list(range(first, last + 1))
    head = last + 1
    if view.language.head_final and head + 1 < rng.stop \
            and view.tokens[head].text in CLOSE_QUOTES:
        # «Делегация құрамында «Шодлик» ансамблі бар»: a quoted name's own head noun, right
        # after its quotes, says what it is before any word of the clause around it
        candidates.append(head + 1)
    # (and the small words inside a title: "Chairman of the Committee on Culture")
    joiners = view.language.cue_set("latin_joiner") | view.language.cue_set("title_joiner")
    for i in range(first - 1, max(rng.start, first - TITLE_REACH) - 1, -1):
        if view.tokens[i].text in _STOPS:
            break
        if i < first - _WINDOW and not (view.tokens[i].text[:1].isupper()
                                        or view.lowers[i] in joiners):
            break
        candidates.append(i)
    candidates += _colon_head(view, first, rng)
    if last + 2 < rng.stop and view.tokens[last + 1].text in (",", "–", "—", "-"):
        candidates += list(range(last + 2, min(rng.stop, last + 2 + 3)))
        if not view.language.head_final and first - 2 >= rng.start \
                and view.tokens[first - 1].text == "," \
                and not view.tokens[last + 2].text[:1].isupper():  # "A, B, C": a list
            candidates += _title_before_comma(view, first - 2, rng)
    elif view.language.head_final:  # the head follows: «Қазақконцерт» шығармашылық ұжымы,
        # the three words after the quotes («"Шалқыма" халық аспаптар ансамблінің»)
        candidates += [i for i in range(last + 1, min(rng.stop, last + 5))
                       if view.tokens[i].text not in CLOSE_QUOTES][:3]
    index = role_index(view.lang)
    for i in candidates:
        if i < first and view.language.head_final and view.lowers[i].endswith(_ADVERBIAL_CASE):
            continue  # «Облыстық филармонияда «X» ұйымының …»: where, not what X is
        for cue, role, kind in view.candidates(i, index):
            if person and (kind == "org" or (kind == "group" and i < first and
                                             view.tokens[i].feats.get("case") == "gent")):
                continue  # («директор театра X»: the troupe he directs is not his role)
            if view.matches(i, cue):
                if role == "official" and _former(view, i, rng):
                    return "guest", kind
                if kind == "person" and _general_after(view, i, rng):
                    return "official", kind  # "Director-General", "Consul General"
                return role, (None if kind == "-" else kind)
    for i in range(last + 1, min(rng.stop, last + 5)):
        if view.tokens[i].text in _STOPS:
            break  # "the X jazz festival, hosted by …": the verb is another phrase's
        if i + 1 < rng.stop and view.lowers[i + 1] in view.language.cue_set("by_agent"):
            continue  # "X hosted by Y": X is what is hosted, Y hosts
        for cue, role, kind in view.candidates(i, index):
            # "X organised", and where a language lists them, "X addressed the guests"
            # (guest), "X directed the play" (other)
            if role in ("organizer", "guest", "other") and kind == "-" \
                    and view.matches(i, cue):
                return role, None
    return None, None


def _subject_of_performing(view: DocView, last: int) -> bool:
    """Is the name ending at ``last`` the subject right before a verb of performing or
    winning (a verb-final language: «… X жеңіп алды», «… X орындады»), the verb its
    clause says of it?"""
    nxt = last + 1
    rng = view.sent_tokens[view.token_sent[last]]
    return nxt < rng.stop and view.language.performer_verb(view, nxt)


#: How many words a verbless credit puts before the dash that opens its list of names
#: («Сахна суретшісі – A, B»).
CREDIT_HEAD = 4


def _colon_head(view: DocView, first: int, rng: range) -> list[int]:
    """The words before the colon (or a credit's dash near the start) that opens a list
    of names the name at ``first`` is a later item of («Қазылар алқасы мүшелері: A, B,
    C», «Суретші – A, B», "Jury members: A, B and C"): the
    head says what every item is, not only the first one next to it. Empty when the
    name is no such item (a word other than a name, a comma or a joiner stands between)."""
    joiners = view.language.cue_set("list_joiner")
    seen_comma = False
    for i in range(first - 1, rng.start - 1, -1):
        text = view.tokens[i].text
        if text == ":" or (text in ("–", "—", "-") and i - rng.start <= CREDIT_HEAD):
            if not seen_comma:
                return []  # the first item: the head is in its own look-back
            return list(range(max(rng.start, i - _WINDOW), i))
        if text == ",":
            seen_comma = True
        elif not (text[:1].isupper() or view.lowers[i] in joiners or text in ("-", ".")):
            return []
    return []


def _predicate_role(view: DocView, first: int, rng: range) -> str | None:
    """«Организаторами выступили X и Y», «Гостями праздника стали …»: a role noun in the
    instrumental before the names, the predicate of «выступить»/«стать»/«быть», gives
    every name of the clause that role (before the verb's own cue, «выступить» as
    performing)."""
    index = role_index(view.lang)
    for i in range(rng.start, first):
        if view.tokens[i].text in _STOPS:
            return None
        if view.tokens[i].feats.get("case") != "ablt":
            continue
        for cue, role, kind in view.candidates(i, index):
            if role in ("organizer", "guest") and kind == "-" and view.matches(i, cue):
                return role
    return None


def _general_after(view: DocView, i: int, rng: range) -> bool:
    """Is the role word ``i`` the first word of a head's title closed by "General"
    ("Director-General", "Director General of UNESCO", "Secretary-General")? Such a
    title is the office of an organisation's or a state's head: an official."""
    j = i + 1
    if j < rng.stop and view.tokens[j].text in ("-", "‑"):
        j += 1
    return j < rng.stop and view.lowers[j] == "general"


#: How far back a list of organisers may run from one of its names to its cue word
#: ("with the support of the Ministry of Culture, the international organization
#: TURKSOY, and Manas National Theater").
ORGANIZER_REACH = 30


def _after_locative(view: DocView, first: int) -> bool:
    """A body named right after a locative preposition and its article ("at the
    National Museum of Fine Arts", "in the Palace of Schoolchildren") is the place of
    the event."""
    i = first - 1
    if i >= 0 and view.lowers[i] in ("the", "a"):
        i -= 1
    return i >= 0 and view.lowers[i] in view.language.cue_words("locative")


def _bare_name(view: DocView, first: int, last: int) -> bool:
    """Two or three capitalised words with no word of a body among them ("Minister
    Murat Nurtleu" tagged an organisation): after a person's office word, a person."""
    if not 1 <= last - first <= 2:
        return False
    bodies = _body_words(view.lang)
    return all(view.tokens[i].text[:1].isupper() and view.tokens[i].text[1:].islower()
               and view.lowers[i] not in bodies for i in range(first, last + 1))


def _on_jury(view: DocView, first: int, last: int) -> bool:
    """"The jury headed by the poet X noted …": a member of the jury judges the contest,
    whatever he says of it (the language's ``jury`` cue words before the name in its
    clause)."""
    cues = view.language.cue_set("jury")
    rng = view.sent_tokens[view.token_sent[first]]
    for i in range(first - 1, max(rng.start, first - _WINDOW * 2) - 1, -1):
        if view.tokens[i].text in _CLAUSE_ENDS:
            return False
        if view.key(i) in cues or view.lowers[i] in cues:
            return True
    return False


def _prize_before(view: DocView, first: int) -> bool:
    """Is a prize word (the language's ``prize`` cues: «жүлдені», «бірінші орынды»)
    between the name at ``first`` and the start of its clause? A jury word with one
    there is whose decision named the winner («Қазылар шешімімен бас жүлдені X жеңіп
    алды»); without one the verb is what the jury member does («Қазылар алқасын X
    басқарды»: chaired the jury)."""
    prize = view.language.cue_words("prize")
    rng = view.sent_tokens[view.token_sent[first]]
    for i in range(first - 1, max(rng.start, first - _WINDOW * 2) - 1, -1):
        if view.tokens[i].text in _CLAUSE_ENDS:
            return False
        if any(view.matches(i, cue) or view.lowers[i].startswith(cue) for cue in prize):
            return True
    return False


def _jury_member(view: DocView, first: int) -> bool:
    """Is the name at ``first`` a member of a contest's jury ("the jury was chaired by
    the poet X", "the jury, headed by X, included Y")? A ``jury`` cue word before it in
    its clause, with no word of a prize or of the winner's frame between ("the jury
    awarded the first prize to X": the winner)."""
    if not _on_jury(view, first, first):
        return False
    cues = view.language.cue_set("jury")
    prize = view.language.cue_set("performer_noun") | view.language.cue_set("passive_performer") \
        | view.language.cue_set("prize")
    for i in range(first - 1, max(0, first - _WINDOW * 2) - 1, -1):
        if view.key(i) in cues or view.lowers[i] in cues:
            return True
        if view.lowers[i] in prize or view.key(i) in prize or view.lowers[i] == "to":
            return False
    return False


def person_title(view: DocView, i: int) -> bool:
    """Is token ``i`` a person's title or office word (a ``roles.tsv`` cue of a person's
    kind: «министр», "ambassador", «әнші»)?"""
    return any(kind == "person" and view.matches(i, cue)
               for cue, _role, kind in view.candidates(i, role_index(view.lang)))


def _affiliation(view: DocView, last: int) -> bool:
    """"UNESCO Director-General Audrey Azoulay", "TURKSOY Secretary General X": a body
    right before a person's office word and a person's name is whose office it is — the
    person takes part, not the body. (The tagger may take the name for a body too:
    "Kazakh Foreign Minister Murat Nurtleu" as two organisations.)"""
    rng = view.sent_tokens[view.token_sent[last]]
    for i in range(last + 1, min(rng.stop, last + 4)):
        if person_title(view, i):
            nxt = i + 1
            return nxt < rng.stop and any(
                e.start <= view.tokens[nxt].start < e.end and (
                    e.label == "PER" or (e.label == "ORG" and _bare_name(view, *_span_of(view, e))))
                for e in view.in_sentence("entities", view.token_sent[last]))
    return False


def _governed_by_title(view: DocView, first: int, last: int) -> bool:
    """«Депутаты Мажилиса», «аким Алматы», «секретарь ООН»: one word in the genitive
    (or an abbreviation) right after a person's title (which stands in another case) is
    what the title governs, a body or a place the tagger took for a person; a name in
    apposition agrees with its title in number («депутат Иванов»), so a genitive of
    another number is governed."""
    if first != last or first == 0:
        return False
    word = view.tokens[first].text
    if len(word) > 1 and word.isupper() and person_title(view, first - 1):
        return True  # «генеральный секретарь ООН»: an abbreviation, indeclinable
    feats, title = view.tokens[first].feats, view.tokens[first - 1].feats
    if feats.get("case") != "gent" or title.get("case") in (None, "gent") \
            or feats.get("number") == title.get("number") \
            or not view.lowers[first].endswith(view.language.cue_words("singular_genitive")):
        return False  # (a tagger's genitive of a surname in apposition: «Режиссёр Снежкин»)
    return person_title(view, first - 1)


def _office_between(view: DocView, first: int, last: int) -> bool:
    """A body between a person's office word (a role cue of a person, or an ``office``
    cue word that gives no role by itself: «директор») and that person's name
    («директором ЮНЕСКО Одре Азуле», «послом Японии …») names whose office it is: the
    person takes part, not the body."""
    rng = view.sent_tokens[view.token_sent[first]]
    before = first - 1
    while last + 1 < rng.stop and view.tokens[last + 1].text in CLOSE_QUOTES:
        last += 1  # «продюсеру ПЦ “Байтерек” Гульшат …»: the tagger left the quote out
    if before < rng.start or last + 1 >= rng.stop:
        return False
    if view.lowers[before] == "of" and before - 1 >= rng.start:
        before -= 1
    office = view.matches_any(before, view.language.cue_set("office")) \
        or person_title(view, before)
    if not office:
        return False  # «министром», «директором», "Director-General of"
    start = view.tokens[last + 1].start
    return any(e.label == "PER" and e.start == start
               for e in view.in_sentence("entities", view.token_sent[first]))


def _office_of(view: DocView, first: int, last: int) -> bool:
    """"Director General of UNESCO Audrey Azoulay", "head of the Ministry of Culture
    (MCI) Aida Balayeva": a body after "of" and a person's office word, right before a
    person's name, is where that person holds office — the person takes part."""
    rng = view.sent_tokens[view.token_sent[first]]
    nxt = last + 1
    while nxt < rng.stop and (view.tokens[nxt].text in (")", "(") or (
            view.tokens[nxt - 1].text == "(" and view.tokens[nxt].text.isupper())):
        nxt += 1  # over a bracketed acronym
    if nxt >= rng.stop or not any(
            e.start == view.tokens[nxt].start and e.label == "PER"
            for e in view.in_sentence("entities", view.token_sent[first])):
        return False
    if first - 2 >= rng.start and view.tokens[first - 1].text == "(":
        # "… of the United Nations … Organization (UNESCO) Audrey Azoulay": the acronym
        # in brackets is the body just named
        before = view.tokens[first - 2]
        body = next((e for e in view.in_sentence("entities", view.token_sent[first])
                     if e.end == before.end and e.label == "ORG"), None)
        span = token_span(view, body.start, body.end) if body else None
        if span is not None:
            first = span[0]
    i = first - 1
    if i >= rng.start and view.lowers[i] == "the":
        i -= 1
    if i < rng.start or view.lowers[i] != "of":
        return False
    return any(person_title(view, j) for j in range(max(rng.start, i - 3), i))


def _span_of(view: DocView, ent: NamedEntity) -> tuple[int, int]:
    """The first and last token of ``ent`` (an entity of the view's document)."""
    return token_span(view, ent.start, ent.end) or (0, -1)


def organizer_listed(view: DocView, first: int) -> bool:
    """Is the body at token ``first`` an item of a list that an organiser's cue word
    opens ("organized by A, B and C", "with the support of A, the international
    organization B, and C")? Back over the list's names, commas, "and", articles and a
    few lower-case words of each item to the cue; a verb or a clause end stops it."""
    rng = view.sent_tokens[view.token_sent[first]]
    index = role_index(view.lang)
    lower_run, listed = 0, False
    for i in range(first - 1, max(rng.start, first - ORGANIZER_REACH) - 1, -1):
        tok = view.tokens[i]
        if any(role == "organizer" and kind == "-" and view.matches(i, cue)
               for cue, role, kind in view.candidates(i, index)):
            return listed  # right after the cue, role_near reads it already
        listed = listed or tok.text == "," or view.lowers[i] == "and"
        if tok.text in _CLAUSE_ENDS or tok.pos in ("VERB", "AUX"):
            return False
        if tok.text[:1].isupper() or tok.text in (",", "&", "-", *OPEN_QUOTES, *CLOSE_QUOTES):
            lower_run = 0
            continue
        lower_run += 1
        if lower_run > 3:
            return False
    return False


def _title_before_comma(view: DocView, i: int, rng: range) -> list[int]:
    """"The deputy akim of the region, Serik Nurlanuly, opened …": a name set off by
    commas after a title takes that title's role. The title's words from ``i`` back to
    the clause's start (no verb, comma or clause end between), at most :data:`_WINDOW`
    + 1 of them."""
    at = view.tokens[i].start
    if any(e.label == "PER" and e.start <= at < e.end
           for e in view.in_sentence("entities", view.token_sent[i])):
        return []  # "A, B, C": a list of names, no title set off by commas
    out: list[int] = []
    for j in range(i, max(rng.start, i - _WINDOW) - 1, -1):
        if view.tokens[j].text in _STOPS or view.tokens[j].pos in ("VERB", "AUX"):
            return []
        out.append(j)
    return out


#: How far before a name a title in capitals may begin (see role_near).
TITLE_REACH = 24


def _former(view: DocView, i: int, rng: range) -> bool:
    """A word of a past office right before the office word ``i`` ("former Culture
    Minister", «бывший министр», «бұрынғы министр»), over one word between."""
    cues = view.language.cue_set("former")
    return any(view.key(j) in cues or view.lowers[j] in cues
               for j in range(max(rng.start, i - 3), i))


def _adjacent_kind(view: DocView, first: int, last: int) -> str | None:
    """"Ak Tandai association", "the Belukha Jam band", «Сарыарқа ансамблі»: a word of a
    group or a body right beside a name the tagger took for a person's makes it a group
    or an organisation (a person's own title, "singer X", says person)."""
    rng = view.sent_tokens[view.token_sent[first]]
    index = role_index(view.lang)
    bodies = view.language.cue_words("body")
    # a head-final language puts the group's noun after its name; the word before is the
    # clause's («Басты партияларды Мәдина Басбаева …»: the parts she sang, no party)
    for i in (last + 1,) if view.language.head_final else (first - 1, last + 1):
        if not rng.start <= i < rng.stop or view.tokens[i].text[:1].isupper():
            continue
        if i < first and view.tokens[i].feats.get("case") in ("gent", "ablt"):
            # «директор музея X»: the body a title governs, not X's kind; «под
            # управлением X»: who conducts, not a department
            continue
        kinds = [kind for cue, _role, kind in view.candidates(i, index)
                 if view.matches(i, cue)]
        if kinds and kinds[0] in ("group", "org"):
            return kinds[0]
        if _cue_at(view, i, bodies):
            return "org"
    return None


def is_reported_by(view: DocView, ent: NamedEntity, first: int, last: int) -> bool:
    """The outlet that reports the story: «передает DKNews.kz», "Kazinform correspondent"."""
    if _DOMAIN.search(ent.text):
        return True
    cues = reporting_cues(view.lang)
    rng = view.sent_tokens[view.token_sent[first]]
    lead = first  # "according to the Kazakh Central Election Commission": over its modifiers
    while lead - 1 >= rng.start and view.tokens[lead - 1].pos in ("DET", "ADJ", "PROPN"):
        lead -= 1
    window = list(range(max(rng.start, lead - 2), first))
    if first == last:
        window.append(first)  # "Reuters", "Kazinform": the outlet itself
    if view.language.reporter_after:  # "Kazinform correspondent"
        window.append(min(last + 1, rng.stop - 1))
    return any(view.matches_any(i, cues) for i in window)


def is_title_only(view: DocView, first: int, last: int) -> bool:
    """"Costume Designers", «XX»: an entity that is a role word or a numeral, not a name."""
    text = view.span_text(first, last)
    if _NUMERAL.fullmatch(text):
        return True
    titles = view.language.cue_set("title_word")
    if titles and all(view.lowers[i].rstrip(".") in titles for i in range(first, last + 1)):
        return True  # "Lt Col", "Dr", "Mr": a title, no name
    kinds = [kind for cue, _r, kind in view.candidates(last, role_index(view.lang))
             if view.matches(last, cue)]
    if view.language.speech_scoped and first < last and any(
            kind in ("group", "org") for kind in kinds):
        return False  # "Manas National Theater": a group's or a body's own name
    # «"Шымкент" эстрадалық оркестрі», «Мәдениет және ақпарат министрлігі»: a group's or a
    # body's word after a name is the head of that name
    return bool(kinds) and not (first < last and view.language.head_final
                                and kinds[0] in ("group", "org"))


def token_span(view: DocView, start: int, end: int) -> tuple[int, int] | None:
    """First and last token inside characters ``start..end``."""
    first = bisect.bisect_left(view.starts, start)
    last = bisect.bisect_right(view.starts, end) - 1
    while last >= first and view.tokens[last].end > end:
        last -= 1
    return (first, last) if last >= first else None


def performer_verb(view: DocView, sent: int) -> int | None:
    """Index of a verb that introduces performers in sentence ``sent`` (memoised on the
    view: several rules ask about every sentence)."""
    key = ("performer_verb", sent)
    if key not in view.memo:
        view.memo[key] = _performer_verb(view, sent)
    return view.memo[key]


def _performer_verb(view: DocView, sent: int) -> int | None:
    performs = view.language.performer_verb
    possible, keys = view.language.performer_keys(), view.keys
    found = next((i for i in view.sent_tokens[sent]
                  if (possible is None or keys[i] in possible) and performs(view, i)), None)
    return found if found is not None else _performer_frame(view, sent)


def _performer_frame(view: DocView, sent: int) -> int | None:
    """"Among the performers were A, B and C", "The line-up includes A and B": a noun
    of those who perform (the language's ``performer_noun`` cue words) with a verb of
    being or including right after it introduces performers as a performing verb does;
    the index of that verb."""
    nouns = view.language.cue_set("performer_noun")
    if not nouns:
        return None
    links = view.language.cue_set("performer_link")
    rng = view.sent_tokens[sent]
    for i in rng:
        # ("line-up" comes as three tokens: the hyphenated word, closed up, is the noun)
        compound = i - 2 >= rng.start and view.tokens[i - 1].text == "-" \
            and view.tokens[i - 2].end == view.tokens[i - 1].start \
            and view.tokens[i - 1].end == view.tokens[i].start \
            and "-".join((view.lowers[i - 2], view.lowers[i])) in nouns
        if view.key(i) in nouns or view.lowers[i] in nouns or compound:
            for j in range(i + 1, min(rng.stop, i + 3)):
                if view.key(j) in links or view.lowers[j] in links:
                    return j
    return None


def performer_list(view: DocView, sent: int) -> list[tuple[str, str, int, int, str | None]]:
    """(name, kind, first and last token, role) for each item of a performer list in the
    sentence; the role is that of the item's own cue word when it names another part
    than performing (a director, a minister among those who take part), else None."""
    verb = performer_verb(view, sent)
    if verb is None:
        return []
    rng = view.sent_tokens[sent]
    start = verb + 1
    if start < rng.stop and view.lowers[start] in view.language.cue_set("recipient"):
        start += 1  # "the Grand Prix went to X": the preposition of whom it goes to
    after = range(start, rng.stop)
    names_after = any(view.tokens[i].text[:1].isupper() or view.tokens[i].text in OPEN_QUOTES
                      for i in after)
    # A head-final language lists them before the verb; Russian and English usually
    # after it, but a sentence may also end with it ("A, B and C performed").
    region = range(rng.start, verb) if view.language.head_final or not names_after else after
    joiners = {*_LIST_PUNCTUATION, *view.language.cue_words("list_joiner")}
    # in an uninflected head-first language the place or the time of the performance
    # after the verb is no item ("performed «Abai» at the Opera and Ballet Theatre on …",
    # "performed at the opening of X and Y"), up to a verb that goes on with the list
    # ("Performing at the gala were A and B")
    if region is after and view.language.reporter_after:
        region = after = range(after.start, _before_source(view, after.start, rng))
    ends = frozenset() if view.language.inflected or view.language.head_final \
        or region is not after else (
            view.language.cue_set("locative") | view.language.cue_set("at_event") | {"on"})
    circumstance = False
    items: list[list[int]] = []
    current: list[int] = []
    for i in region:
        text = view.tokens[i].text
        if text.lower() in ends:
            circumstance = True
        elif circumstance and view.tokens[i].pos in ("VERB", "AUX"):
            circumstance = False
            continue
        if circumstance:
            if current:
                items.append(current)
            current = []
            continue
        if (text.lower() in joiners or text == ".") and not _joins_a_title(view, i, rng):
            if current:
                items.append(current)
            current = []
        else:
            current.append(i)
    if current:
        items.append(current)
    if view.language.head_final:
        items = _without_shared_heads(view, items)
    out = []
    kind = None
    for item in items:
        found = _item_name(view, item, kind)
        if found and _acronym_in_a_case(view, found[3]):
            continue  # «ТҮРКСОЙ-ға мүше елдердің өнерпаздары қатысты»: no subject
        if found:
            out.append(found)
            kind = found[1] if found[4] else kind
    return [(name, k if cued or k != "group" or not _tagged_person(view, first) else "person",
             first, last, role) for name, k, first, last, cued, role in out]


def _before_source(view: DocView, start: int, rng: range) -> int:
    """Where a list after its verb ends when the sentence closes with its source ("…
    went to A, B and C, the State Agency for Sport reported"): at the comma before the
    article that opens the source's name, the name running up to a closing verb of
    report; else the sentence's end."""
    last = rng.stop - 1
    while last > start and not any(ch.isalnum() for ch in view.tokens[last].text):
        last -= 1
    speech = view.language.cue_set("speech")
    low = view.lowers[last]  # (a sentence the tagger skipped has no lemmas: word forms)
    if not view.matches_any(last, speech) and not any(
            low.startswith(form) for cue in speech for form in view.language.word_forms(cue)):
        return rng.stop
    articles = view.language.cue_set("article")
    i = last - 1  # back over the source's name, commas and joiners inside it included
    while i > start and (view.tokens[i].text[:1].isupper()
                         or view.lowers[i] in (",", "and", "for", "of", "&")):
        i -= 1
    if i > start and view.lowers[i] in articles and view.tokens[i - 1].text == ",":
        return i - 1  # ", the State Agency for Youth Affairs, Physical Culture and Sport"
    return rng.stop


def _acronym_in_a_case(view: DocView, last: int) -> bool:
    """Does the name end in an acronym with a case of the clause after a hyphen
    («ТҮРКСОЙ-ға», «ЮНЕСКО-дан»: ``cues.tsv`` ``case_ending``)? Governed in the clause,
    it is no subject of the verb of performing."""
    stem, hyphen, ending = view.tokens[last].text.rpartition("-")
    return bool(hyphen) and stem.isupper() and ending in view.language.cue_set("case_ending")


def _joins_a_title(view: DocView, i: int, rng: range) -> bool:
    """Is the joiner at ``i`` inside the name of an office or a body («Мәдениет және
    ақпарат министрі», «Туризм және спорт министрлігі»): a capitalised word before it,
    lower-case words after it up to a word of an office or a body? Then it joins no
    list."""
    if not view.language.head_final or i == rng.start or i + 1 >= rng.stop \
            or not view.tokens[i - 1].text[:1].isupper() or not view.tokens[i + 1].text.islower():
        return False
    index = role_index(view.lang)
    bodies = view.language.cue_words("body")
    for j in range(i + 1, min(rng.stop, i + 4)):
        if not view.tokens[j].text.islower():
            return False
        if _cue_at(view, j, bodies) or any(view.matches(j, cue) and kind in ("person", "org")
                                           for cue, _role, kind in view.candidates(j, index)):
            return True
    return False


def _without_shared_heads(view: DocView, items: list[list[int]]) -> list[list[int]]:
    """A head-final language inflects a list once, on its last item: in «Қазалы, Арал,
    Қармақшы аудандарының ақындары» the names are places that own the noun after the
    last one, and in «Естайдың «Қорлан», «Жай қоңыр» әндерін» titles of the works the
    last one's noun names, not performers. An item whose name is followed by a word in the
    genitive or a region's word goes; so do the bare names listed before an item that
    opens with a name followed by such a word or a work's noun."""
    out: list[list[int]] = []
    bare: list[list[int]] = []  # the items of bare names just before the current one
    for item in items:
        if all(view.tokens[i].text[:1].isupper() or view.tokens[i].text in (
                *OPEN_QUOTES, *CLOSE_QUOTES, "-", ".") for i in item):
            bare.append(item)
            continue
        if not _owns_next(view, item, _opening_run_end(view, item), works=True):
            out += bare
        bare = []
        if not _owns_next(view, item, _name_run_end(view, item)):
            out.append(item)
    return out + bare


def _name_run_end(view: DocView, item: list[int]) -> int | None:
    """Position in ``item`` of the last word of its last capitalised run (its name: in a
    head-final language the head comes last)."""
    return next((k for k in range(len(item) - 1, -1, -1)
                 if view.tokens[item[k]].text[:1].isupper()), None)


def _opening_run_end(view: DocView, item: list[int]) -> int | None:
    """Position in ``item`` of the last word of the name (capitalised or quoted) it opens
    with; None when it opens with a lower-case word."""
    k, depth = 0, 0
    while k < len(item):
        text = view.tokens[item[k]].text
        if text in OPEN_QUOTES and depth == 0:
            depth = 1
        elif text in CLOSE_QUOTES and depth:
            depth = 0
        elif not depth and not text[:1].isupper():
            break
        k += 1
    return k - 1 if k else None


def _owns_next(view: DocView, item: list[int], end: int | None, works: bool = False) -> bool:
    """Does the name ending at position ``end`` of ``item`` stand before a word in the
    genitive or a region's word («Ақтөбе облыстарының», «Алматы қаласының») — with
    ``works``, also a work's noun («әндерін»)?"""
    if end is None or end + 1 >= len(item):
        return False
    nxt = view.lowers[item[end + 1]]
    return nxt.endswith(tuple(view.language.cue_words("genitive_ending"))) \
        or nxt.startswith(_region_words()) \
        or (works and any(nxt.startswith(w) for w in work_nouns(view.lang)))


def _tagged_inside(view: DocView, first: int, last: int) -> bool:
    """Does a person the tagger found lie inside tokens ``first..last``? In a head-final
    language a list item's words run on into a case-marked name («Бурабайда Президент
    Қасым-Жомарт Тоқаевтың»): the entity gives the name and its base form."""
    start, end = view.tokens[first].start, view.tokens[last].end
    return any(start <= e.start and e.end <= end and e.label == "PER"
               for e in view.in_sentence("entities", view.token_sent[first]))


def _short_of_named(view: DocView, first: int) -> bool:
    """«Петер Сийярто … В ходе визита Сийярто встретится …»: a lone word the tagger
    took for a person that is a word of a fuller person's name told in the document is
    that person again, whatever part of speech the analyser guessed for a foreign
    surname (an adjective's short form, read from its ending)."""
    if not _tagged_person(view, first) or not view.tokens[first].text[:1].isupper():
        return False
    full = canonical_names(view).get(name_key(view.tokens[first].text))
    return full is not None and len(_words(full)) > 1


def _tagged_person(view: DocView, first: int) -> bool:
    """Does the tagger's person name start at token ``first``? (A list item no cue word
    describes is then a person, not a band with a Latin name.)"""
    start = view.tokens[first].start
    return any(ent.start == start and ent.label == "PER" for ent in view.doc.entities)


def _without_leading_body(view: DocView, run: list[int]) -> list[int]:
    """«(директор) ЮНЕСКО Одре Азуле», «(замминистра культуры) Кыргызстана Нурлан
    Абдыкеримов»: a body or a place that an office governs, right before the holder's
    name, is not part of the name — when the tagger found the person starting later in
    the run and the words before are a body's abbreviation or a place or a body it
    tagged, the run starts at the person."""
    toks = view.tokens
    if len(run) < 2:
        return run
    sent = view.token_sent[run[0]]
    entities = view.in_sentence("entities", sent)
    for k in range(1, len(run)):
        if not any(e.label == "PER" and e.start == toks[run[k]].start for e in entities):
            continue
        before = run[:k]
        if all((len(toks[i].text) > 1 and toks[i].text.isupper()) or any(
                e.label != "PER" and e.start <= toks[i].start and toks[i].end <= e.end
                for e in entities) for i in before):
            return run[k:]
        break
    return run


def _item_name(view: DocView, item: list[int], inherited: str | None
               ) -> tuple[str, str, int, int, bool, str | None] | None:
    """The name in one list item, its kind, first token, and whether a cue word gave
    the kind («группы Hassak (Казахстан)», «певица Луина»). Parenthesised parts are
    notes (a country), and a work's title («опера «Абай»») is no participant."""
    toks = view.tokens
    runs: list[list[int]] = []
    run: list[int] = []
    quoted: list[int] | None = None
    depth = 0
    for i in item:
        text = toks[i].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        if depth or text in "()":
            if run:
                runs.append(run)
            run = []
            continue
        if quoted is not None:
            if text in CLOSE_QUOTES:
                if quoted:
                    runs.append(quoted)
                quoted = None
            else:
                quoted.append(i)
            continue
        if text == '"' and view.language.straight_quotes_split:  # doubled straight quotes
            if run:
                runs.append(run)
            run = []
            continue
        if text in OPEN_QUOTES:
            if run:
                runs.append(run)
            run, quoted = [], []
            continue
        if text[:1].isupper() and (run or toks[i].pos not in view.language.not_name_pos):
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    if not runs:
        return None
    runs = [_without_leading_body(view, r) for r in runs]
    cue_at = [i for i in item if any(
        view.matches(i, cue) and kind in ("person", "group")
        for cue, _role, kind in view.candidates(i, role_index(view.lang)))]
    if view.language.head_final:
        name_run = runs[-1]
    else:  # "Bashkir band Argymak": the name follows its cue word, a nationality precedes it
        after_cue = [r for r in runs if cue_at and r[0] > cue_at[0]]
        name_run = after_cue[0] if after_cue else runs[0]
    before = [i for i in item if i < name_run[0]]
    modifiers = [i for i in before if toks[i].pos != "ADJ"]
    if not cue_at and modifiers and toks[modifiers[-1]].pos == "DET" \
            and toks[modifiers[-1]].text.islower():
        return None  # "won the Grand Prix": a thing with its article, no cue word of a name
    governor = [i for i in before if toks[i].pos != "DET"]
    if governor and toks[governor[-1]].pos in ("PREP", "ADP"):
        return None  # «на брифинге в Министерстве», "on the stage of the Maly Theatre": a place
    if quoted_work(view, name_run[0]):
        return None  # "as part of the «Bolshie Gastroli» programme": a title, not a performer
    if any(view.key(i) in work_nouns(view.lang) for i in before):
        return None
    name_run = name_run[lead_words(view, name_run[0], name_run[-1]):]
    while _opening_adverbial(view, name_run):
        name_run = name_run[1:]  # «Сахнада Qazaq Chamber Orchestra …»: where, then who
    name = view.span_text(name_run[0], name_run[-1])
    if _NUMERAL.fullmatch(name) or len(name) < 2 or is_title_only(view, name_run[0],
                                                                   name_run[-1]) \
            or (len(name_run) == 1 and view.matches_any(name_run[0],
                                                        view.language.cue_set("guest_noun"))):
        return None  # «Организаторами выступили …», «Делегация … посетила»: a common noun
    cue_kind = None
    # the cue word nearest the name says its kind ("an Altai singer X with Y band")
    order = (sorted(item, key=lambda i: (i < name_run[-1], i if i > name_run[-1] else -i))
             if view.language.head_final
             else sorted(item, key=lambda i: (i > name_run[0], -i if i < name_run[0] else i)))
    cue_role = None
    for i in order:
        kinds = [(kind, role) for cue, role, kind in view.candidates(i, role_index(view.lang))
                 if view.matches(i, cue) and kind in ("person", "group")]
        if kinds:
            cue_kind, cue_role = kinds[0]
            break
    other_role = cue_role if cue_role != "performer" else None
    if cue_kind:
        return name, cue_kind, name_run[0], name_run[-1], True, other_role
    if inherited:
        return name, inherited, name_run[0], name_run[-1], False, None
    latin = all(ch.isascii() for ch in name if ch.isalpha())
    # a Latin name is a band's («Ninety One») unless the language knows it for a
    # person's: its last word a surname's («Dimash Qudaibergen», «Aigerim Sapar-qyzy»),
    # or its shape ("… by A and Saltanat Akhmetova")
    person = not latin or view.language.looks_like_person(name) or (
        len(name_run) >= 2 and view.lowers[name_run[-1]].endswith(
            view.language.cue_words("latin_surname") or ("\0",)))
    return name, "person" if person else "group", name_run[0], name_run[-1], False, None


#: Case endings of a word that opens a Kazakh sentence as an adverbial (locative,
#: dative, ablative): «Сахнада», «Кеште», «Фестивальге», «Ресейден».
_ADVERBIAL_CASE = ("да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден", "тан",
                   "тен", "нан", "нен")


def _opening_adverbial(view: DocView, run: list[int]) -> bool:
    """Is the first word of a capitalised run the sentence's first word (after a word of
    time, or itself one: «Кеше», «Бүгін») in a case of place or direction, outside any
    person the tagger found? A name takes its case on
    its last word only, so such a word is no part of the name after it."""
    if not view.language.head_final or len(run) < 2:
        return False
    i = run[0]
    # the words before it in the run are the sentence's time and place too («Кеше
    # Астанада Dimash Qudaibergen»: yesterday, in Astana, then who)
    if any(view.lowers[j] not in view.language.cue_set("time_adverb")
           for j in range(view.sent_tokens[view.token_sent[i]].start, i)):
        return False
    if view.lowers[i] in view.language.cue_set("time_adverb"):
        return True
    if not view.lowers[i].endswith(_ADVERBIAL_CASE) or not view.tokens[i].text[1:].islower():
        return False
    start = view.tokens[i].start
    return not any(e.start <= start < e.end and e.label == "PER" for e in view.doc.entities)


def default_role(event_type: str, performing: bool) -> str:
    """The role of a participant no cue word describes: the sides of a meeting are
    officials, the named people of a performing event perform, the artists of an
    exhibition are the creators of what is shown (``other``), anyone else is a guest."""
    if event_type == "meeting":
        return "official"
    if event_type == "exhibition":
        return "other"
    return "performer" if performing else "guest"


class Spans:
    """Character spans, asked whether one of them holds a given span: sorted once, then
    a binary search per question (a document may name thousands of places, and every
    event asks about each of its names)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def hold(self, start: int, end: int) -> bool:
        """Is ``start..end`` inside one of the spans?"""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def troupes_quotes(view: DocView, start: int) -> bool:
    """Do the quotes around ``start`` follow a troupe's noun («концерт ансамбля «Сазген»»)?
    The event may carry that name, but the troupe is who performs."""
    first = bisect.bisect_right(view.starts, start) - 1
    troupe = view.language.cue_set("troupe")
    if view.language.head_final:
        # the troupe's noun follows its quoted name («"Сазген" ансамблінің концерті»);
        # a noun before the quotes is another's («ансамблі «Ақтау әуендері» атты
        # концерт берді»: the concert's name; «театрында «…» фестивалі»: where)
        k = first
        while k < len(view.tokens) - 1 and k - first < QUOTE_REACH \
                and view.tokens[k].text not in CLOSE_QUOTES:
            k += 1
        if view.tokens[k].text not in CLOSE_QUOTES or not view.matches_any(k + 1, troupe):
            return False
        # its own noun carries its possessive: «театры», «ансамблінің»; a bare noun
        # qualifies what follows («"…" театр фестивалі»), a case puts it in the clause
        # («"Астана Опера" театрында»: where)
        word = view.lowers[k + 1]
        return not (word in troupe or (word.endswith("ь") and word[:-1] in troupe)
                    or word.endswith(view.language.cue_words("case_ending"))
                    or word.endswith(("дағы", "дегі", "тағы", "тегі")))
    i = first
    while i > 0 and first - i < QUOTE_REACH and view.tokens[i].text not in OPEN_QUOTES:
        i -= 1
    # (a plural troupe's noun names a kind: «фестиваль уличных театров «…»» is the
    # festival's name, not a theatre's)
    return i > 0 and view.tokens[i].text in OPEN_QUOTES and view.matches_any(i - 1, troupe) \
        and str(view.tokens[i - 1].feats.get("number", "")).lower() != "plur"


#: How many words of a quoted name may stand before the word asked about.
QUOTE_REACH = 12


def _inside_occurrence(text: str, name: str, start: int, end: int) -> bool:
    """Is ``start..end`` inside an occurrence of ``name`` in ``text``? Only an occurrence
    starting from ``end - len(name)`` to ``start`` can hold it: one bounded search
    instead of listing every occurrence in the text for every event."""
    at = text.find(name, max(0, end - len(name)), start + len(name))
    return 0 <= at <= start


def _with_its_place(view: DocView, org: NamedEntity, nxt: NamedEntity) -> NamedEntity:
    """«Управление культуры | Павлодарской области», «Акимат | Павлодара»: where nouns
    inflect and the head comes first, a place in the genitive right after a body the
    tagger cut before it is the body's own (its region, its city): one name."""
    lang = view.language
    if nxt.label != "LOC" or not lang.inflected or lang.head_final \
            or view.doc.text[org.end:nxt.start] != " " \
            or org.text.lower() in lang.cue_set("guest_noun"):
        return org  # («Делегация Таджикистана»: a delegation's noun names no body)
    first = token_span(view, nxt.start, nxt.end)
    if first is None or view.tokens[first[0]].feats.get("case") not in ("gent", "gen2"):
        return org
    text = view.doc.text[org.start:nxt.end]
    return NamedEntity(org.start, nxt.end, text, "ORG", f"{org.normal} {nxt.text}")


def _people_entities(view: DocView) -> dict[int, list[tuple[int, NamedEntity, tuple[int, int]]]]:
    """The PER and ORG entities with their token span, by the sentence of their first
    token, each with its index in the document's list (memoised on the view: every
    event asks about the entities of its sentences)."""
    key = ("people_entities",)
    if key not in view.memo:
        out: dict[int, list[tuple[int, NamedEntity, tuple[int, int]]]] = {}
        entities = view.doc.entities
        for index, ent in enumerate(entities):
            if ent.label not in ("PER", "ORG"):
                continue
            if ent.label == "ORG" and index + 1 < len(entities):
                ent = _with_its_place(view, ent, entities[index + 1])
            span = token_span(view, ent.start, ent.end)
            if span is not None:
                out.setdefault(view.token_sent[span[0]], []).append((index, ent, span))
        view.memo[key] = out
    return view.memo[key]


def collect(view: DocView, sents: list[int], skip: list[tuple[int, int]],
            default_role: str, owner=None, outside: Spans | None = None,
            event_name: str | None = None) -> list[Participant]:
    """Participants named in sentences ``sents``; character spans in ``skip`` (the
    event's trigger words, venues), in ``outside`` (places: the same for every event)
    and inside any occurrence of the event's own name in the text are not
    participants."""
    found: list[tuple[int, Participant]] = []
    named: set[int] = set()  # starts of entities the analyser found (not list fragments)
    own_name = event_name or ""
    sents = [s for s in sents if not _at_briefing(view, s)]
    sents = [s for s in sents if s == sents[0] or not _earlier_occasion(view, s)]
    wanted = set(sents)
    # at an exhibition, a named artist is the creator of what is shown, not a performer
    # the author of what is performed (a composer, a poet) takes no part in a concert;
    # the author of what is shown at an exhibition does
    performing = default_role == "performer"
    # (where nobody performs — a forum, a presentation — those who «выступили» spoke)
    performer_role = "other" if default_role == "other" else (
        "performer" if performing else "guest")

    def skipped(start: int, end: int, group: bool = False) -> bool:
        """Inside the event's own name, a venue or a place: not a participant. (A place
        inside a name — «Астана Сазы» — does not make the name a place; nor does a
        ``group``'s quoted name — «Шымкент» оркестрі.)"""
        return any(s <= start and end <= e for s, e in skip) or \
            (not group and outside is not None and outside.hold(start, end)) or \
            (own_name != "" and _inside_occurrence(view.doc.text, own_name, start, end)
             and not troupes_quotes(view, start))

    named_groups = [(sent, _as_organizer(view, g)) for sent in sents
                    for g in _named_groups(view, sent) if not skipped(g[0], g[1])]
    # (a group performing in a part of a programme takes part in the programme too)
    groups = [g for sent, g in named_groups
              if (g[4] == "org" or g[3] == "organizer" or performing
                  or performer_verb(view, sent) is not None)
              and not _holds_another(view, g, skip)]

    def in_group(start: int, end: int) -> bool:
        """Overlapping a group's full name («оркестр … имени Турмаганбета»): the group
        (whichever event it takes part in) is the participant, not the name it holds or
        a tagger's cut of it."""
        return any(start < e and s < end for _sent, (s, e, *_) in named_groups)

    by_sent = _people_entities(view)
    # whom the page honours takes no part in any event of it; the authors of the works
    # only where something is performed (an exhibition's artists show their own works)
    honoured = _honoured_names(view, authored=performing)
    for _index, ent, span in sorted(item for sent in wanted for item in by_sent.get(sent, ())):
        if skipped(ent.start, ent.end, _quoted_group(view, ent, *span)) \
                or in_group(ent.start, ent.end) or _noun_and_quote(view, ent, span[0]):
            continue
        if honoured and _honoured_elsewhere(view, honoured, ent.text, *span):
            continue
        if in_quoted_speech(view, ent.start):
            continue
        if owner is not None and not owner(view.token_sent[span[0]], ent.start, ent.end):
            continue
        if ent.label == "PER" and sent_by(view, *span):
            continue  # "read out a greeting from President X": X sent it, X is not there
        if is_reported_by(view, ent, *span) or is_work(view, *span) \
                or (performing and ent.label == "PER" and is_titled_author(view, *span)) \
                or is_title_only(view, *span) or is_fragment(view, *span) \
                or (ent.label == "PER" and _owner_inside(view, *span)) \
                or ((ent.label == "PER" or ent.text.isupper())
                    and _governed_by_title(view, *span)) \
                or is_honoured(view, *span, authored=performing) \
                or ((ent.label == "PER" or view.language.head_final)
                    and is_namesake(view, *span)):
            continue  # (in Kazakh a body in the genitive owns the noun after it too:
            # «министрлігінің басшысы», not «басқармасының ұйымдастыруымен»)
        role, kind = role_near(view, *span, person=ent.label == "PER")
        if role is None and ent.label == "PER" and _owns_film(view, span[0]):
            role = "other"  # «премьера фильма Нурлана Санжара»: the film's director
        if role == "performer" and kind is None and not performing:
            role = "guest"  # «на форуме выступили …»: a speaker, where nobody performs
        elif role == "performer" and default_role == "other" \
                and performer_verb(view, view.token_sent[span[0]]) is None:
            role = "other"  # "paintings by the artist X": at an exhibition, the creator
        if ent.label == "ORG" and role is None and _members_of(view, span[0]) \
                and performer_verb(view, view.token_sent[span[0]]) is not None:
            role, kind = performer_role, "group"  # "students of the Conservatory performed"
        if ent.label == "ORG" and (_organises(view, span[1]) or holds(view, span[1], skip)):
            role, kind = "organizer", "org"
        elif ent.label == "ORG" and role != "performer" and _announces(view, span[1]):
            continue  # "The Ministry of Culture announced that a festival will be held":
            # a body that only announces the event is no organiser of it (events.md)
        if ent.label == "ORG" and view.language.speech_scoped:
            if _after_locative(view, span[0]):
                continue  # "opened at the National Museum of Fine Arts": where, not who
            if organizer_listed(view, span[0]):
                role, kind = "organizer", "org"
            elif role is None and (_affiliation(view, span[1]) or _office_of(view, *span)):
                continue
        if ent.label == "ORG" and role != "organizer" and _office_between(view, *span):
            continue  # «с генеральным директором ЮНЕСКО Одре Азуле»: whose office it is
        if in_title(view, *span) and (
                (ent.label == "PER" and not cued_title(view, *span))
                or quoted_work(view, span[0])):
            continue  # «Nurly Zhol», "Patterns of Wu Zhyan": the title of a work or a plan
        if ent.label == "PER" and single_quoted(view, *span):
            continue
        if ent.label == "PER" and default_role != "official" \
                and only_speaks(view, *span, performing=performing) \
                and (role is None or (role not in ("organizer", "performer")
                                      and not speaks_at_event(view, span[0], skip)
                                      and not _on_jury(view, *span))):
            continue
        is_person = ent.label == "PER" or (
            kind == "person" and view.language.speech_scoped and _bare_name(view, *span))
        if is_person:
            kind = _adjacent_kind(view, *span) or "person"
            role = role or default_role
            if role == "performer" and _attends(view, view.token_sent[span[0]], performing):
                role = default_role  # «Форумға ақын X қатысты»: attends, performs nothing
            if not view.language.head_final and _jury_member(view, span[0]):
                role = "other"  # "the jury, chaired by the poet X": judges, whatever office
            if role in ("performer", "official") and view.language.head_final \
                    and _on_jury(view, *span) \
                    and (performer_verb(view, view.token_sent[span[0]]) is None
                         or not _prize_before(view, span[0])):
                role = "other"  # «Қазылар алқасының төрағасы – халық әртісі X»: judges
                # (not «Қазылар шешімімен бас жүлдені X иеленді»: the jury's winner)
            elif role == "other" and view.language.head_final and _on_jury(view, *span) \
                    and _subject_of_performing(view, span[1]) and _prize_before(view, span[0]):
                role = "performer"  # «Қазылар шешімімен бас жүлдені X жеңіп алды»: the
                # jury word before is whose decision it was; X, the verb's subject, won
        elif (role is None and default_role != "official") or kind == "person":
            continue  # no word says what this organisation does here
        elif role is None:  # a side of a meeting: received, visited, talked with
            role, kind = "guest", "org"
        else:
            kind = kind if kind in ("group", "org") else "org"
        name = _base_name(view, ent)
        lead = lead_words(view, *span) if ent.label == "PER" else 0
        if lead:  # "Singer Aida Nurlanova", «Концертке Әсем Нұрланова»: the name follows
            name = " ".join(name.split(" ")[lead:])
            rest = view.tokens[span[0] + lead].start
            if outside is not None and outside.hold(rest, ent.end):
                continue  # «Аким Актобе»: the title's city, no name
        found.append((ent.start, Participant(name, as_kind(kind), as_role(role))))
        named.add(ent.start)
    for start, end, name, role, kind in groups:
        group_span = token_span(view, start, end)
        if group_span is not None and _organises(view, group_span[1]):
            found.append((start, Participant(name, "org", "organizer")))
            continue  # «Байқауды облыстық филармония ұйымдастырды»: the body organised it
        # (a theatre that organises is a body)
        found.append((start, Participant(name, "org" if role == "organizer" else kind, role)))
    for sent in sents:  # «облыстық мәдениет басқармасы ұйымдастырды»: a body with no name
        body = view.language.organising_body(view, sent)
        if body is not None and not in_group(view.tokens[body[0]].start,
                                             view.tokens[body[1]].end):
            found.append((view.tokens[body[0]].start,
                          Participant(view.span_text(*body), "org", "organizer")))
    for _, person in found:
        person.name = _DATELINE_HEAD.sub("", person.name)
    for sent in sents:
        for name, kind, first, last, cue_role in performer_list(view, sent):
            start = view.tokens[first].start
            if skipped(start, start + len(name)) or in_group(start, start + len(name)) \
                    or is_honoured(view, first, last, authored=performing) \
                    or (performing and is_titled_author(view, first, last)) \
                    or (kind == "person" and is_namesake(view, first, last)) \
                    or (name.isupper() and _governed_by_title(view, first, last)):
                continue
            if start not in named and (is_fragment(view, first, last)
                                       or single_quoted(view, first, last)):
                continue
            if honoured and _honoured_elsewhere(view, honoured, name, first, last):
                continue
            if in_quoted_speech(view, start):
                continue
            if kind == "person" and view.language.speech_scoped \
                    and only_speaks(view, first, last):
                continue  # "…, culture department head X told reporters": a source
            if view.language.head_final and _tagged_inside(view, first, last):
                continue  # the tagger's person there is read above, in its base form
            role = cue_role or (default_role if _attends(view, sent, performing)
                                else performer_role)
            found.append((start, Participant(name, as_kind(kind), as_role(role))))
        found.extend(_quoted_groups(view, sent, skipped))
    if view.language.speech_scoped or not view.language.head_final:
        found.extend(named_next(view, sents, owner))
    found.sort(key=lambda pair: pair[0])
    for _, person in found:  # a name wrapped over a line break is one name: one space
        person.name = " ".join(person.name.split())
        if person.name.count("«") > person.name.count("»"):
            # «Камерный оркестр «Камерата»: a tagger's span ends before the closing quote
            person.name += "»" * (person.name.count("«") - person.name.count("»"))
    return dedupe([p for _, p in found], canonical_names(view))


def _organises(view: DocView, last: int) -> bool:
    """Is a troupe's name ending at ``last`` the subject of a verb of organising right
    after it, in its clause («… филармониясы бірлесіп ұйымдастырды», "X organised")?
    Then the troupe's body organised the event, it did not perform at it. Not a name
    in the genitive, which owns what is organised («"X" ансамблінің концерті
    ұйымдастырылады») — unless what it owns is the organising itself, right after it
    («филармонияның ұйымдастыруымен» 'organised by the philharmonic')."""
    if view.language.subject_organises(view, last):
        return True  # «"Қазақконцерт" бірлестігі … концерт ұйымдастырады»: the verb ends
        # the clause, far from its subject
    rng = view.sent_tokens[view.token_sent[last]]
    index = role_index(view.lang)
    reach = last + 4
    if view.lowers[last].endswith(view.language.cue_words("genitive_ending") or ("\0",)):
        reach = last + 2
    for i in range(last + 1, min(rng.stop, reach)):
        if view.tokens[i].text in _STOPS:
            return False
        if any(role == "organizer" and kind == "-" and view.matches(i, cue)
               for cue, role, kind in view.candidates(i, index)):
            return True
    return False


#: How many words may stand between a body's name and the verb of holding it is the
#: subject of: a place ("in Ankara"), an auxiliary ("will", "has"), an adverb ("also").
HOLDS_REACH = 4


def holds(view: DocView, last: int, own: list[tuple[int, int]] | None = None) -> bool:
    """Is the body's name ending at ``last`` the subject of a verb of holding or
    presenting (``cues.tsv`` ``body_holds``: "the Embassy in Ankara held an event", "the
    Philharmonic will present a concert")? A body that holds an event organises it. Not
    a passive ("the museum was presented …") and only over a place, an auxiliary or an
    adverb; for a body only (a singer who holds a concert performs it). With ``own``,
    the event's own words, what is held must be one of them: "the ministry held a
    press conference about the Games" organises no Games."""
    verbs = view.language.cue_set("body_holds")
    if not verbs:
        return False
    rng = view.sent_tokens[view.token_sent[last]]
    i = last + 1
    while i < rng.stop and i - last <= HOLDS_REACH:
        tok = view.tokens[i]
        if view.key(i) in verbs and tok.pos == "VERB":
            return _event_word_after(view, i, rng, own)
        if tok.pos in ("AUX", "ADV", "PART") and view.key(i) != "be":
            i += 1
            continue
        if view.lowers[i] == "in" and i + 1 < rng.stop \
                and _place_spans(view).hold(view.tokens[i + 1].start, view.tokens[i + 1].end):
            i += 2
            continue
        return False
    return False


def _members_of(view: DocView, first: int) -> bool:
    """Does a plural noun of a body's people (``cues.tsv`` ``member_noun``: "students",
    "soloists", "pupils") and "of" stand right before the body's name at ``first``
    ("students of the Kazakh National Conservatory")? The body's people, a group,
    act for it."""
    nouns = view.language.cue_set("member_noun")
    i = first - 1
    rng = view.sent_tokens[view.token_sent[first]]
    if i >= rng.start and view.lowers[i] == "the":
        i -= 1
    return i - 1 >= rng.start and view.lowers[i] == "of" and view.lowers[i - 1] in nouns


def _holds_another(view: DocView, group: tuple[int, int, str, Any, Any],
                   own: list[tuple[int, int]]) -> bool:
    """Is ``group`` a body that only a verb of holding makes an organiser (no cue of
    organising before it, no list of organisers) and what it holds is not this event?"""
    if group[4] != "org" or group[3] != "organizer":
        return False
    span = token_span(view, group[0], group[1])
    if span is None:
        return False
    rng = view.sent_tokens[view.token_sent[span[0]]]
    if _organised_by(view, span[0], rng) or organizer_listed(view, span[0]):
        return False
    return holds(view, span[1]) and not holds(view, span[1], own)


def _event_word_after(view: DocView, verb: int, rng: range,
                      own: list[tuple[int, int]] | None = None) -> bool:
    """Does an event's word (a trigger: "a reception", "the concert"; one of the spans
    ``own`` when given) stand in the few words after the verb, before a clause ends?
    What a body holds must be an event, not a trial or a vote."""
    index = trigger_index(view.lang)
    for j in range(verb + 1, min(rng.stop, verb + 1 + HOLDS_OBJECT_REACH)):
        tok = view.tokens[j]
        if tok.text in _CLAUSE_ENDS or tok.text == ",":
            return False
        if own is not None:
            if any(s <= tok.start and tok.end <= e for s, e in own):
                return True
        elif any(view.matches(j, t.pattern[0]) for t in view.candidates(j, index)):
            return True
    return False


#: How many words may stand between a verb of holding and the event word it governs
#: ("held a solemn gala concert").
HOLDS_OBJECT_REACH = 5


#: How many words from the start of the next sentence its subject's name may begin
#: ("In her speech, Aida Balayeva noted …").
SUBJECT_REACH = 6


def named_next(view: DocView, sents: list[int], owner=None) -> list[tuple[int, Participant]]:
    """Coreference of a role noun to a name: "the opening was attended by the Minister
    of Culture of X. Aida Balayeva noted …" — a definite person's office ("the
    Minister …") that no name follows in an event's sentence, and a person named without
    a title at the start of the next sentence of the same paragraph (one no event of
    the page states), is that office holder, taking part in that role."""
    out: list[tuple[int, Participant]] = []
    wanted = set(sents)
    by_sent = view.memo.get(("mentions_by_sentence",), {})
    # «… открылась выставка. На открытии присутствовал аким области. Ербол Карашукеев
    # поздравил …»: the office may stand in the sentence right after the event's, one
    # that states no event of its own, in the same paragraph
    after = [s + 1 for s in sents if s + 1 not in wanted and s + 1 < len(view.sent_tokens)
             and not by_sent.get(s + 1) and _same_paragraph(view, s, s + 1)]
    for sent in [*sents, *after]:
        role = _unnamed_office(view, sent)
        nxt = sent + 1
        if role is None or nxt >= len(view.sent_tokens) or (
                nxt in wanted and view.memo.get(("mentions_by_sentence",), {}).get(nxt)):
            continue  # (a sentence of the event's that states none is told of it)
        if not _same_paragraph(view, sent, nxt):
            continue
        rng = view.sent_tokens[nxt]
        for ent in view.in_sentence("entities", nxt):
            span = token_span(view, ent.start, ent.end)
            if ent.label != "PER" or span is None:
                continue
            if span[0] - rng.start > SUBJECT_REACH:
                break
            if (owner is not None and not owner(nxt, ent.start, ent.end)) \
                    or role_near(view, *span, person=True)[0] is not None \
                    or in_quoted_speech(view, ent.start) or is_fragment(view, *span) \
                    or is_reported_by(view, ent, *span):
                break
            out.append((ent.start, Participant(_base_name(view, ent), "person", as_role(role))))
            break
    return out


def _owns_film(view: DocView, first: int) -> bool:
    """Is the name at ``first`` the owner a film word governs in an inflecting language
    («фильм Нурлана Санжара», «картины Ермека Турсунова»): the film's director, who takes
    part as a creator (role other), not a guest?"""
    before = first - 1
    return view.language.inflected and not view.language.head_final and before >= 0 \
        and view.token_sent[before] == view.token_sent[first] \
        and view.matches_any(before, view.language.cue_set("film_word"))


def _same_paragraph(view: DocView, a: int, b: int) -> bool:
    """Are sentences ``a`` and ``b`` (``a`` before ``b``) in one paragraph?"""
    sentences = view.doc.sentences
    return view.doc.text[sentences[a].end:sentences[b].start].count("\n") <= 1


def _one_office(view: DocView, i: int, rng: range) -> bool:
    """In a language without articles, is token ``i`` a singular office that one person
    holds — governing a body or a place in the genitive («аким области», «министр
    культуры»)? «депутаты и артисты» are many, «министр» alone anyone."""
    feats = view.tokens[i].feats
    nxt = i + 1
    # (the analyser may read «области» as a locative: its forms coincide)
    return feats.get("number") == "sing" and nxt < rng.stop \
        and view.tokens[nxt].feats.get("case") in ("gent", "gen2", "loct", "datv")


def _unnamed_office(view: DocView, sent: int) -> str | None:
    """The role of a definite person's office word in sentence ``sent`` ("the Minister
    of Culture", "the akim of the region") with no person named in the sentence — the
    office stands for someone the next sentence may name. Found once per sentence: every
    event of a sentence that lists many asks it."""
    key = ("unnamed_office", sent)
    if key not in view.memo:
        view.memo[key] = _find_unnamed_office(view, sent)
    return view.memo[key]


def _find_unnamed_office(view: DocView, sent: int) -> str | None:
    rng = view.sent_tokens[sent]
    if any(e.label == "PER" for e in view.in_sentence("entities", sent)):
        return None
    index = role_index(view.lang)
    articles = view.language.cue_set("article")
    for i in rng:
        if articles and (i == rng.start or view.lowers[i - 1] not in articles):
            continue
        if not articles and not _one_office(view, i, rng):
            continue
        for cue, role, kind in view.candidates(i, index):
            if kind == "person" and view.matches(i, cue) and view.lowers[i] == view.key(i) \
                    and role in ("official", "organizer", "guest"):
                return role
    return None


def _as_organizer(view: DocView, group: tuple[int, int, str, Any, Any]
                  ) -> tuple[int, int, str, Any, Any]:
    """A group named in a list that an organiser's cue opens ("organised by the
    Ministry of Culture, TURKSOY and the Manas National Theatre", where languages read
    the list: ``speech_scoped``) organises, whatever its noun says it does elsewhere."""
    span = token_span(view, group[0], group[1])
    if span is None or not view.language.speech_scoped or not organizer_listed(view, span[0]):
        return group
    return (group[0], group[1], group[2], as_role("organizer"), as_kind("org"))


def attends(view: DocView, sent: int) -> bool:
    """Is the verb of sentence ``sent``'s list one of attending (``attend_verb``:
    «қатысты»), which says those named came to the event the sentence names, whatever
    its kind («Ашылу салтанатына министр X қатысты»)?"""
    return _attends(view, sent, False)


def _attends(view: DocView, sent: int, performing: bool) -> bool:
    """Is the verb of sentence ``sent``'s list one of attending (``cues.tsv``
    ``attend_verb``: «қатысты»), at an event where nobody performs (a forum, a
    ceremony)? Those listed before it then attend as the event's default role does,
    not as performers."""
    if performing:
        return False
    verb = performer_verb(view, sent)
    return verb is not None and view.lowers[verb].startswith(
        view.language.cue_words("attend_verb") or ("\0",))


def _honoured_names(view: DocView, authored: bool = True) -> frozenset[str]:
    """The names the document honours or whose works it performs anywhere ("a concert
    in honour of Kurmangazy … Kurmangazy's kuis were played"): one person, one decision
    for the document, so a later bare mention of the honoured name is no performer
    either (see :func:`_honoured_elsewhere`). Without ``authored``, only those honoured
    ("an evening on the anniversary of the poet X"): at an exhibition or a forum an
    author may take part."""
    key = ("honoured_names", authored)
    memo = view.memo.get(key)
    if memo is not None:
        return memo
    out = set()
    for ent in view.doc.entities:
        if ent.label not in ("PER", "ORG"):
            continue
        span = token_span(view, ent.start, ent.end)
        if span is not None and (is_honoured(view, *span, authored=authored)
                                 or (authored and is_titled_author(view, *span))):
            out.add(name_key(ent.text))
    view.memo[key] = found = frozenset(out)
    return found


def _honoured_elsewhere(view: DocView, honoured: frozenset[str], name: str,
                        first: int, last: int) -> bool:
    """Is ``name`` one the document honours (see :func:`_honoured_names`), with no word
    of a person who performs ("singer X") beside it here?"""
    if not any(same_name(h, name) for h in honoured):
        return False
    role, kind = role_near(view, first, last, person=True)
    return not (role == "performer" and kind == "person")


#: How many words a quotation holds at least to be a speech, not a title: a name, a
#: work's or a programme's title is shorter ("Pearls of the Steppe").
SPEECH_WORDS = 8
_QUOTATION = re.compile(r'“[^“”\n]*(?:”|$)|«[^«»\n]*(?:»|$)|"[^"\n]*(?:"|$)', re.M)


def in_quoted_speech(view: DocView, start: int) -> bool:
    """Is the character ``start`` inside a quoted speech (a quotation of
    ``SPEECH_WORDS`` words or more, closed in its line or running to its end: '… said:
    "Abai is the pride of the whole Turkic world …"')? Whom a speaker names is what
    he speaks of, not someone the report shows taking part. Only where the language
    scopes speech (``speech_scoped``): elsewhere quotes hold long names of groups."""
    if not view.language.speech_scoped:
        return False
    spans = view.memo.get("speech_spans")
    if spans is None:
        spans = view.memo["speech_spans"] = Spans(
            [(m.start(), m.end()) for m in _QUOTATION.finditer(view.doc.text)
             if len(re.findall(r"\w+", m.group())) >= SPEECH_WORDS
             and (m.group()[-1] in '"”»' or _opens_speech(view.doc.text, m.start()))])
    return spans.hold(start, start)


def _opens_speech(text: str, start: int) -> bool:
    """Does the quote at ``start``, not closed in its line, open a speech (after a colon,
    or opening its paragraph: a quotation running over paragraphs) rather than a title
    whose closing quote a page left out?"""
    before = text[max(0, start - 3):start].rstrip(" ")
    return before == "" or before.endswith((":", "\n"))


#: How many words of a title may stand between a sender's phrase and the name.
SENDER_REACH = 8


def sent_by(view: DocView, first: int, last: int) -> bool:
    """Is the name ``first..last`` the sender of a message read or handed at the event
    (``cues.tsv`` ``sender``: "a greeting from President X", "on behalf of the Minister
    of Culture X", over the words of the title; ``send_verb`` right after the name: "X
    sent a greeting to the participants")? The sender is elsewhere; who reads the
    message takes part."""
    phrases = [tuple(p.split()) for p in view.language.cue_words("sender")]
    if not phrases:
        return False
    rng = view.sent_tokens[view.token_sent[first]]
    sends = view.language.cue_set("send_verb")
    if any(view.key(j) in sends for j in range(last + 1, min(rng.stop, last + 3))):
        return True
    i = first
    while i - 1 >= rng.start and first - i < SENDER_REACH and (
            view.tokens[i - 1].text[:1].isupper() or person_title(view, i - 1)
            or view.lowers[i - 1] in ("of", "the", "and")):
        if any(_phrase_ends_at(view, i - 1, p, rng) for p in phrases):
            return True
        i -= 1
    return any(_phrase_ends_at(view, i - 1, p, rng) for p in phrases)


def _phrase_ends_at(view: DocView, i: int, words: tuple[str, ...], rng: range) -> bool:
    """Do the lower-case ``words`` stand in the sentence ending at token ``i``?"""
    start = i - len(words) + 1
    return start >= rng.start and tuple(view.lowers[start:i + 1]) == words


#: How many words may open a sentence before the phrase of an earlier time ("But last
#: year, …", "Two years ago, …").
EARLIER_REACH = 3


def _earlier_occasion(view: DocView, sent: int) -> bool:
    """Does the sentence open with a phrase of an earlier time (``cues.tsv``
    ``earlier_time``: "Last year, the festival was opened by …", "Previously, …")? It
    tells a former occurrence of the event: who it names took part in that one, not in
    the one reported. (The event's first sentence is never asked: a page may report a
    past event.)"""
    phrases = view.language.cue_words("earlier_time")
    if not phrases:
        return False
    rng = view.sent_tokens[sent]
    for i in range(rng.start, min(rng.stop, rng.start + EARLIER_REACH)):
        for phrase in phrases:
            words = tuple(phrase.split())
            end = i + len(words)
            if end <= rng.stop and tuple(view.lowers[i:end]) == words:
                return True
    return False


def _at_briefing(view: DocView, sent: int) -> bool:
    """Is the sentence about the briefing that announced the event (see
    :meth:`~sahna.langs.base.Language.reporting_occasion`)? Asked once per sentence."""
    key = ("briefing", sent)
    if key not in view.memo:
        view.memo[key] = view.language.reporting_occasion(view, sent)
    return view.memo[key]


def _quoted_group(view: DocView, ent: NamedEntity, first: int, last: int) -> bool:
    """An organisation's name that fills its quotes, with a group's or a body's word
    beside them («"Шымкент" эстрадалық оркестрі», "the «Almaty» band")."""
    return ent.label == "ORG" and _between_quotes(view, first, last) \
        and cued_title(view, first, last)


def _between_quotes(view: DocView, first: int, last: int) -> bool:
    """Are tokens ``first``..``last`` all the text between a pair of quotes of their
    sentence?"""
    rng = view.sent_tokens[view.token_sent[first]]
    return first - 1 >= rng.start and last + 1 < rng.stop \
        and view.tokens[first - 1].text in OPEN_QUOTES \
        and view.tokens[last + 1].text in CLOSE_QUOTES


def _noun_and_quote(view: DocView, ent: NamedEntity, first: int) -> bool:
    """A tagger's organisation that is a troupe's noun and its opening quote («Ансамбль
    «Жулдыз»»): the quoted group rule reads that group, by the name in the quotes."""
    return ent.label == "ORG" and first + 1 < len(view.tokens) \
        and view.tokens[first + 1].text in OPEN_QUOTES \
        and role_cues(view.lang).get(view.key(first), ("", ""))[1] == "group"


def _base_name(view: DocView, ent: NamedEntity) -> str:
    """The entity's name in its base form: the language's normal form, except for a
    person listed among names that stand as written (:func:`_listed_as_written`)."""
    if ent.label == "ORG" and _fills_quotes(view, ent):
        return ent.text  # «Нурлы жол»: a quoted name is written as its owners write it
    name = view.language.participant_name(ent)
    # (a head-final language inflects a list on its last item only: «А, Б және В-ның»)
    if ent.label == "PER" and name != ent.text and not view.language.head_final \
            and (_listed_as_written(view, ent) or _after_nominative_title(view, ent)):
        return ent.text
    return name


def _fills_quotes(view: DocView, ent: NamedEntity) -> bool:
    """Is the entity all the text between a pair of quotes?"""
    span = token_span(view, ent.start, ent.end)
    return span is not None and _between_quotes(view, *span)


def _after_nominative_title(view: DocView, ent: NamedEntity) -> bool:
    """«директор галереи Нодира Каримова»: a name in apposition to a title stands in the
    title's case; after a title in the nominative (over its genitive complements) the
    name is written in its base form, whatever a normaliser reads into its ending."""
    span = token_span(view, ent.start, ent.end)
    if span is None:
        return False
    rng = view.sent_tokens[view.token_sent[span[0]]]
    i = span[0] - 1
    while i >= rng.start and view.tokens[i].feats.get("case") == "gent":
        i -= 1
    # «певица из Узбекистана Малика Юсупова»: where she comes from stands between
    if i - 1 >= rng.start and view.lowers[i] in view.language.cue_set("source") \
            and view.tokens[i + 1].feats.get("case") == "gent":
        i -= 1
    if i < rng.start or view.tokens[i].feats.get("case") != "nomn":
        return False
    if view.matches_any(i, view.language.cue_set("position")):
        return True
    if view.matches_any(i, view.language.cue_set("authored")):
        return False  # «произведения Урала Тансыкбаева»: whose works, in the genitive
    return person_title(view, i)


def _listed_as_written(view: DocView, ent: NamedEntity) -> bool:
    """Is the person one item of a list whose neighbouring names stand as written, in
    their base form («Максат Аханов, Жансая Мусина, Мухамед Конкаев»)? Then this item is
    in that case too, whatever a normaliser makes of an unknown name ending like an
    oblique case («Жансай Мусин»): the items of a list share one case."""
    people = [e for e in view.in_sentence("entities", view.sentence_at(ent.start))
              if e.label == "PER"]
    k = next((j for j, e in enumerate(people) if e.start == ent.start), None)
    if k is None:
        return False
    joiners = {",", *view.language.cue_words("list_joiner"), "and", "и"}
    neighbours = []
    if k > 0 and view.doc.text[people[k - 1].end:ent.start].strip() in joiners:
        neighbours.append(people[k - 1])
    if k + 1 < len(people) and view.doc.text[ent.end:people[k + 1].start].strip() in joiners:
        neighbours.append(people[k + 1])
    # (as the language reads them: «Камшат Жолдыбаевой» is no base form a tagger left)
    return bool(neighbours) and all(
        n.normal == n.text and view.language.participant_name(n) == n.text
        for n in neighbours)


#: An agency dateline glued before a name at a paragraph's start ("ASTANA – Astana Opera").
_DATELINE_HEAD = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,}(?:[ ,.]+[A-Z0-9][\w.]*)*"
                            r"\s+[–—-]\s+(?=\S)")


#: A dateline up to the bracket of its agency ("TASHKENT, June 12 (", "BISHKEK (").
_DATELINE_AGENCY = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,}[^()–—]*\($")


def _dateline_agency(view: DocView, first: int, last: int) -> bool:
    """"TASHKENT, June 12 (UzDaily) –": the agency in a dateline's brackets filed the
    report; it names no one who takes part."""
    toks = view.tokens
    start = view.doc.sentences[view.token_sent[first]].start
    if not _DATELINE_AGENCY.match(view.doc.text[start:toks[first].start]):
        return False
    return view.doc.text[toks[last].end:toks[last].end + 3].lstrip()[:1] == ")"


def _named_groups(view: DocView, sent: int) -> list[tuple[int, int, str, Any, Any]]:
    """Groups named by their full name around a group noun in sentence ``sent``
    (see :meth:`~sahna.langs.base.Language.group_phrase`), and bodies so named after an
    organiser's cue, as (start, end, name, role, kind), character offsets; the sentence
    is read once, whatever number of events ask."""
    key = ("named_groups", sent)
    if key in view.memo:
        return view.memo[key]
    out: list[tuple[int, int, str, Any, Any]] = []
    rng = view.sent_tokens[sent]
    index = role_index(view.lang)
    lower_groups = view.language.cue_set("lower_group_noun")  # read once, not per token
    last_end = -1
    for i in rng:
        if view.tokens[i].start < last_end:
            continue
        role, kind = next(((role, kind) for cue, role, kind in view.candidates(i, index)
                           if (kind == "group" or (kind == "org" and _organised_by(view, i, rng)
                                                   and view.tokens[i].text.islower()))
                           and view.matches(i, cue)), (None, None))
        if kind == "org":
            role = "organizer"
        elif role is None and _untagged_body(view, i):
            role, kind = "organizer", "org"  # checked below: the subject of holding
        found = view.language.group_phrase(view, i, rng) if role else None
        if role is None and view.tokens[i].text in lower_groups:
            role, kind = "performer", "group"  # "the Turan group" ("Kazakhmys Group": a firm)
        if found is None and role and view.language.name_before_group_noun:
            found = _name_before_group_noun(view, i, rng)
        if found is None:
            continue
        name, first, last = found
        if kind == "org" and not _organised_by(view, i, rng) and not holds(view, last):
            continue  # a body no cue says organises
        whole = _venue_head_after(view, last, rng)  # "Opera Theatre", "Opera and Ballet Theatre"
        if _venue_after_locative(view, first, whole) or _owns_a_venue(view, last, rng) \
                or (view.language.speech_scoped and _after_locative(view, first)):
            continue  # "on the stage of the Opera Theatre", "at the Astana Opera": where
        start, end = view.tokens[first].start, view.tokens[last].end
        out.append((start, end, name, as_role(role), as_kind(kind)))
        last_end = end
    view.memo[key] = out
    return out


def _untagged_body(view: DocView, i: int) -> bool:
    """Is token ``i`` the head noun of a body (a ``roles.tsv`` cue of kind org:
    "Embassy", "akimat", "Ministry") that no entity of the tagger covers? Such a body
    is named by its phrase ("the Embassy of Kazakhstan in Tokyo") and organises when
    it is the subject of holding (:func:`holds`)."""
    if not any(kind == "org" and view.matches(i, cue)
               for cue, _role, kind in view.candidates(i, role_index(view.lang))):
        return False
    tok = view.tokens[i]
    return not any(e.start <= tok.start and tok.end <= e.end and e.label in ("ORG", "PER")
                   for e in view.in_sentence("entities", view.token_sent[i]))


def _organised_by(view: DocView, i: int, rng: range) -> bool:
    """Does an organiser's cue word («организатор», «при поддержке», "organised by")
    stand before token ``i`` in its sentence? A body's noun phrase after one
    («Организаторами выступили управление культуры Туркестанской области и …») names an
    organiser even without an entity's capitals at its head (a capitalised body is the
    tagger's)."""
    index = role_index(view.lang)
    return any(role == "organizer" and kind == "-" and view.matches(j, cue)
               for j in range(rng.start, i) for cue, role, kind in view.candidates(j, index))


#: How many words may join a group noun to the venue head that closes the same name
#: ("Opera and Ballet Theatre").
VENUE_HEAD_REACH = 3


def _venue_head_after(view: DocView, last: int, rng: range) -> int:
    """The venue head that closes the name a group noun at ``last`` begins ("Opera
    Theatre", "Opera and Ballet Theatre": a house, not its troupe) — over capitalised
    words and "and" — else ``last``."""
    heads = venue_heads(view.lang)
    for j in range(last + 1, min(rng.stop, last + 1 + VENUE_HEAD_REACH)):
        tok = view.tokens[j]
        if not (tok.text[:1].isupper() or view.lowers[j] in ("and", "&")):
            break
        if tok.text[:1].isupper() and view.key(j) in heads:
            return j
    return last


def _name_before_group_noun(view: DocView, head: int, rng: range
                            ) -> tuple[str, int, int] | None:
    """"the Sazgen ensemble", "the Belukha Jam band": the capitalised words right before
    a lower-case group noun name the group (its name without the noun, as the group
    calls itself). Not a sentence's first word, a nationality or a place ("the Kazakh
    ensemble", "the Atyrau choir": whose, not which), nor a possessive ("Astana's band")."""
    toks = view.tokens
    if not toks[head].text.islower():
        return None
    # "the Turan folk group", "the Aray dance ensemble": genre words between name and noun
    genres = view.language.cue_set("group_genre")
    end = head
    while end - 1 > rng.start and head - end < 2 and view.lowers[end - 1] in genres \
            and toks[end - 1].text.islower():
        end -= 1
    first = end
    while first - 1 > rng.start and end - first < 3:
        if toks[first - 1].text[:1].isupper() and toks[first - 1].pos in ("PROPN", "NOUN", "X"):
            first -= 1
        elif first < end and _joined_hyphen(view, first - 1):
            first -= 2  # "the Dos-Mukasan group": one hyphenated name
        else:
            break
    if first == end:
        return None
    before = toks[first - 1]
    if before.text.lower() not in ("the", "a", "an") and before.pos != "ADJ":
        return None  # "… Nurlanova ensemble": no article, not surely one name
    places = _place_spans(view)
    if any(places.hold(toks[k].start, toks[k].end) for k in range(first, end)):
        return None
    if any(toks[k].text[1:].isupper() and len(toks[k].text) > 1 for k in range(first, end)):
        return None  # "the TURKSOY ensemble": an organisation's, the group of a body
    return view.span_text(first, end - 1), first, end - 1


def _joined_hyphen(view: DocView, i: int) -> bool:
    """Is token ``i`` a hyphen written without spaces between two capitalised words
    ("Dos-Mukasan", "Ala-Too")?"""
    toks = view.tokens
    return 0 < i < len(toks) - 1 and toks[i].text in ("-", "‑") \
        and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start \
        and toks[i - 1].text[:1].isupper() and toks[i + 1].text[:1].isupper()


def _place_spans(view: DocView) -> Spans:
    """The places and countries of the document, asked once per document."""
    memo = view.memo.get("place_spans")
    if memo is None:
        memo = view.memo["place_spans"] = Spans(
            [(p.start, p.end) for p in view.doc.places]
            + [(r.start, r.end) for r in view.doc.country_refs])
    return memo


def _owns_a_venue(view: DocView, last: int, rng: range) -> bool:
    """«Үлкен театрдың сахнасында»: in a head-final language a group's word in the
    genitive before a venue's word names where, not who."""
    if not view.language.head_final or last + 1 >= rng.stop \
            or not view.lowers[last].endswith(view.language.cue_words("genitive_ending")):
        return False
    return any(view.lowers[last + 1].startswith(h) for h in venue_heads(view.lang))


def _quoted_groups(view: DocView, sent: int, skipped) -> list[tuple[int, Participant]]:
    """Groups named in quotes after a group cue word («ансамбль «Сазген»»), those not
    ``skipped``; the sentence is read once, whatever number of events ask."""
    key = ("quoted_groups", sent)
    if key not in view.memo:
        view.memo[key] = _sentence_quoted_groups(view, sent)
    return [(start, Participant(name, "group", role))
            for start, name, role in view.memo[key] if not skipped(start, start + len(name))]


def _sentence_quoted_groups(view: DocView, sent: int) -> list[tuple[int, str, Any]]:
    out = []
    rng = view.sent_tokens[sent]
    cues = role_cues(view.lang)
    for i in rng:
        cue = cues.get(view.key(i)) if not view.stems else None
        if not cue or cue[1] != "group":
            continue
        before = _quoted_before(view, i, rng)
        if before is not None:  # 'the "Sogdiana" ensemble': a name before its noun
            out.append((view.tokens[before[0]].start, view.span_text(*before), as_role(cue[0])))
            continue
        for j in range(i + 1, min(i + 5, rng.stop)):
            if not view.language.inflected and view.tokens[j].pos in ("VERB", "AUX"):
                break  # "the company will perform «Giselle»": the verb's object, a work
            if view.tokens[j].text in OPEN_QUOTES:
                close = next((k for k in range(j + 1, min(j + 10, rng.stop))
                              if view.tokens[k].text in CLOSE_QUOTES), None)
                if close and close > j + 1 and not (
                        view.language.speech_scoped and quoted_work(view, j + 1)):
                    # ("the company performed Tchaikovsky's «Swan Lake»": a work)
                    start = view.tokens[j + 1].start
                    name = view.span_text(j + 1, close - 1)
                    out.append((start, name, as_role(cue[0])))
                break
    return out


#: The most tokens of a quoted group name before its group noun.
QUOTED_NAME_BEFORE = 8


def _quoted_before(view: DocView, head: int, rng: range) -> tuple[int, int] | None:
    """The first and last token of a quoted name right before a group's noun, where the
    language puts a name before its noun ('the "Sogdiana" ensemble', 'the "Turan"
    band'); None when no quotes close right before it."""
    close = head - 1
    if not view.language.name_before_group_noun or close - 1 <= rng.start \
            or view.tokens[close].text not in CLOSE_QUOTES:
        return None
    for k in range(close - 1, max(rng.start, close - QUOTED_NAME_BEFORE) - 1, -1):
        if view.tokens[k].text in OPEN_QUOTES:
            if k < close - 1 and view.closing_quote(k, rng.stop) == close:
                return k + 1, close - 1
            return None
    return None


def dedupe(people: list[Participant],
           canonical: dict[str, str] | None = None) -> list[Participant]:
    """One entry per participant: the same person under an inflected form, with initials
    or inside a longer name («А. Алимбаевым», «Абдикарима Алимбаева», «Абдикарим
    Алимбаев») is one entry, named by the document's fullest nominative form; a role
    read from a cue word beats a default one."""
    out: list[Participant] = []
    by_start: dict[str, list[Participant]] = {}  # see canonical_names: who can be one

    def starts(name: str) -> set[str]:
        return {w[:4] for w in _words(name) if len(w) > 2}

    for person in people:
        if canonical:
            person.name = canonical.get(name_key(person.name), person.name)
        near = dict.fromkeys(id(p) for w in starts(person.name) for p in by_start.get(w, ()))
        same = next((p for p in out if id(p) in near and same_name(p.name, person.name)), None)
        if same is None:
            out.append(person)
            for w in starts(person.name):
                by_start.setdefault(w, []).append(person)
            continue
        if len(person.name) > len(same.name) and not (
                canonical and name_key(same.name) in canonical.values()):
            same.name = person.name
        if same.role in ("other", "guest") and person.role not in ("other", "guest"):
            same.role, same.kind = person.role, person.kind
        elif same.kind == "person" and person.kind == "group":  # a cue word said so
            same.kind = person.kind
    return out




_NAME_BREAK = re.compile(r"[\s.«»\"“”„]+")


@lru_cache(maxsize=100_000)
def _words(name: str) -> tuple[str, ...]:
    """The case-folded words of a name (remembered: a document's names are compared
    with each other many times)."""
    return tuple(w for w in _NAME_BREAK.split(name.casefold().replace("ё", "е")) if w)


def name_key(name: str) -> str:
    """Case-folded, «ё» as «е», punctuation gone: the look-up key of a name."""
    return " ".join(_words(name))


def _same_word(a: str, b: str) -> bool:
    """Two forms of one name word: equal, or differing only in an inflectional ending
    (Russian «Алимбаевым»/«Алимбаев», Kazakh «Балаеваның»/«Балаева») — a common stem
    of all but the last three letters of the shorter, and at least four letters."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) > 4:
        return False
    stem = max(4, len(short) - 2 if len(short) < 7 else len(short) - 3)
    return len(short) >= 4 and long_[:stem] == short[:stem]


@lru_cache(maxsize=100_000)
def same_name(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` name the same person or group? Every full word of the shorter
    is a form of a word of the longer (an initial matches a word's first letter), and
    at least one full word does. (Remembered per pair: a page that lists the same
    people again and again asks the same question each time.)"""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if name_key(a) in name_key(b) or name_key(b) in name_key(a):
        return True
    return _covered(wa, wb) or _covered(wb, wa)


def _covered(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Is every word of ``short`` a form or an initial of a word of ``long_``, with
    one full word at least?"""
    if len(short) > len(long_) or not any(len(w) > 2 for w in short):
        return False
    for w in short:
        if len(w) <= 2:  # an initial
            if not any(x[0] == w[0] for x in long_):
                return False
        elif not any(_same_word(w, x) for x in long_):
            return False
    return True


def canonical_names(view: DocView) -> dict[str, str]:
    """One name per person in the document: each person entity's forms (keyed by
    :func:`name_key`) mapped to the fullest nominative form the analyser gave for the
    same person — full first names over initials, more words over fewer."""
    memo = view.memo.get("canonical_names")
    if memo is not None:
        return memo
    forms: list[str] = []
    for ent in view.doc.entities:
        if ent.label == "PER":
            forms.append(_base_name(view, ent))
            forms.append(ent.text)

    def rank(name: str) -> tuple[int, int, int]:
        words = _words(name)
        return (sum(len(w) > 2 for w in words), -sum(len(w) <= 2 for w in words),
                int(name[:1].isupper()))

    out: dict[str, str] = {}
    normals = list(dict.fromkeys(_base_name(view, e)
                                 for e in view.doc.entities if e.label == "PER"))
    # Two names can be one person only if a full word of each starts alike (see
    # _same_word: four letters at least), so each form is compared with the names that
    # share a word's first four letters, not with every name of the document.
    by_start: dict[str, list[str]] = {}
    for n in normals:
        for w in {w[:4] for w in _words(n) if len(w) > 2}:
            by_start.setdefault(w, []).append(n)
    for form in dict.fromkeys(forms):
        near = dict.fromkeys(n for w in {w[:4] for w in _words(form) if len(w) > 2}
                             for n in by_start.get(w, ()))
        peers = [n for n in near if same_name(n, form) and len(_words(n)) >= len(_words(form))]
        if peers:
            best = max(peers, key=rank)
            if best != form and not _feminine_of(form, best):
                out[name_key(form)] = best
    _patronymic_to_surname(view, normals, out)
    view.memo["canonical_names"] = out
    return out


def _patronymic_to_surname(view: DocView, normals: list[str], out: dict[str, str]) -> None:
    """Where names may end in a patronymic instead of a surname (``cues.tsv``
    ``patronymic_ending``: Kazakh «Ералы Лұқпанұлы» beside «Ералы Тоғжанов»), a given
    name and a patronymic are the person the document names with the same given name and
    a surname — when it names one such person only, and never the two in one sentence
    («Айбек Сәкенұлы мен Айбек Маратов» are two). The surname form is the name kept."""
    endings = view.language.cue_words("patronymic_ending")
    if not endings:
        return
    pairs = [n for n in normals if len(_words(n)) == 2]
    sents: dict[str, set[int]] = {}
    for ent in view.doc.entities:
        if ent.label == "PER":
            sents.setdefault(_base_name(view, ent), set()).add(view.sentence_at(ent.start))
    for name in pairs:
        given, last = _words(name)
        if not last.endswith(endings):
            continue
        partners = [n for n in pairs if _same_word(_words(n)[0], given)
                    and not _words(n)[1].endswith(endings)]
        if len({name_key(n) for n in partners}) != 1 \
                or sents.get(name, set()) & sents.get(partners[0], set()):
            continue
        target = out.get(name_key(partners[0]), partners[0])
        for key, value in list(out.items()):
            if value == name:
                out[key] = target
        out[name_key(name)] = target


def lead_words(view: DocView, first: int, last: int) -> int:
    """How many capitalised words at the start of a person's name are not part of it: a
    role word, an event word or a pronoun that opens the sentence ("Singer Aida
    Nurlanova", «Концертке Әсем Нұрланова», «Оған Ерлан Серіков»). A name keeps at least
    one word."""
    count = 0
    for i in range(first, last):
        if view.tokens[i].text[1:].isupper():
            break  # an abbreviation is part of the name
        person_cue = any(view.matches(i, cue) and kind == "person"
                         for cue, _role, kind in view.candidates(i, role_index(view.lang)))
        event_word = any(view.matches(i, t.pattern[0])
                         for t in view.candidates(i, trigger_index(view.lang))
                         if not _given_name(view, i, t.pattern[0]))
        pronoun = view.lowers[i] in view.language.cue_set("pronoun")  # «Оған Түркістан …»
        address = view.lowers[i].rstrip(".") in view.language.cue_set("title_word")  # "Rep."
        # "Deputy Prime Minister X", "Assistant Director-General X": a title's modifiers
        modifier = view.lowers[i] in view.language.cue_set("title_modifier")
        if not (person_cue or event_word or pronoun or address or modifier):
            break
        count += 1
    return count


def _given_name(view: DocView, i: int, stem: str) -> bool:
    """In Kazakh an event noun as written, inside a sentence, before a capitalised word is
    a given name («Мереке Құлкенов», «Мейрам Айтмағамбетов»): the word that opens a
    sentence before a name is inflected («Концертке Әсем Нұрланова») or first."""
    return view.language.head_final and view.lowers[i] == stem.rstrip("=") \
        and i != view.sent_tokens[view.token_sent[i]].start


def _feminine_of(form: str, normal: str) -> bool:
    """«Айгуль Маратова» put into the nominative as «Айгуль Маратов»: the analyser took a
    woman's surname for a man's genitive. The first words agree and only the surname
    lost its «а»: the written form is the nominative already."""
    a, b = form.split(" "), normal.split(" ")
    return len(a) == len(b) > 1 and a[:-1] == b[:-1] and a[-1] == b[-1] + "а"


def is_fragment(view: DocView, first: int, last: int) -> bool:
    """No name at all: one word that is an adjective, a numeral, a month or a common
    word at the start of a sentence («Шымкентский», «Четыре», «Мемлекет»); a name that
    ends in a function word ("International Forum on") or a dash, or opens with a
    preposition ("On Monday"); a place named after
    a locative preposition ("on Abai Square", «в Большом театре»)."""
    toks = view.tokens
    text = view.span_text(first, last)
    if not any(ch.isalpha() for ch in text) or text.rstrip()[-1:] in "-–—":
        return True
    if first == last and view.matches_any(first, view.language.cue_set("guest_noun")):
        return True  # «Делегация … посетила»: the noun of a delegation, no name
    if toks[last].pos in ("ADP", "CCONJ", "DET", "PREP", "CONJ") \
            or view.lowers[last] in view.language.cue_words("latin_joiner"):
        return True
    if first < last and toks[first].pos in ("ADP", "PREP"):
        return True  # "On Monday" after a dateline: no name opens with a preposition
    if _dateline_agency(view, first, last):
        return True
    if first < last and toks[first].pos == "DET" \
            and view.lowers[first] in view.language.cue_set("article"):
        return is_fragment(view, first + 1, last)  # "the Kazakh": what the article leaves
    if first < last and view.language.speech_scoped and _closed_by_nationality(view, first, last):
        return True  # "Contemporary Kazakh": an adjective and a nationality, no one named
    if first < last and _opens_event_phrase(view, first, last):
        return True  # "Independence Day" (of "Independence Day celebration"): an occasion
    if first < last and _ends_in_event_word(view, last):
        return True  # "Amsterdam Light Festival", "the Davis Cup": an event's name
    if not view.language.head_final and _event_noun_after(view, last) \
            and not _tagged_person(view, first):
        return True  # "the Steppe Sounds (folk) festival": the event's name before its
        # noun (a person's is the performer's: "the Dimash concert")
    if view.matches_any(last, view.language.cue_set("world_region")):
        return True  # «чемпионат Азии», "Central Asia": a part of the world
    awards = view.language.cue_set("award_word")
    if awards and any(view.lowers[i] in awards for i in range(first, last + 1)):
        return True  # "the Grand Prix": a prize, not its winner
    if first == last:
        tok = toks[first]
        if _short_of_named(view, first):
            return False
        if any(r.start <= tok.start and tok.end <= r.end
               for r in view.in_sentence("country_refs", view.token_sent[first])):
            return True  # "Kazakh", "Uzbekistan": a country or a nationality, no one named
        if tok.pos in ("ADJF", "ADJS", "ADJ", "NUMR", "NUM", "PRTF", "AUX", "PRON", "DET",
                       "ADV", "SCONJ") or tok.text[:1].isdigit():
            return True
        if view.lowers[first] in _month_words(view.lang) or _names_an_event(view, first) \
                or view.lowers[first] in view.language.cue_set("weekday"):
            return True
        if view.key(first) in venue_heads(view.lang) \
                and view.key(first) not in view.language.cue_set("troupe"):
            return True  # «артисты Дома культуры»: a building's noun, not a name
        if first + 1 < len(toks) and view.lowers[first + 1].startswith(_region_words()):
            return True  # a region's name («Түркістан облысы»), not someone taking part
        if any(view.lowers[first].endswith(e) and len(view.lowers[first]) > len(e) + 2
               for e in view.language.cue_words("adjective_ending")):
            return True  # «Ұлттық», «Облыстық»: an adjective capitalised inside a name
        rng = view.sent_tokens[view.token_sent[first]]
        if view.stems and first == rng.start and tok.text[1:].islower() \
                and not any(e.start == tok.start and e.label == "PER" for e in view.doc.entities):
            return True
    return _venue_after_locative(view, first, last) or _attribute_of_a_noun(view, first, last) \
        or _site_name(view, first, last)


def _site_name(view: DocView, first: int, last: int) -> bool:
    """A place, not someone taking part: a name opened or closed by a word of a natural
    or built site ("Lake Issyk-Kul", "the Khoja Ahmed Yasawi Mausoleum"; the language's
    ``site_word`` cues), a name a lower-case venue noun follows ("the Arman and Kinopark
    cinemas"), or a lone name right after a locative preposition ("festivities in
    Icherisheher", "at Kinopark"; not a possessor: "in Abai's honour"). A person's or a
    group's name is none of these; a tagger takes them for one."""
    sites = view.language.cue_set("site_word")
    if not sites:
        return False
    if any(view.lowers[i] in sites or view.key(i) in sites for i in (first, last)):
        return True
    rng = view.sent_tokens[view.token_sent[first]]
    nxt = last + 1
    if nxt < rng.stop and view.tokens[nxt].text.islower() \
            and view.matches_any(nxt, venue_heads(view.lang)):
        return True
    return first == last and first - 1 >= rng.start \
        and view.lowers[first - 1] in view.language.cue_set("locative") \
        and not (nxt < rng.stop and view.tokens[nxt].text in ("'s", "’s", "'", "’"))


def _event_noun_after(view: DocView, last: int) -> bool:
    """Does an event's noun follow token ``last``, right after it or over up to two
    lower-case modifiers ("… folk festival", "… folk music festival")?"""
    toks = view.tokens
    for j in range(last + 1, min(len(toks), last + 4)):
        if not toks[j].text.islower() or toks[j].pos not in ("NOUN", "ADJ"):
            return False
        if toks[j].pos == "NOUN" and _names_an_event(view, j):
            return True
    return False


def _owner_inside(view: DocView, first: int, last: int) -> bool:
    """A head-final language puts the case of a name on its last word only: a word in the
    genitive before the last one owns what follows and is no part of a person's name
    («Қырғыз Республикасының Мәдениет … министрі»: the tagger's «Республикасының
    Мәдениет» is a body's words)."""
    if not view.language.head_final:
        return False
    genitive = view.language.cue_words("genitive_ending")
    return any(view.lowers[i].endswith(genitive) for i in range(first, last))


def _closed_by_nationality(view: DocView, first: int, last: int) -> bool:
    """Does a name end in a country or nationality word with no word of a body, a group,
    a venue or a role before it ("Contemporary Kazakh", not "Embassy of Kazakhstan" or
    "the State Orchestra of Kazakhstan")? In English a person's or a body's name is
    not closed so."""
    sent = view.token_sent[last]
    tok = view.tokens[last]
    if not any(r.start <= tok.start and tok.end <= r.end
               for r in view.in_sentence("country_refs", sent)):
        return False
    words = _body_words(view.lang) | venue_heads(view.lang) | view.language.cue_set("troupe")
    index = role_index(view.lang)
    return not any(view.lowers[i] in words or view.keys[i] in words
                   or any(view.matches(i, cue) for cue, _r, _k in view.candidates(i, index))
                   for i in range(first, last))


def _opens_event_phrase(view: DocView, first: int, last: int) -> bool:
    """Are the span's words, all of them, the first words of a longer event phrase of the
    lexicon ("Independence Day" of "independence day celebration")? A tagger's person
    or group so written is the event's occasion, not anyone taking part."""
    size = last - first + 1
    return any(len(t.pattern) > size
               and all(view.matches(first + k, t.pattern[k]) for k in range(size))
               for t in view.candidates(first, trigger_index(view.lang)))


def _ends_in_event_word(view: DocView, last: int) -> bool:
    """A name closed by a word that alone names a kind of event ("… Light Festival", "…
    Davis Cup", "… Forum") names that event; a name closed by a word of a group or a body
    ("Astana Opera", "… Congress of …" bodies) is one's, whatever else the word means."""
    if view.tokens[last].text[1:].isupper():
        return False  # an acronym
    if view.language.head_final and last + 1 < len(view.tokens) \
            and view.tokens[last + 1].text in CLOSE_QUOTES:
        rng = view.sent_tokens[view.token_sent[last]]
        if group_head(view, _phrase_side(view, last + 2, 1, rng)[:3]):
            return False  # «"Астана Опера" театрының труппасы»: the group's own name
    index = role_index(view.lang)
    if any(kind in ("group", "org") and view.matches(last, cue)
           for cue, _role, kind in view.candidates(last, index)):
        return False
    if view.key(last) in _body_words(view.lang) or view.lowers[last] in _body_words(view.lang):
        return False
    return any(len(t.pattern) == 1 and view.matches(last, t.pattern[0])
               for t in view.candidates(last, trigger_index(view.lang)))


@cache
def _body_words(lang: str) -> frozenset[str]:
    """Words of bodies: ``org_words.tsv`` and the language's ``body`` cue words."""
    words = {row[0].lower() for row in lang_rows(lang, "org_words.tsv") if row}
    return frozenset(words | set(language(lang).cue_words("body")))


def _venue_after_locative(view: DocView, first: int, last: int) -> bool:
    """A place named after a locative preposition ("on Abai Square", «в Большом
    театре», "on the stage of the Opera Theatre"): a venue, not a participant."""
    toks = view.tokens
    heads = venue_heads(view.lang)
    head = first  # over the adjectives before the head («в Государственной филармонии»)
    while head < last and toks[head].pos in ("ADJF", "PRTF"):
        head += 1
    if view.language.inflected and not view.language.head_final and first > 0 \
            and view.key(head) in heads \
            and view.lowers[first - 1] in view.language.cue_words("locative"):
        return True  # «в Театре оперы и балета имени Абая»: the head comes first
    if view.language.inflected and not view.language.head_final and first > 1 \
            and view.key(first - 1) in heads and toks[first - 1].text.islower() \
            and view.lowers[first - 2] in view.language.cue_words("locative"):
        return True  # «на сцене Татарского театра имени Камала»: a venue noun governs it
    if view.key(last) in heads or any(view.lowers[last].startswith(h) for h in heads
                                      if view.stems):
        before = first - 1  # over articles, adjectives and other names ("in A and B Square")
        while before >= 0 and (toks[before].pos in ("DET", "ADJ", "ADJF") or (
                toks[before].text[:1].isupper())
                or view.lowers[before] in ("and", "и", "мен", ",")):
            before -= 1
        # "on the stage of the Maly Theatre": a noun and its "of" lie between the
        # preposition and the venue; then any preposition places it
        if before >= 2 and view.lowers[before] in view.language.cue_set("complement") \
                and toks[before - 1].pos == "NOUN" and toks[before - 1].text.islower():
            before -= 2
            while before >= 0 and toks[before].pos in ("DET", "ADJ"):
                before -= 1
            if before >= 0 and toks[before].pos in ("ADP", "PREP"):
                return True
        if before >= 0 and view.lowers[before] in view.language.cue_words("locative"):
            return True
        if before >= 0 and view.tokens[before].pos == "VERB" \
                and view.keys[before] in view.language.cue_set("visit_verb"):
            return True  # "visited the National Museum": the place visited, no one there
    return False


def _names_an_event(view: DocView, i: int) -> bool:
    """A word that alone names a holiday («Наурыз», "Christmas") or a kind of event is
    the occasion, not someone who takes part in it."""
    if view.lowers[i] in _holidays(view.lang) or view.key(i) in _holidays(view.lang):
        return True
    if view.stems and any(view.matches(i, h) for h in _holidays(view.lang)):
        return True
    return any(len(t.pattern) == 1 and view.matches(i, t.pattern[0])
               for t in view.candidates(i, trigger_index(view.lang)))


@cache
def _region_words() -> tuple[str, ...]:
    """Stems of the words that make the name before them a region's («облысы»)."""
    from sahna.places.readers import words_of_all
    return tuple(words_of_all("region"))


@cache
def _holidays(lang: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in lang_rows(lang, "holidays.tsv") if row)


def _attribute_of_a_noun(view: DocView, first: int, last: int) -> bool:
    """"Bashkir band Argymak", "Kyrgyz singer X": one capitalised word right before a
    lower-case word of a performer or group that a name follows is its attribute (a
    nationality, a city), not a name, where a language puts its modifiers first ("the
    Dala ensemble", with no name after the noun, is a name). In a language that puts the
    head last, one word before a person's office word owns the office («Мемлекет
    басшысы», «Түркістан әкімі»), while a group's name precedes its noun («Сарыарқа
    ансамблі»)."""
    if first != last:
        return False
    rng = view.sent_tokens[view.token_sent[first]]
    nxt = last + 1
    if view.language.head_final:  # «Мемлекет басшысы», the head of state: whose, not who
        return nxt < rng.stop and person_title(view, nxt)
    if nxt + 1 >= rng.stop or not view.tokens[nxt].text.islower():
        return False
    following = view.tokens[nxt + 1].text  # the name the noun introduces ("band Argymak");
    if not (following[:1].isupper() or following in OPEN_QUOTES):  # "the Dala ensemble" has none
        return False
    return any(kind in ("person", "group") and view.matches(nxt, cue)
               for cue, _role, kind in view.candidates(nxt, role_index(view.lang)))


@cache
def _month_words(lang: str) -> frozenset[str]:
    return frozenset(row[-1].lower() for row in lang_rows(lang, "months.tsv") if row)


def _skippable(view: DocView, i: int) -> bool:
    """Inside a list of names: a capitalised word, an initial, a comma, a quote or a
    list joiner."""
    text = view.tokens[i].text
    return text[:1].isupper() or text in (",", ".", "-", *OPEN_QUOTES, *CLOSE_QUOTES) \
        or view.lowers[i] in view.language.cue_words("list_joiner") \
        or view.lowers[i] in ("and", "by", "of", "the", "и")


def is_honoured(view: DocView, first: int, last: int, authored: bool = True) -> bool:
    """Someone the event honours or whose work is performed: right after a word of
    dedication or authorship in Russian and English, across the list the name stands in
    («памяти …», «кюи Алшекея, Курмангазы и Коркыта», "works by Verdi", "anniversary
    of the birth of Abai"); in Kazakh right before it («Құрманғазы, Тілендиев және тағы
    басқалардың шығармалары»). With ``authored`` false, authors count (an exhibition
    shows its artists' works)."""
    cues = view.language.cue_words("honoured")
    if authored:
        cues += view.language.cue_words("authored")
    rng = view.sent_tokens[view.token_sent[first]]
    step, i = (1, last + 1) if view.language.head_final else (-1, first - 1)
    if view.language.head_final and any(_subject_before_owner(view, j, rng)
                                        for j in range(last, _past_list(view, i, step, rng))
                                        if view.tokens[j].text[:1].isupper()):
        return False  # the list this name ends is the subject, another name owns the cue
        # (a name of the list ends there, not its joiner: «А, Б және В-ның күйлері»)
    content = scanned = 0
    recipient = False
    while rng.start <= i < rng.stop and content < 3 and scanned < HONOURED_REACH:
        i = _past_list(view, i, step, rng)
        if not rng.start <= i < rng.stop:
            break
        if _ends_clause(view, i):
            return False
        if _cue_at(view, i, cues):  # (before the verb's test: "dedicated to X")
            # "awarded the first prize to X", "a medal went to X": the winner, not
            # whom a prize is named after ("the Abai Prize", "a medal of X")
            awards = view.language.cue_set("award_word")
            award = view.lowers[i] in awards or view.key(i) in awards
            # ("awarded X the title": a verb of awarding names its recipient too)
            return not (award and (recipient or view.tokens[i].pos in ("VERB", "AUX")))
        if view.tokens[i].pos in ("VERB", "AUX") and not _title_word(view, i):
            return False  # «произведения представили группы Hassak»: the verb's subject
            # (a tagger's verb "poet" is a title)
        recipient = recipient or view.lowers[i] == "to"
        if view.lowers[i] in view.language.cue_set("companion"):
            return False  # "folk music …, with pianist X", "songs featuring X": who plays
        if view.language.head_final and not _owner_word(view, i):
            return False  # «Х жиналғандарды мерейтоймен құттықтады»: another noun's cue
        if view.language.head_final and scanned == 0 and not _genitive_before(view, i, rng) \
                and (view.lowers[i][:1].isdigit() or view.lowers[i].endswith(
                    view.language.cue_words("adjective_ending") or ("\0",))):
            return False  # «Әнші X ұлттық әндерін орындады»: a name in the nominative owns
            # only the noun right after it («Абай әндері»); with words between, the subject
        # «90-летию заслуженного деятеля искусств КР, народного артиста … Ишенова»: the
        # titles in the genitive between the cue and the name do not count
        if view.tokens[i].feats.get("case") != "gent" and view.tokens[i].text != "," \
                and not _title_word(view, i):
            content += 1
        scanned += 1
        i += step
    return False


def _genitive_before(view: DocView, i: int, rng: range) -> bool:
    """Is the word before token ``i`` (over closing quotes) in the genitive, an owner
    that words may separate from what it owns?"""
    k = i - 1
    while k > rng.start and view.tokens[k].text in CLOSE_QUOTES:
        k -= 1
    return view.lowers[k].endswith(view.language.cue_words("genitive_ending") or ("\0",))


def _title_word(view: DocView, i: int) -> bool:
    """Token ``i`` is part of the title before a name, not a noun of its own: a function
    word, an adjective, or a person's calling ("the birth of the Kazakh poet X": the cue
    still honours X)."""
    if view.tokens[i].pos in ("ADP", "DET", "ADJ"):
        return True
    if view.lowers[i] in view.language.cue_set("person_title"):
        return True
    return person_title(view, i)


def _subject_before_owner(view: DocView, last: int, rng: range) -> bool:
    """Does a name ending at token ``last`` end a subject phrase? In a head-final
    language a list takes its case on the last item only, so a list of owners ends in
    the genitive right before the owned noun («Құрманғазы, Тілендиев және тағы
    басқалардың шығармалары»). A name in the nominative followed at once by another name
    in the genitive, with no comma or «және» between, ends its own phrase: it is the
    subject, the next name owns the work («Ержан Серіков Абайдың әндерін орындады»)."""
    after = last + 1
    if after >= rng.stop or not view.tokens[after].text[:1].isupper():
        return False
    genitive = view.language.cue_words("genitive_ending")
    if view.lowers[last].endswith(genitive):
        return False
    owner = _name_end(view, after, rng)
    return view.lowers[owner].endswith(genitive) and owner - after < 3 \
        and (_starts_entity(view, after) or view.lowers[last].endswith(_SURNAME_ENDS))


def _name_end(view: DocView, i: int, rng: range) -> int:
    """The last of the capitalised words from token ``i`` on."""
    while i + 1 < rng.stop and view.tokens[i + 1].text[:1].isupper():
        i += 1
    return i


def _starts_entity(view: DocView, i: int) -> bool:
    """Does a person or organisation the tagger found start at token ``i``?"""
    start = view.tokens[i].start
    return any(e.start == start and e.label in ("PER", "ORG") for e in view.doc.entities)


#: Endings of a surname that closes a person's name («Серіков», «Омарова», «Әбішұлы»).
_SURNAME_ENDS = ("ов", "ев", "ова", "ева", "ин", "ина", "ұлы", "қызы", "ский", "ская")


def _owner_word(view: DocView, i: int) -> bool:
    """In a head-final language, may token ``i`` stand between an owner and the noun of
    dedication it owns («Абайдың 180 жылдық мерейтойы», «… және тағы басқалардың
    шығармалары»): a word in the genitive, a number, an adjective, a comma or the
    «тағы» of "and others"?"""
    low = view.lowers[i]
    return low in (",", "-") or low[:1].isdigit() or low in view.language.cue_set("list_tail") \
        or low.endswith(
        (*view.language.cue_words("genitive_ending"), *view.language.cue_words("adjective_ending")))


#: How many words of titles in the genitive may stand between an honouring cue and the
#: name it honours.
HONOURED_REACH = 16


_CLAUSE_ENDS = (".", ";", "!", "?", ":", "(", ")")


def _ends_clause(view: DocView, i: int) -> bool:
    """Token ``i`` ends a clause; the full stop of an initial («Н.Тілендиев», "A. Kunanbayev")
    does not."""
    text = view.tokens[i].text
    if text == "." and i > 0:
        prev = view.tokens[i - 1].text
        if len(prev) == 1 and prev.isupper() and view.tokens[i - 1].end == view.tokens[i].start:
            return False
    return text in _CLAUSE_ENDS


def _past_list(view: DocView, i: int, step: int, rng: range) -> int:
    """The first token from ``i`` (going by ``step``) that is not part of a list of names
    (:func:`_skippable`) or that ends a clause. Remembered for every token passed, so
    that the names of one long list do not each walk it again."""
    memo: dict[tuple[int, int], int] = view.memo.setdefault("past_list", {})
    passed = []
    while rng.start <= i < rng.stop:
        known = memo.get((i, step))
        if known is not None:
            i = known
            break
        if _ends_clause(view, i) or not _skippable(view, i):
            break
        passed.append(i)
        i += step
    for j in passed:
        memo[(j, step)] = i
    return i


_DERIVED = ("шы", "ші", "лы", "лі", "па", "пе")  # Kazakh suffixes of another word


def _cue_at(view: DocView, i: int, cues: tuple[str, ...]) -> bool:
    """Token ``i`` is one of ``cues``: a lemma for Russian and English; for Kazakh an
    inflected form of a stem, not a word derived from it («шығармашылық», creative, is
    not «шығарма», a work)."""
    if not view.stems:
        low = view.lowers[i]
        # «к 150-летию …»: a number's compound by its word part
        return view.key(i) in cues or low in cues or ("-" in low and low.rsplit("-", 1)[1] in cues)
    low = view.lowers[i]
    return any(low.startswith(c) and not low[len(c):].startswith(_DERIVED)
               and view.matches(i, c) for c in cues)


def only_speaks(view: DocView, first: int, last: int, performing: bool = True) -> bool:
    """A speaker, not an actor: a verb of speech or report next to the name in its
    clause («— отметила пресс-секретарь X», "X said", «X атап өтті») and no verb of
    performing in the sentence; at a ``performing`` event (where a speech is no part of
    the programme), also the verb of speech a head-final clause ends in."""
    sent = view.token_sent[first]
    scoped = view.language.speech_scoped
    if performer_verb(view, sent) is not None and not scoped:
        return False
    rng = view.sent_tokens[sent]
    if scoped and (_source_frame(view, first, rng) or _inverted_speaker(view, first, rng)):
        return True
    speech = view.language.cue_words("speech")
    if performing and view.language.head_final \
            and _speech_predicate(view, first, last, rng, speech):
        return True
    if last + 2 < rng.stop and view.tokens[last + 1].text == ":" \
            and view.tokens[last + 2].text in OPEN_QUOTES:
        return True  # «Ерлан Серіков: "…"»: the name opens a quotation, its speaker
    after = _past_apposition(view, last + 1, rng)
    # «– …, – деді қалалық мәдениет басқармасының басшысы X»: in Kazakh the verb of a
    # quotation comes before its speaker's title
    reach = SPEAKER_TITLE_REACH if view.language.head_final else 4
    for i in [*range(max(rng.start, first - reach), first),
              *range(last + 1, min(rng.stop, last + 5)),
              *range(after, min(rng.stop, after + 2))]:
        if _cue_at(view, i, speech) and not _in_body_name(view, i):  # (not "State Museum")
            between = range(min(i, last) + 1, max(i, first))
            if not any(view.tokens[j].text in (".", ";", "(", ")") for j in between) and not (
                    scoped and any(_acts(view, j) for j in between)):
                return True
    return False


def _speech_predicate(view: DocView, first: int, last: int, rng: range,
                      speech: tuple[str, ...]) -> bool:
    """A head-final language ends its clause with the verb: a name whose clause ends in
    a verb of speech («X фестиваль жыл сайын өтетінін айтты», «… маңызын атап өтті»)
    only speaks, unless another clause (a comma, a quote, a clause end) or a verb of
    acting stands between the name and that verb, or a participle of an act in office
    before the name says what the speaker did («Кешті ашқан … X … атап өтті»)."""
    words = [i for i in range(last + 1, rng.stop) if view.tokens[i].text[:1].isalpha()]
    tail = words[-2:]
    if not tail or not any(_cue_at(view, i, speech) for i in tail):
        return False
    index = role_index(view.lang)
    for i in range(first - 1, rng.start - 1, -1):
        if view.tokens[i].text in _CLAUSE_ENDS or view.tokens[i].text == ",":
            break
        if any(role in ("official", "organizer", "guest") and kind == "-"
               and view.matches(i, cue) for cue, role, kind in view.candidates(i, index)):
            return False
    return not any(view.tokens[j].text in _CLAUSE_ENDS or view.tokens[j].text == ","
                   or view.tokens[j].text in OPEN_QUOTES or view.tokens[j].text in CLOSE_QUOTES
                   or _acts(view, j) for j in range(last + 1, tail[0]))


def _announces(view: DocView, last: int) -> bool:
    """Is the name ending at token ``last`` the subject of a verb of speech right after
    it ("The Ministry of Culture announced that …", "the akimat has reported"), the
    sentence naming no verb of performing? A body so named tells of the event; it is
    not said to hold it."""
    sent = view.token_sent[last]
    rng = view.sent_tokens[sent]
    i = last + 1
    if i < rng.stop and view.tokens[i].pos == "AUX":
        i += 1
    return i < rng.stop and view.tokens[i].pos == "VERB" \
        and _cue_at(view, i, view.language.cue_words("speech")) \
        and performer_verb(view, sent) is None


def _in_body_name(view: DocView, i: int) -> bool:
    """Is token ``i`` a word of a body's or a place's name the tagger found ("the State
    Museum of Arts")? There it is no verb of speech."""
    tok = view.tokens[i]
    return tok.text[:1].isupper() and any(
        e.start <= tok.start and tok.end <= e.end and e.label in ("ORG", "FAC", "LOC")
        for e in view.in_sentence("entities", view.token_sent[i]))


def _acts(view: DocView, i: int) -> bool:
    """Token ``i`` is a verb of performing or of an act at the event (see
    :func:`performer_verb`)."""
    possible = view.language.performer_keys()
    return (possible is None or view.keys[i] in possible) and view.language.performer_verb(view, i)


def _inverted_speaker(view: DocView, first: int, rng: range) -> bool:
    """'"…," said the museum's director Baurzhan Abenov': a verb of speech right after
    a quotation's comma or closing quote, then the speaker's title and name — the
    speaker of the quotation, however long the title (no verb or clause end inside)."""
    speech = view.language.cue_set("speech")
    for i in range(first - 1, max(rng.start, first - SOURCE_REACH) - 1, -1):
        if view.key(i) in speech and view.tokens[i].pos == "VERB":
            before = view.tokens[i - 1].text if i > rng.start else ""
            return before == "," or before in CLOSE_QUOTES
        text = view.tokens[i].text
        if text in _CLAUSE_ENDS or text == "," or view.tokens[i].pos in ("VERB", "AUX"):
            return False
    return False


#: How many words of a title may stand between a frame of report and the name it
#: introduces ("according to the festival's art director Asel X").
SOURCE_REACH = 8


def _source_frame(view: DocView, first: int, rng: range) -> bool:
    """A name introduced as the source of what the sentence says ("according to
    festival director X", "as X told reporters" aside): the ``source`` cue words of the
    language before the name, over the words of its title (no verb, no clause end)."""
    cues = view.language.cue_set("source_frame")
    if not cues:
        return False
    for i in range(first - 1, max(rng.start, first - SOURCE_REACH) - 1, -1):
        if view.lowers[i] in cues or view.key(i) in cues:
            return True
        text = view.tokens[i].text
        if text in _CLAUSE_ENDS or text == "," or view.tokens[i].pos in ("VERB", "AUX"):
            return False
    return False


#: How many words of a speaker's title may stand between a Kazakh verb of speech and the
#: name after it.
SPEAKER_TITLE_REACH = 8


def opening_quote(view: DocView, first: int) -> int | None:
    """The quote mark that opens a quotation holding token ``first``, in its sentence
    (None: the token stands outside quotes). Straight quotes open and close in turn;
    «“» opens a quotation or closes a „German“ one."""
    rng = view.sent_tokens[view.token_sent[first]]
    stack: list[int] = []
    for i in range(rng.start, first):
        text = view.tokens[i].text
        if text == '"':
            if stack and view.tokens[stack[-1]].text == '"':
                stack.pop()
            else:
                stack.append(i)
        elif text in ("«", "„") or (text == "“" and not stack):
            stack.append(i)
        elif text in ("»", "”", "“") and stack:
            stack.pop()
    return stack[-1] if stack else None


#: How many words of a quoted title may stand between its quotes and a name inside it
#: ("Patterns of Wu Zhyan"): a quote further away opens a quoted speech or paragraph.
TITLE_WORDS = 3


def in_title(view: DocView, first: int, last: int) -> bool:
    """Is the name at ``first..last`` inside a short quoted title («Nurly Zhol»,
    "Patterns of Wu Zhyan"), with its quotes near on both sides? A quoted speech
    ("… said: "Abai is …"") or a doubled straight quote of a page holds names that
    are no titles."""
    opening = opening_quote(view, first)
    if opening is None or first - opening > TITLE_WORDS:
        return False
    rng = view.sent_tokens[view.token_sent[first]]
    if view.tokens[opening].text == '"':  # straight quotes open and close alike: only a
        # name that fills them is surely quoted (a page may double them: ""X"" JSC)
        return opening == first - 1 and last + 1 < rng.stop and view.tokens[last + 1].text == '"'
    return any(view.tokens[k].text in CLOSE_QUOTES
               for k in range(last + 1, min(rng.stop, last + 1 + TITLE_WORDS)))


def single_quoted(view: DocView, first: int, last: int) -> bool:
    """‘Urban Studies’: a name filling single quotes is a topic's or a work's title (the
    quote marks the tokeniser keeps inside words, so read from the text)."""
    text, start, end = view.doc.text, view.tokens[first].start, view.tokens[last].end
    return 0 < start and end < len(text) and text[start - 1] in "‘'" and text[end] in "’'"


def cued_title(view: DocView, first: int, last: int) -> bool:
    """A quoted name that a group or organisation word introduces right before its
    opening quote or right after its closing one («ансамбль «Сазген»», «Сазген»
    ансамблі, "the «Ulytau» band"): a group's name, where any other quoted name is the
    title of a work, a programme or a plan. A body's word («организация «ТЮРКСОЙ»»,
    "the «Ak Tandai» foundation") introduces one too."""
    opening = opening_quote(view, first)
    if opening is None:
        return True
    rng = view.sent_tokens[view.token_sent[first]]
    close = view.closing_quote(opening, rng.stop, reach=16)
    near = _phrase_side(view, opening - 1, -1, rng)
    if close is not None:
        near += _phrase_side(view, close + 1, 1, rng)
    index = role_index(view.lang)
    bodies = view.language.cue_words("body")
    return any(kind in ("group", "org") and view.matches(i, cue)
               for i in near for cue, _role, kind in view.candidates(i, index)) \
        or any(_cue_at(view, i, bodies) for i in near)


def quoted_work(view: DocView, first: int) -> bool:
    """A quoted name with a noun of a work or a programme beside its quotes ("the
    «Bolshie Gastroli» (Grand Tour) programme", «Абай» операсы, фильм «…»): a title.
    (A quoted name with no word beside it may be a band's: «Ulytau» performed.)"""
    opening = opening_quote(view, first)
    if opening is None:
        return False
    rng = view.sent_tokens[view.token_sent[first]]
    if opening > rng.start and view.tokens[opening - 1].text in ("'s", "’s"):
        return True  # "Tchaikovsky's «Swan Lake»", "the theatre's «Abai»": an owned work
    if opening > rng.start and not view.language.inflected \
            and view.tokens[opening - 1].pos == "VERB" \
            and view.language.performer_verb(view, opening - 1):
        return True  # 'will perform "Giselle"': the object of performing, a work
    close = view.closing_quote(opening, rng.stop, reach=16)
    near = _phrase_side(view, opening - 1, -1, rng)[:2]
    if close is not None:
        start = close + 1
        if start < rng.stop and view.tokens[start].text == "(":  # a bracketed translation
            shut = next((k for k in range(start, min(rng.stop, start + 8))
                         if view.tokens[k].text == ")"), None)
            start = shut + 1 if shut is not None else rng.stop
        after = _phrase_side(view, start, 1, rng)[:3]
        if view.language.head_final and group_head(view, after):
            return False  # «… күйлерін «Отырар сазы» оркестрі орындайды»: the head noun
            # follows its name; the work noun before the quotes heads the object
        near += after
    nouns = work_nouns(view.lang)
    return any(view.key(i) in nouns or (view.stems and any(
        view.lowers[i].startswith(n) for n in nouns)) for i in near)


def group_head(view: DocView, after: list[int]) -> bool:
    """Is the first noun after a quoted name (over adjectives: «фольклорлық», and the
    qualifying nouns of a troupe's name, ``venue_modifier``: «халық аспаптар») a group
    noun of ``roles.tsv`` («ансамблі», «оркестрі», «хоры»)?"""
    index = role_index(view.lang)
    qualifiers = view.language.cue_set("venue_modifier")
    for k, i in enumerate(after):
        if any(kind == "group" and view.matches(i, cue)
               for cue, _role, kind in view.candidates(i, index)):
            return not _where(view, i, after[k + 1:k + 2])
        if not view.lowers[i].endswith(_ADJECTIVE_ENDS) and view.lowers[i] not in qualifiers:
            return False
    return False


def _where(view: DocView, head: int, nxt: list[int]) -> bool:
    """Does the group noun at ``head`` say where rather than who: in the locative
    («театрында»), or in the genitive owning a noun in the locative («театрының
    сахнасында», on the theatre's stage)?"""
    low = view.lowers[head]
    if low.endswith(_LOCATIVE_ENDS):
        return True
    genitive = view.language.cue_words("genitive_ending")
    return low.endswith(genitive) and bool(nxt) and view.lowers[nxt[0]].endswith(_LOCATIVE_ENDS)


#: The Kazakh locative endings («театрында», «сахнасында»).
_LOCATIVE_ENDS = ("да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі")
#: Endings of a Kazakh adjective that may stand between a name and its head noun.
_ADJECTIVE_ENDS = ("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі")


#: How far from its quotes the group word of a quoted name may stand: over a list of
#: quoted names and the group's adjectives («Сарыарқа», «TURAN» фольклорлық ансамбльдері;
#: «Астана Сазы» қазақ мемлекеттік фольклорлық ансамблі).
QUOTED_REACH = 6


def _phrase_side(view: DocView, i: int, step: int, rng: range) -> list[int]:
    """Up to :data:`QUOTED_REACH` tokens from ``i`` going by ``step``, within the noun
    phrase: a verb or a clause end stops it."""
    out: list[int] = []
    while rng.start <= i < rng.stop and len(out) < QUOTED_REACH:
        if view.tokens[i].text in _CLAUSE_ENDS or view.tokens[i].pos in ("VERB", "AUX"):
            break
        out.append(i)
        i += step
    return out


#: How long an apposition between a name and its verb may run ("X, General Director of
#: the NS radio station, said").
APPOSITION_REACH = 12


def _past_apposition(view: DocView, i: int, rng: range) -> int:
    """The token after an apposition that opens at ``i`` with a comma and closes with
    the next one ("X, head of the board, said"): there the name's verb stands. Without
    one, ``i`` itself."""
    if i >= rng.stop or view.tokens[i].text != ",":
        return i
    for j in range(i + 1, min(rng.stop, i + APPOSITION_REACH)):
        if view.tokens[j].text == ",":
            return j + 1
        if view.tokens[j].text in _CLAUSE_ENDS or view.tokens[j].pos in ("VERB", "AUX"):
            break
    return i


def speaks_at_event(view: DocView, first: int, triggers: list[tuple[int, int]]) -> bool:
    """A speaker in office who speaks at the event itself ("the ambassador, in his speech
    at the forum, noted"; «выступая на открытии, аким отметил»): a word of an address
    delivered there ("speech", «приветствие», "here") in the clause, or the event's word
    after a preposition of being there ("at the opening", «на церемонии», "during the
    forum"; ``triggers`` are the character spans of the event's words), makes the
    official a participant, where one who only comments on the event in a briefing or
    an interview is not."""
    sent = view.token_sent[first]
    rng = view.sent_tokens[sent]
    if any(_cue_at(view, i, view.language.cue_words("address")) for i in rng):
        return True
    there = view.language.cue_set("at_event")
    for i in rng:
        if not any(s <= view.tokens[i].start < e for s, e in triggers):
            continue
        j = i - 1
        while j >= rng.start and view.tokens[j].pos in ("DET", "ADJ", "ADJF", "NUM"):
            j -= 1
        if j >= rng.start and view.lowers[j] in there:
            return True
    return _speaking_at_an_event(view, rng, there)


def _speaking_at_an_event(view: DocView, rng: range, there: frozenset[str]) -> bool:
    """"Speaking at the opening, the minister noted …": a participle of speaking (the
    ``speaking`` cues), a preposition of being there and an event word after it — the
    speaker addresses an occurrence, not reporters."""
    speaking = view.language.cue_set("speaking")
    if not speaking:
        return False
    index = trigger_index(view.lang)
    for i in rng:
        if view.lowers[i] not in speaking or i + 1 >= rng.stop or view.lowers[i + 1] not in there:
            continue
        for j in range(i + 2, min(rng.stop, i + 5)):
            if any(view.match_phrase(j, t.pattern, rng.stop) is not None
                   for t in view.candidates(j, index)) \
                    or view.lowers[j] in view.language.cue_set("opener"):
                return True
    return False


def is_work(view: DocView, first: int, last: int) -> bool:
    """A «quoted» title after a work noun (опера «Абай», фильм «…») or, in English,
    right after a verb of performing ('will perform "Giselle"') names a work; in Kazakh
    the noun follows the title («ЕЛ БІРЛІГІ» жобасы, «Абай» операсы)."""
    toks = view.tokens
    rng = view.sent_tokens[view.token_sent[first]]
    nouns = work_nouns(view.lang)
    i = first - 1
    j = last + 1
    if view.language.head_final and j < rng.stop and toks[j].text in CLOSE_QUOTES \
            and group_head(view, _phrase_side(view, j + 1, 1, rng)[:3]):
        return False  # «балет театрында «Астана Опера» театры»: the troupe's head noun
        # follows its name; the genre word before the quotes is the venue's
    if i >= 0 and toks[i].text in OPEN_QUOTES and any(
            view.key(j) in nouns for j in range(max(rng.start, i - 2), i)):
        return True
    if i > rng.start and toks[i].text in OPEN_QUOTES and not view.language.inflected \
            and toks[i - 1].pos == "VERB" and view.language.performer_verb(view, i - 1):
        return True  # 'will perform "Giselle"', 'presented "Swan Lake"': what is performed
    if i > rng.start and not view.language.inflected and not view.language.head_final \
            and view.key(i) in nouns and view.lowers[i - 1] in view.language.cue_set("article"):
        return True  # "the opera Kyz Zhibek", "the ballet Giselle": a title, unquoted
    j = last + 1
    if view.language.head_final and j < rng.stop and toks[j].text in CLOSE_QUOTES:
        return any(any(view.lowers[k].startswith(n) for n in nouns)
                   for k in range(j + 1, min(rng.stop, j + 3)))
    return False


def is_titled_author(view: DocView, first: int, last: int) -> bool:
    """«комедии «Кунгил» («Симпатия») Эркина Хушвакова»: a name right after a work's
    «quoted» title (and its bracketed translation) is its author, who does not perform
    it; so is an English name owning a work ("Zhubanov's opera", "Tchaikovsky's «Swan
    Lake»", unless the name is a company's). In Kazakh the author
    comes before the title, in the genitive (see is_namesake)."""
    if view.language.head_final:
        return False
    toks = view.tokens
    rng = view.sent_tokens[view.token_sent[first]]
    nouns = work_nouns(view.lang) | set(view.language.cue_words("authored"))
    # "Akhmet Zhubanov and Latif Khamidi's opera Abai": the owners of a work are its authors
    possessive = ("'s", "’s", "'", "’")
    k = last if toks[last].text in possessive else last + 1
    while k < min(rng.stop, last + 8) and (toks[k].text in ("and", ",", "&")
                                           or toks[k].text[:1].isupper()):
        k += 1
    if k + 1 < rng.stop and toks[k].text in possessive and any(
            view.key(j) in nouns for j in range(k + 1, min(rng.stop, k + 3))):
        return True
    if k + 1 < rng.stop and toks[k].text in possessive and toks[k + 1].text in OPEN_QUOTES \
            and not _names_a_company(view, first, last):
        return True  # "Tchaikovsky's «Swan Lake»" (not "Astana Opera's «Swan Lake»")
    if _authored_by(view, first, rng, nouns):
        return True
    i = first - 1
    if i > rng.start and toks[i].text == ")":  # a bracketed translation after the title
        while i > rng.start and toks[i].text != "(":
            i -= 1
        i -= 1
    if i <= rng.start or toks[i].text not in CLOSE_QUOTES:
        return False
    j = i - 1
    while j > rng.start and toks[j].text not in OPEN_QUOTES:
        j -= 1
    return any(view.key(k) in nouns for k in range(max(rng.start, j - 2), j))


def _names_a_company(view: DocView, first: int, last: int) -> bool:
    """Does the name hold a word of a troupe, a body, a venue or a stage genre ("Astana
    Opera", "Kazakh State Philharmonic")? A company owns a production it gives, a person
    the work he wrote."""
    lang = view.language
    words = lang.cue_set("troupe") | lang.cue_set("body") | lang.cue_set("stage_genre") \
        | venue_heads(view.lang)
    return any(view.lowers[i] in words or view.keys[i] in words for i in range(first, last + 1))


#: How far before "by" a work's noun may stand ("the opera «Abai» by X", "songs of the
#: steppe by X"): over its title and a few words of it.
AUTHORED_REACH = 6


def _authored_by(view: DocView, first: int, rng: range, nouns: set[str] | frozenset[str]
                 ) -> bool:
    """"the opera Abai by Akhmet Zhubanov and Latif Khamidi", "works by Tchaikovsky": a
    name after the ``by_author`` word (over the list it stands in) that follows a noun of
    a work — not a verb ("conducted by X", "was opened by X" name who acts) — wrote
    what is performed."""
    by = view.language.cue_set("by_author")
    if not by:
        return False
    i = _past_list_back(view, first - 1, rng)
    while i > rng.start and view.tokens[i].text.islower() and _title_word(view, i) \
            and view.lowers[i] not in by:
        i -= 1  # "the opera «Manas» by composer X": the author's calling between
    if i < rng.start or view.lowers[i] not in by:
        return False
    for j in range(i - 1, max(rng.start, i - AUTHORED_REACH) - 1, -1):
        if view.tokens[j].pos in ("VERB", "AUX") or view.tokens[j].text in _CLAUSE_ENDS:
            return False
        if view.key(j) in nouns or view.lowers[j] in nouns:
            return True
    return False


def _past_list_back(view: DocView, i: int, rng: range) -> int:
    """From ``i`` back over the names, commas and "and" of a list ("by A, B and C")."""
    while i >= rng.start and (view.tokens[i].text[:1].isupper()
                              or view.tokens[i].text in (",", ".", "-")
                              or view.lowers[i] in ("and", "&")):
        i -= 1
    return i


def is_namesake(view: DocView, first: int, last: int) -> bool:
    """«театр имени Абая», «Роза Бағланова атындағы», "named after": a person a thing is
    named after does not take part; nor does a Kazakh name in the genitive, which owns
    something else («Тоқаевтың тапсырмасы», the president's instruction)."""
    return view.language.is_namesake(view, first, last)
