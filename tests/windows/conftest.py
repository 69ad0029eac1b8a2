"""Fixtures for the real-Windows tests (see ``winhelpers``)."""
from tests.windows.winhelpers import browsers, seen  # noqa: F401  (pytest fixtures)
