"""Per-language analysis: sentences, tokens with lemmas, named entities.

Each language module has ``analyse(doc) -> doc``; they are imported lazily so that a
Kazakh-only run never loads spaCy, and an English-only run never loads natasha.
"""

from __future__ import annotations

from importlib import import_module

from sahna.document import Document

MODULES = {"ru": "sahna.analyse.ru", "en": "sahna.analyse.en", "kk": "sahna.analyse.kk"}


def analyse(doc: Document) -> Document:
    module = import_module(MODULES[doc.lang or ""])
    return module.analyse(doc)


def warm_up(langs: tuple[str, ...] = ("ru", "en", "kk")) -> None:
    """Load the models now (before timing, or before forking workers)."""
    for lang in langs:
        module = import_module(MODULES[lang])
        module.analyse(Document(doc_id="warm-up", source="", raw="", text="Астана. Almaty."))
