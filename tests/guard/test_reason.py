"""The "Toch plakken" reason is checked by the detectors before it is stored (issue 10, item 1)."""
from __future__ import annotations

import pytest

from detectors.model import Analysis, Finding
from guard.reason import UNCHECKED, mask_reason


class Finds:
    def __init__(self, *findings):
        self.findings = findings

    def analyze(self, text):
        return Analysis(list(self.findings), [], 1.0, len(text))


def test_clean_reason_is_kept_as_typed():
    assert mask_reason("het zijn testgegevens", Finds()) == ("het zijn testgegevens", False)
    assert mask_reason("", None) == ("", False)


def test_findings_are_replaced_by_their_masked_preview():
    text = "BSN 111222333 van Jan de Vries"
    det = Finds(Finding("BSN", 4, 13, 1.0), Finding("PERSON", 18, 30, 0.9), Finding("PERSON", 22, 30, 0.5))
    stored, masked = mask_reason(text, det)
    assert masked and stored == "BSN •••33 van J. d. V."


def test_without_a_working_detector_nothing_of_the_reason_is_kept():
    class Broken:
        def analyze(self, text):
            raise RuntimeError(text)

    assert mask_reason("klant 111222333", None) == (UNCHECKED, True)
    assert mask_reason("klant 111222333", Broken()) == (UNCHECKED, True)


@pytest.mark.slow
def test_real_detector_masks_bsn_and_name():
    from detectors import get_detector

    stored, masked = mask_reason("Mevrouw Sanne de Vries, BSN 111222333, gaf toestemming", get_detector())
    assert masked
    for secret in ("111222333", "Sanne", "Vries"):
        assert secret not in stored
