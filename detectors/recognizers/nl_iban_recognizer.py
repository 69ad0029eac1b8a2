"""IBAN of any country: the shape of an IBAN that passes the mod-97 check (schwifty)."""
from __future__ import annotations

import logging
import re

from presidio_analyzer import Pattern, RecognizerResult
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from detectors.recognizers.base import ReasonedPatternRecognizer

log = logging.getLogger(__name__)


class NlIbanRecognizer(ReasonedPatternRecognizer):
    """Finds IBANs written compact (NL91ABNA0417164300) or in groups of four (NL91 ABNA 0417 1643 00).

    A candidate may run on into the next word ("NL91 ABNA 0417 1643 00 1234 euro"), so the
    longest prefix that ends at a group border and passes mod-97 wins; nothing else is reported.
    """

    # Not glued to a letter, digit or another code on the left.
    _EDGE_L = r"(?<![\w\-/])"
    _EDGE_R = r"(?![\w\-/])"
    PATTERNS = [
        Pattern("iban (aaneengesloten)", _EDGE_L + r"(?i:[a-z]{2})\d{2}(?i:[a-z0-9]){11,30}" + _EDGE_R, 0.3),
        # Groups of four separated by one space; the last group may be shorter.
        Pattern("iban (in groepen)",
                _EDGE_L + r"(?i:[a-z]{2})\d{2}(?: (?i:[a-z0-9]){4}){2,7}(?: (?i:[a-z0-9]){1,3})?" + _EDGE_R, 0.3),
    ]
    CONTEXT = ["iban", "rekening", "rekeningnummer", "bankrekening", "bank", "account"]
    REASON = "een bankrekeningnummer (IBAN) met een kloppend controlegetal"

    def __init__(self):
        super().__init__(supported_entity="IBAN", name="NlIbanRecognizer")
        # Compiled with the standard library: for this pattern it scans about twice as fast as
        # the ``regex`` module Presidio uses, and nothing here needs ``regex`` features.
        self._compiled = [re.compile(p.regex, re.M) for p in self.PATTERNS]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        heads = [h.start() - 2 for h in _HEAD.finditer(text)]
        for pattern, compiled in zip(self.PATTERNS, self._compiled):
            for m in _matches_at(compiled, text, heads):
                span = _longest_valid(text, m.start(), m.end())
                if span is None or span in seen:
                    continue
                seen.add(span)
                # mod-97 already proves it; context cannot add anything.
                results.append(self.result(span[0], span[1], 1.0, pattern_name=pattern.name, final=True))
        return results

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_iban(pattern_text)


#: Where an IBAN can start: two letters before two digits, found from the digits. Both patterns
#: start with two letters (``(?i:[a-z])``: also "İ", "ı", "ſ" and the Kelvin sign "K") and two
#: digits; tried at every letter of a text, they cost 3 ms per 100 KB each, while this scan skips
#: to digits at C speed (1.3 ms per 100 KB for both).
_HEAD = re.compile(r"\d\d(?<=[A-Za-z\u0130\u0131\u017f\u212a]{2}\d\d)")


def _matches_at(compiled: re.Pattern, text: str, heads: list[int]):
    """``compiled.finditer(text)`` where every match starts at one of ``heads`` (in order): the same
    matches, since finditer takes the first place from the end of its last match on where the
    pattern matches, and that is the first such head."""
    end = 0
    for p in heads:
        if p < end:
            continue
        m = compiled.match(text, p)
        if m is not None:
            yield m
            end = m.end()


def is_valid_iban(candidate: str) -> bool:
    """True when ``candidate`` (spaces allowed) is an IBAN of a known country with a valid mod-97."""
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    try:
        IBAN(compact)
    except (SchwiftyException, ValueError):
        return False
    return True


def _longest_valid(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest ``[start, e)`` with ``e <= end`` at a group border (space or end) that is valid."""
    ends = [end] + [i for i in range(end - 1, start, -1) if text[i] == " "]
    for e in ends:
        if is_valid_iban(text[start:e]):
            return start, e
    return None
