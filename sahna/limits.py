"""What one document may hold before sahna stops looking for more of it.

A news page names a few events, dates and people; a page naming thousands — a
generated listing, a scraped calendar, text repeated by a broken crawler, or input
made to be slow — is no longer news, and every rule that compares a mention with its
neighbours would pay for it. Each stage that collects such things keeps the first
``limit`` of them and says so in a warning on the document (printed with its name by
the command, counted in the summary), so that the cost of one document is bounded
whatever it holds and no limit is reached in silence.

The limits are far above what the project's pages hold (the most events on one of
them is a few dozen), so a normal page never meets them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

MENTIONS = 500  # event trigger phrases kept per document
DATES = 2000  # date expressions kept per document
ANALYSED = 100_000  # characters of sentences given to the tagging models per document


def capped(items: Sequence[T], limit: int, what: str, warnings: list[str]) -> list[T]:
    """The first ``limit`` of ``items``; past the limit, a warning in ``warnings``
    saying what was dropped."""
    if len(items) <= limit:
        return list(items)
    warnings.append(f"{len(items)} {what} in one document; only the first {limit} are "
                    "used (the limit per document)")
    return list(items[:limit])
