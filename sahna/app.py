"""The sahna server: one FastAPI app that mounts the JSON API (``/api/``), the exports
(``/events.ics`` and friends), the web pages and their static files over one store.

This module is the only place that knows all of them, so that :mod:`sahna.api` and
:mod:`sahna.web` never import each other, and it owns what must hold for every response
whoever produced it:

- errors: bad input is the client's fault and is answered with a 4xx — JSON
  ``{"error": ..., "status": ...}`` for the API and exports, an HTML page for the pages —
  never a 500, because the API is public-facing and fuzzed in the test suite; a bug is
  a 500 in the same two formats;
- security headers: a strict Content-Security-Policy (no script at all, nothing from
  other origins, no framing) and its companions on every response, pages, JSON, exports,
  static files and errors alike, so a hole in one template or route is not enough for
  injected markup to run or for the site to be framed;
- ingestion over HTTP exists only when a token is configured, so a server started without
  one cannot be written to at all.

Which URLs may be linked or exported is decided by :func:`sahna.urls.safe_url`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sahna.api.routes import api_router, event_filters, export_router
from sahna.http import ApiError
from sahna.web import error_page, web_router

__all__ = ["SECURITY_HEADERS", "create_app", "wants_json"]

# The pages use one stylesheet from /static and no script; anything else a page tries to
# load or run is an injection, and the browser refuses it.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",  # an export or JSON body is never run as a page
    "Referrer-Policy": "no-referrer",  # links to news sites do not tell them what was read
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}


def create_app(db: str, token: str | None = None) -> FastAPI:
    """An app serving the database at ``db`` (a SQLite path or a database URL).

    ``token`` (or the SAHNA_TOKEN environment variable when None) enables ``POST
    /api/documents``; an empty token counts as none."""
    from sahna.store import open_store

    token = token if token is not None else os.environ.get("SAHNA_TOKEN")
    store = open_store(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        close = getattr(store, "close", None)
        if close is not None:
            close()

    # no /docs or /redoc: FastAPI's pages load their scripts from a CDN, and nothing
    # served here may depend on the outside world; the schema is at /openapi.json
    app = FastAPI(title="sahna", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Cultural events extracted from news in Russian, Kazakh "
                              "and English: search, browse and export.")
    app.state.store = store
    app.state.token = token or None
    app.include_router(api_router(bool(token)))
    app.include_router(export_router())
    # the pages filter events exactly as the API does: the same dependency, handed over
    app.include_router(web_router(filters=event_filters))
    static = files("sahna.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    install_error_handlers(app)
    # pages, JSON and exports compress well (a list page is a tenth of its size gzipped),
    # which matters on a phone; bodies under a kilobyte are not worth it
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Sets :data:`SECURITY_HEADERS` on every HTTP response that passes through it,
    replacing any a route set. A plain ASGI middleware rather than Starlette's
    ``BaseHTTPMiddleware``, so streamed bodies (exports) pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                secure(MutableHeaders(scope=message))
            await send(message)

        await self.app(scope, receive, send_secured)


def secure(headers: MutableHeaders) -> None:
    for name, value in SECURITY_HEADERS.items():
        headers[name] = value


def wants_json(request: Request) -> bool:
    """JSON for the API and the exports, HTML for the pages people browse."""
    path = request.url.path
    return (path.startswith("/api/") or path == "/api" or path.startswith("/events.")
            or (path.startswith("/events/") and path.endswith(".ics"))  # one event's file
            or path.startswith("/openapi") or path.startswith("/static/"))


def _error(request: Request, status: int, message: str, detail: Any = None,
           headers: dict[str, str] | None = None) -> Response:
    """A JSON error for the API and exports, an HTML page for the web UI."""
    if wants_json(request):
        body: dict[str, Any] = {"error": message, "status": status}
        if detail is not None:
            body["detail"] = detail
        return JSONResponse(body, status_code=status, headers=headers)
    return error_page(request, status, message)


def install_error_handlers(app: FastAPI) -> None:
    """Every failure the client can cause becomes a 4xx in the caller's format."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc.status, exc.message, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail),
                      headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
                  for e in exc.errors()]
        where = ", ".join(".".join(str(x) for x in d["loc"]) for d in detail)
        return _error(request, 422, f"invalid request: {where}", detail)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Response:
        # the store raises ValueError for filters it cannot apply (an impossible date)
        return _error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Starlette answers this one outside every middleware (and re-raises the error
        # for the server's log), so the security headers are set here too
        response = _error(request, 500, "internal server error")
        secure(response.headers)
        return response
