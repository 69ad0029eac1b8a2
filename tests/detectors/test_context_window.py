"""Context words are found by tokenizing a window around each match, never the whole text.

A 10 MB text used to be tokenized in full (spaCy builds a Token object per word) as soon as one
match needed its context words: half the analysis time. The window must give exactly the words
the whole-text tokens give.
"""
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.context import LinearContextEnhancer
from detectors.nlp import LazyNlpArtifacts

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "tests" / "corpus" / "fresh.jsonl", ROOT / "tests" / "corpus" / "holdout.jsonl",
           ROOT.parent / "shared" / "eval" / "dev.jsonl"]

TRICKY = [
    "Hij zei: bel mij op 06-12345678, zei hij.",           # 'zei' is a stop word with a real lemma
    "Om 10:30 uur: https://www.uwv.nl/de:het/x telefoon 0612345678",  # words with a colon
    "a" * 900 + " tel 0612345678 " + "b" * 900,            # no white space near the window border
    "\n\n\n  tel.\t\t0612345678\u00a0\u2003 mobiel   ",    # runs of white space of all kinds
    "telefoon " + "de het een " * 200 + "0612345678",      # the keywords are far away
]


def _texts():
    out = list(TRICKY)
    for path in CORPORA:
        if path.exists():
            out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()][:120]
    return out


@pytest.fixture(scope="module")
def engine(detector):
    return detector._engine.nlp_engine


def test_window_gives_the_words_of_the_whole_text(engine):
    enhancer = LinearContextEnhancer(context_prefix_count=6, context_suffix_count=2)
    nlp = engine.nlp["nl"]
    checked = 0
    for text in _texts():
        full = LazyNlpArtifacts(engine, nlp, text)
        starts = sorted({m for m in range(0, len(text), 7)} | {i for i, c in enumerate(text) if c.isdigit()})
        for start in starts[:400]:
            lazy = LazyNlpArtifacts(engine, nlp, text)
            got = lazy.surrounding(start, 6, 2)
            want = enhancer._extract_surrounding_words(nlp_artifacts=full, word="", start=start)
            if got is not None:
                checked += 1
                assert sorted(got) == sorted(want), (text[max(start - 40, 0):start + 40], start)
    assert checked > 1000


def test_one_match_in_a_long_text_tokenizes_only_a_window(detector, monkeypatch):
    nlp = detector._engine.nlp_engine.nlp["nl"]
    tokenized = []
    real = nlp.make_doc

    def counting(text):
        tokenized.append(len(text))
        return real(text)

    monkeypatch.setattr(nlp, "make_doc", counting)
    text = "Het weer is vandaag mooi en de zon schijnt. " * 2000 + "Mijn oude adres was Oosterparkstraat 3-2, 1091 LX Amsterdam. " + \
        "Morgen wordt het weer anders. " * 2000
    a = detector.analyze(text)
    assert any(f.type == "ADDRESS" for f in a.findings)
    assert sum(tokenized) < len(text) // 20, sum(tokenized)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab: \n\t\x0c\x85\u3000")))
def test_colon_pieces_are_the_white_space_pieces_with_a_colon(text):
    from detectors.nlp import colon_pieces

    assert list(colon_pieces(text)) == [p for p in re.split(r"\s+", text) if ":" in p]


def test_a_long_piece_without_white_space_is_linear(detector, cpu_limit):
    from detectors.nlp import colon_pieces

    text = "a" * 300_000 + " x:y " + "b:" * 200_000
    with cpu_limit(2.0):
        pieces = list(colon_pieces(text))
        detector.analyze(text + " geboren op 3 februari 1990")
    assert pieces == ["x:y", "b:" * 200_000]
