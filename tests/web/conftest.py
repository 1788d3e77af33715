"""The browser the web tests share (one per test module)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright; ``test_browser`` skips the browser test
    modules that import it when Chromium or Playwright is missing."""
    from test_browser import ARGS, CHROMIUM, sync_api

    with sync_api.sync_playwright() as p:
        opened = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield opened
        opened.close()
