"""Numbers of identity documents: Dutch passport and ID card, and the Dutch driving licence.

- Passport / ID card (``stdnum.nl.identiteitskaartnummer``): 9 characters, 2 letters + 6 letters
  or digits + 1 digit, never the letter O. Serial numbers, order codes and voucher codes share
  that shape, so a context word (paspoort, identiteitskaart, ID-kaart, documentnummer,
  rijbewijs ...) is always needed. A number that mixes letters and digits in its middle part, as
  current Dutch documents do (NW7H21KL4), scores higher than two letters and seven digits
  (EK4871203: older and foreign passports, but also many reference numbers).
- Driving licence: 10 digits without a checksum, reported only when "rijbewijs" (or "driving
  licence") stands shortly before it.
"""
from __future__ import annotations

import logging

import regex
from presidio_analyzer import Pattern, RecognizerResult
from stdnum.nl import identiteitskaartnummer

from detectors.recognizers.base import ReasonedPatternRecognizer

log = logging.getLogger(__name__)

_DRIVING_CONTEXT = regex.compile(r"(?i)(?:rijbewijs|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|f[üu]hrerschein)"
                                 r"[^\n]{0,40}$")


class NlIdDocumentRecognizer(ReasonedPatternRecognizer):
    """Passport, ID-card and driving-licence numbers (see the module docstring)."""

    PATTERNS = [
        Pattern("paspoort of id-kaart", r"(?<![\w\-/])[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9](?![\w\-/])", 0.3),
        Pattern("rijbewijsnummer", r"(?<![\w.,\-/+])[1-9]\d{9}(?![\w\-/]|[.,]\d)", 0.3),
    ]
    AT_LONG_DIGIT_RUNS = {"rijbewijsnummer": 10}
    CONTEXT = ["paspoort", "passport", "identiteitskaart", "id-kaart", "idkaart", "identiteitsbewijs",
               "legitimatie", "documentnummer", "document number", "reisdocument", "rijbewijs",
               "verblijfsdocument", "verblijfspas", "id-bewijs", "identiteit", "id-nummer"]
    REASON = "een nummer van een paspoort of identiteitskaart"
    REASON_DRIVING = "een rijbewijsnummer"
    SCORE_STRONG = 0.45
    SCORE_DRIVING = 0.6

    def __init__(self):
        super().__init__(supported_entity="ID_DOCUMENT", name="NlIdDocumentRecognizer", global_regex_flags=regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for res in super().analyze(text, entities, nlp_artifacts, regex_flags):
            candidate = text[res.start:res.end]
            if candidate.isdigit():
                if not _DRIVING_CONTEXT.search(text[max(0, res.start - 80):res.start]):
                    continue
                res.score = self.SCORE_DRIVING
                res.analysis_explanation.textual_explanation = self.REASON_DRIVING
                # Only "rijbewijs" counts for ten digits; the passport words must not lift it.
                res.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            elif is_strong_document_number(candidate):
                res.score = self.SCORE_STRONG
            kept.append(res)
        return kept

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text.isdigit():
            return None if len(set(pattern_text)) > 2 else False
        return None if identiteitskaartnummer.is_valid(pattern_text) else False



def is_strong_document_number(number: str) -> bool:
    """True when the middle six characters mix at least two letters and two digits (NW7H21KL4)."""
    middle = number[2:8]
    letters = sum(ch.isalpha() for ch in middle)
    return letters >= 2 and len(middle) - letters >= 2
