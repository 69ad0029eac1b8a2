"""Shared fixtures for the guard-core tests: a private data dir (with a space in its path)."""
from __future__ import annotations

import sys

import pytest

POSIX = sys.platform != "win32"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh ``PLAKWACHT_DATA_DIR`` whose path has spaces, as Windows user names often do."""
    folder = tmp_path / "Gegevens van Jan de Vries" / "Plakwacht"
    monkeypatch.setenv("PLAKWACHT_DATA_DIR", str(folder))
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)
    return folder


def mode(path) -> int:
    return path.stat().st_mode & 0o777
