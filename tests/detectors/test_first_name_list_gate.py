"""``finder._list_spans`` only skips tokens of the walk of ``NameFinder._first_name_list`` where it adds nothing.

The finder with the check gives the names it gives without it (the walk over every token) on every corpus
text and on generated texts of first names in lists, on one line or cut over several, with unknown
capitalised words, "en", "&" and commas between them.
"""
from __future__ import annotations

import random

import pytest

from detectors import textcache
from detectors.names import finder as finder_mod
from detectors.names.finder import NameFinder
from tests.helpers.corpus import corpus_texts


@pytest.fixture(scope="module")
def finder():
    return NameFinder()


def _both(finder, text, monkeypatch):
    fast = finder.find(text)
    textcache.forget()
    with monkeypatch.context() as m:
        m.setattr(finder_mod, "_list_spans", lambda text, toks, found: [(0, len(toks))])  # the old path: every token
        slow = finder.find(text)
    textcache.forget()
    return fast, slow


def test_same_names_on_the_corpus(finder, monkeypatch):
    for text in corpus_texts():
        fast, slow = _both(finder, text, monkeypatch)
        assert fast == slow, text[:200]


_FIRST = ["Lotte", "Bram", "Kees", "Femke", "Sanne", "Daan", "Jan", "Fatima", "Mehmet", "Anna", "Piet", "Yaël"]
_OTHER = ["Zorbak", "Quendel", "Amsterdam", "Teamleider", "Overleg", "De", "Mw.", "dhr.", "Bakker", "de Vries"]


def _generated(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 6)):
        items = [rng.choice(_FIRST + _OTHER) for _ in range(rng.randint(1, 7))]
        seps = [rng.choice([", ", ", ", " en ", " & ", ",\n", " ", "\n"]) for _ in items[1:]]
        line = items[0] + "".join(s + w for s, w in zip(seps, items[1:]))
        out.append(rng.choice(["", "Beste ", "Aanwezig: ", "- ", "Met groet,\n"]) + line + rng.choice(["", ".", " waren er."]))
    return "\n".join(out)


def test_same_names_on_generated_lists(finder, monkeypatch):
    rng = random.Random(11)
    listed = 0  # texts where the walk added a name (the texts reach the rule)
    kinds = {"none": 0, "lines": 0, "all": 0}  # which way _list_spans went (each is tried)
    real = finder_mod._list_spans

    def spy(text, toks, found):
        spans = real(text, toks, found)
        kinds["none" if not spans else "all" if spans == [(0, len(toks))] else "lines"] += 1
        return spans

    for _ in range(3000):
        text = _generated(rng)
        monkeypatch.setattr(finder_mod, "_list_spans", spy)
        fast, slow = _both(finder, text, monkeypatch)
        monkeypatch.setattr(finder_mod, "_list_spans", real)
        assert fast == slow, text
        listed += any(h.reason == finder_mod.R_ROSTER and h.score == 0.6 for h in fast)
    assert listed >= 20
    assert min(kinds.values()) >= 5, kinds


def test_lines_with_three():
    text = "a b c\nd e\nf g h i"
    assert finder_mod._lines_with_three(text, [0, 2, 4]) == [0]
    assert finder_mod._lines_with_three(text, [0, 2, 6, 8]) == []
    assert finder_mod._lines_with_three(text, {10, 0, 2, 4, 12, 14, 16}) == [0, 2]
