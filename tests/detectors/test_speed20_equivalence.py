"""The speed changes of the twentieth round give what the code they replaced gave: the old code is written out here
and compared with the new on a sample of corpus texts and on generated ones (cheap: no full corpus pass)."""
from __future__ import annotations

import random
import re

from bench.speed_limits import DATA_EXPORTS
from detectors import nlp
from detectors.recognizers import nl_address_recognizer as addr
from tests.helpers.corpus import corpus_texts

# -- nlp._colon_spans --------------------------------------------------------------------------------------------

_WHITE = re.compile(r"\s")


def _old_colon_spans(text):
    """``nlp._colon_spans`` as it was: from each colon, the white space before and after it."""
    prev = 0
    pos = text.find(":")
    while pos != -1:
        a = max(text.rfind(" ", prev, pos), text.rfind("\n", prev, pos), text.rfind("\t", prev, pos)) + 1
        a = max(a, prev)
        for m in _WHITE.finditer(text, a, pos):
            a = m.end()
        m = _WHITE.search(text, pos)
        b = m.start() if m else len(text)
        yield a, b
        prev = b
        pos = text.find(":", b)


#: Colons alone, glued and in runs, white space of every kind ``\s`` knows, words and digits.
_COLON_PIECES = (":", ":", "::", "a:", ":b", "10:30", "Naam:", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c",
                 "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "Jan", "x", "é", "1", '"naam":', "{", "}", ",")


def test_colon_spans_same_as_the_search_per_colon():
    rnd = random.Random(21)
    made = ["".join(rnd.choice(_COLON_PIECES) for _ in range(rnd.randrange(0, 60))) for _ in range(3000)]
    texts = corpus_texts()[::25] + made + [make()[:20_000] for make in DATA_EXPORTS.values()]
    dense = 0
    for text in texts:
        assert list(nlp._colon_spans(text)) == list(_old_colon_spans(text)), text[:300]
        assert list(nlp.colon_pieces(text)) == [text[a:b] for a, b in _old_colon_spans(text)]
        dense += 0 < text.count(":") * nlp._COLON_DENSE >= len(text)
        # the dense way on every text, also where the count sends it the other way
        assert [m.span() for m in nlp._COLON_PIECE.finditer(text)] == list(_old_colon_spans(text)), text[:300]
    assert dense > 500


# -- nl_address_recognizer._street_matches -------------------------------------------------------------------------

_STREET_PIECES = ("Laan van Meerdervoort 52", "Plein 1813 4", "Kade aan de Vaart 3", "Oude Gracht 12", "Nieuwe Weg 7",
                  "Hof van Holland 2", "laan van x 3", "LAAN van Y 4", "Wal", "Burgwal", "Markt", "Dijk", "Park",
                  "Straat", "Singel", "Dreef", "Kerkstraat 12", "Molenweg 3", " van ", " de ", " 12", " 3a", "-II",
                  ";", ",", "\n", " ", "\t", "'", "Jan", "_Laan van Dam 5", "xLaan van Dam 6", "Laan_van Dam 7")


def test_street_matches_skip_runs_without_a_head_word():
    rec = addr.NlAddressRecognizer()
    rnd = random.Random(22)
    made = ["".join(rnd.choice(_STREET_PIECES) for _ in range(rnd.randrange(1, 30))) for _ in range(1500)]
    found = 0
    for text in made + corpus_texts()[::25]:
        for lo, hi in rec._windows(text) + [(0, len(text))]:
            new = addr._street_matches(text, lo, hi, rec._compiled)
            old = [m.span() for rx in rec._compiled for m in rx.finditer(text, lo, hi)]
            assert sorted(new) == sorted(old), (lo, hi, text[lo:hi][:300])
            found += sum(1 for m in rec._compiled[1].finditer(text, lo, hi))
    assert found > 200  # (head-first streets among them)
