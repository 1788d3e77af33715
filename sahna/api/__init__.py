"""The JSON API under ``/api/`` and the export endpoints (``/events.ics`` ...) as routers
(:mod:`sahna.api.routes`); :mod:`sahna.app` mounts them beside the web pages, so the API
never imports the web pages, nor they the API."""
