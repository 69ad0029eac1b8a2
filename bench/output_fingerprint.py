#!/usr/bin/env python3
"""Every finding and category the detector gives on the eval and project corpora and on the
adversarial inputs and dense data exports of ``bench/speed_limits.py`` (each cut to 200 KB), one line
each, to a file.

    uv run python bench/output_fingerprint.py OUT.txt

For speed work: run it before and after a change; the two files must be byte-identical.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.speed_limits import ADVERSARIAL, DATA_EXPORTS  # noqa: E402


def texts():
    files = [ROOT.parent / "shared" / "eval" / "dev.jsonl", *sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))]
    for path in files:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield f"{path.name}:{i}", json.loads(line)["text"]
    for name, unit in ADVERSARIAL.items():
        yield f"adversarial:{name}", (unit * (200_000 // len(unit) + 1))[:200_000]
    for name, make in DATA_EXPORTS.items():
        yield f"export:{name}", make()[:200_000]


def main() -> int:
    from detectors.engine import Detector

    det = Detector()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for label, text in texts():
            a = det.analyze(text)
            out.write(f"# {label}\n")
            for f in a.findings:
                out.write(f"F {f.type} {f.start} {f.end} {f.score!r} {f.reason}\n")
            for c in a.categories:
                fields = {k: v for k, v in vars(c).items()} if hasattr(c, "__dict__") else repr(c)
                out.write(f"C {fields!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
