import pytest


@pytest.fixture(scope="session")
def detector():
    """The real engine, built once for the whole test session (about 2 s)."""
    from detectors import get_detector

    return get_detector()


@pytest.fixture
def model_says(monkeypatch):
    """``model_says(p)``: make the published-prose word model give ``p`` for every text (for the tests of its bars)."""
    from detectors import published

    def say(p: float):
        monkeypatch.setattr(published.prose, "probability", lambda head: p)
    return say


#: How much more CPU time than its nominal limit a block may take. On a shared 2-core virtual machine the CPU time of
#: the same work varies by up to about twice (measured: 1 MB of the OCR fix takes 0.8 s quietly and took over 1.5 s
#: in a CI run; 48,000 first names 3.3-3.7 s quietly, over 4 s in another), while a hang or a quadratic path costs ten
#: to a hundred times more. So a limit says "no hang", never "this fast": speed is measured in bench/.
SLACK = 2.0


class CpuLimit:
    """Fail a block that uses more than ``seconds`` (times :data:`SLACK`) of this process's CPU time.

    A hang (catastrophic backtracking, a quadratic loop) then fails the test with an
    AssertionError instead of stalling the suite. CPU time, not wall time: a test waiting
    for the machine is not charged for it. The nominal limits follow the issue's ceiling
    (no input of 1 MB or less above 2 s); speed itself is measured in bench/.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        import signal

        allowed = self.seconds * SLACK

        def expired(signum, frame):
            raise AssertionError(f"took more than {allowed:g} s of CPU time (a limit of {self.seconds:g} s, "
                                 f"times {SLACK:g} for a shared machine)")

        self._old = signal.signal(signal.SIGPROF, expired)
        signal.setitimer(signal.ITIMER_PROF, allowed)
        return self

    def __exit__(self, *exc):
        import signal

        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, self._old)
        return False


@pytest.fixture
def cpu_limit():
    """``with cpu_limit(2): ...`` fails when the block takes more than 2 s of CPU time (times :data:`SLACK`)."""
    import sys

    if sys.platform == "win32":  # no SIGPROF: run the block without a limit
        import contextlib

        return lambda seconds: contextlib.nullcontext()
    return CpuLimit
