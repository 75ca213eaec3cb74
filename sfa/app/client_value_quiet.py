"""Bulk work on a worker thread without stalling the GUI thread on garbage collection.

Valuing or sorting 100,000 accounts makes millions of short-lived objects; left alone, the
collector would run a full collection every few thousand accounts, each walking every object
of the app for tens of milliseconds with the GIL held — the window would stutter. Inside
:func:`without_full_collections` automatic collection is off (reference counting still frees
what the work made; the valuation collects the youngest generation itself after each
chunk). Two such sections may overlap on two workers: collection resumes when the last one
ends, and only if it was on before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_open = 0
_was_enabled = False


@contextmanager
def without_full_collections() -> Iterator[None]:
    global _open, _was_enabled
    with _lock:
        if _open == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open += 1
    try:
        yield
    finally:
        with _lock:
            _open -= 1
            if _open == 0 and _was_enabled:
                gc.enable()
