"""Shared fixtures. Tests that read ../shared (the project's development data, beside
the checkout in CI) skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
