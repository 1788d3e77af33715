"""English event rules: the noun phrase around a trigger, proper names, titles, venue
phrases, the past tense, and names that a thing is named after.

English stacks modifiers before the head noun ("Kazakh State Philharmonic concert") and
takes complements with "of"; spaCy's tags say where a phrase ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahna.events.lexicon import role_cues, trigger_index
from sahna.events.mentions import latin_name, quoted_after
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES

if TYPE_CHECKING:
    from sahna.contract import Status
    from sahna.document import Token
    from sahna.events.mentions import Mention
    from sahna.events.view import DocView
    from sahna.langs.base import Language

_POSSESSIVE = ("'s", "’s")
_QUOTES = "'\"‘’“”"


def event_phrase(lang: Language, view: DocView, m: Mention) -> tuple[int, int]:
    """Modifiers before the trigger (and a possessive: "Astana Opera's tour"); nouns,
    names and a quoted title after it, up to a preposition, verb or punctuation."""
    toks = view.tokens
    rng = view.sent_tokens[m.sent]
    stops = lang.cue_words("tail_stop")
    keep = lang.cue_words("tail_keep")
    first = m.first
    verbs = lang.cue_set("host_verb")  # "Dushanbe hosts Days of …": "hosts" tagged a noun
    while first - 1 >= rng.start and (
            (toks[first - 1].pos in ("ADJ", "PROPN", "NOUN", "NUM")
             and toks[first - 1].text not in _POSSESSIVE and view.lowers[first - 1] not in verbs)
            or _inner_hyphen(view, first - 1, rng)):  # "Kok-Boru tournament"
        first -= 1
    if _inner_hyphen(view, first, rng):
        first -= 1  # "all-hands meeting": the word before the hyphen, whatever its tag
    if first - 1 >= rng.start and toks[first - 1].text in _POSSESSIVE and first - 2 >= rng.start:
        first -= 2
        while first - 1 >= rng.start and toks[first - 1].pos == "PROPN":
            first -= 1
    first = _quoted_name_before(view, first, rng)
    last = m.last
    i = m.last + 1
    people = _people_starts(view, m.sent)
    while i < rng.stop and i - m.last <= 8:
        tok = toks[i]
        if tok.start in people:  # "the organizer of the festival Zhan Kasteev"
            break
        low = tok.text.lower()
        quote = tok.text in _QUOTES
        if _inner_hyphen(view, i, rng) and i - 1 > m.last:
            last = i = i + 1  # "a Kazakh-Tajik business forum", "the China-Kazakhstan
            i += 1  # Year": a hyphen inside one word goes on with the phrase
            continue
        if tok.text in OPEN_QUOTES:  # a quoted name is taken whole or not at all
            close = view.closing_quote(i, rng.stop)
            if close is None:
                break
            last = i = close
            i += 1
            continue
        after_of = toks[i - 1].text.lower() in lang.cue_words("complement")
        gerund = tok.pos == "VERB" and tok.feats.get("tag") == "VBG" and after_of
        owner = (low in _POSSESSIVE and i + 1 < rng.stop
                 and toks[i + 1].pos in ("NOUN", "ADJ"))  # "of Elmira Akhundova's book"
        # "an exhibition of Kazakh applied art opened": a participle before a noun
        # modifies it (one tagged a past tense too, when the clause's verb follows)
        modifier = (tok.pos == "VERB" and not after_of and i + 2 < rng.stop
                    and toks[i + 1].pos == "NOUN" and toks[i - 1].pos in ("ADJ", "PROPN")
                    and (tok.feats.get("tag") in ("VBN", "VBG") or (
                        tok.feats.get("tag") == "VBD" and toks[i + 2].pos in ("VERB", "AUX"))))
        if gerund or owner or modifier:  # "the ceremony of signing the memorandum"
            last = i
            i += 1
            continue
        if low in stops or low in _POSSESSIVE or (
                tok.pos in ("VERB", "AUX", "PUNCT") and not quote):
            break
        if low in keep or tok.pos in ("PROPN", "NOUN", "ADJ", "NUM", "PART") \
                or tok.text in _QUOTES:
            last = i
        else:
            break
        i += 1
    while last > m.last and toks[last].text.lower() in keep:
        last -= 1
    return first, last


#: The most tokens of a quoted name that stands before its event noun.
QUOTED_BEFORE = 12


def _quoted_name_before(view: DocView, first: int, rng: range) -> int:
    """The phrase's first token taken back over a quoted name that stands before the
    event noun and its modifiers ('the "Turkistan Spring" international folk festival',
    'the "Jas Stars" gala'): the name is the event's, and part of its phrase."""
    toks = view.tokens
    close = first - 1
    if close <= rng.start or toks[close].text not in CLOSE_QUOTES:
        return first
    for k in range(close - 1, max(rng.start - 1, close - QUOTED_BEFORE), -1):
        if toks[k].text in OPEN_QUOTES:
            return k if k < close - 1 and view.closing_quote(k, rng.stop) == close else first
    return first


def _inner_hyphen(view: DocView, i: int, rng: range) -> bool:
    """Is token ``i`` a hyphen inside one word ("Kok-Boru", "Ala-Too"): no space on
    either side, a word on both?"""
    toks = view.tokens
    return toks[i].text in ("-", "‑") and rng.start < i < rng.stop - 1 \
        and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start \
        and toks[i - 1].text[:1].isalpha()


def _people_starts(view: DocView, sent: int) -> set[int]:
    """Where the sentence's person names start (a tagger's "Cinema Days", which holds an
    event word, is no person)."""
    index = trigger_index(view.lang)
    found = set()
    for e in view.in_sentence("entities", sent):
        if e.label != "PER":
            continue
        words = [i for i in view.sent_tokens[sent]
                 if e.start <= view.tokens[i].start < e.end]
        if not any(view.candidates(i, index) for i in words):
            found.add(e.start)
    return found


def proper_name(lang: Language, view: DocView, m: Mention) -> str | None:
    """A quoted name just after the trigger, or a run of capitalised Latin words ("The
    Spirit of Turkistan" needs two words; "festival Nauryz" one). The capitalised words
    after a verb of meeting name whom it meets, not the meeting."""
    name = quoted_after(view, m)
    if name:
        return name
    if m.type == "meeting" and m.kind == "verb":
        return None  # "met with Director General Audrey Azoulay": the other side, no name
    run = latin_name(lang, view, m)
    if len(run) >= 2 or (run and run[0] != "The"):
        if _names_places_or_person(view, m.last + 1, m.last + len(run)):
            return None
        return " ".join(run)
    return None


def _names_places_or_person(view: DocView, first: int, last: int) -> bool:
    """"tour to Italy and China", "the organizer of the festival Zhan Kasteev": the
    capitalised words after a trigger name places or a person, not the event."""
    doc = view.doc
    sent = view.token_sent[first]
    start, end = doc.tokens[first].start, doc.tokens[last].end
    if any(e.label == "PER" and e.start <= start and end <= e.end
           for e in view.in_sentence("entities", sent) if e.start in _people_starts(view, sent)):
        return True
    spans = [(p.start, p.end) for p in view.in_sentence("places", sent)] + [
        (r.start, r.end) for r in view.in_sentence("country_refs", sent)]
    words = [t for t in doc.tokens[first:last + 1] if t.text[:1].isupper()]
    return bool(words) and all(any(s <= t.start and t.end <= e for s, e in spans)
                               for t in words)


def title(text: str) -> str:
    """The phrase without a leading article."""
    return text[4:] if text.lower().startswith("the ") else text


def venue_phrase(view: DocView, head: int, rng: range) -> tuple[str, int, int] | None:
    """"the Kazakh State Philharmonic Hall", "Palace of Independence": capitalised words
    before the head, "of" and a name after it; not a possessive ("the city's hall")."""
    toks = view.tokens
    if head + 1 < rng.stop and toks[head + 1].pos == "NOUN" and toks[head + 1].text.islower():
        return None  # "an international theatre festival": the head qualifies a noun
    first = head
    while first - 1 >= rng.start and (toks[first - 1].pos == "PROPN" or (
            toks[first - 1].text[:1].isupper() and toks[first - 1].pos in ("ADJ", "NOUN"))
            or (first - 1 > head - 6 and _inner_hyphen(view, first - 1, rng))
            or (view.lowers[first - 1] == "and" and first - 2 >= rng.start
                and toks[first].text[:1].isupper() and first < head
                and toks[first - 2].text[:1].isupper()
                and view.lowers[first - 2] != "the")):
        first -= 1  # ("Ala-Too Square": a hyphen inside one word of the name; "Opera and
        # Ballet Theatre": two capitalised words joined before the head)
    if first - 1 >= rng.start and toks[first - 1].text in _POSSESSIVE:
        return None
    last = head
    j = head + 1
    if j + 1 < rng.stop and view.lowers[j] == "named" and view.lowers[j + 1] == "after":
        j += 1  # "… Theatre named after Abdylas Maldybaev": the name goes on
    if j + 1 < rng.stop and view.lowers[j] in ("of", "after") \
            and toks[j + 1].text[:1].isupper():
        last = j + 1
        while last + 1 < rng.stop and toks[last + 1].text[:1].isupper():
            last += 1
    if first == head and last == head:
        return None
    if first - 2 >= rng.start and toks[first - 1].text in OPEN_QUOTES \
            and view.candidates(first - 2, trigger_index(view.lang)):
        return None  # 'the festival "Ordabasy Stage"': the quoted name of an event
    city = last + 1 < rng.stop and next(
        (p for p in view.in_sentence("places", view.token_sent[head])
         if p.kind == "city" and p.start == toks[last + 1].start), None)
    if city:  # "the Royal Opera House Muscat": the city closing a venue's name is its own
        while last + 1 < rng.stop and toks[last + 1].start < city.end:
            last += 1
    if last + 1 < rng.stop and toks[last + 1].text in _POSSESSIVE:
        return None  # "the Philharmonic's ensemble": who performs, not where
    if _performs(view, last + 1, rng):
        return None  # "The Lohuti Drama Theatre will perform …": the troupe, not where
    before = first - 1
    if before >= rng.start and view.lowers[before] == "the":
        before -= 1
    if before >= rng.start and view.lowers[before] in ("by", "from"):
        return None  # "a performance by the State Philharmonic"
    from sahna.events.participants import organizer_listed  # (the stage after this one)

    if organizer_listed(view, first):
        return None  # "with the support of the Ministry … and the National Theater": who
    return view.span_text(first, last), first, last


def _performs(view: DocView, i: int, rng: range) -> bool:
    """Is token ``i`` (over auxiliaries and adverbs: "will also perform") a verb of
    performing (a ``roles.tsv`` performer cue) whose subject the phrase before it is?
    Not one of presenting: a museum that presents an exhibition is where it is shown."""
    while i < rng.stop and view.tokens[i].pos in ("AUX", "ADV", "PART"):
        i += 1
    if i >= rng.stop or view.tokens[i].pos != "VERB" \
            or view.keys[i] in view.language.cue_set("present_verb"):
        return False
    cue = role_cues(view.lang).get(view.keys[i])
    return cue is not None and cue[0] == "performer"


def tense_status(tok: Token) -> Status | None:
    """A verb in the past tense (VBD, VBN) states a held event; English future is a
    construction ("will be held"), left to the status cues."""
    if tok.pos in ("VERB", "AUX"):
        if tok.feats.get("tense") == "Past" and tok.feats.get("tag") in ("VBD", "VBN"):
            return "held"
    return None


#: Tags of a finite verb that gives a clause its own predicate.
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def modifier_participle(view: DocView, i: int) -> bool:
    """"The programme includes an exhibition of Kazakh applied art": a past form between
    a modifier (an adjective, a name) and the noun it qualifies, after the finite verb of
    its clause, is a participle inside a noun phrase (taggers often call it a past
    tense); "Almaty hosted concerts", with no verb before it, is the clause's verb."""
    tok = view.tokens[i]
    if tok.feats.get("tag") not in ("VBD", "VBN"):
        return False
    rng = view.sent_tokens[view.token_sent[i]]
    if not rng.start < i < rng.stop - 1 or view.tokens[i + 1].pos != "NOUN" \
            or view.tokens[i - 1].pos not in ("ADJ", "PROPN"):
        return False
    return any(view.tokens[k].feats.get("tag") in _FINITE
               and view.tokens[k].pos in ("VERB", "AUX") for k in range(rng.start, i - 1))


def is_namesake(lang: Language, view: DocView, first: int, last: int) -> bool:
    """"a theatre named after Abai": that person does not take part; nor does one a
    memorial stands to ("the mausoleum of Khoja Ahmed Yasawi", "a monument to Abai")."""
    rng = view.sent_tokens[view.token_sent[first]]
    before = [view.lowers[i] for i in range(max(rng.start, first - 2), first)]
    if " ".join(before) in lang.cue_words("named_after"):
        return True
    i = first - 1
    if i > rng.start and view.lowers[i] in ("of", "to"):
        i -= 1
        while i > rng.start and view.tokens[i].pos == "ADJ":  # "the bronze monument to"
            i -= 1
        return view.key(i) in lang.cue_set("memorial") or view.lowers[i] in lang.cue_set("memorial")
    return False


def _closes_another_name(view: DocView, i: int, head: int) -> bool:
    """Does token ``i``, before an "and", close a name of its own — an acronym
    ("TURKSOY and Abai Opera Theatre") or the end of a person or body the tagger found
    apart from the group's head? Then "and" joins two items of a list, not two words of
    one name ("Musical and Drama Theater")."""
    tok = view.tokens[i]
    if len(tok.text) > 2 and tok.text.isupper():
        return True
    head_start = view.tokens[head].start
    return any(e.end == tok.end and e.label in ("PER", "ORG") and e.end < head_start
               for e in view.doc.entities)


def _names_place(view: DocView, i: int) -> bool:
    """Is token ``i`` (part of) a place or a country the document names?"""
    tok = view.tokens[i]
    sent = view.token_sent[i]
    return any(s <= tok.start and tok.end <= e for s, e in
               [(p.start, p.end) for p in view.in_sentence("places", sent)]
               + [(r.start, r.end) for r in view.in_sentence("country_refs", sent)])


def _lower_body_phrase(lang: Language, view: DocView, head: int, rng: range
                       ) -> tuple[str, int, int] | None:
    """A body written with a lower-case head and named by its place: "the Astana city
    akimat", "the akimat of Almaty region" (a body's head: a ``roles.tsv`` cue of kind
    org). Before the head, the place's capitalised words over the words of its level
    (``cues.tsv`` ``body_level``: city, regional); after it, "of" and a capitalised
    name. A head with neither ("the regional akimat") names no one; a name right before
    the head with no level word between ("the Bolot Sydykov foundation") is left to the
    shared rule for a name before a group noun."""
    cue = role_cues(lang.code).get(view.key(head))
    if cue is not None and cue[1] == "group":
        return _lower_group_named_after(view, head, rng)
    if cue is None or cue[1] != "org":
        return None
    toks = view.tokens
    levels = lang.cue_set("body_level")
    first = head
    while first - 1 >= rng.start and view.lowers[first - 1] in levels:
        first -= 1
    named = first
    while first - 1 >= rng.start and toks[first - 1].text[:1].isupper() \
            and view.lowers[first - 1] != "the" and toks[first - 1].pos == "PROPN":
        first -= 1
    last = head
    if head + 2 < rng.stop and view.lowers[head + 1] == "of" \
            and toks[head + 2].text[:1].isupper():
        last = head + 2
        while last + 1 < rng.stop and (toks[last + 1].text[:1].isupper()
                                       or view.lowers[last + 1] in levels):
            last += 1
    if (first == named or named == head) and last == head:
        return None  # ("the Bolot Sydykov foundation": a name before the noun, which the
        # shared rule gives without the noun)
    return view.span_text(first, last), first, last


def _lower_group_named_after(view: DocView, head: int, rng: range
                             ) -> tuple[str, int, int] | None:
    """"The Kyrgyz national orchestra named after Karamoldo Orozov": a group's lower-case
    head (a ``roles.tsv`` cue of kind group) that "named after" and a capitalised name
    follow is that group's name, with its modifiers before the head (adjectives and a
    nationality, lower case or capitalised); the name after is whom the group honours.
    Without the tail ("the national orchestra performed") the head names no one."""
    toks = view.tokens
    j = head + 1
    if not (j + 2 < rng.stop and view.lowers[j] == "named" and view.lowers[j + 1] == "after"
            and toks[j + 2].text[:1].isupper()):
        return None
    last = j + 2
    while last + 1 < rng.stop and toks[last + 1].text[:1].isupper():
        last += 1
    first = head
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJ", "PROPN") \
            and view.lowers[first - 1] != "the":
        first -= 1
    if first == head:
        return None  # ("an orchestra named after X": no word of its own before the head)
    return view.span_text(first, last), first, last


def group_phrase(lang: Language, view: DocView, head: int, rng: range
                 ) -> tuple[str, int, int] | None:
    """"Issyk-Kul Regional Musical and Drama Theater named after Kasymaly Zhantoshev",
    "the Kurmangazy Orchestra of Folk Instruments": a capitalised head with the
    capitalised words before it ("and"/"of" between them), and "named after" or "of"
    with a capitalised name after it. A lowercase head ("the orchestra") names none."""
    toks = view.tokens
    if not toks[head].text[:1].isupper():
        return _lower_body_phrase(lang, view, head, rng)
    first = head
    while first - 1 >= rng.start:
        prev = toks[first - 1].text
        if prev[:1].isupper() and prev.lower() != "the":
            first -= 1
        elif prev in ("-", "–") and first - 2 >= rng.start and toks[first - 2].text[:1].isupper():
            first -= 2  # "Issyk-Kul"
        elif prev in _POSSESSIVE and first - 2 >= rng.start and _names_place(view, first - 2):
            first -= 2  # "Kazakhstan's Embassy": the country's body, whose name
            break  # the possessor begins
        elif prev.lower() in ("and", "of", "&") and first - 2 >= rng.start \
                and toks[first - 2].text[:1].isupper() and toks[first - 2].text.lower() != "the" \
                and not (prev.lower() != "of" and _closes_another_name(view, first - 2, head)):
            first -= 2
        else:
            break
    last = head
    j = head + 1
    if j + 2 < rng.stop and view.lowers[j] == "named" and view.lowers[j + 1] == "after":
        j += 2
    elif j + 1 < rng.stop and view.lowers[j] == "of":
        j += 1
    else:
        j = -1
    if j > 0:
        k = j
        while k < rng.stop and (toks[k].text[:1].isupper() or toks[k].text == "."):
            k += 1
        if k > j:
            last = k - 1
    if first == head and last == head:
        return None
    return view.span_text(first, last), first, last
