"""Qt tests run offscreen. (Any Qt warning fails any test: ``qt_log_level_fail`` in pyproject.toml.)"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

import pytest  # noqa: E402


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.gui)
