"""The event filters, declared once for ``sahna events``, ``sahna export`` and the API.

Each :class:`Filter` names the :class:`~sahna.store.EventQuery` field it fills, its
query-string parameter (``?from=``) which is also its command-line flag (``--from``),
the help of each, and its kind. From :data:`FILTERS` are built the options of the
commands (:func:`cli_options`) and the query parameters of the API's dependency
(:func:`api_parameters`): a filter added here appears in all three, with one name.

Both builders set the ``__signature__`` of the decorated function, which typer and
FastAPI read to find parameters; the function receives the filters as keyword
arguments named by field (``date_from=``), collected by its ``**filters``. typer and
FastAPI are imported by the builders only, so that importing this module costs nothing.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

__all__ = ["CLI_ORDER", "FILTERS", "Filter", "api_parameters", "cli_options", "filter_named"]

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Filter:
    """One filter. ``kind``: ``text`` (one string), ``date`` (``YYYY[-MM[-DD]]``),
    ``list`` (repeatable; every value must hold) or ``flag`` (a boolean: ``--flag`` on
    the command line, ``?flag=true`` or ``1`` in a query string)."""

    field: str  # the EventQuery field, and the Python parameter's name
    param: str  # the query-string parameter; the command-line flag is --param
    help: str  # on the command line (--help)
    description: str  # in the API (OpenAPI)
    kind: Literal["text", "date", "list", "flag"] = "text"
    # what the OpenAPI schema declares the values to be (:func:`value_schema`): one of the
    # contract's types or statuses, a country code, a document language, a date
    values: Literal["", "type", "status", "country", "lang", "date"] = ""

    @property
    def flag(self) -> str:
        return f"--{self.param}"

    @property
    def annotation(self) -> Any:
        if self.kind == "flag":
            return bool | None
        return list[str] | None if self.kind == "list" else str | None


# In the order of EventQuery's fields, which is the API's parameter order.
FILTERS: tuple[Filter, ...] = (
    Filter("type", "type", "Event type.", "Event type (concert, festival, ...)",
           values="type"),
    Filter("status", "status", "held, ongoing, planned, ...", "held, ongoing, planned, ...",
           values="status"),
    Filter("city", "city", "City (English name).",
           "City, in any spelling, script or language the gazetteer knows"),
    Filter("country", "country", "ISO alpha-2 country code.",
           "ISO alpha-2 of the place (a country's name in Russian, Kazakh or English is "
           "accepted too)", values="country"),
    Filter("countries", "countries", "Country taking part (repeatable: all must take part).",
           "Countries taking part (repeat for several; all must take part)", kind="list",
           values="country"),
    Filter("date_from", "from", "From YYYY[-MM[-DD]].", "YYYY[-MM[-DD]]", kind="date",
           values="date"),
    Filter("date_to", "to", "To YYYY[-MM[-DD]].", "YYYY[-MM[-DD]]", kind="date",
           values="date"),
    Filter("exact", "exact",
           "Only events known to fall within --from/--to, not those dated only by a "
           "year or month that holds them.",
           "Only events known to fall within from–to: an event dated only by a year or "
           "month that holds `from` or `to` (2025 or 2025-04 for 2025-04-26) is left "
           "out; a multi-day event spanning the dates is kept", kind="flag"),
    Filter("lang", "lang", "Document language.", "Document language", values="lang"),
    Filter("participant", "participant", "Entity id or part of a participant's name.",
           "Participant name"),
    Filter("q", "q", "Full-text search.", "Full-text search"),
)

# The order `--help` has always listed the options in.
CLI_ORDER = ("type", "city", "country", "date_from", "date_to", "exact", "status", "lang", "q",
             "participant", "countries")


def filter_named(field: str) -> Filter:
    return next(f for f in FILTERS if f.field == field)


def cli_type(f: Filter) -> Any:
    """The type typer gives an option: a flag is ``--flag`` alone, without a value."""
    return bool if f.kind == "flag" else f.annotation


def cli_options(after: str) -> Callable[[F], F]:
    """Give a typer command one ``--flag`` option per filter (default None: no filter;
    False for a flag), placed after its parameter ``after`` in :data:`CLI_ORDER` (the
    order of ``--help``);
    the command receives them by field name in its ``**filters``."""

    def decorate(command: F) -> F:
        import typer

        signature = inspect.signature(command, eval_str=True)
        options = [
            inspect.Parameter(f.field, inspect.Parameter.KEYWORD_ONLY,
                              default=False if f.kind == "flag" else None,
                              annotation=Annotated[cli_type(f),
                                                   typer.Option(f.flag, help=f.help)])
            for f in map(filter_named, CLI_ORDER)]
        parameters: list[inspect.Parameter] = []
        for parameter in signature.parameters.values():
            if parameter.kind is inspect.Parameter.VAR_KEYWORD:
                continue
            parameters.append(parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY))
            if parameter.name == after:
                parameters += options
        command.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in parameters}
        return command

    return decorate


# A date of any precision whose month and day exist (29 February aside), or empty.
DATE_PATTERN = (r"^$|^(?!0000)\d{4}(-(0[1-9]|1[0-2]))?$"
                r"|^(?!0000)\d{4}-((0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])"
                r"|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)$")


def value_schema(f: Filter) -> dict[str, Any]:
    """The OpenAPI constraints of a filter's values, so that clients (and schemathesis)
    send what the server accepts: enums of the contract's codes (the empty string, which
    a web form sends for "any", included), a pattern for dates."""
    if not f.values:
        return {}
    if f.values == "date":
        return {"pattern": DATE_PATTERN}
    if f.values == "country":
        from sahna.i18n import country_names

        options = ["", *sorted(country_names("en"))]
    elif f.values == "lang":
        from sahna.langs import CODES

        options = ["", *CODES]
    else:
        from sahna.contract import EVENT_TYPES, STATUSES

        options = ["", *(EVENT_TYPES if f.values == "type" else STATUSES)]
    return {"items": {"type": "string", "enum": options}} if f.kind == "list" \
        else {"enum": options}


def api_parameters(dependency: F) -> F:
    """Make ``dependency(**filters)`` a FastAPI dependency with one query parameter per
    filter; ``from`` and ``to`` are aliases of ``date_from`` and ``date_to`` (``from``
    is a Python keyword)."""
    from fastapi import Query

    parameters = []
    for f in FILTERS:
        query = Query(description=f.description,
                      alias=f.param if f.param != f.field else None,
                      json_schema_extra=value_schema(f) or None)
        parameters.append(inspect.Parameter(
            f.field, inspect.Parameter.KEYWORD_ONLY, default=None,
            annotation=Annotated[f.annotation, query]))
    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        parameters, return_annotation=inspect.signature(dependency).return_annotation)
    return dependency
