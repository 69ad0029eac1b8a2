"""Speed of the category classifier alone (CPU time, so a busy machine disturbs it less).

Usage (from the project root):
    uv run python bench/categories_speed.py [../shared/eval/dev.jsonl]

Prints the median and p90 over the corpus texts (best of 15 runs each), a 100 KB text, a
10 MB text and a few adversarial 10 MB inputs. Targets: a 2 KB text well under 1 ms, 100 KB
under 50 ms, 10 MB without blowing up.
"""
from __future__ import annotations

import json
import statistics
import sys
import time

from detectors.categories import classify


def cpu_ms(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        classify(text, [])
        best = min(best, time.process_time() - began)
    return best * 1000


def main() -> None:
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev.jsonl"
    with open(corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    per_text = sorted(cpu_ms(t, 15) for t in texts)
    print(f"{len(texts)} texts ({min(map(len, texts))}-{max(map(len, texts))} chars): "
          f"median {statistics.median(per_text):.2f} ms, p90 {per_text[int(0.9 * len(per_text))]:.2f} ms, "
          f"max {per_text[-1]:.2f} ms")
    joined = "\n\n".join(texts)
    big = (joined * (100_000 // len(joined) + 1))[:100_000]
    print(f"100 KB: {cpu_ms(big, 5):.1f} ms")
    huge = (joined * (10_000_000 // len(joined) + 1))[:10_000_000]
    print(f"10 MB corpus text: {cpu_ms(huge, 1) / 1000:.2f} s")
    for name, text in [("spaces", " " * 10_000_000 + "x"), ("letters", "a" * 10_000_000),
                       ("digits", "1" * 10_000_000), ("'ziek ' repeated", "ziek " * 2_000_000),
                       ("'Van: a' lines", "Van: a\n" * 1_400_000)]:
        print(f"10 MB {name}: {cpu_ms(text, 1) / 1000:.2f} s")


if __name__ == "__main__":
    main()
