"""Finding event mentions: trigger phrases from the lexicons, with the proper name and
the descriptive phrase that come with them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sahna.analyse import morph_ru
from sahna.events.lexicon import person_nouns, trigger_index, venue_heads
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES, DocView

_VERB_POS = {"VERB", "AUX", "INFN", "GRND", "PRTS"}
_ROMAN = re.compile(r"[IVXLC]+")
_LATIN_NAME = re.compile(r"[A-Z][\w'’.+-]*")
_PREPOSITIONS_RU = {"в", "во", "на"}
_TAIL_STOP_EN = {"in", "at", "on", "will", "was", "is", "were", "are", "has", "have", "with",
                 "by", "to", "and", "dated", "which", "that", "for", "from", "within"}
_TAIL_KEEP_EN = {"of", "the", "a"}
_GENITIVE_KK = ("ның", "нің", "дың", "дің", "тың", "тің")
# Kazakh case endings that a title's head word sheds («гастролін» -> «гастролі»,
# «сапармен» -> «сапар»); the possessive («премьерасы») stays, it belongs to the phrase.
_CASE_KK = ("ның", "нің", "дың", "дің", "тың", "тің", "мен", "пен", "бен", "нан", "нен", "дан",
            "ден", "тан", "тен", "нда", "нде", "ға", "ге",
            "қа", "ке", "да", "де", "та", "те", "н")


@dataclass
class Mention:
    type: str
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
    for mention in found:
        describe(view, mention)
    found = [m for m in found if not _inside_other(m, found)
             and not _qualifies_person(view, m) and not _names_venue(view, m)]
    _share_names(view, found)
    return found


def _qualifies_person(view: DocView, m: Mention) -> bool:
    """«лауреат конкурса», «байқаулардың лауреаттары», "festival winner": the event
    only describes a person; it is not stated as an occurrence."""
    rng = view.sent_tokens[m.sent]
    nouns = person_nouns(view.lang)
    near = [m.first - 1, m.last + 1] if view.lang != "kk" else [m.last + 1]
    return any(rng.start <= i < rng.stop and view.matches_any(i, nouns) for i in near)


def _names_venue(view: DocView, m: Mention) -> bool:
    """«концерт залы», "concert hall": the trigger word is part of a venue's name."""
    i = m.last + 1
    if i >= view.sent_tokens[m.sent].stop:
        return False
    heads = venue_heads(view.lang)
    return view.lowers[i] in heads or view.keys[i] in heads or (
        view.kk and any(view.matches(i, h) for h in heads))


def _inside_other(m: Mention, mentions: list[Mention]) -> bool:
    """«показ мюзикла», «премьера спектакля»: a trigger in another's complement is part
    of that phrase, not an event of its own."""
    return any(o is not m and o.sent == m.sent and o.phrase_first <= m.first <= o.phrase_last
               and not (o.first <= m.first <= o.last) for o in mentions)


def _share_names(view: DocView, mentions: list[Mention]) -> None:
    """A quoted name found by two triggers of one sentence belongs to the nearer one."""
    for m in mentions:
        if not m.name:
            continue
        for o in mentions:
            if o is m or o.sent != m.sent or o.name != m.name:
                continue
            if abs(o.last - _name_pos(view, o)) > abs(m.last - _name_pos(view, m)):
                o.name = None
                o.title = title_of(view, o)


def _name_pos(view: DocView, m: Mention) -> int:
    rng = view.sent_tokens[m.sent]
    for i in rng:
        if view.tokens[i].text in OPEN_QUOTES and m.name and \
                view.doc.text[view.tokens[i].end:].lstrip().startswith(m.name[:8]):
            return i
    return m.last


def describe(view: DocView, m: Mention) -> None:
    """Fill the mention's name, descriptive phrase and title."""
    m.name = proper_name(view, m)
    if view.lang == "ru":
        first, last = _phrase_ru(view, m)
    elif view.lang == "en":
        first, last = _phrase_en(view, m)
    else:
        first, last = _phrase_kk(view, m)
    m.phrase_first, m.phrase_last = first, last
    m.title = title_of(view, m)


def proper_name(view: DocView, m: Mention) -> str | None:
    """A quoted name or a run of Latin capitalised words right after the trigger
    (in Kazakh, right before it: «Дауыс» монодрамасының премьерасы)."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    after = range(m.last + 1, min(m.last + 6, rng.stop))
    before = range(max(rng.start, m.first - 6), m.first)
    for i in (list(reversed(before)) if view.lang == "kk" else list(after)):
        if toks[i].text in OPEN_QUOTES:
            name = _quoted(view, i, rng.stop)
            if name:
                return name
        if view.lang == "kk" and toks[i].text in CLOSE_QUOTES:
            continue
    if view.lang != "kk":
        start = m.last + 1
        run = []
        for i in range(start, min(start + 8, rng.stop)):
            text = toks[i].text
            if _LATIN_NAME.fullmatch(text) or (run and text in {"of", "the", "and", "+"}):
                run.append(text)
            else:
                break
        while run and run[-1] in {"of", "the", "and", "+"}:
            run.pop()
        # Russian: two Latin words at least («концерт Jas Stars», not «концерта Robo-DJ»)
        if len(run) >= 2 or (run and view.lang == "en" and run[0] != "The"):
            return " ".join(run)
    if view.lang == "ru":  # «показали «Вишнёвый сад» в постановке …»
        for i in range(m.first - 1, max(rng.start, m.first - 5) - 1, -1):
            if toks[i].text in CLOSE_QUOTES:
                opening = next((j for j in range(i - 1, max(rng.start, i - 15) - 1, -1)
                                if toks[j].text in OPEN_QUOTES), None)
                if opening is not None:
                    return _quoted(view, opening, rng.stop)
                break
    return None


def _quoted(view: DocView, open_index: int, limit: int) -> str | None:
    toks = view.tokens
    for j in range(open_index + 1, min(open_index + 15, limit)):
        if toks[j].text in CLOSE_QUOTES:
            if j == open_index + 1:
                return None
            return view.span_text(open_index + 1, j - 1).strip()
    return None


def _phrase_ru(view: DocView, m: Mention) -> tuple[int, int]:
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    first = m.first
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJF", "PRTF") \
            and toks[first - 1].feats.get("case") == toks[m.first].feats.get("case"):
        first -= 1
    if first - 1 >= rng.start and (_ROMAN.fullmatch(toks[first - 1].text)
                                   or toks[first - 1].text[:1].isdigit()):
        first -= 1  # «X форум», «III курултай», «2-й фестиваль»
    last = m.last
    i = m.last + 1
    # a meeting's title names its sides: «встреча министра … РК Аиды Балаевой с министром
    # культуры РФ Ольгой Любимовой»
    reach = 18 if m.type == "meeting" else 9
    while i < rng.stop and i - m.last <= reach:
        tok = toks[i]
        if m.type == "meeting" and (tok.text.lower() in ("и", "с", "со") or tok.text.isupper()
                                    or tok.feats.get("case") == "ablt"):
            if tok.text.lower() not in ("и", "с", "со"):
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
        if gen or tok.text.lower() in ("им.", "им", "имени") or tok.pos == "NUMB":
            last = i
        elif tok.text.lower() in _PREPOSITIONS_RU and i + 1 < rng.stop \
                and toks[i + 1].text[:1].isupper() and toks[i + 1].pos == "NOUN":
            last = i + 1
            break
        elif tok.text == "." and toks[i - 1].text.lower() == "им":
            last = i
        else:
            break
        i += 1
    return first, last


def _phrase_en(view: DocView, m: Mention) -> tuple[int, int]:
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    first = m.first
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJ", "PROPN", "NOUN", "NUM") \
            and toks[first - 1].text not in ("'s", "’s"):
        first -= 1
    if first - 1 >= rng.start and toks[first - 1].text in ("'s", "’s") and first - 2 >= rng.start:
        first -= 2
        while first - 1 >= rng.start and toks[first - 1].pos == "PROPN":
            first -= 1
    last = m.last
    i = m.last + 1
    while i < rng.stop and i - m.last <= 8:
        tok = toks[i]
        low = tok.text.lower()
        quote = tok.text in "'\"‘’“”"
        if tok.text in OPEN_QUOTES:  # a quoted name is taken whole or not at all
            close = view.closing_quote(i, rng.stop)
            if close is None:
                break
            last = i = close
            i += 1
            continue
        if low in _TAIL_STOP_EN or low in ("'s", "’s") or (
                tok.pos in ("VERB", "AUX", "PUNCT") and not quote):
            break
        if low in _TAIL_KEEP_EN or tok.pos in ("PROPN", "NOUN", "ADJ", "NUM", "PART") \
                or tok.text in "'\"‘’“”":
            last = i
        else:
            break
        i += 1
    while last > m.last and toks[last].text.lower() in _TAIL_KEEP_EN:
        last -= 1
    return first, last


def _phrase_kk(view: DocView, m: Mention) -> tuple[int, int]:
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
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
        if text.lower().endswith(_GENITIVE_KK) and text[:1].isalpha() and len(text) > 4:
            first = i
        else:
            break
        i -= 1
    return first, m.last


VERB_NOUNS = {"meeting": {"ru": "встреча", "en": "meeting", "kk": "кездесу"},
              "tour": {"ru": "гастроли", "en": "tour", "kk": "гастроль"},
    "screening": {"ru": "показ", "en": "screening", "kk": "көрсетілім"},
    "stage": {"ru": "постановка", "en": "staging", "kk": "қойылым"},
              "ceremony": {"ru": "открытие", "en": "opening", "kk": "ашылуы"}}


def verb_title(view: DocView, m: Mention) -> str:
    """A noun title for a verb trigger: «встретился с послом X» -> «встреча с послом X»;
    in Kazakh, where the verb closes the clause, the words before it."""
    rng = view.sent_tokens[m.sent]
    noun = VERB_NOUNS.get(m.type, {}).get(view.lang, m.type)
    if view.lang == "kk":
        first = max(rng.start, m.first - 12)
        return f"{view.span_text(first, m.first - 1)} {noun}" if first < m.first else noun
    last = m.last
    for i in range(m.last + 1, min(rng.stop, m.last + 13)):
        if view.tokens[i].text in (",", ".", ";", ":", "!", "?"):
            break
        last = i
    return f"{noun} {view.span_text(m.last + 1, last)}" if last > m.last else noun


def kk_base(phrase: str) -> str:
    """The phrase with its last word's case ending removed, possessive kept."""
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    for ending in _CASE_KK:
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 4:
            if ending == "н" and not stem.endswith(("ы", "і", "сы", "сі")):
                continue  # only the accusative of a possessive: «операсын»
            last = last[: len(stem)]
            break
    return f"{head} {last}".strip()


def title_of(view: DocView, m: Mention) -> str:
    """The descriptive phrase, its head put into the nominative in Russian."""
    if m.kind == "verb":
        return verb_title(view, m)
    text = view.span_text(m.phrase_first, m.phrase_last)
    if view.lang == "ru":
        words = text.split(" ")
        head_end = len(view.span_text(m.phrase_first, m.last).split(" "))
        head = morph_ru.nominative_phrase(words[:head_end])
        text = " ".join(head + words[head_end:])
    elif view.lang == "kk":
        text = kk_base(text)
    elif view.lang == "en" and text.lower().startswith("the "):
        text = text[4:]
    if m.name and m.name.lower() not in text.lower():
        text = f"{text} «{m.name}»"
    return text.strip(" ,.;:")
