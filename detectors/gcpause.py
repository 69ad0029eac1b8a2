"""Pause Python's cyclic garbage collector while a long text is analysed.

The name finder makes one small object per token (about 200 000 for 100 KB of text). Each of
them counts towards the collector's thresholds, so a 10 MB text triggered some twenty full
collections, and every full collection walks all live objects, the detector's word tables
included: about 1.5 s of 10 s. The analysis makes no reference cycles worth collecting (its
objects are freed by reference counting when a chunk is done), so the collector is paused for
the duration and runs again afterwards. Short texts are left alone.

Thread-safe: the collector is switched back on when the last analysis that paused it ends, and
only if it was on before.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

#: Texts from this many characters on are analysed with the collector paused.
MIN_LENGTH = 20_000

_lock = threading.Lock()
_active = 0
_was_enabled = False


@contextmanager
def paused(length: int):
    """``with paused(len(text)):`` -- no cyclic collection inside, for long texts only."""
    global _active, _was_enabled
    if length < MIN_LENGTH:
        yield
        return
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _was_enabled:
                gc.enable()
