"""The postcode recognizer's own check of a plain postcode gives what stdnum gives."""
from __future__ import annotations

import itertools
import random

from stdnum.nl import postcode as stdnum_postcode

from detectors.recognizers.nl_postcode_recognizer import POSTCODE_REGEX, valid_postcode


def test_valid_postcode_is_stdnum_on_every_letter_pair_and_edge():
    rnd = random.Random(4)
    values = []
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    for a, b in itertools.product(letters, letters):
        digits = f"{rnd.randrange(1000, 10000)}"
        values += [f"{digits} {a}{b}", f"{digits}{a}{b}"]
    odd = ["0123 AB", "1234  AB", "1234\tAB", "1234-AB", "1234 ab", "1234 Ab", "١٢٣٤ AB", "1234 ÄB", "１２３４ AB",
           "NL1234AB", "1234 AB ", " 1234 AB", "1234 SA", "1234SS", "1234 sd", "12345 AB", "123 AB", "1234 A", "", "9999 ZZ",
           "1000 AA", "1234 İB", "1234 ǅB"]
    for value in values + odd:
        assert valid_postcode(value) == stdnum_postcode.is_valid(value), value


def test_every_regex_match_shape():
    import regex

    rx = regex.compile(POSTCODE_REGEX, regex.M)
    rnd = random.Random(8)
    chars = "0123456789 \tABCDSZaé٣Ä"
    for _ in range(20_000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randrange(4, 12)))
        for m in rx.finditer(text):
            assert valid_postcode(m.group()) == stdnum_postcode.is_valid(m.group()), m.group()
