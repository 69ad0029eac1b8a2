"""Round 15's shortcuts give what the code without them gives.

- the street pattern of the address recognizer looks ahead for the character a street opens with before it tries
  its list of words that open no street (``_STREET_FIRST``): the same matches as the pattern without it, on every
  corpus text and on generated texts full of streets, ordinals, "'s-" names and words that open no street.
"""
from __future__ import annotations

import random

import regex

from detectors.recognizers import nl_address_recognizer as addr
from tests.helpers.corpus import corpus_texts

_OLD_STREET_SUFFIX = addr.STREET_SUFFIX_REGEX.replace(addr._STREET_FIRST, "", 1)


def _street_texts() -> list[str]:
    rnd = random.Random(15)
    pool = ["Kerkstraat", "12", "1e", "Jacob", "van", "Campenstraat", "'s-Gravendijkwal", "’s-Hertogenbosch", "Op",
            "In", "Adres", "Mijn", "Oude", "Gracht", "Nieuwe", "Laan", "Kerkstr.", "3a", "214-C", "II", "bis", "Dam",
            "1", "2e", "Hugo", "de", "Grootstraat", "Postbus", "Beukenlaan", ";", ",", "\n", "-", "é", "Émile",
            "Zoë", "straat", "weg", "a", "B", "(", ")", "'", "’", "0", "9", "Molenweg", "Stationsplein"]
    out = []
    for seed in range(300):
        rnd.seed(seed)
        out.append(" ".join(rnd.choice(pool) for _ in range(20 + seed % 60)))
        out.append("".join(rnd.choice(pool) + rnd.choice([" ", "  ", "", "\t", ";"]) for _ in range(30)))
    return out


def test_street_pattern_first_character_lookahead():
    assert addr._STREET_FIRST and addr._STREET_FIRST in addr.STREET_SUFFIX_REGEX
    old = regex.compile(_OLD_STREET_SUFFIX, regex.M)
    new = regex.compile(addr.STREET_SUFFIX_REGEX, regex.M)
    texts = list(corpus_texts()) + _street_texts()
    assert len(texts) > 600
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text[:200]
