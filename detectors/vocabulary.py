"""Dutch words: the shipped lookup-lemma table (spacy-lookups-data, MIT), loaded once.

The spaCy pipeline uses it for lemmas; the name finder and the e-mail recognizer use the word
list to tell an ordinary word ("Zet", "Einddatum", "subsidies") from a name.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

LEMMA_TABLE = Path(__file__).resolve().parent / "data" / "nl_lemma_lookup.json.gz"


@lru_cache(maxsize=1)
def load_lemma_table() -> dict[str, str]:
    """The Dutch lookup lemmas, ``{word form: lemma}`` (213k forms; loaded once)."""
    with gzip.open(LEMMA_TABLE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """Lower-case Dutch words: every form and lemma of the lookup table (about 320k)."""
    table = load_lemma_table()
    return frozenset(table).union(table.values())
