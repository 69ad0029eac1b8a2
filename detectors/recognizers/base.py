"""One base class for Plakwacht's pattern recognizers: it carries the Dutch reason.

Presidio's ``PatternRecognizer`` takes patterns, context words and a name as constructor
arguments; this one also takes the reason shown to the user ("9 cijfers die kloppen met de
elfproef van een BSN"), puts it in every result's explanation and builds results for
recognizers that find their spans themselves (:meth:`result`). Never the text itself.
"""
from __future__ import annotations

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


class ReasonedPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` for Dutch whose explanation is a Dutch (B1) reason.

    Subclasses set ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and ``REASON`` as class constants (the
    project's recognizer shape) or pass them to the constructor. ``global_regex_flags`` left
    out keeps Presidio's default (DOTALL | MULTILINE | IGNORECASE).
    """

    ENTITY = ""
    PATTERNS: list[Pattern] = []
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
                    result = RecognizerResult(entity_type=entity, start=start, end=end, score=score,
                                              analysis_explanation=description,
                                              recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rid})
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
        """The matches of ``pattern`` (compiled with ``flags``) in ``text``, in order, as ``finditer`` gives them."""
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


def make_result(recognizer: PatternRecognizer, start: int, end: int, score: float,
                reason: str, pattern_name: str = "", final: bool = False) -> RecognizerResult:
    """A ``RecognizerResult`` whose explanation is the Dutch reason shown to the user."""
    explanation = AnalysisExplanation(
        recognizer=recognizer.name,
        original_score=score,
        pattern_name=pattern_name or None,
        textual_explanation=reason,
    )
    return RecognizerResult(
        entity_type=recognizer.supported_entities[0],
        start=start,
        end=end,
        score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **({RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True} if final else {}),
        },
    )
