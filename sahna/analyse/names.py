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


def capitalised_names(doc: Document) -> list[NamedEntity]:
    out = []
    for match in _RUN.finditer(doc.text):
        text = match.group(0)
        out.append(NamedEntity(match.start(), match.end(), text, "PER", text))
    for match in _QUOTED.finditer(doc.text):
        inner = match.group(1).strip()
        out.append(NamedEntity(match.start(1), match.end(1), inner, "ORG", inner))
    out.sort(key=lambda e: e.start)
    return out
