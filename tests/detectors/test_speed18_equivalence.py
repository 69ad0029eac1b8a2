"""Round 18's shortcuts give what the code without them gives.

- ``published._by_first_letter`` groups the alternatives of a kind of published writing by their first letter and
  keeps those of one letter in their order (the patterns it builds are compared with the ones they replaced, written
  out, in tests/detectors/test_regex_first_char.py); here: how it splits and groups;
- ``published.kinds`` finds the same kinds with the grouped patterns as with the ones they replaced, on a sample of
  corpus texts and on generated texts full of the kinds' words.
"""
from __future__ import annotations

import random
import re

from detectors import published
from tests.detectors.test_regex_first_char import OLD
from tests.helpers.corpus import corpus_texts


def test_groups_by_first_letter_and_keeps_the_order():
    assert published._by_first_letter("tent|toneel|expo|thee") == "t(?:ent|oneel|hee)|e(?:xpo)"
    # an alternative that opens with anything but a letter, or with a letter that a quantifier repeats, is its own
    assert published._by_first_letter(r"\w*kamp|a?b|ab|(?:co)?pro|[(|]x|pa\|q|s") == \
        r"\w*kamp|a?b|a(?:b)|(?:co)?pro|[(|]x|p(?:a\|q)|s"
    for alternatives in (r"zegt|zei|laat\s+(?:\S+\s+){1,4}weten|said", r"a|b|[a|b]c|\|d|e(?:f|g)h"):
        grouped = re.compile(published._by_first_letter(alternatives))
        for text in ("zegt", "said", "laat het weten", "a", "b", "|c", "|d", "egh", "x"):
            assert bool(grouped.fullmatch(text)) == bool(re.fullmatch(alternatives, text)), (alternatives, text)


def _old_kinds(head: str) -> set[str]:
    """``published.kinds`` with the patterns as they were before they were grouped."""
    old = {name.split(".", 1)[1]: re.compile(source, new.flags) for name, (new, source) in OLD.items()
           if name.split(".", 1)[1] in published._KINDS and published._KINDS[name.split(".", 1)[1]].pattern is new}
    assert len(old) >= 15
    saved = published._MATCHED
    published._MATCHED = tuple((name, old.get(name, rx), need) for name, rx, need in saved)
    try:
        return published.kinds(head)
    finally:
        published._MATCHED = saved


_WORDS = ["De wethouder", "zegt", "oud-minister", "(VVD)", "Tweede Kamer", "kampioen", "trainers", "coach", "3-1",
          "goud", "halve finale", "museum", "roman", "©", "Foto: Jan", "Gepost door Anke", "ISBN", "ECLI:", "[eiser]",
          "griffier", "gelet op artikel", "overleden", "lintjesregen", "hoogleraar", "parochie", "vacature",
          "ministerie", "woordvoerder", "\n", "\n\n", ". ", " ", "Jan de Vries", "in 2024", "leestijd: 4 min"]


def test_kinds_as_with_the_old_patterns():
    texts = corpus_texts()
    rnd = random.Random(18)
    sample = texts[::max(1, len(texts) // 40)]
    sample += [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randrange(5, 120))) for _ in range(60)]
    for text in sample:
        head = text[:published.HEAD]
        assert published.kinds(head) == _old_kinds(head), head[:200]
