"""The license plate recognizer's shortcuts give what the patterns as they were written gave: the
possessive run of its look-ahead, and no pattern run on a text without a plate letter."""
from __future__ import annotations

import random

import regex

from detectors.recognizers.nl_license_plate_recognizer import _CH, _PLATE_LETTER, _PLATE_LETTER_I, \
    NlLicensePlateRecognizer
from tests.helpers.corpus import corpus_texts

_OLD_EDGE_L = r"(?<![\w\-/.])(?=[0-9 \-]{0,8}[BDFGHJ-NP-TV-XZ])"
_R = NlLicensePlateRecognizer._EDGE_R
_OLD = [_OLD_EDGE_L + _CH + "{1,3}-" + _CH + "{1,3}-" + _CH + "{1,3}" + _R,
        _OLD_EDGE_L + _CH + "{6}" + _R,
        _OLD_EDGE_L + _CH + "{1,3} " + _CH + "{1,3} " + _CH + "{1,3}" + _R]


def _generated():
    rnd = random.Random(12)
    parts = ["1", "23", "456", " ", "-", "--", ".", "/", "B", "GZ", "K", "x", "a", "AE", "\n", "12-ab-34", "GZ-812-K",
             "12 34 56", "123456", "é", "k", "ſ", "K", "9", "0-", "B ", "1 2 3", "Z"]
    for _ in range(20_000):
        yield "".join(rnd.choice(parts) for _ in range(rnd.randrange(1, 16)))


def test_patterns_match_as_before():
    rec = NlLicensePlateRecognizer()
    for flags in (regex.M, regex.M | regex.I, regex.M | regex.I | regex.S):
        news = [regex.compile(p.regex, flags) for p in rec.PATTERNS]
        olds = [regex.compile(p, flags) for p in _OLD]
        for text in [*corpus_texts(), *_generated()]:
            letter = (_PLATE_LETTER_I if flags & regex.I else _PLATE_LETTER).search(text)
            for old, new in zip(olds, news):
                spans = [m.span() for m in old.finditer(text)]
                assert spans == [m.span() for m in new.finditer(text)], text
                assert letter or not spans, text  # no plate letter: no match (the patterns are not run)


def test_digits_and_spaces_give_nothing():
    rec = NlLicensePlateRecognizer()
    assert rec.analyze("1 " * 5000, ["LICENSE_PLATE"], None, regex.M) == []
