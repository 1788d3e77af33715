"""What the JSON API and the web pages both need from HTTP, owned by neither of them.

The API (:mod:`sahna.api`) and the pages (:mod:`sahna.web`) are two views of one store;
keeping the pieces they share here lets each be read, changed and tested without the
other, while :mod:`sahna.app` puts them together into one server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request

MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint; larger ids cannot exist
MAX_PAGE = 1_000_000


class ApiError(Exception):
    """A client error with its HTTP status (400 bad filter, 404 unknown id or page...);
    the app answers it in the caller's format, JSON or an HTML page."""

    def __init__(self, status: int, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def store_of(request: Request) -> Any:
    """The store the app was created over (one per app, opened by :mod:`sahna.app`)."""
    return request.app.state.store


def paged(fetch: Callable[[int, int], tuple[list[dict[str, Any]], int]], page: int,
          page_size: int) -> tuple[list[dict[str, Any]], int]:
    """Fetch one page; a page past the last one is a 404 (page 1 of nothing is empty)."""
    try:
        rows, total = fetch((page - 1) * page_size, page_size)
    except (ValueError, OverflowError) as exc:
        raise ApiError(400, str(exc)) from exc
    if page > 1 and (page - 1) * page_size >= total:
        last = max(1, -(-total // page_size))
        raise ApiError(404, f"page {page} is out of range (last page is {last})")
    return rows, total
