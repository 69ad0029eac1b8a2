"""Personnel numbers: a number that the text calls someone's personeelsnummer or employee id.

A personnel number has no public format or checksum (UWV uses 7 digits with a leading 0,
others P123456, 12345 or, at a small employer, 215), so a bare number is never enough: the
recognizer reports a number only when a personnel-number word stands right before it
(``personeelsnummer 0471862``, ``personeelsnr.: 123456``, ``employee no. 0529374``,
``P-nummer P123456``) or when it stands in a personnel-number column of a pasted table.
"""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.recognizers.rules import (
    anchored_matches,
    column_cells,
    is_example,
)

#: A number of 3 to 10 digits (a small employer counts from 1), optionally led by 1-3 capitals,
#: or a year and a sequence number ("23-0918", "2019-00412").
NUMBER_REGEX = r"(?<![\p{L}\d./\-])(?:(?:\p{Lu}{1,3}-?)?\d{3,10}|\d{2,4}-\d{3,6})(?![\p{L}\d/\-]|[.,]\d)"

# The personnel-number word, a few filler tokens, then the number.
_KEYWORD_THEN_NUMBER = regex.compile(
    r"(?i)(?<![\p{L}])(?:personeels?(?:nummer|nr\.?|no\.?)|pers(?:oneels)?\.?[ \t]?nr\.?|"
    r"medewerkers?(?:nummer|nr\.?|code|id)|werknemers?(?:nummer|nr\.?|code|id)|personeelscode|salarisnummer|"
    r"p-?nummer|p-?nr\.?|employee[ \t_]*(?:no\.?|nr\.?|number|id|code|#)|employee-id|staff[ \t_]*"
    r"(?:no\.?|number|id)|personnel[ \t_]*(?:no\.?|number|id))"
    # "personeelsnummer voor de mutatie is ...", "klantnummer van mijn moeder: ..."
    r"(?:(?:[ \t]++[\p{L}'’\-]{1,20}+){1,4}(?:(?<=[ \t](?:is|was|luidt))|[ \t]*+:))?"
    # (the closing quote of a key and the opening quote of its value: '"employee_id":"E-330418"',
    # "'werknemersnummer' => '20001'" in PHP seed data; the end of an element: "<WerknemerID>EMP-987654")
    r"(?:[ \t]*+(?:is|was|luidt|:|#|=>?|\(|[\"'>]))*+[ \t]*+(?:\r?\n[ \t]*+)?+"
    r"(?P<number>(?-i:" + NUMBER_REGEX + r"))",
    regex.M,
)
_STEMS = ("pers", "medewerker", "werknemer", "salaris", "p-n", "pn", "employee", "staff")

# A header cell of a personnel-number column in a pasted table.
_HEADER = regex.compile(
    r"(?i)personeels?(?:nummer|nr\.?)|pers\.?[ \t]?nr\.?|p-?nr\.?|medewerkers?(?:nummer|nr\.?)|"
    r"werknemers(?:nummer|nr\.?)|p-?nummer|employee[ \t_-]*(?:no\.?|number|id)|staff[ \t]*(?:no\.?|number|id)"
)
_NUMBER = regex.compile(NUMBER_REGEX)


class NlEmployeeNumberRecognizer(ReasonedPatternRecognizer):
    """Finds numbers right after a personnel-number word."""

    PATTERNS = [Pattern("nummer na personeelsnummer", NUMBER_REGEX, 0.05)]
    CONTEXT = ["personeelsnummer", "personeelsnr", "medewerkernummer", "werknemersnummer",
               "employee", "personnel"]
    REASON = "nummer bij het woord personeelsnummer"

    def __init__(self):
        super().__init__(supported_entity="EMPLOYEE_NUMBER", name="NlEmployeeNumberRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        spans = {m.span("number") for m in anchored_matches(text, _STEMS, _KEYWORD_THEN_NUMBER, 200)
                 if not is_example(text, m.start("number"))}
        for lo, hi in column_cells(text, _STEMS, _HEADER):
            if _NUMBER.fullmatch(text, lo, hi):
                spans.add((lo, hi))
        return [self.result(s, e, 0.85, self.REASON) for s, e in sorted(spans)]
