"""The one object that flows through the pipeline.

A reader fills the fields of the page as read; every stage of :mod:`sahna.pipeline`
then declares which fields it reads and which it fills, the way spaCy components
annotate a ``Doc`` (``python -m sahna.pipeline`` prints the table). Offsets of all
mentions point into ``Document.text`` (the cleaned text), so that evidence sentences can
always be quoted verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sahna.contract import Event, Participant

__all__ = ["CountryRef", "DateMention", "Document", "Event", "NamedEntity", "Participant",
           "PlaceMention", "Sentence", "Token"]


# Sentences, tokens and entities are slotted: a long page holds hundreds of thousands of
# tokens, made twice as fast and in half the memory without a __dict__ each.
@dataclass(slots=True)
class Sentence:
    """A sentence of the cleaned text; ``start``/``end`` are character offsets."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Token:
    """A word with the morphology the event rules need (lemma, POS, features)."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class NamedEntity:
    """A named entity: ``label`` is PER, ORG, LOC (any place), or FAC/EVENT/WORK/NORP
    where a model gives them; ``normal`` is the nominative/base form."""

    start: int
    end: int
    text: str
    label: str
    normal: str


@dataclass
class DateMention:
    """A date expression resolved to the spec's forms (``2025-04-25``, ``2025-04``,
    ``2025``, ``--04-25``, ``--04``). ``end_value`` is set for ranges; an expression
    such as "until the end of October" has only ``end_value``."""

    start: int
    end: int
    text: str
    start_value: str | None
    end_value: str | None = None


@dataclass
class PlaceMention:
    """A place named in the text: a city (English name + country) or a country."""

    start: int
    end: int
    text: str
    kind: str  # "city" | "country"
    city: str | None
    country: str | None  # ISO 3166-1 alpha-2


@dataclass
class CountryRef:
    """A country taking part, named by its name or a nationality adjective."""

    start: int
    end: int
    text: str
    country: str  # ISO 3166-1 alpha-2


@dataclass
class Document:
    """A news document on its way through the pipeline."""

    doc_id: str
    source: str  # where it came from: a path, "path:line", "-"
    raw: str  # the text as read, chrome included
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    # YYYY-MM-DD the page was fetched, when the source says (an archive's capture date):
    # what a stamp reading «Сегодня, 14:05» or "Yesterday" is counted from
    fetched: str | None = None
    title: str | None = None
    site: str | None = None  # the site's name, from an HTML page's metadata
    text: str = ""  # cleaned text; every offset below points into it
    removed_lines: list[str] = field(default_factory=list)
    lang: str | None = None
    # ``text`` with the language's spelling repairs, one character for one (Kazakh:
    # Latin lookalikes made Cyrillic), so that its offsets are those of ``text``
    normalised: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[NamedEntity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    country_refs: list[CountryRef] = field(default_factory=list)
    # cities named only by an adjective or demonym («алматинский», «алматылық»)
    city_adjectives: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
