"""Names from capitalisation, for languages without an NER model (Kazakh).

A run of two to four capitalised words is taken as a person; a «quoted» name as an
organisation or group. Runs that contain a word from the place gazetteer or a month are
left to the place and date stages.
"""

from __future__ import annotations

import re

from sahna.document import Document, NamedEntity

_CAP = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]?[a-zа-яёәғқңөұүһі]+)?"
_RUN = re.compile(rf"(?<![\w«\"])({_CAP})((?:\s+{_CAP}){{1,3}})")
_QUOTED = re.compile(r"«([^«»\n]{2,80})»")
#: The most words a quoted name of a body, troupe or work has («Ұлы дала сазы»,
#: «Қазақстан халқы Ассамблеясы»); a longer quote is a citation or a slogan.
QUOTED_NAME_WORDS = 5
_CLAUSE_MARK = re.compile(r"[,:;!?]")


def quoted_name(inner: str) -> bool:
    """Is the text inside «…» a name? Kazakh writes a name with a capital (or in Latin
    letters, or opening with a digit), short and without clause punctuation; a quoted
    common word («жаман», «жетпіс») or a quoted sentence («Осы арқылы …
    түсіреміз») is a citation, which the quote marks do not make a body."""
    inner = inner.strip()
    return bool(inner) and (inner[0].isupper() or inner[0].isdigit()) \
        and len(inner.split()) <= QUOTED_NAME_WORDS and not _CLAUSE_MARK.search(inner)


# A Russian-style surname closes a Kazakh name: «Ералы Лұқпанұлы Тоғжанов Роза Бағланова»
# is two people. Case endings after it are not part of the name («Тоқаевтың»).
_SURNAME_END = re.compile(r"(ов|ев|ёв|ин|ова|ева|ина|ский|ская)(?P<case>ның|нің|тың|тің|қа|ке|"
                          r"ға|ге|ты|ті|ны|ні|пен|бен|мен|нан|нен|тан|тен|да|де|та|те)?$")


def _split_run(start: int, text: str) -> list[tuple[int, str]]:
    """Cut a run of capitalised words after each surname; drop a surname's case ending."""
    out, words, offset = [], [], start
    position = start
    for word in text.split(" "):
        words.append(word)
        match = _SURNAME_END.search(word)
        if match and len(words) >= 2:
            base = word[: match.start("case")] if match.group("case") else word
            out.append((offset, " ".join([*words[:-1], base])))
            position += len(word) + 1
            offset, words = position, []
            continue
        position += len(word) + 1
    if len(words) >= 2:
        out.append((offset, " ".join(words)))
    return out


def capitalised_names(doc: Document) -> list[NamedEntity]:
    places = [(p.start, p.end) for p in doc.places] + [(r.start, r.end) for r in doc.country_refs]
    out = []
    for match in _RUN.finditer(doc.text):
        for start, name in _split_run(match.start(), match.group(0)):
            if any(s < start + len(name) and start < e for s, e in places):
                continue  # «Алматыда Анкара», «Қазақстанның Халық»: places, not people
            end = start + len(name)
            out.append(NamedEntity(start, end, doc.text[start:end], "PER", name))
    for match in _QUOTED.finditer(doc.text):
        inner = match.group(1).strip()
        if not quoted_name(inner):
            continue
        out.append(NamedEntity(match.start(1), match.end(1), inner, "ORG", inner))
    out.sort(key=lambda e: e.start)
    return out
