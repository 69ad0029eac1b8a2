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
        # An identifier that spells out its register, joined to the number: "NL-KVK-12345678", "KVK:80433987"
        # (the edge above keeps "-" out, because a number after a hyphen is mostly part of a longer code).
        Pattern("kvk-nummer (na KVK-)", r"\d(?<=(?i:kvk)[-:]\d)\d{7}" + _EDGE_R, 0.2),
    ]
    AT_DIGIT_GROUPS = frozenset(("kvk-nummer (in groepen)",))
    AT_LONG_DIGIT_RUNS = {"kvk-nummer (8 cijfers)": 8, "kvk-nummer (na KVK-)": 8}
    # The context is judged here (see :func:`kvk_context`): Presidio's enhancer counts words
    # across line ends, so "is de kvk al gebeld?\nordernummer 80433987" would count, and a chat
    # answer whose question is more than six words back would not.
    CONTEXT: list[str] = []
    REASON = "een KvK-nummer (nummer van een onderneming bij de Kamer van Koophandel)"
    SCORE_CONTEXT = 0.6

    def __init__(self):
        super().__init__(supported_entity="KVK_NUMBER", name="NlKvkRecognizer", global_regex_flags=regex.M)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        out = []
        for res in results:
            if 0 < res.score < self.SCORE_CONTEXT and kvk_context(text, res.start, res.end):
                res = self.result(res.start, res.end, self.SCORE_CONTEXT, final=True)
            out.append(res)
        return out

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        # The KvK hands out numbers from 01000000 up; a run of one digit is filler.
        if len(set(digits)) == 1 or digits.startswith("00"):
            return False
        return None


# A KvK word: "KvK", "K.v.K.", "Kamer van Koophandel", "handelsregister", "inschrijfnummer",
# "Chamber of Commerce", also at the start of a key in code ("kvkNumber", "KvKNummer").
_KVK_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:k\.?v\.?k\.?|kamer\s+van\s+koophandel|koophandel|handelsregister|"
    r"inschrij(?:f|vings)nummer|chamber\s+of\s+commerce)(?-i:(?!\p{Ll}))")  # (a key in camel case: kvkNumber)
# What may open a reply before the number: a time, a speaker, a bullet.
_REPLY_OPENING = regex.compile(
    r"[ \t]*(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]*)?(?:[\p{L}][\p{L} .'’\-]{0,30}?[ \t]*(?:\[\d{1,2}[:.]\d{2}\])?[ \t]*:)?"
    r"[ \t]*(?:[-•*>][ \t]*)?(?:(?i:ja|yes|hier|die\s+is|dat\s+is)[ \t]*[,:]?[ \t]*)?\Z")


def kvk_context(text: str, start: int, end: int) -> bool:
    """True when a KvK word ties the number to the KvK.

    On the number's own line: before it (within 60 characters) or just after ("80433987 (KvK)").
    In an answer: the number opens its line or chat message, and the message above names the KvK
    ("wie weet t kvk nummer van die schilder?\nIris [12:35]: 68219034").
    """
    line_start = text.rfind("\n", 0, start) + 1
    if _KVK_WORD.search(text, max(line_start, start - 60), start):
        return True
    line_end = text.find("\n", end)
    if _KVK_WORD.search(text, end, min(end + 15, len(text) if line_end < 0 else line_end)):
        return True
    if line_start == 0 or not _REPLY_OPENING.match(text, line_start, start):
        return False
    # the message above: the nearest non-empty line
    above_end = line_start - 1
    while above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        if text[above_start:above_end].strip():
            return bool(_KVK_WORD.search(text, max(above_start, above_end - 300), above_end))
        above_end = above_start - 1
    return False
