"""How much a text reads like published prose, learned from labelled texts.

The rules in ``detectors.published`` recognise kinds of published writing by their words (a
ruling, parliament, sport ...). Real public pages come in more kinds than any list holds (a
club's news, a Frisian local paper, a column, a symposium page), so this module adds one learned
judgement: a logistic regression on which words a text uses, trained on the project's labelled
corpora (public web pages against private and internal texts; see
``detectors/build_published_words.py``). It only ever makes a text *more* public in
``detectors.published``, and only a text without any sign of a private one.

The weights are data (``data/published_words.json.gz``): words and numbers, no text of any corpus.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from detectors.names import lexicon

WEIGHTS = Path(__file__).resolve().parent / "data" / "published_words.json.gz"
#: Only the head is read (a 10 MB text costs what its first characters cost).
HEAD = 5_000
#: A word: letters, with inner apostrophes or hyphens ("zo'n", "UWV-directeur"); no digits.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: The lengths of the pieces of a word that are features of their own ("#raad", "#bestu"): Dutch glues words
#: together ("raadsvergadering", "bestuursvoorzitter", "wethouderszetel"), and a model of whole words only
#: knows the compounds its corpora happened to hold. Scored leave-one-corpus-out, the pieces took the false
#: warnings on the public corpora from 123 to 90 at the same number of missed private texts.
PIECES = (4, 5)


def words(text: str) -> set[str]:
    """The distinct lower-case words of the head of ``text``."""
    return {w.lower() for w in WORD.findall(text[:HEAD])}


def name_only(word: str) -> bool:
    """A first name or surname that is no ordinary word: who is named says nothing about the kind
    of text, and a model that learned "jansen" would only know the corpora's people."""
    return lexicon.name_only(word)


def features(text: str) -> set[str]:
    """What the model reads of ``text``: its words that are no name, and their pieces marked "#"
    ("<raad" for the start of a word, "den>" for its end)."""
    out: set[str] = set()
    for word in words(text):
        if name_only(word):
            continue
        out.add(word)
        marked = f"<{word}>"
        for n in PIECES:
            out.update("#" + marked[i:i + n] for i in range(len(marked) - n + 1))
    return out


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float]:
    with gzip.open(WEIGHTS, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return data["weights"], float(data["bias"])


def probability(text: str) -> float:
    """The probability (0..1) that ``text`` is published prose rather than a private or internal text."""
    weights, bias = _model()
    return combine(weights, bias, features(text))


def combine(weights: dict[str, float], bias: float, present: set[str]) -> float:
    """The model's probability for a text with the features ``present`` (the training normalises the
    same way: the weights of the known features, divided by the square root of how many there are)."""
    known = [weights[w] for w in present if w in weights]
    z = bias + (sum(known) / math.sqrt(len(known)) if known else 0.0)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
