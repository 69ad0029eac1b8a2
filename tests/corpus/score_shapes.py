#!/usr/bin/env python3
"""Scores per shape (weakness class) of private_invented.jsonl, or per any other field of a corpus.

    python3 tests/corpus/score_shapes.py [tests/corpus/private_invented.jsonl] [--field shape]
        [--cmd "uv run plakwacht scan --jsonl"]

Runs the detector once over the whole corpus and applies the scoring of score.py (next to this file,
a copy of ../shared/eval/score.py) to each group of lines that share the field's value. Standard library only.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", HERE / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(HERE / "private_invented.jsonl"))
    ap.add_argument("--field", default="shape")
    ap.add_argument("--cmd", default="uv run plakwacht scan --jsonl")
    args = ap.parse_args()
    scorer = load_scorer()
    docs = [json.loads(line) for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line.strip()]
    results, _ = scorer.run_detector(args.cmd, docs)
    groups = defaultdict(list)
    for d in docs:
        groups[str(d.get(args.field, "-"))].append(d)
    print(f"{args.field:22} {'n':>3} {'warn':>6} {'falsew':>6} {'guide':>6} {'cat':>6} {'ent_P':>6} {'ent_R':>6}")
    for key in sorted(groups):
        m = scorer.score(groups[key], results)
        print(f"{key:22} {len(groups[key]):3} {m['warn_recall']:6.3f} {m['false_warn_rate']:6.3f} "
              f"{m['guideline_accuracy']:6.3f} {m['category_recall']:6.3f} {m['entity_precision']:6.3f} "
              f"{m['entity_recall']:6.3f}")


if __name__ == "__main__":
    main()
