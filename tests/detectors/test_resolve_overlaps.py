"""``resolve_overlaps`` chooses per group of overlapping findings what the greedy choice over the
whole list chose (``_resolve_overlaps_greedy``, the code it replaced): the findings of every corpus
text and of the dense exports as the engine hands them over, and generated lists full of overlaps,
ties and duplicates that differ only in their reason."""
from __future__ import annotations

import random

from bench.speed_limits import DATA_EXPORTS
from detectors import engine
from detectors.model import ENTITY_TYPES, Finding
from tests.helpers.corpus import corpus_texts


def _same(findings):
    got = engine.resolve_overlaps(list(findings))
    want = engine._resolve_overlaps_greedy(list(findings))
    # identity, not equality: of two equal findings the same one (the first in the input) is kept
    # (compared here, not in the assert: pytest's report of two long lists that differ takes minutes)
    same = [id(f) for f in got] == [id(f) for f in want]
    assert same, f"{len(findings)} findings: {len(got)} kept, the old way {len(want)}"


def test_every_corpus_text_and_the_dense_exports(detector, monkeypatch):
    seen = []
    real = engine.resolve_overlaps

    def recording(findings):
        seen.append(list(findings))
        return real(findings)

    monkeypatch.setattr(engine, "resolve_overlaps", recording)
    texts = corpus_texts() + [make()[:200_000] for make in DATA_EXPORTS.values()]
    for text in texts:
        detector.analyze(text)
    assert len(seen) == len(texts)
    assert sum(len(s) for s in seen) > 10_000
    monkeypatch.undo()  # (the comparison calls resolve_overlaps itself)
    for findings in seen:
        _same(findings)


def test_generated_lists():
    rnd = random.Random(12)
    types = list(ENTITY_TYPES)
    for _ in range(3000):
        n = rnd.randrange(0, 40)
        span = rnd.choice((10, 60, 400))
        out = []
        for _ in range(n):
            s = rnd.randrange(0, span)
            e = s + rnd.choice((1, 1, 2, 3, 5, 8, 13, rnd.randrange(1, 40)))
            f = Finding(rnd.choice(types), s, e, rnd.choice((0.5, 0.6, 0.85, 0.85, 1.0)), rnd.choice("abc"))
            out.append(f)
            if rnd.random() < 0.2:
                out.append(Finding(f.type, f.start, f.end, f.score, "other"))  # a duplicate but for its reason
        if rnd.random() < 0.05 and out:
            out.append(Finding("PERSON", out[0].start, out[0].start, 0.9))  # an empty span: the old way throughout
        _same(out)
