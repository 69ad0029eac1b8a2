"""One base class for Plakwacht's pattern recognizers: it carries the Dutch reason.

Presidio's ``PatternRecognizer`` takes patterns, context words and a name as constructor
arguments; this one also takes the reason shown to the user ("9 cijfers die kloppen met de
elfproef van een BSN"), puts it in every result's explanation and builds results for
recognizers that find their spans themselves (:meth:`result`). Never the text itself.
"""
from __future__ import annotations

from presidio_analyzer import (
    AnalysisExplanation,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)


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
