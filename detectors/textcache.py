"""Caches that hold words or lines of the text under analysis live only as long as that analysis.

Several parts of the detector keep answers per word or per line ("is this word a name?", the
segments of a short line, the address candidates of a text): a run of names asks the same thing
thousands of times. Kept across texts they would hold the names and lines of earlier clipboards in
memory, where a crash dump or a memory snapshot could show them. Each such cache registers how it
is emptied; :func:`forget` empties them all and ``Detector.analyze`` calls it after every text.
"""
from __future__ import annotations

import functools
import weakref
from collections.abc import Callable

_CLEARERS: list[Callable[[], None]] = []
_HOLDERS: weakref.WeakSet = weakref.WeakSet()


def per_text(clear: Callable[[], None]) -> Callable[[], None]:
    """Register a module-level cache's ``clear`` (a dict's or an ``lru_cache``'s ``cache_clear``)."""
    _CLEARERS.append(clear)
    return clear


def last_text(fn: Callable[[str], object]) -> Callable[[str], object]:
    """``fn(text)`` kept for the last text it was asked of (the same string object), emptied after every analysis:
    work that several rules ask of the text under analysis ("where do the runs of digits start?"). The kept pair is
    ``wrapper.slot[0]``."""
    slot: list = [None]

    @functools.wraps(fn)
    def wrapper(text):
        got = slot[0]
        if got is not None and got[0] is text:
            return got[1]
        out = fn(text)
        slot[0] = (text, out)
        return out

    wrapper.slot = slot
    per_text(lambda: slot.__setitem__(0, None))
    return wrapper


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
