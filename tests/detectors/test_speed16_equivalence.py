"""Round 16's shortcuts give what the code without them gives.

- the engine removes duplicate and contained results with :func:`detectors.engine.remove_duplicates`, not
  Presidio's ``EntityRecognizer.remove_duplicates``: the same result objects in the same order, on random
  results full of equal spans, nested spans, equal scores and several types, and on the raw results of the
  recognizers on corpus texts and the dense exports;
"""
from __future__ import annotations

import random

from presidio_analyzer import EntityRecognizer, RecognizerResult

from bench.speed_limits import DATA_EXPORTS
from detectors import engine
from tests.helpers.corpus import corpus_texts


def _random_results(rnd: random.Random) -> list[RecognizerResult]:
    out = []
    for _ in range(rnd.randrange(0, 60)):
        start = rnd.randrange(0, 40)
        end = start + rnd.randrange(1, 12)
        score = rnd.choice([0, 0.0, 0.3, 0.5, 0.5, 0.75, 0.85, 1.0, 0.123456789])
        res = RecognizerResult(rnd.choice(["PERSON", "PHONE_NUMBER", "ADDRESS"]), start, end, score)
        out.append(res)
        if rnd.random() < 0.2:  # an equal result, another object
            out.append(RecognizerResult(res.entity_type, res.start, res.end, res.score))
    return out


def test_remove_duplicates_as_presidio_on_random_results():
    rnd = random.Random(16)
    for _ in range(3000):
        results = _random_results(rnd)
        want = EntityRecognizer.remove_duplicates(list(results))
        got = engine.remove_duplicates(list(results))
        assert [id(r) for r in got] == [id(r) for r in want]


def _raw_results(det, text):
    """The results as Presidio's analyze has them before it removes duplicates."""
    eng = det._engine
    with det._nlp.memory_zone():
        arts = eng.nlp_engine.process_text(text, engine.LANGUAGE)
        ents = eng.get_supported_entities(language=engine.LANGUAGE)
        recs = eng.registry.get_recognizers(language=engine.LANGUAGE, all_fields=True)
        results = []
        for rec in recs:
            current = rec.analyze(text=text, entities=ents, nlp_artifacts=arts)
            if current:
                eng._AnalyzerEngine__add_recognizer_id_if_not_exists(current, rec)
                results.extend(current)
        results = eng._enhance_using_context(text, results, arts, recs, None)
    return [r for r in results if r.score >= engine.REPORT_THRESHOLD]


def test_remove_duplicates_as_presidio_on_recognizer_results(detector):
    texts = list(corpus_texts())[:150] + [make()[:30_000] for make in DATA_EXPORTS.values()]
    for text in texts:
        results = _raw_results(detector, text)
        want = EntityRecognizer.remove_duplicates(list(results))
        got = engine.remove_duplicates(list(results))
        assert [id(r) for r in got] == [id(r) for r in want]
