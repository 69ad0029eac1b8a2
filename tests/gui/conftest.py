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
            # What the offscreen platform itself says about features it lacks (raise(), size hints,
            # a system tray); not our doing. Everything else fails the test.
            item.add_marker(pytest.mark.qt_log_ignore(
                r"This plugin does not support (propagateSizeHints|raise)\(\)",
                r"No such signal QPlatformNativeInterface::systemTrayWindowChanged"))
