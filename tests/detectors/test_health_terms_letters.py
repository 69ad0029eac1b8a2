"""``health_terms.candidates`` skips its ``_INNER`` search for a word of letters only (``str.isalpha``):
no letter is a character of ``_INNER`` ("[^\\w'-]"), checked here over every Unicode code point, so the
search finds nothing in such a word. The candidates are compared with the plain loop on every corpus text."""
from __future__ import annotations

from detectors.categories import health_terms
from detectors.categories.health_terms import _INNER, _STRIP, _distinct_words, _potential, MIN_WEIGHT
from tests.helpers.corpus import corpus_texts


def test_no_letter_is_an_inner_character():
    assert not [c for c in map(chr, range(0x110000)) if c.isalpha() and _INNER.search(c)]


def _reference(low: str) -> list[tuple[float, str]]:
    words: set[str] = set()
    for raw in _distinct_words(low):
        tok = raw.strip(_STRIP)
        if _INNER.search(tok):
            words.update(w.strip(_STRIP) for w in _INNER.split(tok))
        else:
            words.add(tok)
    out = [(w, tok) for tok in words if (w := _potential(tok)) >= MIN_WEIGHT]
    out.sort(reverse=True)
    return out


def test_candidates_as_the_plain_loop_on_the_corpora():
    for text in corpus_texts():
        low = text.lower()
        assert health_terms.candidates(low) == _reference(low)
