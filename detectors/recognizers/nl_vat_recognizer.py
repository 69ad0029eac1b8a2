"""Btw-identificatienummer (Dutch VAT id): NL + 9 digits + B + 2 digits, checked with stdnum.

``stdnum.nl.btw`` accepts both kinds in use: the old ones built on a BSN/RSIN (11-proof) and the
mod 97-10 ones handed out to sole traders since 2020. Written compact (NL123456789B01), with
spaces or with dots (NL 1234.56.789.B01). A valid one scores 1.0, so it wins over the shorter
KvK or BSN span that may sit inside it.
"""
from __future__ import annotations

import logging

import regex
from presidio_analyzer import Pattern, RecognizerResult
from stdnum.nl import btw

from detectors.recognizers.base import ReasonedPatternRecognizer

log = logging.getLogger(__name__)

_SEP = r"[ .]?"
_VAT_WORD = regex.compile(r"(?i)\b(?:btw|vat|omzetbelasting)")


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
    #: A btw-id whose check digit fails, next to the word btw: a typo or an invented number still
    #: points at a business, so it is reported, lower (issue 12, class J: lower, not nothing).
    REASON_UNCHECKED = "een btw-nummer bij het woord btw (het controlegetal klopt niet: misschien een tikfout)"
    SCORE_UNCHECKED = 0.55

    def __init__(self):
        super().__init__(supported_entity="VAT_NUMBER", name="NlVatRecognizer", global_regex_flags=regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        out = []
        for res in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if res.analysis_explanation is not None and res.analysis_explanation.validation_result is None:
                if not _VAT_WORD.search(text, max(0, res.start - 40), res.start):
                    continue
                res.score = self.SCORE_UNCHECKED
                res.analysis_explanation.textual_explanation = self.REASON_UNCHECKED
                res.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            out.append(res)
        return out

    def validate_result(self, pattern_text: str) -> bool | None:
        compact = "".join(ch for ch in pattern_text if ch.isalnum()).upper()
        if btw.is_valid(compact):
            return True
        digits = compact[2:11]
        return None if len(set(digits)) > 1 else False  # checksum fails: decided in analyze()

