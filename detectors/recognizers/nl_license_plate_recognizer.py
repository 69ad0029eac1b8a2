"""Dutch kentekens (license plates), sidecodes 1 to 14.

A plate is three groups of letters (L) and digits (D) in one of the RDW sidecodes:

    1 LL-DD-DD   2 DD-DD-LL   3 DD-LL-DD   4 LL-DD-LL   5 LL-LL-DD   6 DD-LL-LL   7 DD-LLL-D
    8 D-LLL-DD   9 LL-DDD-L  10 L-DDD-LL  11 LLL-DD-L  12 L-DD-LLL  13 D-LL-DDD  14 DDD-LL-D

Plates use no vowels (no words can form) and not C, Q or Y, so codes such as COVID-19,
A-12-BC or EU-27 never match. With dashes a plate is reported alone; without dashes
(GZ812K) or with spaces, and in the old sidecodes 1-3 (LL-DD-DD, DD-DD-LL, DD-LL-DD: used before
1978, and the shape of many reference codes such as ZW-20-25), it looks like any product or
reference code, so it is reported only with a vehicle word shortly before it (kenteken, auto,
voertuig, bestelbus, motor ...).
"""
from __future__ import annotations

import logging

import regex
from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

log = logging.getLogger(__name__)

#: Letters in use on Dutch plates: consonants without C, Q and Y.
LETTER = "[BDFGHJKLMNPRSTVWXZ]"
SIDECODES = ("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
             "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D")


def _sidecode_regex(separator: str, codes: tuple[str, ...] = SIDECODES) -> str:
    forms = []
    for code in codes:
        groups = []
        for group in code.split("-"):
            unit = LETTER if group[0] == "L" else r"\d"
            groups.append(unit + "{%d}" % len(group))
        forms.append(separator.join(groups))
    return "(?:" + "|".join(forms) + ")"


_VEHICLE_CONTEXT = regex.compile(
    r"(?i)(?:\b(?:auto|wagen|kenteken\w*|voertuig\w*|bestel\w*|vracht\w*|bedrijfs(?:auto|wagen|bus)\w*"
    r"|personenauto\w*|motor(?:fiets)?|scooter|brommer|bromfiets|aanhang\w*|caravan|camper|taxi|busje"
    r"|rdw|nummerplaat|license\s+plate|number\s+plate)\b)[^\n]{0,40}$")


class NlLicensePlateRecognizer(PatternRecognizer):
    """Dutch license plates (see the module docstring for the shapes)."""

    _EDGE_L = r"(?<![\w\-/.])"
    _EDGE_R = r"(?![\w\-/]|\.\w)"
    PATTERNS = [
        Pattern("kenteken (met streepjes)", _EDGE_L + _sidecode_regex("-", SIDECODES[3:]) + _EDGE_R, 0.6),
        # Sidecodes 1-3 (before 1978, few left on the road) look like reference codes (ZW-20-25).
        Pattern("kenteken (oude zijcode)", _EDGE_L + _sidecode_regex("-", SIDECODES[:3]) + _EDGE_R, 0.2),
        # Sidecode 2 without dashes (1051BD) is exactly a postcode: left out.
        Pattern("kenteken (zonder streepjes)",
                _EDGE_L + _sidecode_regex("", SIDECODES[:1] + SIDECODES[2:]) + _EDGE_R, 0.2),
        Pattern("kenteken (met spaties)", _EDGE_L + _sidecode_regex(" ") + _EDGE_R, 0.2),
    ]
    CONTEXT = ["kenteken"]
    REASON = "een kenteken van een voertuig"
    SCORE_WITH_VEHICLE = 0.6

    def __init__(self):
        super().__init__(supported_entity="LICENSE_PLATE", supported_language="nl", patterns=self.PATTERNS,
                         context=self.CONTEXT, name="NlLicensePlateRecognizer", global_regex_flags=regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for res in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if res.score < 0.5:
                # Weak shapes: only a vehicle word right before makes it a plate.
                if not _VEHICLE_CONTEXT.search(text[max(0, res.start - 60):res.start]):
                    continue
                res.score = self.SCORE_WITH_VEHICLE
                res.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(res)
        return kept

    def build_regex_explanation(self, recognizer_name, pattern_name, pattern, original_score,
                                validation_result, regex_flags):
        return AnalysisExplanation(recognizer=recognizer_name, original_score=original_score,
                                   pattern_name=pattern_name, validation_result=validation_result,
                                   textual_explanation=self.REASON)
