"""What the place stage needs to know of Kazakh (mixed into :class:`sahna.langs.kk.Kazakh`)."""

from __future__ import annotations


class KazakhPlaces:
    """Kazakh place rules: none beyond the shared defaults yet."""
