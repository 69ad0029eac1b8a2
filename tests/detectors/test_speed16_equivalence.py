"""Round 16's shortcuts give what the code without them gives.

- the engine removes duplicate and contained results with :func:`detectors.engine.remove_duplicates` (the loop only
  for a type with a zero score or results that touch), not
  Presidio's ``EntityRecognizer.remove_duplicates``: the same result objects in the same order, on random
  results full of equal spans, nested spans, equal scores and several types, on results apart, and on the raw results of the
  recognizers on corpus texts and the dense exports;
- the name finder reads a run's capitalised words and labels in one pass (``_score_chunk``) and keeps
  ``_thing_word`` per word of a text: the finder gives the same names as with the comprehensions and the uncached
  test, on every corpus text and on generated texts full of titles, initials, brackets and named things;
- the passes of the name finder over all tokens for commas (``_inverted``), "en"/"and"/"&" (``_coordinated``),
  "@" (``_mentions``) and the seeds (``_propagate``) find their tokens column-wise (``_indexes_of``, ``compress``):
  the same indexes as the loops over every token, on the tokens of every corpus text and of generated texts.
"""
from __future__ import annotations

import random

from presidio_analyzer import EntityRecognizer, RecognizerResult

from bench.speed_limits import DATA_EXPORTS
from detectors import engine
from detectors.names import finder as finder_module
from detectors.names import lexicon as lx
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


def _apart_results(rnd: random.Random) -> list[RecognizerResult]:
    """Results none of which touches another (the shape of a dense export), of several types and scores."""
    out, pos = [], 0
    for _ in range(rnd.randrange(0, 60)):
        pos += rnd.randrange(1, 5)
        end = pos + rnd.randrange(1, 12)
        out.append(RecognizerResult(rnd.choice(["PERSON", "PHONE_NUMBER", "ADDRESS"]), pos, end,
                                    rnd.choice([0.3, 0.5, 0.75, 0.85, 1.0, 1, 0.123456789])))
        pos = end
    rnd.shuffle(out)
    return out


def test_remove_duplicates_as_presidio_on_results_apart():
    rnd = random.Random(164)
    for _ in range(3000):
        results = _apart_results(rnd)
        want = EntityRecognizer.remove_duplicates(list(results))
        got = engine.remove_duplicates(list(results))
        assert [id(r) for r in got] == [id(r) for r in want]


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


def _uncached_thing_word(self, tok) -> bool:
    """``_thing_word`` as it was: no answer kept per word."""
    w = tok.text
    return finder_module.names_a_thing(w.lower()) and w not in finder_module._BARE_BODIES and (
        w[:1].islower() or not self.lex.flags(w) & (lx.SURNAME | lx.FIRST))


def _name_texts() -> list[str]:
    rnd = random.Random(161)
    pool = ["Jan", "de", "Vries", "mevrouw", "mevr.", "dhr.", "J.", "P.J.", "(Jan-Willem)", "van", "der", "Heijden",
            "speurhond", "Max", "hond", "Storm", "Henk", "het", "schip", "Johanna", "Maria", "Boot", "Karin",
            "Nijhuis", "Verpleeghuis", "Kerkstraat", "12", ",", ".", "\n", "Beste", "Sanne", "Bakker", "prof.",
            "dr.", "Albert", "Heijn", "Laan", "huis", "thuis", "Minister", "minister", "Van", "Gennip", "(CDA)"]
    out = []
    for seed in range(200):
        rnd.seed(seed)
        out.append(" ".join(rnd.choice(pool) for _ in range(30 + seed % 50)))
    return out


def test_name_finder_same_without_the_one_pass_and_the_kept_words(monkeypatch):
    texts = list(corpus_texts()) + _name_texts() + [make()[:20_000] for make in DATA_EXPORTS.values()]
    new = finder_module.NameFinder()
    got = [new.find(t) for t in texts]
    old = finder_module.NameFinder()
    monkeypatch.setattr(finder_module.NameFinder, "_thing_word", _uncached_thing_word)
    for text, hits in zip(texts, got):
        assert old.find(text) == hits, text[:200]


def test_core_words_as_the_comprehensions():
    from detectors.names.tokens import tokenize

    toks = tokenize("mevr. J. (Jan) de Vries en Piet van Dam")
    rnd = random.Random(162)
    labels = ["cap", "title", "init", "given", "tv", "org"]
    for _ in range(5000):
        core = [(rnd.randrange(len(toks)), rnd.choice(labels)) for _ in range(rnd.randrange(0, 8))]
        labs = [lab for _, lab in core]
        want = ([toks[i].text for i, lab in core if lab in ("cap", "given")],
                [toks[i].text for i, lab in core if lab == "cap"],
                "title" in labs, labs.count("init"), "given" in labs)
        assert finder_module._core_words(toks, core) == want


def test_token_passes_find_the_same_indexes():
    from itertools import compress, count

    from detectors.names.tokens import tokenize

    rnd = random.Random(163)
    pool = ["Jan", ",", "en", "En", "AND", "&", "@", "@Sanne", "Vries", "de", "12", "\n", "'t", "x", "Sanne", "."]
    texts = list(corpus_texts()) + ["".join(rnd.choice(pool) + rnd.choice(["", " "]) for _ in range(rnd.randrange(0, 40)))
                                    for _ in range(2000)] + ["", ",", "@", "Jan ,", ", Jan"]
    seeds = {"Jan", "Sanne", "Vries", "de"}
    for text in texts:
        toks = tokenize(text)
        n = len(toks)
        assert [c - 1 for c in finder_module._indexes_of(toks, ",") if 0 < c <= n - 3 and toks[c - 1].kind == "w"] \
            == [i for i in range(n - 3) if toks[i + 1].text == "," and toks[i].kind == "w"]
        assert [i for i in compress(count(), map(finder_module._JOIN_FORMS.__contains__, (t.text for t in toks)))
                if 0 < i < n - 1] == [i for i, t in enumerate(toks) if t.text in finder_module._JOIN_FORMS and 0 < i < n - 1]
        assert [i for i in finder_module._indexes_of(toks, "@") if i < n - 1] == \
            [i for i in range(n - 1) if toks[i].text == "@"]
        assert [i for i in compress(count(), map(seeds.__contains__, (t.text for t in toks))) if toks[i].kind == "w"] \
            == [i for i, t in enumerate(toks) if t.kind == "w" and t.text in seeds]


def test_the_engines_analyze_is_presidios(detector):
    # the engine's own analyze copies Presidio's steps (to put its own remove_duplicates in): a Presidio that changes
    # its analyze (the version range allows updates within 2.x) makes this fail instead of changing findings unseen
    from presidio_analyzer import AnalyzerEngine
    eng = detector._engine
    for text in list(corpus_texts())[:60]:
        with detector._zone_lock, detector._nlp.memory_zone():
            ours = eng.analyze(text, language=engine.LANGUAGE, score_threshold=engine.REPORT_THRESHOLD,
                               regex_flags=engine.REGEX_FLAGS)
            theirs = AnalyzerEngine.analyze(eng, text, language=engine.LANGUAGE,
                                            score_threshold=engine.REPORT_THRESHOLD, regex_flags=engine.REGEX_FLAGS)
        assert [(r.entity_type, r.start, r.end, r.score) for r in ours] == \
            [(r.entity_type, r.start, r.end, r.score) for r in theirs]
