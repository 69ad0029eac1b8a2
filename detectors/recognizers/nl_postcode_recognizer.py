"""Dutch postcodes (1234 AB) that belong with a person's address.

A postcode alone points to a street, not a person. It is personal data when it goes with a
person's address: right after a street + number that is not a public body's (see
``nl_address_recognizer``), after the word ``postcode`` in a form or a note, or in a
"Postcode" column of a pasted table. A postcode after a ``Postbus``/``Antwoordnummer`` or
after a public body's address is an organisation's, and in a published text (Kamerbrief, press
release) a postcode needs a personal address to count.
"""
from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern
from stdnum.nl import postcode as stdnum_postcode

from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.recognizers.nl_address_recognizer import NlAddressRecognizer
from detectors.recognizers.rules import (
    ADDRESS_GAP,
    POSTCODE_REGEX,
    column_cells,
    field_values,
    is_example,
    line_before,
    looks_public,
    sql_alias_values,
    sql_cells,
    sql_person_rows,
    tuple_row_cells,
)
from detectors.regexgate import TextGate
from detectors.tables import ORGANISATION_DATA

_GAP_AFTER_ADDRESS = regex.compile(ADDRESS_GAP)
# A Postbus or Antwoordnummer (with its number) ending just before the postcode.
_POSTBUS_BEFORE = regex.compile(
    r"(?i)\b(?:postbus|antwoordnummer|p\.?\s?o\.?\s?box)[ \t]*\d[\d. ]{0,8}" + ADDRESS_GAP + r"$"
)
_POSTBUS_GATE = TextGate(_POSTBUS_BEFORE)
# The label "postcode" (or "postcode en woonplaats", "zip code") just before the postcode.
_LABEL_BEFORE = regex.compile(
    r"(?i)\b(?:postcode|post\s?code|zip\s?code|postal\s?code)(?:[ \t]+en[ \t]+(?:woon)?plaats)?"
    r"[ \t]*(?:is|:)?[ \t]*:?[ \t]*$"
)

_HEADER = regex.compile(r"(?i)post[ \t]?code(?:[ \t]*(?:en|\+|/|&)[ \t]*(?:woon)?plaats)?|zip[ \t]?code|"
                        r"postal[ \t]?code")

#: The key of a postcode field in code or data (lower case, without "_" or "-").
_FIELD_KEY = regex.compile(r"post(?:al)?code|zip(?:code)?|postcodecijfers")
#: A postcode typed in lower case ("2221 nm", as a form lets people type it): one only as the whole value of a postcode
#: column or field, never in running text ("1234 ab" there is a number and a word). It opens with the digit it consumes.
_LOWER_POSTCODE = re.compile(r"[1-9](?<![\w.,-][1-9])[0-9]{3} ?[a-z]{2}(?![\w-])")
#: A column "zip" of an SQL INSERT: a postcode only in a table of people (see rules.sql_cells),
#: as a table of shops or postcode areas has one too.
_SQL_ZIP = regex.compile(r"zip(?:code)?")


#: A postcode in plain ASCII ("1234 AB", "1234AB"): stdnum's check of it is that its letters are
#: not SA, SD or SS (its compact form is exactly these digits and letters).
_PLAIN_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Z]{2}")
_BLACKLIST = ("SA", "SD", "SS")


def valid_postcode(value: str) -> bool:
    """``stdnum.nl.postcode.is_valid``, answered without it for a plain ASCII postcode (an export
    holds tens of thousands); anything else (a tab, other digits or letters) goes to stdnum."""
    if _PLAIN_POSTCODE.fullmatch(value):
        return value[-2:] not in _BLACKLIST
    return stdnum_postcode.is_valid(value)


class NlPostcodeRecognizer(ReasonedPatternRecognizer):
    """Finds postcodes of people's addresses; skips Postbus and public bodies' postcodes."""

    PATTERNS = [Pattern("postcode (1234 AB)", POSTCODE_REGEX, 0.3)]
    CONTEXT = ["postcode", "adres", "woonadres", "wonen", "woonachtig", "verhuizen", "verhuisd",
               "woonplaats"]
    REASON = "postcode bij het adres van een persoon"
    REASONS = {
        "address": "postcode bij het adres van een persoon",
        "label": "postcode bij het woord postcode of in de kolom postcode",
        "weak": "postcode",
    }

    def __init__(self):
        super().__init__(supported_entity="POSTCODE", name="NlPostcodeRecognizer")
        self._rx = regex.compile(POSTCODE_REGEX, regex.M)
        self._addresses = NlAddressRecognizer()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        matches = [m for m in self._rx.finditer(text) if valid_postcode(m.group())]
        lower = _LOWER_POSTCODE.search(text) is not None
        if not matches and not lower:
            return []
        # An address ending right before a postcode decides whether the postcode is personal.
        by_end = {c.end: c for c in self._addresses.candidates(text)}
        public_text = looks_public(text)
        # A column "Postcode" in a pasted table: a postcode at the start of each cell.
        columns = set()
        cells = []  # (every cell of such a column or field, for a postcode typed in lower case)
        for lo, hi in column_cells(text, ("post", "zip"), _HEADER):
            cells.append((lo, hi))
            m = self._rx.match(text, lo, hi)
            if m:
                columns.add(m.span())
        # A postcode field of seed data or a FHIR example ("postalCode": "2514 GL", <postalCode
        # value="2514 GL"/>) is a person's, unless it is the address of an organisation in the
        # structured data of a web page (schema.org "Organization").
        if not ORGANISATION_DATA.search(text, 0, 20_000):
            for lo, hi in field_values(text, ("post", "zip"), _FIELD_KEY):
                cells.append((lo, hi))
                m = self._rx.fullmatch(text, lo, hi)
                if m:
                    columns.add(m.span())
        # (and a postcode in a person's row of a table dumped without its column names)
        bare = [(a, b) for cells in sql_person_rows(text) for a, b, _ in cells]
        for lo, hi in sql_cells(text, _SQL_ZIP, people=True) + sql_alias_values(text, _FIELD_KEY) \
                + list(tuple_row_cells(text).get("POSTCODE", ())) + bare \
                + (sql_cells(text, _FIELD_KEY, people=True) if lower else []):
            cells.append((lo, hi))
            m = self._rx.fullmatch(text, lo, hi)
            if m:
                columns.add(m.span())
        out = []
        may_postbus = _POSTBUS_GATE.may_match(text)  # (no such word in the text: none before a postcode either)
        for m in matches:
            s, e = m.span()
            before = text[max(0, s - 60):s]
            if (may_postbus and _POSTBUS_BEFORE.search(before)) or is_example(text, s):
                continue
            address = self._address_before(text, s, by_end)
            if address is not None:
                if address.public or address.score <= 0:
                    continue
                out.append(self.result(s, e, max(0.85, address.score), self.REASONS["address"]))
            elif _LABEL_BEFORE.search(line_before(text, s, 40)) or (s, e) in columns:
                if not public_text:
                    out.append(self.result(s, e, 0.85, self.REASONS["label"]))
            elif not public_text:
                # Left to Presidio's context words (adres, woonachtig ...): 0.3 + 0.35.
                out.append(self.result(s, e, 0.3, self.REASONS["weak"]))
        if lower and not public_text:
            # (and one right after the label "Postcode:" on a form's line)
            labelled = [m.span() for m in _LOWER_POSTCODE.finditer(text)
                        if _LABEL_BEFORE.search(line_before(text, m.start(), 40))]
            for lo, hi in sorted(set(cells) | set(labelled)):
                if _LOWER_POSTCODE.fullmatch(text, lo, hi) and valid_postcode(text[lo:hi].upper()):
                    out.append(self.result(lo, hi, 0.85, self.REASONS["label"]))
        return out

    @staticmethod
    def _address_before(text, start, by_end):
        """The address candidate that ends just before ``start`` (comma/space/newline between)."""
        # Walk back over the allowed gap: at most a comma, spaces and one line break.
        i = start
        lo = max(0, start - 12)
        while i > lo and text[i - 1] in " \t,|•·-\r\n":
            i -= 1
        cand = by_end.get(i)
        if cand is None:
            return None
        gap = _GAP_AFTER_ADDRESS.fullmatch(text, i, start)
        return cand if gap else None
