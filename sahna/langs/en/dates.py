"""What the date stage needs to know of English (mixed into :class:`sahna.langs.en.English`)."""

from __future__ import annotations


class EnglishDates:
    """English date rules: none beyond the shared defaults yet."""
