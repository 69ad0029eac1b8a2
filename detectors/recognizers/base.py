"""One base class for Plakwacht's pattern recognizers: it carries the Dutch reason.

Presidio's ``PatternRecognizer`` takes patterns, context words and a name as constructor
arguments; this one also takes the reason shown to the user ("9 cijfers die kloppen met de
elfproef van een BSN"), puts it in every result's explanation and builds results for
recognizers that find their spans themselves (:meth:`result`). Never the text itself.
"""
from __future__ import annotations

import re

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS
from presidio_analyzer.pattern_recognizer import logger as _presidio_log

from detectors import textcache
from detectors.regexgate import matches_at

#: A whole run of eight digits or more (possessive: ``finditer`` gives each such run once, from its first digit).
_LONG_DIGIT_RUN = regex.compile(r"\d{8,}+")


#: A group of two to four digits with a space or dot and a digit after it, from its first character: in ``re``, with
#: every character beyond ASCII read as a possible digit (a superset of ``\\d`` as ``regex`` reads it, whatever its
#: Unicode version); the look-behind after the first character stops a try inside a run of ASCII digits at once.
_DIGIT_GROUP = re.compile("[0-9\\x80-\\U0010ffff](?<![0-9].)[0-9\\x80-\\U0010ffff]{1,3}[ .][0-9\\x80-\\U0010ffff]")


@textcache.last_text  # (the BSN and KvK recognizers read the same places)
def digit_group_places(text: str) -> list[int]:
    """Where, in order, a group of two to four digits (``\\d`` as ``regex`` reads it) that is no part of a longer
    run starts with a space or dot and a digit after it: the places where the patterns of grouped digits of the BSN
    and KvK recognizers may match. A superset: each match of :data:`_DIGIT_GROUP` gives the places of its digits
    before the separator that may start such a group, and the place after the separator (where a group may start
    that this match has passed)."""
    places: set[int] = set()
    for m in _DIGIT_GROUP.finditer(text):
        start, end = m.span()
        places.update(range(start, end - 3))
        places.add(end - 1)
    return sorted(places)


@textcache.last_text  # (the BSN, KvK and ID-document recognizers read the same runs)
def long_digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of eight digits or more (``\\d`` as ``regex`` reads it) of ``text``, in order."""
    return [m.span() for m in _LONG_DIGIT_RUN.finditer(text)]


class ReasonedPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` for Dutch whose explanation is a Dutch (B1) reason.

    Subclasses set ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and ``REASON`` as class constants (the
    project's recognizer shape) or pass them to the constructor. ``global_regex_flags`` left
    out keeps Presidio's default (DOTALL | MULTILINE | IGNORECASE).
    """

    ENTITY = ""
    PATTERNS: list[Pattern] = []
    #: The patterns each of whose matches is a whole run of digits (no digit, nor any other word character, either
    #: side) of one length of eight or more, by name, with that length: tried only where such a run starts (see
    #: :meth:`pattern_matches`).
    AT_LONG_DIGIT_RUNS: dict[str, int] = {}
    #: The names of the patterns each of whose matches starts a group of two to four digits (no word character
    #: before it) that a space or dot and a digit follow: tried only at :func:`digit_group_places`.
    AT_DIGIT_GROUPS: frozenset[str] = frozenset()
    CONTEXT: list[str] = []
    REASON = ""

    def __init__(self, supported_entity: str | None = None, name: str | None = None,
                 patterns: list[Pattern] | None = None, context: list[str] | None = None,
                 reason: str | None = None, global_regex_flags: int | None = None):
        self.reason = reason if reason is not None else self.REASON
        super().__init__(supported_entity=supported_entity or self.ENTITY, supported_language="nl",
                         patterns=self.PATTERNS if patterns is None else patterns,
                         context=self.CONTEXT if context is None else context,
                         name=name or type(self).__name__,
                         **({} if global_regex_flags is None else {"global_regex_flags": global_regex_flags}))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Presidio's ``PatternRecognizer.analyze``: every pattern's matches, validated, without duplicates.

        Its own loop (the same results, the same objects in the same order: see
        tests/detectors/test_speed23_equivalence.py), so that a recognizer can find a pattern's matches its own
        way (:meth:`pattern_matches`).
        """
        if not self.patterns:
            return []
        flags = regex_flags if regex_flags else self.global_regex_flags
        results = []
        name, rid, entity = self.name, self.id, self.supported_entities[0]
        for pattern in self.patterns:
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
            try:
                for match in self.pattern_matches(pattern, text, flags):
                    start, end = match.span()
                    if start == end:
                        continue
                    current = text[start:end]
                    score = pattern.score
                    validation = self.validate_result(current)
                    description = self.build_regex_explanation(name, pattern.name, pattern.regex, score, validation,
                                                               flags)
                    result = new_result(entity, start, end, score, description, {_NAME_KEY: name, _ID_KEY: rid})
                    if validation is not None:
                        result.score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
                    invalidation = self.invalidate_result(current)
                    if invalidation is not None and invalidation:
                        result.score = EntityRecognizer.MIN_SCORE
                    if result.score > EntityRecognizer.MIN_SCORE:
                        results.append(result)
                    description.score = result.score
            except TimeoutError:
                _presidio_log.warning("Regex pattern '%s' timed out after %s seconds, skipping.", pattern.name,
                                      REGEX_TIMEOUT_SECONDS, exc_info=True)
        return EntityRecognizer.remove_duplicates(results)

    def pattern_matches(self, pattern: Pattern, text: str, flags: int):
        """The matches of ``pattern`` (compiled with ``flags``) in ``text``, in order, as ``finditer`` gives them.

        A pattern of :data:`AT_LONG_DIGIT_RUNS` is tried at the start of each run of digits of its length only (its
        scan tried its look-behind at every position: some 0.6 ms a 100 KB and 15-30 ms a MB of an export, for each
        of five such patterns); with the flags it is written for. At most one match per run, the runs in order: the
        matches of ``finditer`` (tests/detectors/test_speed23_equivalence.py). A pattern of :data:`AT_DIGIT_GROUPS`
        is tried at the places where one of its matches may start, in order, from the end of the last match on, as
        ``finditer`` tries every place."""
        if flags == self.global_regex_flags:
            length = self.AT_LONG_DIGIT_RUNS.get(pattern.name)
            if length is not None:
                return _at_long_digit_runs(pattern.compiled_regex, text, length)
            if pattern.name in self.AT_DIGIT_GROUPS:
                # (no timeout per match: see _at_long_digit_runs)
                return matches_at(pattern.compiled_regex, text, digit_group_places(text))
        return pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS)

    def build_regex_explanation(self, recognizer_name, pattern_name, pattern, original_score,
                                validation_result, regex_flags):
        return AnalysisExplanation(recognizer=recognizer_name, original_score=original_score,
                                   pattern_name=pattern_name, validation_result=validation_result,
                                   textual_explanation=self.reason)

    def result(self, start: int, end: int, score: float, reason: str | None = None,
               pattern_name: str = "", final: bool = False) -> RecognizerResult:
        """A result for ``[start, end)`` whose explanation is ``reason`` (default: this one's).

        ``final``: the score is decided (a checksum, a context rule of its own); Presidio's
        context enhancer leaves it alone.
        """
        return make_result(self, start, end, score, self.reason if reason is None else reason,
                           pattern_name, final)


def _at_long_digit_runs(rx, text: str, length: int):
    # (no timeout per match: it costs a microsecond a call, and a match at one place of such a pattern ends within
    # microseconds; Presidio's 60 s guards a scan of a whole text)
    for start, end in long_digit_runs(text):
        if end - start == length:
            m = rx.match(text, start)
            if m is not None:
                yield m


def make_result(recognizer: PatternRecognizer, start: int, end: int, score: float,
                reason: str, pattern_name: str = "", final: bool = False) -> RecognizerResult:
    """A ``RecognizerResult`` whose explanation is the Dutch reason shown to the user."""
    metadata = {_NAME_KEY: recognizer.name, _ID_KEY: recognizer.id}
    if final:
        metadata[_ENHANCED_KEY] = True
    return new_result(recognizer.supported_entities[0], start, end, score,
                      new_explanation(recognizer.name, score, pattern_name or None, reason), metadata)


_NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_ENHANCED_KEY = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
_new_object = object.__new__


def new_explanation(recognizer: str, original_score: float, pattern_name: str | None = None,
                    textual_explanation: str | None = None) -> AnalysisExplanation:
    """``AnalysisExplanation(recognizer, original_score, pattern_name=..., textual_explanation=...)``: the same
    attributes in the same order, set without the keyword call (a dense export makes tens of thousands of results
    per MB; half their cost was the two ``__init__`` calls). Pinned to Presidio's ``__init__`` by
    tests/detectors/test_speed25_equivalence.py."""
    exp = _new_object(AnalysisExplanation)
    exp.recognizer = recognizer
    exp.pattern_name = pattern_name
    exp.pattern = None
    exp.original_score = original_score
    exp.score = original_score
    exp.textual_explanation = textual_explanation
    exp.score_context_improvement = 0
    exp.supportive_context_word = ""
    exp.validation_result = None
    exp.regex_flags = None
    return exp


def new_result(entity_type: str, start: int, end: int, score: float, explanation: AnalysisExplanation,
               metadata: dict) -> RecognizerResult:
    """``RecognizerResult(entity_type, start, end, score, explanation, metadata)`` for a non-empty ``metadata`` (the
    only case where Presidio's ``__init__`` does more: it logs that metadata is missing), set the same way as
    :func:`new_explanation`."""
    res = _new_object(RecognizerResult)
    res.entity_type = entity_type
    res.start = start
    res.end = end
    res.score = score
    res.analysis_explanation = explanation
    res.recognition_metadata = metadata
    return res
