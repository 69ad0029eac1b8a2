"""Dutch recognizers, one module each (``nl_<thing>_recognizer.py``), found by the engine.

Conventions (Presidio's own shape):
- a class per module, a subclass of ``base.ReasonedPatternRecognizer`` (or ``EntityRecognizer``),
  built with no arguments; ``supported_language="nl"``; ``supported_entity`` one of
  ``detectors.ENTITY_TYPES``; the base class puts ``REASON`` in every explanation and builds
  results for recognizers that find spans themselves (``self.result(...)``);
- rules that several context recognizers share (a published text, an example, table columns,
  keyword-anchored matching) live in ``rules.py``;
- ``PATTERNS`` and ``CONTEXT`` as class constants; checksums in ``validate_result``
  (True → score 1.0, False → dropped, None → the pattern's score stays);
- ``REASON``: a short Dutch (B1) phrase why it fired, shown to the user, never the text itself;
- a weak pattern scores below 0.5 and only passes with a context word (+0.35);
- Presidio's pattern recognizers run with IGNORECASE unless told otherwise: pass
  ``global_regex_flags=regex.M`` (case-sensitive) and say ``(?i)`` where case does not matter.
"""
