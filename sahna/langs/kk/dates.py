"""What the date stage needs to know of Kazakh (mixed into :class:`sahna.langs.kk.Kazakh`)."""

from __future__ import annotations


class KazakhDates:
    """Kazakh date rules: none beyond the shared defaults yet."""
