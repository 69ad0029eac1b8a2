import pytest


@pytest.fixture(scope="session")
def detector():
    """The real engine, built once for the whole test session (about 2 s)."""
    from detectors import get_detector

    return get_detector()


class CpuLimit:
    """Fail a block that uses more than ``seconds`` of this process's CPU time.

    A hang (catastrophic backtracking, a quadratic loop) then fails the test with an
    AssertionError instead of stalling the suite. CPU time, not wall time: other work on a
    shared machine does not make the test flaky. The limits are generous (the issue's
    ceiling: no input of 1 MB or less above 2 s); speed itself is measured in bench/.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        import signal

        def expired(signum, frame):
            raise AssertionError(f"took more than {self.seconds} s of CPU time")

        self._old = signal.signal(signal.SIGPROF, expired)
        signal.setitimer(signal.ITIMER_PROF, self.seconds)
        return self

    def __exit__(self, *exc):
        import signal

        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, self._old)
        return False


@pytest.fixture
def cpu_limit():
    """``with cpu_limit(2): ...`` fails when the block takes more than 2 s of CPU time."""
    import sys

    if sys.platform == "win32":  # no SIGPROF: run the block without a limit
        import contextlib

        return lambda seconds: contextlib.nullcontext()
    return CpuLimit
