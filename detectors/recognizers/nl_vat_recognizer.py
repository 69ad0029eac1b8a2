"""Btw-identificatienummer (Dutch VAT id): NL + 9 digits + B + 2 digits, checked with stdnum.

``stdnum.nl.btw`` accepts both kinds in use: the old ones built on a BSN/RSIN (11-proof) and the
mod 97-10 ones handed out to sole traders since 2020. Written compact (NL123456789B01), with
spaces or with dots (NL 1234.56.789.B01). A valid one scores 1.0, so it wins over the shorter
KvK or BSN span that may sit inside it.
"""
from __future__ import annotations

import logging

import regex
from presidio_analyzer import Pattern
from stdnum.nl import btw

from detectors.recognizers.base import ReasonedPatternRecognizer

log = logging.getLogger(__name__)

_SEP = r"[ .]?"


class NlVatRecognizer(ReasonedPatternRecognizer):
    """Dutch btw-ids in their common spellings."""

    PATTERNS = [
        Pattern("btw-id",
                r"(?<![\w\-/])(?i:nl)" + _SEP
                + r"(?:\d{4}" + _SEP + r"\d{2}" + _SEP + r"\d{3}|\d{3}[ .]\d{3}[ .]\d{3})"
                + _SEP + r"(?i:b)" + _SEP + r"\d{2}(?![\w\-/])", 0.4),
    ]
    CONTEXT = ["btw", "vat", "omzetbelasting", "btw-id", "btw-nummer", "btw-identificatienummer"]
    REASON = "een btw-identificatienummer met een kloppend controlegetal"

    def __init__(self):
        super().__init__(supported_entity="VAT_NUMBER", name="NlVatRecognizer", global_regex_flags=regex.M)

    def validate_result(self, pattern_text: str) -> bool:
        compact = "".join(ch for ch in pattern_text if ch.isalnum()).upper()
        return btw.is_valid(compact)

