"""KvK-nummer (Chamber of Commerce number): 8 digits without a public checksum.

Eight digits alone say nothing (amounts, dates, reference numbers, 8-digit BSNs), so a KvK
number is reported only with a context word close by (KvK, Kamer van Koophandel,
handelsregister, inschrijfnummer ...): the pattern scores 0.2, the engine adds 0.35 for context.
"""
from __future__ import annotations

import logging

import regex
from presidio_analyzer import Pattern

from detectors.recognizers.base import ReasonedPatternRecognizer

log = logging.getLogger(__name__)


class NlKvkRecognizer(ReasonedPatternRecognizer):
    """KvK numbers written 80433987 or 8043 3987, next to a context word.

    Not with dots: 80.43.39.87 is an IPv4 address as well, and nobody writes a KvK number so.
    """

    _EDGE_L = r"(?<![\w.,\-/+])"
    _EDGE_R = r"(?![\w\-/]|[.,]\d)"
    PATTERNS = [
        Pattern("kvk-nummer (8 cijfers)", _EDGE_L + r"\d{8}" + _EDGE_R, 0.2),
        # Two groups of four, not part of a longer run of groups (phone numbers, IBANs).
        Pattern("kvk-nummer (in groepen)", _EDGE_L + r"(?<!\d )\d{4} \d{4}(?! ?\d)" + _EDGE_R, 0.2),
    ]
    # Matched against single tokens: "K.v.K." is split into "k.v" + "k.", "Chamber of Commerce"
    # into three words.
    CONTEXT = ["kvk", "k.v", "koophandel", "handelsregister", "inschrijfnummer", "inschrijvingsnummer",
               "commerce"]
    REASON = "een KvK-nummer (nummer van een onderneming bij de Kamer van Koophandel)"

    def __init__(self):
        super().__init__(supported_entity="KVK_NUMBER", name="NlKvkRecognizer", global_regex_flags=regex.M)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        # The KvK hands out numbers from 01000000 up; a run of one digit is filler.
        if len(set(digits)) == 1 or digits.startswith("00"):
            return False
        return None

