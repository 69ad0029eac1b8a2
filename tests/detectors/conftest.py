import pytest


@pytest.fixture(scope="session")
def detector():
    """The real engine, built once for the whole test session (about 2 s)."""
    from detectors import get_detector

    return get_detector()
