"""Round 15's shortcuts give what the code without them gives.

- the street pattern of the address recognizer looks ahead for the character a street opens with before it tries
  its list of words that open no street (``_STREET_FIRST``): the same matches as the pattern without it, on every
  corpus text and on generated texts full of streets, ordinals, "'s-" names and words that open no street;
- the lines that may head a table are read for a column's header only in the cells that hold one of the header
  pattern's needles (``_HeaderIndex.heads``): the same lines as a full match of every cell, for every header
  pattern of the recognizers, on every corpus text, the dense exports and generated tables (with the characters
  that make lowered text no proof).
"""
from __future__ import annotations

import random

import regex

from bench.speed_limits import DATA_EXPORTS
from detectors import textcache
from detectors.recognizers import nl_address_recognizer as addr
from detectors.recognizers import nl_bsn_recognizer, nl_case_number_recognizer, nl_date_of_birth_recognizer
from detectors.recognizers import nl_employee_number_recognizer, nl_license_plate_recognizer, nl_phone_recognizer
from detectors.recognizers import nl_postcode_recognizer, nl_record_name_recognizer, rules
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


_HEADERS = [addr._ADDRESS_HEADER, addr._NUMBER_HEADER, nl_bsn_recognizer._TERMINOLOGY_HEADER,
            nl_case_number_recognizer._HEADER, nl_date_of_birth_recognizer._BIRTH_HEADER,
            nl_employee_number_recognizer._HEADER, nl_license_plate_recognizer._PLATE_COLUMN,
            nl_phone_recognizer._PHONE_HEADER, nl_postcode_recognizer._HEADER, nl_record_name_recognizer._PERSON_COLUMN,
            nl_record_name_recognizer._NAME_COLUMN, rules._SQL_PERSON_COLUMN,
            regex.compile(r"\w+"), regex.compile(r"(?i)naam|stra[sß]e"), regex.compile(r"(?i)s\w*")]


def _old_heads(index, header) -> list[int]:
    out: set[int] = set()
    for cell, starts in index.by_cell.items():
        if header.fullmatch(cell):
            out.update(starts)
    return sorted(out)


def _table_texts() -> list[str]:
    rnd = random.Random(1515)
    cells = ["Naam", "naam", "NAAM", "Adres", "woonadres", "Straat", "Huisnummer", "nr.", "Telefoon", "tel.", "GSM",
             "Postcode", "zip code", "Geboortedatum", "geb. datum", "Personeelsnummer", "Klantnummer", "kenteken",
             "snomed ct", "Voornaam", "Achternaam", "first_name", "Jan", "de Vries", "Kerkstraat 1", "1234 AB",
             "06-12345678", "İstanbul", "ıl", "ſtraat", "STRASSE", "Straße", "", " ", '"a;b"', "x@y.nl", "12"]
    out = []
    for seed in range(200):
        rnd.seed(seed)
        sep = rnd.choice(["\t", ";", ",", "|"])
        width = rnd.randrange(2, 6)
        rows = [sep.join(rnd.choice(cells) for _ in range(width)) for _ in range(rnd.randrange(2, 12))]
        out.append("\n".join(rows))
    return out


def test_header_heads_only_in_cells_with_a_needle():
    texts = list(corpus_texts()) + [make()[:60_000] for make in DATA_EXPORTS.values()] + _table_texts()
    asked = 0
    try:
        for text in texts:
            textcache.forget()
            index = rules._header_index(text)
            for header in _HEADERS:
                assert index.heads(header) == _old_heads(index, header), (header.pattern, text[:200])
                asked += bool(index.by_cell)
    finally:
        textcache.forget()
    assert asked > 1000
