"""Qt tests run offscreen, and any Qt warning fails the test."""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

import pytest  # noqa: E402


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.gui)
            # pytest-qt fails a test that logs a Qt message at this level or above.
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform itself says this on every top-level show(); not our doing.
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))
