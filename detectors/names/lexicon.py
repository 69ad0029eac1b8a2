"""The shipped name lexicon: token -> bit flags (first name, surname, place, ordinary word).

Built by :mod:`detectors.names.build_lists` from MIT-licensed lists (see
``detectors/data/names/SOURCES.md``) and loaded once, lazily, as a plain dict.
"""
from __future__ import annotations

import gzip
import logging
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "names" / "names.tsv.gz"

FIRST = 1            # a first name in some list
FIRST_COMMON = 2     # a common first name (top Dutch list, Faker nl/tr/pl/dz)
SURNAME = 4          # a surname in some list
SURNAME_COMMON = 8   # a surname borne by many people in NL
WORD = 16            # its lower-case form is an ordinary Dutch or English word
PLACE = 32           # a Dutch/Belgian place, province or country

_LETTERS = (("F", FIRST), ("C", FIRST_COMMON), ("S", SURNAME), ("M", SURNAME_COMMON), ("W", WORD), ("P", PLACE))


def flags_to_letters(flags: int) -> str:
    return "".join(letter for letter, bit in _LETTERS if flags & bit)


def letters_to_flags(letters: str) -> int:
    out = 0
    for letter, bit in _LETTERS:
        if letter in letters:
            out |= bit
    return out


def fold(token: str) -> str:
    """'Yılmaz' -> 'Yilmaz', 'Öztürk' -> 'Ozturk': people and keyboards drop diacritics."""
    if token.isascii():
        # (most words of a text: ASCII has no diacritics, no dotless i or barred l, and NFKD leaves every
        # ASCII character as it is, so the join below would give the word back; checked on all of ASCII in
        # tests/detectors/test_speed14_equivalence.py)
        return token
    token = token.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def load() -> dict[str, int]:
    """The lexicon as ``{token: flags}`` (folded spellings of names with diacritics included)."""
    began = time.perf_counter()
    table: dict[str, int] = {}
    with gzip.open(LEXICON_PATH, "rt", encoding="utf-8") as fh:
        blocks = fh.read().split("#")
    for block in blocks:
        if not block:
            continue
        head, _, body = block.partition("\n")
        table.update(dict.fromkeys(body.split(), letters_to_flags(head)))
    log.info("name lexicon: %d tokens in %.0f ms", len(table), (time.perf_counter() - began) * 1000)
    return table


def name_only(word: str) -> bool:
    """A first name or surname that is no ordinary word and no place ("jansen", "crispijn"; not "bakker",
    "haarlem"), in any case."""
    flags = load().get(word[:1].upper() + word[1:].lower(), 0)
    return bool(flags & (FIRST | SURNAME)) and not flags & (WORD | PLACE)


#: Hand-written lists of names that the generated lexicon lacks (one name a word, "#" comments).
EXTRA_NAME_LISTS = ("eritrean.txt",)


@lru_cache(maxsize=1)
def extra_names() -> tuple[str, ...]:
    """Names from :data:`EXTRA_NAME_LISTS`, each also without diacritics; first name and surname."""
    out: list[str] = []
    for fname in EXTRA_NAME_LISTS:
        for line in (LEXICON_PATH.parent / fname).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                out.extend(line.split())
    return tuple(dict.fromkeys(out + [fold(n) for n in out]))
