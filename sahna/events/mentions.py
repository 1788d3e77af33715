"""Finding event mentions: trigger phrases from the lexicons, with the proper name and
the descriptive phrase that come with them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sahna import limits
from sahna.events.lexicon import person_nouns, trigger_index, venue_heads
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES, DocView
from sahna.limits import capped

if TYPE_CHECKING:
    from sahna.contract import EventType
    from sahna.langs.base import Language

_VERB_POS = {"VERB", "AUX", "INFN", "GRND", "PRTS"}
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
                last = view.match_phrase(i, trig.pattern, limit)
                if last is not None:
                    hits.append((-len(trig.pattern), i, trig, last))
        for _, i, trig, last in sorted(hits, key=lambda h: (h[0], h[1])):
            if any(j in taken for j in range(i, last + 1)):
                continue
            taken.update(range(i, last + 1))
            found.append(Mention(trig.type, trig.kind, sent_index, i, last))
    found.sort(key=lambda m: m.first)
    found = capped(found, limits.MENTIONS, "event mentions", view.doc.warnings)
    for mention in found:
        describe(view, mention)
    inside = _inside_other(found)
    found = [m for m, nested in zip(found, inside, strict=True) if not nested
             and not _qualifies_person(view, m) and not _names_venue(view, m)]
    _share_names(view, found)
    return found


def _qualifies_person(view: DocView, m: Mention) -> bool:
    """«лауреат конкурса», «байқаулардың лауреаттары», "festival winner": the event
    only describes a person; it is not stated as an occurrence."""
    rng = view.sent_tokens[m.sent]
    nouns = person_nouns(view.lang)
    # the person noun follows in a head-final language («байқаудың лауреаты»)
    near = [m.last + 1] if view.language.head_final else [m.first - 1, m.last + 1]
    return any(rng.start <= i < rng.stop and view.matches_any(i, nouns) for i in near)


def _names_venue(view: DocView, m: Mention) -> bool:
    """«концерт залы», "concert hall": the trigger word is part of a venue's name."""
    i = m.last + 1
    if i >= view.sent_tokens[m.sent].stop:
        return False
    heads = venue_heads(view.lang)
    return view.lowers[i] in heads or view.keys[i] in heads or (
        view.stems and any(view.matches(i, h) for h in heads))


def _inside_other(mentions: list[Mention]) -> list[bool]:
    """«показ мюзикла», «премьера спектакля»: a trigger in another's complement is part
    of that phrase, not an event of its own. For each mention: does its first token lie
    in the phrase of another mention of its sentence, outside that one's trigger?

    A mention's own trigger holds its first token, so the question is whether any
    mention's phrase-minus-trigger covers it: one count of such cover per token (a
    difference array), instead of every mention asking every other (n² in a sentence
    listing thousands)."""
    cover: dict[int, int] = {}  # token -> +1/-1 where a phrase-minus-trigger run starts/ends
    for o in mentions:
        for lo, hi in ((o.phrase_first, min(o.phrase_last, o.first - 1)),
                       (max(o.phrase_first, o.last + 1), o.phrase_last)):
            if lo <= hi:
                cover[lo] = cover.get(lo, 0) + 1
                cover[hi + 1] = cover.get(hi + 1, 0) - 1
    inside: dict[int, bool] = {m.first: False for m in mentions}
    depth = 0
    for at in sorted(cover.keys() | inside.keys()):
        depth += cover.get(at, 0)
        if at in inside:
            inside[at] = depth > 0
    return [inside[m.first] for m in mentions]


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
    m.title = title_of(view, m)


def quoted_after(view: DocView, m: Mention) -> str | None:
    """A quoted name within five tokens after the trigger («концерт «Jas Stars»»)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    for i in range(m.last + 1, min(m.last + 6, rng.stop)):
        if toks[i].text in OPEN_QUOTES:
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


def verb_title(view: DocView, m: Mention) -> str:
    """A noun title for a verb trigger: «встретился с послом X» -> «встреча с послом X»;
    in a head-final language, where the verb closes the clause, the words before it."""
    rng = view.sent_tokens[m.sent]
    noun = next(iter(view.language.cue_words(f"verb_noun:{m.type}")), m.type)
    if view.language.head_final:
        first = max(rng.start, m.first - 12)
        return f"{view.span_text(first, m.first - 1)} {noun}" if first < m.first else noun
    last = m.last
    for i in range(m.last + 1, min(rng.stop, m.last + 13)):
        if view.tokens[i].text in (",", ".", ";", ":", "!", "?"):
            break
        last = i
    return f"{noun} {view.span_text(m.last + 1, last)}" if last > m.last else noun


def title_of(view: DocView, m: Mention) -> str:
    """The descriptive phrase in the language's base form (the head in the nominative,
    a case ending dropped), with the proper name when the phrase lacks it."""
    if m.kind == "verb":
        return verb_title(view, m)
    text = view.language.title(view, m, view.span_text(m.phrase_first, m.phrase_last))
    if m.name and m.name.lower() not in text.lower():
        text = f"{text} «{m.name}»"
    return text.strip(" ,.;:")
