"""The CPU limit of the adversarial tests (tests/detectors/conftest.py) fails a block that runs on, and only then."""
from __future__ import annotations

import sys

import pytest

from tests.detectors.conftest import SLACK

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGPROF on Windows: the limit is not applied there")


def test_a_block_that_runs_on_fails(cpu_limit):
    with pytest.raises(AssertionError, match="CPU time"):
        with cpu_limit(0.05):
            while True:
                pass


def test_a_short_block_passes(cpu_limit):
    with cpu_limit(1.0):
        assert sum(range(1000)) == 499500


def test_the_slack_is_a_factor_not_a_removal():
    # a hang must still fail within a few seconds of the nominal limit
    assert 1.0 <= SLACK <= 3.0
