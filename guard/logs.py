"""Plakwacht's log: a small rotating file in the data dir, warnings also on stderr.

Log calls in Plakwacht never pass clipboard text. As a second line of defence every record is
passed through :class:`RedactFilter`, which blanks long digit runs, e-mail and IBAN-like strings
before anything is written.
"""
from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from guard import paths

LOG_NAME = "plakwacht.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PATTERNS = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d){7,}\b", re.I), "[rekeningnummer]"),
    # 7+ digits, possibly split by single spaces, dots or dashes: BSN, phone, account, case numbers.
    (re.compile(r"\d(?:[ .\-/]?\d){6,}"), "[cijfers]"),
)
_MARK = "_plakwacht"


def redact(text: str) -> str:
    """Blank what looks like personal data in a log line."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactFilter(logging.Filter):
    """Rewrites a record's message (and formatted exception) with :func:`redact` applied."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record or leak its args
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created 0600, also after a rollover."""

    def _open(self):
        paths.create_private_file(Path(self.baseFilename))
        return super()._open()


def setup(level: int = logging.INFO) -> Path:
    """Send Plakwacht's logging to ``log_dir()/plakwacht.log`` (and warnings to stderr).

    Safe to call more than once: earlier Plakwacht handlers are replaced.

    Returns:
        The path of the log file.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    log_file = paths.log_dir() / LOG_NAME
    file_handler = PrivateRotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                              encoding="utf-8", delay=False)
    file_handler.setLevel(level)
    stderr_handler = logging.StreamHandler()
    stderr_handler.setLevel(logging.WARNING)
    for handler in (file_handler, stderr_handler):
        handler.addFilter(RedactFilter())
        handler.setFormatter(logging.Formatter(FORMAT))
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return log_file


def describe_exception(exc_type, exc, tb) -> str:
    """One line for a crash report: the exception's type and where it happened, never its message.

    A message may quote the clipboard text (a third-party library's ``ValueError`` saying what it
    could not parse); the type and the code locations are what a developer needs.
    """
    import traceback

    frames = traceback.extract_tb(tb)[-6:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{exc_type.__name__}" + (f" at {where}" if where else "")


def install_excepthook() -> None:
    """Route uncaught exceptions (main thread, threads, Qt slots) to a report without messages."""
    import sys
    import threading

    crash_log = logging.getLogger("plakwacht.crash")

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        line = describe_exception(exc_type, exc, tb)
        crash_log.error("unexpected error: %s", line)
        try:
            sys.stderr.write(f"Plakwacht: onverwachte fout ({line}).\n")
        except Exception:  # noqa: BLE001 - no stderr (Windows GUI build): the log has it
            pass

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
