"""Per-language analysis: sentences, tokens with lemmas, named entities.

The analysis itself belongs to each language (``sahna.langs.<code>``); this package holds
what all of them share: sentence and word segmentation (:mod:`.segment`), the cheap
pre-filter that sends only the sentences that can state an event to the models
(:mod:`.relevance`), and IOB2 files and their scorer (:mod:`.iob`).
"""

from __future__ import annotations

from sahna.langs import CODES, language


def warm_up(langs: tuple[str, ...] = CODES) -> None:
    """Load the models now (before timing, or before forking workers), and the page
    cleaner's lexicons with them (every document passes through both)."""
    from sahna.clean import warm_up as warm_up_cleaner

    warm_up_cleaner()
    for code in langs:
        language(code).warm_up()
