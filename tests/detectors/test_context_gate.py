"""The context step's gate: where ``context_words_possible`` says that none of a recognizer's context words
can be found in a text, none is in the entry of any token of that text (the lower case of the token or of
its lemma), so the enhancer, which looks only there, finds none for any result: the results it skips are
left as the enhancer would have left them. Checked on every token of every corpus text and of generated
texts with words whose lemma holds a context word ("ingelogd", "verhuisd", "woninkje"), and by comparing
the enhanced results with and without the gate."""
import copy
import random

import pytest

from detectors import context as context_module
from detectors.context import _lemma_forms, context_words_possible
from tests.helpers.corpus import corpus_texts


@pytest.fixture(scope="module")
def engine(detector):
    return detector._engine.nlp_engine


@pytest.fixture(scope="module")
def contexts(detector):
    return [rec.context for rec in detector.recognizers if rec.context]


def _generated(engine, contexts):
    rng = random.Random(13)
    forms = _lemma_forms(engine._lemmas)
    tricky = sorted({f for words in contexts for w in words for f in forms(w.lower())[:20]})
    words = tricky + [w for ws in contexts for w in ws] + ["Kerkstraat", "1234 AB", "06-12345678", "ΑΣ", "İnlog",
                                                           "ADRES:", "Woonachtig", "x-ingelogd", "bewoond;", "10:30"]
    out = []
    for _ in range(600):
        out.append("".join(rng.choice(words) + rng.choice([" ", "", "\n", ";", ", ", "-"])
                           for _ in range(rng.randint(1, 12))))
    return out


def _entries(engine, text):
    arts = engine.process_text(text, "nl")
    return [e for e in arts._segment_index()[4] if e]


def test_no_context_word_in_any_entry_where_the_gate_says_none(engine, contexts):
    texts = corpus_texts() + _generated(engine, contexts)
    gated = 0
    for text in texts:
        arts = engine.process_text(text, "nl")
        lowered = text.lower()
        entries = None
        for words in contexts:
            if context_words_possible(lowered, words, arts):
                continue
            gated += 1
            if entries is None:
                entries = _entries(engine, text)
            for entry in entries:
                for part in entry:
                    for w in words:
                        assert w.lower() not in part.lower(), (w, part)
    assert gated > 1000  # (the gate does close for most texts and recognizers)


def test_enhanced_results_as_without_the_gate(detector, monkeypatch):
    eng = detector._engine
    texts = corpus_texts()[::3]
    for text in texts:
        arts = eng.nlp_engine.process_text(text, "nl")
        raw = []
        for rec in eng.registry.recognizers:
            got = rec.analyze(text=text, entities=[], nlp_artifacts=arts) or []
            for r in got:
                r.recognition_metadata = r.recognition_metadata or {}
                r.recognition_metadata.setdefault("recognizer_identifier", rec.id)
                r.recognition_metadata.setdefault("recognizer_name", rec.name)
            raw.extend(got)
        a = eng.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=copy.deepcopy(raw), nlp_artifacts=eng.nlp_engine.process_text(text, "nl"),
            recognizers=eng.registry.recognizers)
        with monkeypatch.context() as m:
            m.setattr(context_module, "context_words_possible", lambda *args: True)
            b = eng.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=copy.deepcopy(raw), nlp_artifacts=eng.nlp_engine.process_text(text, "nl"),
                recognizers=eng.registry.recognizers)
        assert [(r.entity_type, r.start, r.end, r.score, r.analysis_explanation and
                 r.analysis_explanation.supportive_context_word) for r in a] == \
               [(r.entity_type, r.start, r.end, r.score, r.analysis_explanation and
                 r.analysis_explanation.supportive_context_word) for r in b]
