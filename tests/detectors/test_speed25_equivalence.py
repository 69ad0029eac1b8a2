"""The speed changes of the twenty-fifth round give what the code they replaced gave.

- ``base.new_explanation`` and ``base.new_result`` set the attributes that Presidio's ``AnalysisExplanation`` and
  ``RecognizerResult`` constructors set, in the same order, with the same values; ``make_result`` and the person
  recognizer's results are the objects the keyword calls made.
"""
from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, RecognizerResult

from detectors.recognizers.base import make_result, new_explanation, new_result
from detectors.recognizers.nl_person_recognizer import NlPersonRecognizer
from detectors.recognizers.nl_postcode_recognizer import NlPostcodeRecognizer


def _fields(obj) -> list[tuple]:
    """An object's attributes in order, its explanation's too (an explanation has no ``__eq__``)."""
    out = [type(obj)]
    for key, value in vars(obj).items():
        out.append((key, _fields(value) if isinstance(value, AnalysisExplanation) else value))
    return out


def _old_make_result(recognizer, start, end, score, reason, pattern_name="", final=False):
    explanation = AnalysisExplanation(recognizer=recognizer.name, original_score=score,
                                      pattern_name=pattern_name or None, textual_explanation=reason)
    return RecognizerResult(
        entity_type=recognizer.supported_entities[0], start=start, end=end, score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **({RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True} if final else {}),
        },
    )


def _old_person_result(rec, start, end, score, reason):
    expl = AnalysisExplanation(recognizer=rec.name, original_score=score, textual_explanation=reason)
    return RecognizerResult("PERSON", start, end, score, analysis_explanation=expl,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: rec.name, "reason": reason,
                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id,
                                                  RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True})


def test_new_explanation_is_presidios():
    for pattern_name in (None, "", "postcode"):
        for reason in (None, "", "een postcode"):
            for score in (0, 0.4, 1.0):
                new = new_explanation("Rec", score, pattern_name, reason)
                old = AnalysisExplanation(recognizer="Rec", original_score=score, pattern_name=pattern_name,
                                          textual_explanation=reason)
                assert _fields(new) == _fields(old)
                new.set_improved_score(0.9)
                old.set_improved_score(0.9)
                assert _fields(new) == _fields(old)


def test_new_result_is_presidios():
    named = {RecognizerResult.RECOGNIZER_NAME_KEY: "R", RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: 7}
    for metadata in ({"a": 1}, named):
        expl = AnalysisExplanation(recognizer="R", original_score=0.5)
        new = new_result("PHONE_NUMBER", 3, 9, 0.5, expl, metadata)
        old = RecognizerResult("PHONE_NUMBER", 3, 9, 0.5, analysis_explanation=expl, recognition_metadata=metadata)
        assert _fields(new) == _fields(old)
        assert new == old and hash(new) == hash(old) and new.to_dict() == old.to_dict()


def test_make_result_and_person_result_as_before():
    rec = NlPostcodeRecognizer()
    for pattern_name in ("", "p"):
        for final in (False, True):
            args = (rec, 4, 11, 0.6, "een postcode", pattern_name, final)
            assert _fields(make_result(*args)) == _fields(_old_make_result(*args))
    person = NlPersonRecognizer()
    for score, reason in ((0.85, "naam na een aanhef"), (0.5, "")):
        old = _old_person_result(person, 0, 12, score, reason)
        assert _fields(person._result(0, 12, score, reason)) == _fields(old)
