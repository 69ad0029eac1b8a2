"""Detection quality on labelled corpora, scored by the project's shared scoring code.

Thresholds are the issue's targets on the dev corpus, and a looser floor on the project's own
hold-out corpus (texts no rule was tuned on). These are regression gates, not timing tests.
"""
import importlib.util
import json
from pathlib import Path

import pytest

from guard.policy import load_policy
from guard.verdict import evaluate

ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
CORPORA = {
    "dev": (SHARED_EVAL / "dev.jsonl", dict(warn_recall=0.98, false_warn_rate=0.05, entity_f1=0.92,
                                            guideline_accuracy=0.98)),
    "holdout": (ROOT / "tests" / "corpus" / "holdout.jsonl",
                dict(warn_recall=0.95, false_warn_rate=0.20, entity_f1=0.90, guideline_accuracy=0.95)),
    "fresh": (ROOT / "tests" / "corpus" / "fresh.jsonl",
              dict(warn_recall=0.95, false_warn_rate=0.20, entity_f1=0.90, guideline_accuracy=0.95)),
}


def _score_module():
    path = SHARED_EVAL / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the repository")
    spec = importlib.util.spec_from_file_location("plakwacht_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_quality(detector, name):
    path, floor = CORPORA[name]
    if not path.exists():
        pytest.skip(f"{path} is not there")
    score = _score_module()
    policy = load_policy()
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for doc in docs:
        analysis = detector.analyze(doc["text"])
        verdict = evaluate(analysis, policy)
        results[doc["id"]] = {
            "warn": verdict.warn, "guidelines": verdict.numbers, "categories": analysis.category_names,
            "findings": [{"type": f.type, "start": f.start, "end": f.end, "score": f.score}
                         for f in analysis.findings],
        }
    m = score.score(docs, results)
    misses = "\n".join(m["misses"][:40])
    assert m["warn_recall"] >= floor["warn_recall"], misses
    assert m["false_warn_rate"] <= floor["false_warn_rate"], misses
    assert m["entity_f1"] >= floor["entity_f1"], misses
    assert m["guideline_accuracy"] >= floor["guideline_accuracy"], misses
