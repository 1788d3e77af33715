"""Who takes part in an event, in which role.

Three sources, all within the sentences that state the event: named entities (with the
role read from cue words next to them: «министр», «солист», "director"), «quoted» group
names after a group word («ансамбля «Қазына»»), and lists of performers after a
performance verb («выступили коллективы A, B, певица C и D»). News outlets that report
the story are sources, not participants, and are left out.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from sahna.contract import as_kind, as_role
from sahna.document import NamedEntity, Participant
from sahna.events.lexicon import reporting_cues, role_cues, role_index, work_nouns
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES, DocView

_NUMERAL = re.compile(r"[IVXLCM]+|\d+")
_DOMAIN = re.compile(r"\.(kz|ru|com|org|net|uz|kg|az)\b", re.I)
_LIST_PUNCTUATION = (",", ";")
_WINDOW = 7


_STOPS = {".", ";", "!", "?", "(", ")", ","}


def role_near(view: DocView, first: int, last: int) -> tuple[str | None, str | None]:
    """Role and kind from cue words inside a name, before it in its clause («министр
    культуры и информации РК Аида Балаева»), in apposition after a comma or dash, or —
    for organisers — the verb right after it («X заявил о готовности организовать»)."""
    rng = view.sent_tokens[view.token_sent[first]]
    candidates = list(range(first, last + 1))
    for i in range(first - 1, max(rng.start, first - _WINDOW) - 1, -1):
        if view.tokens[i].text in _STOPS:
            break
        candidates.append(i)
    if last + 2 < rng.stop and view.tokens[last + 1].text in (",", "–", "—", "-"):
        candidates += list(range(last + 2, min(rng.stop, last + 2 + 3)))
    elif view.language.head_final:  # the head follows: «Қазақконцерт» шығармашылық ұжымы
        candidates += [i for i in range(last + 1, min(rng.stop, last + 4))
                       if view.tokens[i].text not in CLOSE_QUOTES]
    index = role_index(view.lang)
    for i in candidates:
        for cue, role, kind in view.candidates(i, index):
            if view.matches(i, cue):
                return role, (None if kind == "-" else kind)
    for i in range(last + 1, min(rng.stop, last + 5)):
        for cue, role, kind in view.candidates(i, index):
            if role == "organizer" and kind == "-" and view.matches(i, cue):
                return role, None
    return None, None


def is_reported_by(view: DocView, ent: NamedEntity, first: int, last: int) -> bool:
    """The outlet that reports the story: «передает DKNews.kz», "Kazinform correspondent"."""
    if _DOMAIN.search(ent.text):
        return True
    cues = reporting_cues(view.lang)
    rng = view.sent_tokens[view.token_sent[first]]
    window = list(range(max(rng.start, first - 2), first))
    if view.language.reporter_after:  # "Kazinform correspondent"
        window.append(min(last + 1, rng.stop - 1))
    return any(view.matches_any(i, cues) for i in window)


def is_title_only(view: DocView, first: int, last: int) -> bool:
    """"Costume Designers", «XX»: an entity that is a role word or a numeral, not a name."""
    text = view.span_text(first, last)
    if _NUMERAL.fullmatch(text):
        return True
    return bool(view.candidates(last, role_index(view.lang))) and any(
        view.matches(last, cue) for cue, _r, _k in view.candidates(last, role_index(view.lang)))


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
    return next((i for i in view.sent_tokens[sent] if performs(view, i)), None)


def performer_list(view: DocView, sent: int) -> list[tuple[str, str, int]]:
    """(name, kind, first token) for each item of a performer list in the sentence."""
    verb = performer_verb(view, sent)
    if verb is None:
        return []
    rng = view.sent_tokens[sent]
    after = range(verb + 1, rng.stop)
    names_after = any(view.tokens[i].text[:1].isupper() or view.tokens[i].text in OPEN_QUOTES
                      for i in after)
    # A head-final language lists them before the verb; Russian and English usually
    # after it, but a sentence may also end with it ("A, B and C performed").
    region = range(rng.start, verb) if view.language.head_final or not names_after else after
    joiners = {*_LIST_PUNCTUATION, *view.language.cue_words("list_joiner")}
    items: list[list[int]] = []
    current: list[int] = []
    for i in region:
        text = view.tokens[i].text
        if text.lower() in joiners or text == ".":
            if current:
                items.append(current)
            current = []
        else:
            current.append(i)
    if current:
        items.append(current)
    out = []
    kind = None
    for item in items:
        found = _item_name(view, item, kind)
        if found:
            out.append(found)
            kind = found[1] if found[3] else kind
    return [(name, k, first) for name, k, first, _ in out]


def _item_name(view: DocView, item: list[int],
               inherited: str | None) -> tuple[str, str, int, bool] | None:
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
    name_run = runs[-1] if view.language.head_final else runs[0]
    before = [i for i in item if i < name_run[0]]
    if before and toks[before[-1]].pos in ("PREP", "ADP"):
        return None  # «на брифинге в Министерстве»: a place in the clause, not a performer
    if any(view.key(i) in work_nouns(view.lang) for i in before):
        return None
    name = view.span_text(name_run[0], name_run[-1])
    if _NUMERAL.fullmatch(name) or len(name) < 2:
        return None
    cue_kind = None
    for i in item:
        for cue, _role, kind in view.candidates(i, role_index(view.lang)):
            if view.matches(i, cue) and kind in ("person", "group"):
                cue_kind = kind
    if cue_kind:
        return name, cue_kind, name_run[0], True
    if inherited:
        return name, inherited, name_run[0], False
    latin = all(ch.isascii() for ch in name if ch.isalpha())
    return name, "group" if latin else "person", name_run[0], False


def collect(view: DocView, sents: list[int], skip: list[tuple[int, int]],
            default_role: str, owner=None) -> list[Participant]:
    """Participants named in sentences ``sents``; character spans in ``skip`` (the
    event's own name, places) are not participants."""
    found: list[tuple[int, Participant]] = []
    doc = view.doc
    wanted = set(sents)

    def skipped(start: int, end: int) -> bool:
        """Inside the event's own name, a venue or a place: not a participant. (A place
        inside a name — «Астана Сазы» — does not make the name a place.)"""
        return any(s <= start and end <= e for s, e in skip)

    for ent in doc.entities:
        if ent.label not in ("PER", "ORG"):
            continue
        span = token_span(view, ent.start, ent.end)
        if span is None or view.token_sent[span[0]] not in wanted or skipped(ent.start, ent.end):
            continue
        if owner is not None and not owner(view.token_sent[span[0]], ent.start, ent.end):
            continue
        if is_reported_by(view, ent, *span) or is_work(view, *span) \
                or is_title_only(view, *span) or (ent.label == "PER" and is_namesake(view, *span)):
            continue
        role, kind = role_near(view, *span)
        if ent.label == "PER":
            kind = "person"
            role = role or default_role
        elif (role is None and default_role != "official") or kind == "person":
            continue  # no word says what this organisation does here
        elif role is None:  # a side of a meeting: received, visited, talked with
            role, kind = "guest", "org"
        else:
            kind = kind if kind in ("group", "org") else "org"
        name = view.language.participant_name(ent)
        found.append((ent.start, Participant(name, as_kind(kind), as_role(role))))
    for sent in sents:
        for name, kind, first in performer_list(view, sent):
            start = view.tokens[first].start
            if skipped(start, start + len(name)):
                continue
            found.append((start, Participant(name, as_kind(kind), "performer")))
        found.extend(_quoted_groups(view, sent, skipped))
    found.sort(key=lambda pair: pair[0])
    return dedupe([p for _, p in found])


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
        for j in range(i + 1, min(i + 5, rng.stop)):
            if view.tokens[j].text in OPEN_QUOTES:
                close = next((k for k in range(j + 1, min(j + 10, rng.stop))
                              if view.tokens[k].text in CLOSE_QUOTES), None)
                if close and close > j + 1:
                    start = view.tokens[j + 1].start
                    name = view.span_text(j + 1, close - 1)
                    out.append((start, name, as_role(cue[0])))
                break
    return out


def dedupe(people: list[Participant]) -> list[Participant]:
    """One entry per participant: a name contained in a longer one is the same one; a
    role read from a cue word beats a default one."""
    out: list[Participant] = []
    for person in people:
        key = person.name.casefold()
        same = next((p for p in out if key in p.name.casefold() or p.name.casefold() in key), None)
        if same is None:
            out.append(person)
            continue
        if len(person.name) > len(same.name):
            same.name = person.name
        if same.role in ("other", "guest") and person.role not in ("other", "guest"):
            same.role, same.kind = person.role, person.kind
    return out


def is_work(view: DocView, first: int, last: int) -> bool:
    """A «quoted» title after a work noun (опера «Абай», фильм «…») names a work; in
    Kazakh the noun follows the title («ЕЛ БІРЛІГІ» жобасы, «Абай» операсы)."""
    toks = view.tokens
    rng = view.sent_tokens[view.token_sent[first]]
    nouns = work_nouns(view.lang)
    i = first - 1
    if i >= 0 and toks[i].text in OPEN_QUOTES and any(
            view.key(j) in nouns for j in range(max(rng.start, i - 2), i)):
        return True
    j = last + 1
    if view.language.head_final and j < rng.stop and toks[j].text in CLOSE_QUOTES:
        return any(any(view.lowers[k].startswith(n) for n in nouns)
                   for k in range(j + 1, min(rng.stop, j + 3)))
    return False


def is_namesake(view: DocView, first: int, last: int) -> bool:
    """«театр имени Абая», «Роза Бағланова атындағы», "named after": a person a thing is
    named after does not take part; nor does a Kazakh name in the genitive, which owns
    something else («Тоқаевтың тапсырмасы», the president's instruction)."""
    return view.language.is_namesake(view, first, last)
