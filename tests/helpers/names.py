"""What the name finder reports, for detector tests that ask "is this name found?"."""
from __future__ import annotations


def found(detector, text: str, name: str) -> bool:
    """Some PERSON finding (score 0.5 or more) covers the whole of the first ``name`` in ``text``."""
    s = text.find(name)
    e = s + len(name)
    return any(f.type == "PERSON" and f.score >= 0.5 and f.start <= s and e <= f.end
               for f in detector.analyze(text).findings)


def persons(detector, text: str) -> list[str]:
    """The text of every PERSON finding with a score of 0.5 or more."""
    return [text[f.start:f.end] for f in detector.analyze(text).findings
            if f.type == "PERSON" and f.score >= 0.5]
