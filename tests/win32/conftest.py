"""Fixtures for the real-Windows tests (see ``winhelpers``)."""
from tests.win32.winhelpers import browsers, seen  # noqa: F401  (pytest fixtures)
