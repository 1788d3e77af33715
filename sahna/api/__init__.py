"""The JSON API under ``/api/`` and the export endpoints (``/events.ics`` ...) as routers
(:mod:`sahna.api.routes`); :mod:`sahna.app` mounts them beside the web pages.

``sahna.api.create_app`` is the app's old address, kept for callers not yet moved to
:func:`sahna.app.create_app`; it is looked up only when used, so importing the API does
not import the app, and through it the web pages.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from sahna.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
