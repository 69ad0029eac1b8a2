"""Shared test helpers: Qt-free fakes for the guard (:mod:`tests.helpers.fakes`), waiting for a
state with a deadline (:mod:`tests.helpers.wait`), the guard's verdict on an analysis
(:mod:`tests.helpers.verdict`), and the virtual X desktop the X11 tests, the
end-to-end tests and the benchmarks start (:mod:`tests.helpers.xvfb`).

The benchmarks in ``bench/`` import these too (they put the repository root on ``sys.path``).
"""
