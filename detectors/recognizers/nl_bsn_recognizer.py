"""Burgerservicenummer (BSN): 9 digits (8 with the leading 0 dropped) that pass the 11-proof."""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern
from stdnum.nl import bsn

from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.recognizers.rules import column_cells, contact_point_phones

_MENTIONS_BSN = regex.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofi-?nummer)")
#: The label of an organisation's RSIN just before the number, on the same line, with no BSN label
#: beside it ("RSIN/BSN" on a form may hold a person's number).
_RSIN_LABEL = regex.compile(r"(?i)\brsin\b(?![^\n]*\b(?:bsn|burgerservicenummer)\b)[^\n\d]{0,30}$")


#: A medical terminology whose concept ids are 6 to 18 digits (SNOMED CT): some 1 in 11 passes the
#: 11-proof. Named on the line of the number, close to it: "$sct#620801967", "(488845488 - SNOMED CT)".
_TERMINOLOGY = regex.compile(r"(?i)snomed|\bsct\b|snomed\.info|\bconcept[ \t-]?id\b")


#: The header of a column of terminology codes in a pasted table ("SNOMED-code", "sct id").
_TERMINOLOGY_HEADER = regex.compile(r"(?i)(?:snomed|sct)(?:[ \t-]?(?:ct|code|id|concept))*")


def _terminology_code(text: str, start: int, end: int) -> bool:
    """True when the number is a concept id of a terminology, not a person's number."""
    if start >= 2 and text[start - 1] == "#" and text[start - 2].isalnum():
        return True  # a code glued to its system: "$sct#620801967", "snomed#..."
    if _MENTIONS_BSN.search(text, max(0, start - 30), start):
        return False  # "BSN 488845488 (diagnose in SNOMED)": the label before it decides
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + 30)
    return bool(_TERMINOLOGY.search(text, lo, start) or _TERMINOLOGY.search(text, end, hi))


#: A person's number as the key of a REST path of a Dutch government API: the BRP's "/ingeschrevenpersonen/999993896",
#: "/personen/...", a case system's "/persoon/...". (A number inside any other path is an id: not read.)
_PERSON_PATH = regex.compile(r"(?i)/(?:ingeschrevenpersonen|personen|persoon|bsn|burgerservicenummer)"
                             r"/(\d{9})(?=[/?#\"'\s)]|$)")


#: Groups of one to three digits beside a number written in groups, one space apart: the row of a table of figures ("x
#: 1 000 395 466 489 419 355 318"), in which three groups in a row may pass the 11-proof by chance. A row number or an
#: age beside a person's number is one group; a tab parts the columns of a table of people.
_GROUPS_BEFORE = regex.compile(r"(?:(?<![\d.,])\d{1,3} ){1,2}$")
_GROUPS_AFTER = regex.compile(r"(?: \d{1,3}(?![\d.,]\d)){1,2}(?=\s|\Z)")


#: A letter's header as a PDF copies it: a row of labels that opens with "datum" and then "(ons) kenmerk", then the row
#: of values, the date first ("datum kenmerk contactpersoon" / "15 juli 2003 200301457 A. Driesens"): the number right
#: after the date is the letter's reference, which may pass the 11-proof.
_HEADER_LABELS = regex.compile(r"(?i)\bdatum[ \t]+(?:ons[ \t]+)?kenmerk\b")
#: A header that names a person's number, or the addressee's reference, under which a client's BSN may stand.
_PERSON_NUMBER_LABEL = regex.compile(r"(?i)\b(?:bsn|burgerservice\w*|sofi\w*|persoonsnummer|uw[ \t]+kenmerk)")
_DATE_BEFORE = regex.compile(r"(?i)[ \t]*\d{1,2}(?:[ \t]+[a-z]{3,9}\.?[ \t]+|[-/.]\d{1,2}[-/.])\d{2,4}[ \t]+$")


def _letter_reference(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the date in the values row under a letter's header labels."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _DATE_BEFORE.match(text, line_start, start):
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    labels = text[above:line_start - 1]
    return _HEADER_LABELS.search(labels) is not None and _PERSON_NUMBER_LABEL.search(labels) is None


def _in_a_row_of_figures(text: str, start: int, end: int) -> bool:
    """The number at [start, end), written with single spaces, stands among two or more other groups of figures in a
    row (before it, after it, or one on each side), and no BSN label stands right before it."""
    if " " not in text[start:end]:
        return False
    before = _GROUPS_BEFORE.search(text, max(0, start - 8), start)
    after = _GROUPS_AFTER.match(text, end)
    groups = (before.group().count(" ") if before else 0) + (after.group().count(" ") if after else 0)
    return groups >= 2 and not _MENTIONS_BSN.search(text, max(0, start - 30), start)


class NlBsnRecognizer(ReasonedPatternRecognizer):
    """Finds BSNs written plain (111222333), with dots (1112.22.333, 111.222.333) or spaces.

    An 8-digit number (a BSN whose leading 0 was dropped) only counts in a text that talks about
    BSNs: on its own it is as likely a KvK or case number.
    """

    # A digit run not glued to other digits, letters or a decimal part.
    _EDGE_L = r"(?<![\w.,\-/+])"
    _EDGE_R = r"(?![\w\-/]|[.,]\d)"
    PATTERNS = [
        Pattern("bsn (9 cijfers)", _EDGE_L + r"\d{9}" + _EDGE_R, 0.4),
        Pattern("bsn (8 cijfers)", _EDGE_L + r"\d{8}" + _EDGE_R, 0.2),
        Pattern("bsn (met punten of spaties)",
                _EDGE_L + r"(?:\d{4}([ .])\d{2}\1\d{3}|\d{3}([ .])\d{3}\2\d{3}|\d{2}([ .])\d{3}\3\d{3})" + _EDGE_R,
                0.4),
    ]
    AT_DIGIT_GROUPS = frozenset(("bsn (met punten of spaties)",))
    AT_LONG_DIGIT_RUNS = {"bsn (9 cijfers)": 9, "bsn (8 cijfers)": 8}
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "persoonsnummer", "burgerservice"]
    REASON = "9 cijfers die kloppen met de elfproef van een BSN"
    REASON_8 = "8 cijfers die met een 0 ervoor een geldig BSN zijn, in een tekst over een BSN"
    REASON_PATH = ("9 cijfers die kloppen met de elfproef, als persoon in het adres van een koppeling "
                   "(zoals /personen/...)")
    #: Score of a valid 8-digit number in a text that mentions BSNs (reported, below a 9-digit one).
    SCORE_8_IN_BSN_TEXT = 0.6

    def __init__(self):
        super().__init__(supported_entity="BSN", name="NlBsnRecognizer", global_regex_flags=regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "/" in text:
            taken = {(r.start, r.end) for r in results}
            for m in _PERSON_PATH.finditer(text):
                if m.span(1) not in taken and self.validate_result(m.group(1)):
                    results.append(self.result(m.start(1), m.end(1), 0.85, self.REASON_PATH, final=True))
        # An RSIN passes the same 11-proof, but a legal person has it (every ANBI page shows one).
        results = [r for r in results if not _RSIN_LABEL.search(text, max(0, r.start - 40), r.start)
                   and not _in_a_row_of_figures(text, r.start, r.end) and not _letter_reference(text, r.start)]
        if results:
            codes = set(column_cells(text, ("snomed", "sct"), _TERMINOLOGY_HEADER))
            codes |= set(contact_point_phones(text))  # a FHIR phone value: the system says so
            results = [r for r in results if (r.start, r.end) not in codes
                       and not _terminology_code(text, r.start, r.end)]
        if results and _MENTIONS_BSN.search(text):
            for res in results:
                digits = sum(ch.isdigit() for ch in text[res.start:res.end])
                if digits == 8 and res.score < self.SCORE_8_IN_BSN_TEXT:
                    res.score = self.SCORE_8_IN_BSN_TEXT
                    if res.analysis_explanation is not None:
                        res.analysis_explanation.textual_explanation = self.REASON_8
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        if len(digits) == 8:
            # An 8-digit BSN exists, but so do many 8-digit numbers (KvK!): see analyze().
            return None if bsn.is_valid("0" + digits) else False
        if len(digits) != 9 or len(set(digits)) == 1:
            return False
        return bsn.is_valid(digits)
