"""sahna: news about cultural and public life, turned into a database of events.

::

    import sahna

    record = sahna.extract(page_html_or_text, published="2025-05-05")
    for event in record.events:
        print(event.type, event.title, event.start, event.city)
    record.to_dict()  # the contract's JSON record

    pipe = sahna.Pipeline(langs=("ru", "kk"))  # models loaded once
    records = list(pipe.extract_many(texts))

    with sahna.open_store("sahna.db") as store:  # or postgresql://...
        store.events(sahna.EventQuery(city="Almaty"))

Names are imported on first use, so that ``import sahna`` (and the command line's
start) does not load the models, the store or the web framework.
"""

from __future__ import annotations

import os
from importlib import import_module

# One BLAS thread per process, unless the caller chose otherwise: the models multiply
# small matrices (a sentence's words by a few hundred features), where OpenBLAS's
# threads cost more than they give — they spin waiting for each other, and on a machine
# whose cores are busy (other workers, or sahna's own worker processes) natasha's
# tagger took 5 to 50 times longer per sentence than on one thread. Set before numpy is
# first imported, which reads it once.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sahna.contract import Event, Participant, Record
    from sahna.library import InputError, Pipeline, extract, to_document
    from sahna.store import EventQuery, Store, open_store

__all__ = ["Event", "EventQuery", "InputError", "Participant", "Pipeline", "Record", "Store",
           "extract", "open_store", "to_document"]

_WHERE = {"Event": "sahna.contract", "Participant": "sahna.contract", "Record": "sahna.contract",
          "InputError": "sahna.library", "Pipeline": "sahna.library", "extract": "sahna.library",
          "to_document": "sahna.library",
          "EventQuery": "sahna.store", "Store": "sahna.store", "open_store": "sahna.store"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'sahna' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
