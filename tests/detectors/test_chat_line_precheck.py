"""``chat._read`` skips ``_CHAT_LINE`` on a line with neither ':' nor '.': each alternative of the pattern
consumes a colon (after the writer) or a time, whose separator is ':' or '.'. Checked on every line of
every corpus text and on generated lines that the pattern matches."""
from __future__ import annotations

import random

from detectors.names.chat import _CHAT_LINE, _DOT_TIME
from tests.helpers.corpus import corpus_texts


def _lines():
    for text in corpus_texts():
        yield from text.split("\n")
    rnd = random.Random(3)
    pieces = ["[", "]", "09", "9", "12", ":", ".", "-", "–", "/", ",", " ", "\t", "AM", "pm", "jeroen", "Noor", "Bakker",
              "van", "2025", "12-11-2025", "4/6", "x", "é", "'", "’"]
    for _ in range(200_000):
        yield "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))


def test_a_matching_line_holds_a_colon_or_a_dot():
    matched = 0
    for line in _lines():
        if _CHAT_LINE.match(line):
            matched += 1
            assert ":" in line or "." in line, line
    assert matched > 1000  # the generated lines reach every way of the pattern often


def test_a_matching_line_without_a_colon_holds_a_digit_a_dot_and_a_digit():
    """The finer check (round 14): without a colon, the time's dot stands between two digits."""
    rnd = random.Random(14)
    pieces = ["[", "]", "09", "9", "12", ".", ".", "-", "–", "/", ",", " ", " ", "\t", "AM", "pm", "jeroen", "Noor",
              "Bakker", "van", "2025", "12-11-2025", "4/6", "x", "é", "'", "’", "10.41", "9.05", "١٢.٣٠", "1.2", "٣"]
    generated = ("".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12))) for _ in range(200_000))
    matched = 0
    for line in (*_lines(), *generated):
        if ":" not in line and _CHAT_LINE.match(line):
            matched += 1
            assert _DOT_TIME.search(line), line
    assert matched > 100  # (the generated lines reach the dotted times of every way of the pattern)
