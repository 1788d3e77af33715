"""Errors the API raises on purpose, and how a request says which format it wants."""

from __future__ import annotations

from starlette.requests import Request


class ApiError(Exception):
    """A client error with its HTTP status (400 bad filter, 404 unknown id or page...)."""

    def __init__(self, status: int, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def wants_json(request: Request) -> bool:
    """JSON for the API and the exports, HTML for the pages people browse."""
    path = request.url.path
    return (path.startswith("/api/") or path == "/api" or path.startswith("/events.")
            or path.startswith("/openapi") or path.startswith("/static/"))
