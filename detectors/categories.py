"""Document categories: internal content (guideline 4) and health data (guideline 5).

Contract (kept by whoever improves this module):
    ``classify(text, findings) -> list[CategoryHit]`` on the *normalised* text, with the
    reported entity findings (offsets in that same text). Linear time; no backtracking regexes.
"""
from __future__ import annotations

from collections.abc import Sequence

from detectors.model import CategoryHit, Finding


def classify(text: str, findings: Sequence[Finding]) -> list[CategoryHit]:
    return []
