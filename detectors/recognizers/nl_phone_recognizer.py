"""Phone numbers of a person, found with ``phonenumbers`` (region NL, plus +/00 international).

Labels (shared/eval/LABELS.md): a person's mobile, private landline or direct line is personal
data; the general numbers of an organisation are not. ``phonenumbers`` tells the number type, and
the types used for organisation-wide lines in the Netherlands decide by themselves:

- 088 (UAN, company-wide), 14 0xx (municipalities), 0800 (free), 0900 (paid), 085/091 (VoIP,
  sold as "landelijk nummer"), shared-cost and premium numbers: reported only with *personal*
  context right before the number: "direct", "doorkies", "mobiel", "privé", "mijn nummer", or a
  one-letter signature label ("T", "M", "D") at the start of its line, as in an e-mail signature.
  "Bel ons op 088 ...", "telefoon 0800 ..." in a public text stay quiet.
- mobile and fixed-line numbers (06, 020, 0513, +49 30 ...): reported without context.

Dates (07-07-1992), amounts, BSNs, IBAN parts, postcodes and times are not valid phone
numbers for ``phonenumbers`` with leniency VALID; numbers glued to other digits, letters or a
decimal part are skipped too.
"""
from __future__ import annotations

import logging

import phonenumbers
import regex
from phonenumbers import PhoneNumberType as T
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

log = logging.getLogger(__name__)

#: Types that organisations use for their general lines (see the module docstring).
BUSINESS_TYPES = frozenset({T.UAN, T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.VOIP})

# Personal context in the few words before a business-type number.
_PERSONAL_BEFORE = regex.compile(
    r"(?i)(?:\bdirect|\bdoorkies|\bmobiel|\bmob\b|\bgsm\b|\bpriv[eé]\b|\brechtstreeks|\bpersoonlijk"
    r"|\bmijn\s+(?:\w+\s+)?(?:telefoon)?nummer|\bbel\s+mij\b|\bmij\s+bereiken|\bmobile|\bdirect\s+line"
    r"|\bmy\s+(?:phone\s+)?number)[^\n]{0,25}$")
# A signature line: "T 088 ...", "M: 06 ...", "D. 088 ..." at the start of a line.
_SIGNATURE_LABEL = regex.compile(r"(?:^|\n)[ \t]*[TMD]\.?:?[ \t]*$")
# A national number starts with 0 and an area/mobile digit; international with + or 00.
_PLAUSIBLE_START = regex.compile(r"^(?:\+|00|\(?0[1-9]|\(\+)")


class NlPhoneRecognizer(EntityRecognizer):
    """Personal phone numbers (NL and international) via ``phonenumbers.PhoneNumberMatcher``."""

    REGION = "NL"
    CONTEXT: list[str] = []  # context is judged here, per number type (see module docstring)
    REASON = "een telefoonnummer van een persoon"
    REASON_BUSINESS = "een zakelijk telefoonnummer met een woord ervoor dat wijst op een persoonlijk nummer"
    SCORE_PERSONAL = 0.7
    SCORE_BUSINESS = 0.3
    SCORE_BUSINESS_PERSONAL = 0.6

    def __init__(self):
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language="nl",
                         name="NlPhoneRecognizer", context=self.CONTEXT)

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        if "PHONE_NUMBER" not in entities:
            return results
        matcher = phonenumbers.PhoneNumberMatcher(text, self.REGION, leniency=phonenumbers.Leniency.VALID)
        for match in matcher:
            start, end = match.start, match.end
            raw = match.raw_string
            if raw.startswith("(") and ")" not in raw:
                # "(053 - 481 29 70)": phonenumbers keeps the opening bracket of the sentence.
                start, raw = start + 1, raw[1:]
            if not _PLAUSIBLE_START.match(raw) or _glued(text, start, end):
                continue
            kind = phonenumbers.number_type(match.number)
            if kind in BUSINESS_TYPES:
                if _personal_context(text, start):
                    score, reason = self.SCORE_BUSINESS_PERSONAL, self.REASON_BUSINESS
                else:
                    score, reason = self.SCORE_BUSINESS, self.REASON
            else:
                score, reason = self.SCORE_PERSONAL, self.REASON
            results.append(RecognizerResult(
                entity_type="PHONE_NUMBER", start=start, end=end, score=score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=score, textual_explanation=reason),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                }))
        return results


def _glued(text: str, start: int, end: int) -> bool:
    """True when the number is part of a longer token: a code, an amount, an IBAN."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "-/_.,@" or after.isalnum() or after in "-/_@":
        return True
    return after in ".," and after2.isdigit()


def _personal_context(text: str, start: int) -> bool:
    window = text[max(0, start - 60):start]
    return bool(_PERSONAL_BEFORE.search(window) or _SIGNATURE_LABEL.search(window))
