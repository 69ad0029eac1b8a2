"""Rebuild ``detectors/data/names/names.tsv.gz`` from openly licensed source packages.

Run (the sources live in the non-shipped ``build-data`` dependency group)::

    uv run --group build-data python -m detectors.names.build_lists

Sources (see ``detectors/data/names/SOURCES.md``):
- ``filenthropist`` (MIT): Dutch first names and surnames with counts, Dutch places;
- ``Faker`` (MIT): first names and surnames of the locales whose names are common in the Netherlands;
- ``detectors/data/nl_lemma_lookup.json.gz`` (spacy-lookups-data, MIT) and spacy-lookups-data's English
  lemma table: which names are also ordinary words ("Bakker", "Roos", "Will") and so need context.

Output: groups of tokens with the same flags, each group headed by ``#<flag letters>`` (letters of
:mod:`detectors.names.lexicon`), one token per line; loading is one ``dict.fromkeys`` per group.
"""
from __future__ import annotations

import gzip
import importlib
import json
import unicodedata
from pathlib import Path

from detectors.names.lexicon import (
    FIRST,
    FIRST_COMMON,
    LEXICON_PATH,
    PLACE,
    SURNAME,
    SURNAME_COMMON,
    WORD,
    flags_to_letters,
    fold,
)

ROOT = Path(__file__).resolve().parents[2]
NL_LEMMAS = ROOT / "detectors" / "data" / "nl_lemma_lookup.json.gz"

#: Faker locales whose first names and surnames are common among people living in the Netherlands.
FAKER_LOCALES = (
    "nl_NL", "nl_BE", "tr_TR", "pl_PL", "en_GB", "en_US", "de_DE", "fr_FR", "fr_DZ", "es_ES", "pt_PT",
    "pt_BR", "it_IT", "ro_RO", "hr_HR", "cs_CZ", "sk_SK", "hu_HU", "lt_LT", "az_AZ", "id_ID", "en_IN",
    "yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH",
    # Latin-script lists of groups with people in the Netherlands that the lists above leave out:
    # Muslim given names transliterated (en_PK, uz_UZ), Spanish-American names (the Caribbean part
    # of the Kingdom and its neighbours), Albanian names of Kosovars and Swiss (de_CH), Belgian
    # French, Nordic, Baltic and Slovene names, Vietnamese, Thai, East African (sw, en_KE), Irish
    "en_PK", "uz_UZ", "es_MX", "es_CO", "es_CL", "es_AR", "de_CH", "de_AT", "fr_BE", "sv_SE", "no_NO",
    "da_DK", "fi_FI", "et_EE", "lv_LV", "sl_SI", "vi_VN", "en_TH", "sw", "en_KE", "en_IE",
)
#: Locales whose first names also count as "common" (a capitalised one mid-sentence is a name).
COMMON_FIRST_LOCALES = ("nl_NL", "nl_BE", "tr_TR", "pl_PL", "fr_DZ")
#: filenthropist's first-name counts: 1000 marks its list of the most common Dutch first names,
#: 1 the long tail of real names; values in between are mostly surnames and junk picked up from text.
TOP_FIRST_COUNT = 1000
TAIL_FIRST_COUNT = 1
#: Surnames below this count are too rare to be worth the bytes (and the list's noise lives there).
MIN_SURNAME_COUNT = 3
#: From this count on a surname is "common" (Jansen, Yilmaz, Öztürk...).
COMMON_SURNAME_COUNT = 200
TUSSENVOEGSELS = {"van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "la", "le", "du",
                  "da", "dos", "el", "al", "ben", "bin", "von", "vd", "v.d."}


def _gazetteers() -> Path:
    import filenthropist

    return Path(filenthropist.__file__).resolve().parent / "pii_interface" / "data" / "gazetteers"


def _latin_name(token: str) -> bool:
    """A name token we can match: Latin script, starts upper-case, has a lower-case letter."""
    if not token or not token[0].isupper() or not any(c.islower() for c in token):
        return False
    for ch in token:
        if ch in "-'’":
            continue
        if not ch.isalpha():
            return False
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return 2 <= len(token) <= 30


def _vocabulary() -> set[str]:
    words: set[str] = set()
    with gzip.open(NL_LEMMAS, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    for k, v in table.items():
        words.add(k.lower())
        words.add(v.lower())
    import spacy_lookups_data

    en = Path(spacy_lookups_data.__file__).resolve().parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(en, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    for k, v in table.items():
        words.add(k.lower())
        words.add(v.lower())
    return words


def _faker_names(locale: str) -> tuple[set[str], set[str]]:
    mod = importlib.import_module(f"faker.providers.person.{locale}")
    prov = mod.Provider
    first: set[str] = set()
    last: set[str] = set()
    for attr in dir(prov):
        if attr.startswith("_"):
            continue
        val = getattr(prov, attr)
        if not isinstance(val, (list, tuple, dict, set, frozenset)):
            continue
        if "first_name" in attr:
            first.update(str(x) for x in val)
        elif "last_name" in attr:
            last.update(str(x) for x in val)
    return first, last


def _surname_core(name: str) -> list[str]:
    """'Willems van Lier' -> ['Willems', 'Lier']; 'van Luyssel' -> ['Luyssel']."""
    return [p for p in name.replace(",", " ").split() if p.lower() not in TUSSENVOEGSELS]


def build() -> dict[str, int]:
    gaz = _gazetteers()
    first_counts: dict[str, int] = json.loads((gaz / "dutch_first_names.json").read_text(encoding="utf-8"))
    last_counts: dict[str, int] = json.loads((gaz / "dutch_last_names.json").read_text(encoding="utf-8"))
    cities = json.loads((gaz / "city_gazetteer.json").read_text(encoding="utf-8"))
    words = _vocabulary()
    flags: dict[str, int] = {}

    def add(token: str, bit: int) -> None:
        if _latin_name(token):
            flags[token] = flags.get(token, 0) | bit

    for name, count in last_counts.items():
        if count >= MIN_SURNAME_COUNT:
            for part in _surname_core(name):
                add(part, SURNAME | (SURNAME_COMMON if count >= COMMON_SURNAME_COUNT else 0))
    for name, count in first_counts.items():
        if count == TOP_FIRST_COUNT:
            add(name, FIRST | FIRST_COMMON)
        elif count == TAIL_FIRST_COUNT:
            add(name, FIRST)
    for loc in FAKER_LOCALES:
        first, last = _faker_names(loc)
        common = FIRST_COMMON if loc in COMMON_FIRST_LOCALES else 0
        for name in first:
            for part in name.split():
                add(part, FIRST | common)
        for name in last:
            for part in _surname_core(name):
                add(part, SURNAME)
    for key in ("woonplaatsen", "gemeenten", "provinces", "belgian_cities", "countries"):
        for place in cities.get(key, []):
            for part in str(place).split():
                if part[:1].isupper() and len(part) > 2:
                    flags[part] = flags.get(part, 0) | PLACE
    for token in list(flags):
        if token.lower() in words:
            flags[token] |= WORD
    # Places and plain words that no list calls a name are needed only as negatives: keep the
    # places (they stop "Den Haag" or "Zwolle" from passing as names), drop bare words.
    return {t: f for t, f in flags.items() if f & (FIRST | SURNAME | PLACE)}


def main() -> None:
    flags = build()
    LEXICON_PATH.parent.mkdir(parents=True, exist_ok=True)
    # Spellings without diacritics too: people and keyboards drop them ("Ozturk", "Yilmaz").
    for tok, f in list(flags.items()):
        folded = fold(tok)
        if folded != tok and _latin_name(folded):
            flags[folded] = flags.get(folded, 0) | (f & ~WORD)
    groups: dict[int, list[str]] = {}
    for tok, f in flags.items():
        groups.setdefault(f, []).append(tok)
    lines = []
    for f in sorted(groups):
        lines.append("#" + flags_to_letters(f))
        lines.extend(sorted(groups[f]))
    # mtime=0: the same sources give a byte-identical file.
    with open(LEXICON_PATH, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {len(flags)} tokens to {LEXICON_PATH} ({LEXICON_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
