"""The "Toch plakken" reason as the history keeps it: personal data in it is stored masked.

People type what is on their mind ("klant 111222333, mevrouw De Vries belde"), so the reason is
checked by the same detectors as the clipboard before it is saved. Every finding is replaced by
its masked preview (:func:`guard.masking.mask`); the warning dialog says this happens.
Without a working detector the reason is not stored at all: what cannot be checked is not kept.
"""
from __future__ import annotations

import logging

from guard.masking import mask

log = logging.getLogger(__name__)

#: Stored instead of a reason that could not be checked.
UNCHECKED = "(reden niet bewaard: Plakwacht kon hem niet controleren)"
#: The hint in the warning dialog, under the reason field.
DIALOG_HINT = "Staan er persoonsgegevens in je reden, dan bewaart Plakwacht die onherkenbaar gemaakt."


def mask_reason(reason: str, detector) -> tuple[str, bool]:
    """``(stored, masked)``: the reason with each finding replaced by its masked preview.

    Args:
        reason: the person's words (already trimmed).
        detector: an object with ``analyze(text) -> Analysis``, or ``None`` (still loading).

    Returns:
        the text to store, and whether anything in it was masked (or it could not be checked).
    """
    if not reason:
        return reason, False
    if detector is None:
        return UNCHECKED, True
    try:
        analysis = detector.analyze(reason)
    except Exception as exc:  # the message may quote the reason: the type only
        log.warning("reason not checked: %s", type(exc).__name__)
        return UNCHECKED, True
    spans = sorted((f.start, f.end, f.type) for f in analysis.findings if 0 <= f.start < f.end <= len(reason))
    if not spans:
        return reason, False
    out, pos = [], 0
    for start, end, kind in spans:
        if start < pos:  # overlapping findings: the earlier one already covers this part
            start = pos
            if start >= end:
                continue
        out.append(reason[pos:start])
        out.append(mask(kind, reason[start:end]) or "•••")
        pos = end
    out.append(reason[pos:])
    return "".join(out), True
