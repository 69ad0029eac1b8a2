"""A closed pipe ends a command quietly: ``plakwacht history --json | head`` prints no traceback.

Python raises ``BrokenPipeError`` when the reader of standard output goes away, and again when it
flushes at exit. As the Python documentation advises, standard output is then pointed at the null
device and the command ends with 141 (128 + SIGPIPE, what a shell reports for ``yes | head``).
"""
from __future__ import annotations

import os
import sys

EXIT_BROKEN_PIPE = 141


def run_quietly(fn, *args) -> int:
    """``fn(*args)``, then flush standard output; a closed pipe gives :data:`EXIT_BROKEN_PIPE`."""
    try:
        code = fn(*args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test's capture)
        pass
