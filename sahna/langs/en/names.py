"""People named after their title, which the small English model does not know.

spaCy's small English model learnt its names from Western news: "Minister of Culture of
Uzbekistan Ozodbek Nazarbekov" or "poet Zafer Kibar" often come out without a PERSON.
News writes a person's title first and the name last, so the title tells where to look:
after a role word («minister», "ambassador", "singer": the person roles of
``roles.tsv``), over the rest of the title ("of Culture of Uzbekistan"), the name is
the run of two or three capitalised words that closes it — before a comma, a full stop
or a word in lower case, not before "of" or "and Information", which carry the title
on. Places (already found by the place stage) and the title's own words are not names.
"""

from __future__ import annotations

import re
from functools import cache

from sahna.document import Document, NamedEntity
from sahna.events.lexicon import role_cues
from sahna.langs import language

#: How far after the role word the name may stand: titles run long ("Chairman of the
#: Committee on Culture and Information of the Ministry of … of Kazakhstan").
TITLE_REACH = 24
_NAME_WORD = re.compile(r"[A-Z][a-zà-öø-ÿğışçəñ'’-]+(?:-[A-Z][a-zà-öø-ÿğışçəñ'’-]+)?")
#: Words after which a capitalised run is still part of the title.
_TITLE_GOES_ON = frozenset({"of", "for", "on", "in", "at", "to"})


@cache
def _person_roles() -> frozenset[str]:
    return frozenset(cue for cue, (_role, kind) in role_cues("en").items()
                     if kind == "person" and " " not in cue)


@cache
def _title_words() -> frozenset[str]:
    """Words that are titles or bodies, never a name (roles, "Ministry", "Committee")."""
    bodies = {row[0].lower() for row in language("en").rows("org_words.tsv")}
    return _person_roles() | frozenset(bodies)


def titled_names(doc: Document) -> list[NamedEntity]:
    """PER entities for names closing a title, where no entity is yet."""
    tokens, found = doc.tokens, []
    taken = [(e.start, e.end) for e in doc.entities]
    places = [(p.start, p.end) for p in doc.places]
    roles, titles = _person_roles(), _title_words()
    for i, tok in enumerate(tokens):
        if tok.text.lower().rstrip("s") not in roles and tok.text.lower() not in roles:
            continue
        run: list[int] = []
        for j in range(i + 1, min(len(tokens), i + 1 + TITLE_REACH)):
            word = tokens[j]
            inside_place = any(s <= word.start < e for s, e in places)
            if (_NAME_WORD.fullmatch(word.text) and not inside_place
                    and word.text.lower() not in titles):
                run.append(j)
                continue
            if 2 <= len(run) <= 3 and _closes(tokens, j):
                found.append(_entity(doc, run))
                break
            if word.text in ".;:!?" or (word.text == "," and run):
                break
            run = []
    return [e for e in found if not any(s < e.end and e.start < t for s, t in taken)]


def _closes(tokens, j: int) -> bool:
    """Does token ``j`` end a name rather than carry the title on?"""
    word = tokens[j].text
    if word.lower() in _TITLE_GOES_ON:
        return False
    if word.lower() == "and" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        # "of Culture and Information" goes on; "… Nazarbekov and Deputy Minister …"
        # starts the next person's title
        return tokens[j + 1].text.lower() in _person_roles()
    return True


def _entity(doc: Document, run: list[int]) -> NamedEntity:
    start, end = doc.tokens[run[0]].start, doc.tokens[run[-1]].end
    text = doc.text[start:end]
    return NamedEntity(start, end, text, "PER", text)
