"""Names of natural persons (PERSON): lists of first names and surnames plus Dutch name grammar.

The rules live in :mod:`detectors.names.finder`; this module adapts them to Presidio. When a real
Dutch spaCy model is installed its PER entities add a weak extra signal; without one (the default)
the recognizer works on its own.
"""
from __future__ import annotations

import logging

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors import published
from detectors.names.finder import NameFinder
from detectors.recognizers.base import new_explanation, new_result

log = logging.getLogger(__name__)


class NlPersonRecognizer(EntityRecognizer):
    """Finds "Jan de Vries", "mevrouw Jansen", "J.P. de Vries", "Hoi Sanne," and "Groet,\\nAhmed"."""

    REASON = "een naam van een persoon"
    #: Score for a name that only the statistical model (if installed) saw.
    MODEL_ONLY_SCORE = 0.55
    #: The finder judges context itself; Presidio's context boost would count twice.
    CONTEXT: list[str] = []

    def __init__(self):
        self._finder: NameFinder | None = None
        super().__init__(supported_entities=["PERSON"], supported_language="nl", name="NlPersonRecognizer",
                         context=self.CONTEXT)

    def load(self) -> None:
        self._finder = NameFinder()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if entities and "PERSON" not in entities:
            return []
        if self._finder is None:
            self.load()
        results = []
        spans = []
        for hit in self._finder.find(text):
            spans.append((hit.start, hit.end))
            results.append(self._result(hit.start, hit.end, hit.score, hit.reason))
        model_spans = self._model_spans(text, nlp_artifacts)
        if model_spans and published.reads_as_published(text):
            model_spans = []
        for start, end in model_spans:
            if any(s < end and start < e for s, e in spans):
                continue
            if self._finder.is_public_official_name(text, start, end):
                continue
            results.append(self._result(start, end, self.MODEL_ONLY_SCORE, "naam volgens het taalmodel"))
        return results

    def _result(self, start, end, score, reason):
        # (base.new_result and new_explanation: Presidio's objects with the same attributes, without two keyword calls
        # per name of a long list)
        return new_result("PERSON", start, end, score, new_explanation(self.name, score, None, reason),
                          {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                           # Presidio drops the explanation unless asked
                           # for the decision process; the reason stays here.
                           "reason": reason,
                           RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                           RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True})

    @staticmethod
    def _model_spans(text, nlp_artifacts):
        """PER entities of an installed statistical model (none with the shipped blank pipeline)."""
        ents = getattr(nlp_artifacts, "entities", None) or []
        out = []
        for ent in ents:
            if getattr(ent, "label_", "") in ("PER", "PERSON"):
                s, e = ent.start_char, ent.end_char
                # one lower-case word or a single letter is never a name on its own
                if e - s >= 2 and text[s:e][:1].isupper():
                    out.append((s, e))
        return out
