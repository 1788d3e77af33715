"""What the place stage needs to know of English (mixed into :class:`sahna.langs.en.English`)."""

from __future__ import annotations


class EnglishPlaces:
    """English place rules: none beyond the shared defaults yet."""
