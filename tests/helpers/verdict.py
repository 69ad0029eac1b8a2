"""The guard's verdict on a detector's analysis, for detector tests that ask "does this warn?"."""
from __future__ import annotations


def warns(detector, text: str) -> bool:
    """True when the built-in policy warns about ``text`` as ``detector`` analyses it."""
    from guard.policy import load_policy
    from guard.verdict import evaluate

    return evaluate(detector.analyze(text), load_policy()).warn
