"""What the place stage needs to know of Russian (mixed into :class:`sahna.langs.ru.Russian`)."""

from __future__ import annotations


class RussianPlaces:
    """Russian place rules: none beyond the shared defaults yet."""
