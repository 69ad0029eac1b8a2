"""What every reader shares: the limits, the "could not be read" error, and the reader registry.

Qt-free. A reader takes a file's bytes and returns its text; it never writes anything to disk
and never puts the content in an exception message or a log line.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps on what one check may read (the issue's numbers; tests pass smaller ones).

    Attributes:
        max_file_bytes: a file larger than this is not read ("te groot").
        max_files: files past this number are not read.
        total_seconds: the whole check (all files) stops after this.
        max_unpacked_bytes: all members of one zip-based document together, unpacked.
        max_ratio: unpacked / packed size of one member; above it the file is a zip bomb.
        max_members: entries in one zip-based document.
        max_chars: text handed to the detectors per file (the guard's own text limit).
        max_pixels: an image larger than this (width × height) is not read.
    """

    max_file_bytes: int = 50 * MB
    max_files: int = 20
    total_seconds: float = 10.0
    max_unpacked_bytes: int = 200 * MB
    max_ratio: float = 200.0
    max_members: int = 5000
    max_chars: int = 300_000
    max_pixels: int = 50_000_000


DEFAULT_LIMITS = Limits()


class Unreadable(Exception):
    """The file could not be read. The message is Dutch, B1, and never quotes the content.

    Attributes:
        code: a short stable word for tests and the ``--json`` output
            (``encrypted``, ``too_large``, ``zip_bomb``, ``xml_entities``, ``damaged``,
            ``unknown_format``, ``no_ocr``, ``timeout``, ``too_many``, ``missing``).
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class Deadline:
    """The time left for the whole check; readers call :meth:`check` between pieces of work."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.end = clock() + seconds

    def left(self) -> float:
        return self.end - self.clock()

    def check(self) -> None:
        if self.clock() >= self.end:
            raise Unreadable("timeout", "het controleren duurde te lang (meer dan 10 seconden)")


#: A reader: (bytes, limits, deadline) -> text.
Reader = Callable[[bytes, Limits, Deadline], str]

#: Extension (lower case, no dot) -> (format name, kind, reader). Filled by the reader modules.
READERS: dict[str, tuple[str, str, Reader]] = {}

DOCUMENT, IMAGE = "bestand", "afbeelding"


def register(extensions: tuple[str, ...], fmt: str, kind: str = DOCUMENT):
    """Decorator: this function reads files with these extensions."""
    def wrap(fn: Reader) -> Reader:
        for ext in extensions:
            READERS[ext] = (fmt, kind, fn)
        return fn
    return wrap
