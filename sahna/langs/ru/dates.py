"""What the date stage needs to know of Russian (mixed into :class:`sahna.langs.ru.Russian`)."""

from __future__ import annotations


class RussianDates:
    """Russian date rules: none beyond the shared defaults yet."""
