"""Models and tables a process loads once and keeps: out of the garbage collector's way.

Python's cyclic garbage collector now and then walks every object that may hold a
reference (a "full" collection); with the models and tables loaded — spaCy's pipeline,
the gazetteer, pymorphy2, natasha: about 180,000 objects — each walk took about a
quarter of a second, and one came every second or two of extraction. Objects loaded
for the life of the process can never become garbage, so each loader hands what it
built to :func:`resident`, which freezes every object alive at that moment
(:func:`gc.freeze`): later collections skip them. Objects freed by their reference
count are freed as before; only a reference cycle alive at the moment of loading is
kept for good, which costs nothing worth counting.
"""

from __future__ import annotations

import gc
from typing import TypeVar

T = TypeVar("T")


def resident(value: T) -> T:
    """``value``, just loaded for the life of the process, with every object alive now
    (``value``'s and those loaded before it) left out of future collections."""
    gc.freeze()
    return value
