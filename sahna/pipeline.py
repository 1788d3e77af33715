"""The stages a document goes through, each declaring what it reads and what it fills.

Like a spaCy component, a stage is a function of the :class:`~sahna.document.Document`
registered with :func:`stage`, which names the fields it **requires** and the fields it
**assigns**. The order is built from those declarations, not written by hand: a stage
runs once every field it requires has been assigned by an earlier stage (or by the
reader), and among the stages that could run next the one declared first goes first.
An impossible declaration — a field no stage or reader assigns, or a cycle — raises
:class:`PipelineError` when this module is imported; a stage that reads or writes a
field it did not declare is caught by :func:`process` with ``check=True`` (the tests run
every shared page that way).

The stages, in the order built (``python -m sahna.pipeline`` prints this table, and the
README's is generated from it):

    clean -> identify -> normalise -> places -> dates -> analyse -> events

A document in a language sahna does not analyse keeps its ``lang``, gets a warning and no
events: the stages marked ``per_language`` run only for analysed languages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from sahna import lang as language_id
from sahna import limits, places
from sahna.clean import clean_text
from sahna.dates import find_dates
from sahna.document import Document
from sahna.events.build import extract_events
from sahna.langs import CODES, language
from sahna.limits import capped

__all__ = ["READ", "STAGES", "PipelineError", "Stage", "UndeclaredField", "process",
           "stage", "stage_table", "through"]

# What a reader fills (sahna.read): a document enters the pipeline with these.
READ: tuple[str, ...] = ("doc_id", "source", "raw", "url", "published", "title", "site",
                         "fetched")


class PipelineError(Exception):
    """The stages' declarations cannot be put in an order."""


class UndeclaredField(AttributeError):
    """A stage read or wrote a field of the document it did not declare."""


@dataclass(frozen=True)
class Stage:
    """One step: ``run(doc)`` reads ``requires`` and fills ``assigns``."""

    name: str
    run: Callable[[Document], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    per_language: bool  # only for documents in a language sahna analyses
    doc: str


_DECLARED: list[Stage] = []


def stage(requires: tuple[str, ...], assigns: tuple[str, ...], *, per_language: bool = True,
          name: str | None = None
          ) -> Callable[[Callable[[Document], None]], Callable[[Document], None]]:
    """Register the decorated function as a stage (named ``name``, by default the
    function's name) with its declared fields."""
    known = {f.name for f in fields(Document)}

    def register(fn: Callable[[Document], None]) -> Callable[[Document], None]:
        unknown = sorted(set(requires + assigns) - known)
        if unknown:
            raise PipelineError(f"stage {fn.__name__}: no Document field {', '.join(unknown)}")
        summary = " ".join((fn.__doc__ or "").strip().split("\n\n")[0].split())
        _DECLARED.append(Stage(name or fn.__name__, fn, requires, assigns, per_language,
                               summary))
        return fn
    return register


# -- the stages ------------------------------------------------------------------------


@stage(requires=("raw", "title", "published", "fetched"),
       assigns=("text", "removed_lines", "title", "published"), per_language=False)
def clean(doc: Document) -> None:
    """Cut page chrome from the text as read; a headline and publication date found in
    the text fill in what the reader did not know."""
    cleaned = clean_text(doc.raw, title=doc.title, published=doc.published,
                         fetched=doc.fetched)
    doc.text = cleaned.text
    doc.removed_lines = cleaned.removed_lines
    doc.title = cleaned.title
    doc.published = cleaned.published


@stage(requires=("text", "raw"), assigns=("lang",), per_language=False)
def identify(doc: Document) -> None:
    """The language of the cleaned text (lingua)."""
    doc.lang = language_id.detect_language(doc.text or doc.raw)


@stage(requires=("text", "lang"), assigns=("normalised",))
def normalise(doc: Document) -> None:
    """The language's spelling repairs (Kazakh: Latin lookalike letters made Cyrillic),
    done once, one character for one, so every offset still points into ``text``."""
    doc.normalised = language(doc.lang or "").normalise(doc.text)


@stage(requires=("text", "lang"), assigns=("places", "country_refs", "city_adjectives"),
       name="places")
def find_places(doc: Document) -> None:
    """Cities and countries named, countries referred to (names, adjectives,
    abbreviations), and cities named only by an adjective («алматинский»)."""
    doc.places = places.find_places(doc.text, doc.lang)
    doc.country_refs = places.find_country_refs(doc.text, doc.lang)
    doc.city_adjectives = places.find_city_adjectives(doc.text, doc.lang)


@stage(requires=("normalised", "text", "lang", "published"), assigns=("dates", "warnings"))
def dates(doc: Document) -> None:
    """Date expressions resolved against the publication date; found in the normalised
    text and quoted from the text."""
    doc.dates = capped(find_dates(doc.normalised, doc.lang or "", doc.published),
                       limits.DATES, "dates", doc.warnings)
    for mention in doc.dates:
        mention.text = doc.text[mention.start:mention.end]


@stage(requires=("text", "normalised", "lang", "places", "country_refs"),
       assigns=("sentences", "tokens", "entities", "warnings"))
def analyse(doc: Document) -> None:
    """Sentences, tokens with lemmas, and named entities, by the document's language
    (a Kazakh name rule leaves the places already found out of people's names)."""
    language(doc.lang or "").analyse(doc)


@stage(requires=("text", "title", "lang", "published", "sentences", "tokens", "entities",
                 "dates", "places", "country_refs", "city_adjectives"),
       assigns=("events", "warnings"))
def events(doc: Document) -> None:
    """Every specific event with the contract's slots."""
    extract_events(doc)


# -- the order -------------------------------------------------------------------------


def _order(declared: list[Stage], given: tuple[str, ...] = READ) -> tuple[Stage, ...]:
    """The stages in an order where each runs after what it requires is assigned."""
    available, left, out = set(given), list(declared), []
    while left:
        ready = next((s for s in left if set(s.requires) <= available), None)
        if ready is None:
            missing = {s.name: sorted(set(s.requires) - available) for s in left}
            raise PipelineError(f"no stage assigns what these require: {missing}")
        out.append(ready)
        available |= set(ready.assigns)
        left.remove(ready)
    first = next((i for i, s in enumerate(out) if s.per_language), len(out))
    late = [s.name for s in out[first:] if not s.per_language]
    if late:  # the run stops at the first per-language stage for other languages
        raise PipelineError(f"stages for every language must come first: {late}")
    return tuple(out)


STAGES: tuple[Stage, ...] = _order(_DECLARED)


def stage_table() -> str:
    """The stages as a Markdown table (the README's is this table)."""
    rows = ["| stage | reads | fills | what it does |", "|---|---|---|---|"]
    for s in STAGES:
        rows.append(f"| `{s.name}` | {', '.join(s.requires)} | {', '.join(s.assigns)} | "
                    f"{s.doc}{'' if s.per_language else ' (every language)'} |")
    return "\n".join(rows)


# -- running ---------------------------------------------------------------------------


class _Guard:
    """The document as one stage may see it: reading or writing a field outside the
    stage's declaration raises :class:`UndeclaredField`."""

    _doc: Document
    _reads: set[str]
    _writes: set[str]
    _stage: str

    def __init__(self, doc: Document, s: Stage) -> None:
        object.__setattr__(self, "_doc", doc)
        object.__setattr__(self, "_reads", set(s.requires) | set(s.assigns))
        object.__setattr__(self, "_writes", set(s.assigns))
        object.__setattr__(self, "_stage", s.name)

    def __getattr__(self, name: str) -> object:
        if name not in self._reads:
            raise UndeclaredField(f"stage {self._stage} reads undeclared field {name}")
        return getattr(self._doc, name)

    def __setattr__(self, name: str, value: object) -> None:
        if name not in self._writes:
            raise UndeclaredField(f"stage {self._stage} writes undeclared field {name}")
        setattr(self._doc, name, value)


def process(doc: Document, *, check: bool = False,
            stages: tuple[Stage, ...] | None = None) -> Document:
    """Run every stage on ``doc``. With ``check``, each stage sees a guarded document
    that refuses fields it did not declare (slower; for tests)."""
    for s in STAGES if stages is None else stages:
        if s.per_language and doc.lang not in CODES:
            doc.warnings.append(f"language {doc.lang or 'unknown'!s} is not analysed; skipped")
            break
        s.run(_Guard(doc, s) if check else doc)  # type: ignore[arg-type]
    return doc


def through(doc: Document, last: str) -> Document:
    """Run the per-language stages of ``doc`` (whose ``text`` and ``lang`` are set) up to
    and including stage ``last``: for tests and tools that need a document analysed but
    no events."""
    names = [s.name for s in STAGES]
    wanted = STAGES[names.index("normalise"):names.index(last) + 1]
    return process(doc, stages=wanted)


if __name__ == "__main__":
    print(stage_table())
