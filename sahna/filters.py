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
    """One filter. ``kind``: ``text`` (one string), ``date`` (``YYYY[-MM[-DD]]``) or
    ``list`` (repeatable; every value must hold)."""

    field: str  # the EventQuery field, and the Python parameter's name
    param: str  # the query-string parameter; the command-line flag is --param
    help: str  # on the command line (--help)
    description: str  # in the API (OpenAPI)
    kind: Literal["text", "date", "list"] = "text"

    @property
    def flag(self) -> str:
        return f"--{self.param}"

    @property
    def annotation(self) -> Any:
        return list[str] | None if self.kind == "list" else str | None


# In the order of EventQuery's fields, which is the API's parameter order.
FILTERS: tuple[Filter, ...] = (
    Filter("type", "type", "Event type.", "Event type (concert, festival, ...)"),
    Filter("status", "status", "held, ongoing, planned, ...", "held, ongoing, planned, ..."),
    Filter("city", "city", "City (English name).", "City, English name"),
    Filter("country", "country", "ISO alpha-2 country code.", "ISO alpha-2 of the place"),
    Filter("countries", "countries", "Country taking part (repeatable: all must take part).",
           "Countries taking part (repeat for several; all must take part)", kind="list"),
    Filter("date_from", "from", "From YYYY[-MM[-DD]].", "YYYY[-MM[-DD]]", kind="date"),
    Filter("date_to", "to", "To YYYY[-MM[-DD]].", "YYYY[-MM[-DD]]", kind="date"),
    Filter("lang", "lang", "Document language.", "Document language"),
    Filter("participant", "participant", "Entity id or part of a participant's name.",
           "Participant name"),
    Filter("q", "q", "Full-text search.", "Full-text search"),
)

# The order `--help` has always listed the options in.
CLI_ORDER = ("type", "city", "country", "date_from", "date_to", "status", "lang", "q",
             "participant", "countries")


def filter_named(field: str) -> Filter:
    return next(f for f in FILTERS if f.field == field)


def cli_options(after: str) -> Callable[[F], F]:
    """Give a typer command one ``--flag`` option per filter (default None: no filter),
    placed after its parameter ``after`` in :data:`CLI_ORDER` (the order of ``--help``);
    the command receives them by field name in its ``**filters``."""

    def decorate(command: F) -> F:
        import typer

        signature = inspect.signature(command, eval_str=True)
        options = [
            inspect.Parameter(f.field, inspect.Parameter.KEYWORD_ONLY, default=None,
                              annotation=Annotated[f.annotation,
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


def api_parameters(dependency: F) -> F:
    """Make ``dependency(**filters)`` a FastAPI dependency with one query parameter per
    filter; ``from`` and ``to`` are aliases of ``date_from`` and ``date_to`` (``from``
    is a Python keyword)."""
    from fastapi import Query

    parameters = []
    for f in FILTERS:
        query = Query(description=f.description,
                      alias=f.param if f.param != f.field else None)
        parameters.append(inspect.Parameter(
            f.field, inspect.Parameter.KEYWORD_ONLY, default=None,
            annotation=Annotated[f.annotation, query]))
    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        parameters, return_annotation=inspect.signature(dependency).return_annotation)
    return dependency
