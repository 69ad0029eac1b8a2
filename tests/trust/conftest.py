"""Shared pieces for the trust tests: canaries, a fresh temp dir, a logging recorder, the real detector.

The trust tests try to make the guard leak, lose or freeze. Qt runs offscreen in this process
(QClipboard works within one process there); nothing here needs an X server.
"""
from __future__ import annotations

import logging
import os
import random
import secrets
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest  # noqa: E402

HERE = os.path.dirname(__file__)
QT_TESTS = ("test_no_leak.py", "test_no_loss.py", "test_bad_input.py")


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = str(item.fspath)
        if not path.startswith(HERE):
            continue
        if os.path.basename(path) in QT_TESTS:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(
                r"This plugin does not support (propagateSizeHints|raise)\(\)",
                r"No such signal QPlatformNativeInterface::systemTrayWindowChanged"))


# -- canaries ---------------------------------------------------------------------------------
def _bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes the BSN eleven-test (so the detector flags it)."""
    from stdnum.nl import bsn

    while True:
        candidate = f"{rng.randint(10_000_000, 99_999_999):08d}" + str(rng.randint(0, 9))
        if candidate[0] != "0" and bsn.is_valid(candidate):
            return candidate


class Canaries:
    """Unique strings put in copied texts; none of them may turn up anywhere on disk or in logging."""

    def __init__(self):
        self.rng = random.Random(secrets.randbits(64))
        self.all: list[str] = []

    def _keep(self, value: str) -> str:
        self.all.append(value)
        return value

    def token(self) -> str:
        """A lowercase marker that no detector flags: it must still never leave memory."""
        return self._keep("kanarie" + secrets.token_hex(6))

    def surname(self) -> str:
        consonants, vowels = "bdfghklmnprstvwz", "aeiou"
        word = "".join(self.rng.choice(consonants) + self.rng.choice(vowels) for _ in range(4))
        return self._keep(word.capitalize() + "ink")

    def bsn(self) -> str:
        return self._keep(_bsn(self.rng))

    def email(self) -> str:
        return self._keep(f"k{secrets.token_hex(4)}@voorbeeld{secrets.token_hex(2)}.nl")

    def text(self) -> str:
        """A flagged text with four canaries: a name, a BSN, an e-mail address and a plain marker."""
        return (f"Klant Pieter {self.surname()} (BSN {self.bsn()}, mail {self.email()}) belde over "
                f"zijn uitkering. Kenmerk {self.token()}.")

    def public_text(self) -> str:
        """A flagged text that may be marked "openbaar" (no checksum identifier): a name, an e-mail, a marker."""
        return (f"Klant Pieter {self.surname()} (mail {self.email()}) belde over zijn uitkering. "
                f"Kenmerk {self.token()}.")

    def forms(self) -> list[bytes]:
        """Every canary as bytes, in UTF-8 and in UTF-16 (little and big endian)."""
        out = []
        for c in self.all:
            out += [c.encode("utf-8"), c.encode("utf-16-le"), c.encode("utf-16-be")]
        return out


@pytest.fixture
def canaries() -> Canaries:
    return Canaries()


def scan_tree(root: Path, needles: list[bytes], since: float | None = None) -> list[str]:
    """Files under ``root`` (modified after ``since``) that contain any needle: ``path: needle``."""
    hits = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                st = path.stat()
                if since is not None and st.st_mtime < since:
                    continue
                if st.st_size > 64 * 1024 * 1024:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            for needle in needles:
                if needle in data:
                    hits.append(f"{path}: {needle[:12]!r}")
    return hits


@pytest.fixture
def fresh_tmpdir(tmp_path, monkeypatch) -> Path:
    """TMPDIR (and Python's tempfile) pointed at a new empty directory for this test."""
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


class Recorder(logging.Handler):
    """Keeps every logging record, raw: message template, args and formatted exception."""

    def __init__(self):
        super().__init__(level=logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        out = []
        fmt = logging.Formatter()
        for r in self.records:
            parts = [str(r.msg), repr(r.args)]
            if r.exc_info:
                parts.append(fmt.formatException(r.exc_info))
            if r.exc_text:
                parts.append(r.exc_text)
            if r.stack_info:
                parts.append(r.stack_info)
            out.append(" ".join(parts))
        return out


@pytest.fixture
def recorder():
    """Records every logging record of every logger at every level while the test runs."""
    root = logging.getLogger()
    rec = Recorder()
    old_level = root.level
    root.addHandler(rec)
    root.setLevel(logging.DEBUG)
    yield rec
    root.removeHandler(rec)
    root.setLevel(old_level)


@pytest.fixture(scope="session")
def real_detector():
    """The real detector (spaCy + Presidio + the Dutch recognizers); loaded once per session."""
    from detectors import get_detector

    return get_detector()
