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
import re

import regex
from presidio_analyzer import Pattern, RecognizerResult

from detectors.recognizers.base import ReasonedPatternRecognizer
from detectors.recognizers.rules import sql_cells
from detectors.regexgate import matches_at

log = logging.getLogger(__name__)

#: Letters in use on Dutch plates: consonants without C, Q and Y.
LETTERS = frozenset("BDFGHJKLMNPRSTVWXZ")
SIDECODES = ("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
             "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D")
#: Sidecodes 1-3 (before 1978, few left on the road) look like reference codes (ZW-20-25).
OLD_SIDECODES = frozenset(SIDECODES[:3])
# Without separators every sidecode has its own letter/digit shape (LLDDDL is only sidecode 9).
_COMPACT_SHAPES = {code.replace("-", ""): code for code in SIDECODES}
# One plate character: a plate letter or a digit. The regexes only find three short groups;
# which groups form a sidecode is decided in Python (one simple pattern, no 14-way alternation).
_CH = "[BDFGHJ-NP-TV-XZ0-9]"


def sidecode(plate: str) -> str | None:
    """The sidecode (``"LL-DDD-L"``) of a written plate, or ``None`` when it has none.

    Dashes or single spaces between the groups count as group borders; without them the shape
    of letters and digits decides.
    """
    groups = plate.replace(" ", "-").split("-")
    if any(ch.isalpha() and ch not in LETTERS for ch in plate):
        return None
    if len(groups) == 1:
        shape = "".join("L" if ch.isalpha() else "D" for ch in plate)
        return _COMPACT_SHAPES.get(shape)
    if len(groups) != 3:
        return None
    code = "-".join("".join("L" if ch.isalpha() else "D" for ch in g) for g in groups)
    # A group mixes letters and digits in no sidecode.
    return code if code in SIDECODES else None


_VEHICLE_CONTEXT = regex.compile(
    r"(?i)(?:\b(?:auto|wagen|kenteken\w*|voertuig\w*|bestel\w*|vracht\w*|bedrijfs(?:auto|wagen|bus)\w*"
    r"|personenauto\w*|motor(?:fiets)?|scooter|brommer|bromfiets|aanhang\w*|caravan|camper|taxi|busje"
    # (also a record's field: "licensePlate", "license_plate", "vehicle_registration_plate")
    r"|rdw|nummerplaat|(?:license|licence|number|registration)[\s_-]?plates?)\b)[^\n]{0,40}$")


_ANY_PLATE = regex.compile(r"(?<![\w\-/.])[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?![\w\-/]|\.\w)")


# A word for a code right before: "rolprofiel KM-WG-04", "formulier ZK-DD-12", "versie ..."
_CODE_WORD = regex.compile(r"(?i)\b\w*(?:profiel|code|formulier|procedure|versie|rol|sjabloon|template|"
                           r"artikel|productcode|taakcode)\b[ \t:]*$")


#: A plate column of an SQL INSERT (lower case, without "_"): its column list says what each value is,
#: however far the values stand below it (an old sidecode, 23-HG-35, is then a plate too).
_PLATE_COLUMN = regex.compile(r"(?:number|license|licence|registration)plate|kenteken\w{0,10}|nummerplaat")


#: The plate letter that ``_EDGE_L`` of every pattern looks ahead for (as the patterns read it, with or without
#: IGNORECASE).
_PLATE_LETTER = regex.compile(r"[BDFGHJ-NP-TV-XZ]")
_PLATE_LETTER_I = regex.compile(r"[BDFGHJ-NP-TV-XZ]", regex.I)

#: Runs of plate characters of six or more (each whole: from its first character, greedy), and chains of three or
#: more runs of plate characters one space apart: where the patterns without dashes may match (see
#: ``NlLicensePlateRecognizer.pattern_matches``). ``re``, not ``regex``: it skips to a character of a class in C
#: (ASCII classes, case-sensitive: the same characters in both). The look-behind after the first character stops a
#: try inside a run at once (in a digit-dense export the chains were tried from every digit of a number).
_RUN_OF_SIX = re.compile(_CH + "(?<!" + _CH + _CH + ")" + _CH + "{5,}")
_CHAIN_OF_THREE = re.compile(_CH + "(?<!" + _CH + _CH + ")" + _CH + "*(?: " + _CH + "+){2,}")


class NlLicensePlateRecognizer(ReasonedPatternRecognizer):
    """Dutch license plates (see the module docstring for the shapes)."""

    # every plate holds a letter: a run of digits and spaces ("1 1 1 ...") is not tried at all
    # (the run before the letter is possessive: a digit, space or dash given back is no letter either)
    _EDGE_L = r"(?<![\w\-/.])(?=[0-9 \-]{0,8}+[BDFGHJ-NP-TV-XZ])"
    _EDGE_R = r"(?![\w\-/]|\.\w)"
    # _EDGE_L and the first plate character, with that character first: a plate letter, or a digit with a plate
    # letter after at most seven more digits, spaces or dashes (the look-ahead of _EDGE_L read one character on),
    # and the look behind after it. The regex engine then tries the look-arounds only at a plate character, not at
    # every position (the two patterns with separators: a third faster on the corpus; the one without is not, and
    # keeps _EDGE_L). The same matches: tests/detectors/test_plate_fast_paths.py.
    _FIRST = r"(?:[BDFGHJ-NP-TV-XZ]|[0-9](?=[0-9 \-]{0,7}+[BDFGHJ-NP-TV-XZ]))(?<![\w\-/.].)"
    PATTERNS = [
        Pattern("kenteken (met streepjes)", _FIRST + _CH + "{0,2}-" + _CH + "{1,3}-" + _CH + "{1,3}" + _EDGE_R, 0.6),
        Pattern("kenteken (zonder streepjes)", _EDGE_L + _CH + "{6}" + _EDGE_R, 0.2),
        Pattern("kenteken (met spaties)", _FIRST + _CH + "{0,2} " + _CH + "{1,3} " + _CH + "{1,3}" + _EDGE_R, 0.2),
    ]
    CONTEXT = ["kenteken"]
    REASON = "een kenteken van een voertuig"
    SCORE_WITH_VEHICLE = 0.6
    REASON_COLUMN = "een kenteken in de kolom kenteken"

    def __init__(self):
        super().__init__(supported_entity="LICENSE_PLATE", name="NlLicensePlateRecognizer", global_regex_flags=regex.M)

    #: A plate with letters the RDW never issues (A, E, C, Q ...), right after a vehicle word: a typo
    #: or an invented plate still identifies a car's owner; reported lower (issue 12, class J).
    REASON_UNISSUED = "een kenteken bij een woord als auto of kenteken (met letters die de RDW niet uitgeeft)"
    SCORE_UNISSUED = 0.55

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = self._unissued(text)
        # Each pattern looks ahead for a plate letter (_EDGE_L, _FIRST): a text without one holds no match, and
        # its patterns are not run (two of them tried 9 characters at every digit of "1 1 1 ...": 0.5 s a MB).
        flags = regex_flags if regex_flags else self.global_regex_flags
        letter = _PLATE_LETTER_I if flags & regex.I else _PLATE_LETTER
        found_by_patterns = super().analyze(text, entities, nlp_artifacts, regex_flags) if letter.search(text) else []
        for res in found_by_patterns:
            if sidecode(text[res.start:res.end]) in OLD_SIDECODES or _CODE_WORD.search(
                    text, max(0, res.start - 30), res.start):
                res.score = min(res.score, 0.2)  # then only a vehicle word makes it a plate
            if res.score < 0.5:
                # Weak shapes: only a vehicle word right before makes it a plate.
                if not _VEHICLE_CONTEXT.search(text[max(0, res.start - 60):res.start]):
                    continue
                res.score = self.SCORE_WITH_VEHICLE
                res.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(res)
        found = {(r.start, r.end) for r in kept}
        for s, e in sql_cells(text, _PLATE_COLUMN):
            value = text[s:e]
            if (s, e) not in found and sidecode(value) is not None and len(value.replace("-", "")) == 6:
                kept.append(self.result(s, e, self.SCORE_WITH_VEHICLE, self.REASON_COLUMN, final=True))
        return kept

    def pattern_matches(self, pattern, text, flags):
        """The matches of a pattern as its ``finditer`` gives them; for the two without dashes, tried only where they
        can start (their scan tried the look-arounds at every position: 3.5 and 2.5 ms a 100 KB).

        Without dashes a match is six plate characters with no word character either side: a run of exactly six
        (:data:`_RUN_OF_SIX`). With spaces it is three runs of one to three plate characters, a space between them,
        no word character before the first or after the last: it starts at a run of a chain of three or more
        (:data:`_CHAIN_OF_THREE`); tried there in order, from the end of the last match on, as ``finditer`` tries
        every place. Only with the flags these are written for (case-sensitive); the same matches as ``finditer``:
        tests/detectors/test_speed23_equivalence.py."""
        if flags != self.global_regex_flags or pattern.name not in _AT_RUNS:
            return super().pattern_matches(pattern, text, flags)
        return _AT_RUNS[pattern.name](pattern.compiled_regex, text)

    def _unissued(self, text):
        out = []
        for m in _ANY_PLATE.finditer(text):
            plate = m.group()
            if sidecode(plate) is not None or not any(ch.isalpha() and ch not in LETTERS for ch in plate):
                continue  # a normal plate: the patterns handle it
            code = "-".join("".join("L" if ch.isalpha() else "D" for ch in g) for g in plate.split("-"))
            if code in SIDECODES and code not in OLD_SIDECODES \
                    and _VEHICLE_CONTEXT.search(text[max(0, m.start() - 60):m.start()]):
                res = self.result(m.start(), m.end(), self.SCORE_UNISSUED, self.REASON_UNISSUED, final=True)
                out.append(res)
        return out

    def validate_result(self, pattern_text: str) -> bool | None:
        code = sidecode(pattern_text)
        if code is None or len(pattern_text.replace("-", "").replace(" ", "")) != 6:
            return False
        if code == "DD-DD-LL" and "-" not in pattern_text and " " not in pattern_text:
            return False  # 1051BD is a postcode
        return None


def _without_dashes(rx, text):
    # (no timeout per match, as in detectors/recognizers/base.py: a match at one place ends within microseconds)
    for run in _RUN_OF_SIX.finditer(text):
        start, end = run.span()
        if end - start == 6:
            m = rx.match(text, start)
            if m is not None:
                yield m


def _with_spaces(rx, text):
    # (each run of a chain: its first character, and each one after a space in it)
    places = []
    for chain in _CHAIN_OF_THREE.finditer(text):
        start, end = chain.span()
        places.append(start)
        places.extend(i + 1 for i in range(start, end) if text[i] == " ")
    return matches_at(rx, text, places)


_AT_RUNS = {"kenteken (zonder streepjes)": _without_dashes, "kenteken (met spaties)": _with_spaces}
