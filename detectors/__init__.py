"""Plakwacht detectors: text in, findings and document categories out.

Qt-free, and ignorant of windows and policy. The public surface:

    >>> from detectors import get_detector
    >>> analysis = get_detector().analyze("Mijn BSN is 111222333")
    >>> [f.type for f in analysis.findings]
    ['BSN']
"""
from __future__ import annotations

from detectors.model import (  # noqa: F401  (re-exported)
    CATEGORIES,
    ENTITY_TYPES,
    REPORT_THRESHOLD,
    Analysis,
    CategoryHit,
    Finding,
)

_DETECTOR = None


def get_detector():
    """The process-wide :class:`detectors.engine.Detector`, built on first use (about 2 s)."""
    global _DETECTOR
    if _DETECTOR is None:
        from detectors.engine import Detector

        _DETECTOR = Detector()
    return _DETECTOR
