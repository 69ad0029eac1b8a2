"""Caches that hold words or lines of the text under analysis live only as long as that analysis.

Several parts of the detector keep answers per word or per line ("is this word a name?", the
segments of a short line, the address candidates of a text): a run of names asks the same thing
thousands of times. Kept across texts they would hold the names and lines of earlier clipboards in
memory, where a crash dump or a memory snapshot could show them. Each such cache registers how it
is emptied; :func:`forget` empties them all and ``Detector.analyze`` calls it after every text.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable

_CLEARERS: list[Callable[[], None]] = []
_HOLDERS: weakref.WeakSet = weakref.WeakSet()


def per_text(clear: Callable[[], None]) -> Callable[[], None]:
    """Register a module-level cache's ``clear`` (a dict's or an ``lru_cache``'s ``cache_clear``)."""
    _CLEARERS.append(clear)
    return clear


def holder(obj):
    """Register an object whose ``forget_text()`` drops what it kept of the last text (held weakly:
    a detector built in a test goes away as before)."""
    _HOLDERS.add(obj)
    return obj


def forget() -> None:
    """Empty every registered cache."""
    for clear in _CLEARERS:
        clear()
    for obj in list(_HOLDERS):
        obj.forget_text()
