#!/usr/bin/env python3
"""CPU time of the context step (``LinearContextEnhancer.enhance_using_context``, which tokenizes
lazily) on the two 1 MB data exports of ``bench/speed_limits.py``, beside the whole analysis.

    uv run python bench/context_speed.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.speed_limits import DATA_EXPORTS  # noqa: E402
from detectors.context import LinearContextEnhancer  # noqa: E402
from detectors.engine import Detector  # noqa: E402


def main() -> int:
    spent = [0.0]
    real = LinearContextEnhancer.enhance_using_context

    def timed(self, *args, **kwargs):
        began = time.process_time()
        try:
            return real(self, *args, **kwargs)
        finally:
            spent[0] += time.process_time() - began

    LinearContextEnhancer.enhance_using_context = timed
    det = Detector()
    for name, make in DATA_EXPORTS.items():
        text = make()
        det.analyze(text[:5000])
        spent[0] = 0.0
        began = time.process_time()
        det.analyze(text)
        total = time.process_time() - began
        print(f"1 MB of {name}: {total:.2f} s cpu, context step {spent[0]:.2f} s cpu")
    return 0


if __name__ == "__main__":
    sys.exit(main())
