"""Documents and images are made by the tests (see render.py); the real detector reads them."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def detector():
    from detectors import get_detector

    return get_detector()
