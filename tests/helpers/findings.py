"""What a detector's analysis holds, for detector tests that ask "what is found?" and "which categories?"."""
from __future__ import annotations


def spans(detector, text: str, kind: str) -> list[str]:
    """The text of every finding of entity type ``kind``, whatever its score."""
    return [text[f.start:f.end] for f in detector.analyze(text).findings if f.type == kind]


def categories(detector, text: str) -> list[str]:
    """The document categories of ``text``."""
    return detector.analyze(text).category_names


class PersonSpans:
    """PERSON findings as ``Spans.inside`` of the health context reads them (a span overlapping [start, end))."""

    def __init__(self, spans):
        self.spans = spans

    def inside(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


class ContextWithPersons:
    """A stand-in for the health rules' context that knows only where the names are."""

    def __init__(self, spans):
        self.persons = PersonSpans(spans)
