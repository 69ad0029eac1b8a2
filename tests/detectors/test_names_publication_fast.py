"""``cites_publication`` says what ``PUBLICATION_RE.search`` said, alternative by alternative.

The name finder asks once per text whether it cites literature or names itself a paper. The alternatives are
tried one at a time, the first and the last only when the text holds the characters each must consume ("(19" or
"(20", "ISBN" or "ISSN"); compared here with the whole pattern on every corpus text (whole, and its first 20,000
characters as the finder reads it) and on generated texts built from the pieces of the pattern.
"""
from __future__ import annotations

import random

from detectors.names.words import PUBLICATION_RE, cites_publication
from tests.helpers.corpus import corpus_texts

_PIECES = ("De Jong", "Bos", " en ", " & ", " and ", " et al.", " et al", ",", " ", "  ", "\n", "\t", "(", ")",
           "(19", "(20", "2004", "1998", "2019a", "19", "20", "04", "a", "Smit", "smit", "O'Brien", "Van-Dijk",
           "in deze bijdrage", "In Dit artikel", "IN DEZE STUDIE", "in dit working paper", "in  deze\tpaper",
           "in dit essay", "verkenning", "publicatie", "bijdragen", "xin deze bijdrage", "İn deze studie",
           "ın dit essay", "in deze ſtudie", "ISBN", "ISSN", "isbn", "ISBN-10", "xISBN", "ISBNs", "IS BN", "é", "_",
           "1", "Ö", "Ölçer (2001)", "K", "word " * 20)


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 60))) for _ in range(n)]


def test_same_answer_on_every_corpus_text():
    for text in corpus_texts():
        for part in (text, text[:20000]):
            assert cites_publication(part) == (PUBLICATION_RE.search(part) is not None), part[:80]


def test_same_answer_on_generated_texts():
    texts = _generated(20_000, 5)
    hits = 0
    for text in texts:
        want = PUBLICATION_RE.search(text) is not None
        hits += want
        assert cites_publication(text) == want, text
    assert 0 < hits < len(texts)  # (both answers occur: the comparison says something)
