"""The self-test's file and image checks pass here and fail with a Dutch line when a piece is missing."""
from __future__ import annotations

import pytest

from guard.cli import selftest
from guard.content import selftest as content_selftest
from guard.policy import load_policy


def run(which, detector):
    report = selftest.Report(out=lambda line: None)
    try:
        selftest.check_content(report, which, detector, load_policy())
    except selftest.CheckFailed as exc:
        return str(exc)
    return report.passed


@pytest.mark.parametrize("which", ["file", "image"])
def test_checks_pass(detector, which):
    assert run(which, detector) == 1


def test_image_check_fails_without_the_test_image(detector, monkeypatch, tmp_path):
    monkeypatch.setattr(content_selftest, "FORM", tmp_path / "weg.png")
    assert "testafbeelding ontbreekt" in run("image", detector)


def test_without_the_dutch_model_the_image_check_is_a_note(detector, monkeypatch):
    import guard.content.ocr as ocr

    monkeypatch.setattr(ocr, "tessdata_dir", lambda: None)
    lines = []
    report = selftest.Report(out=lines.append)
    selftest.check_content(report, "image", detector, load_policy())
    assert not report.failed and report.passed == 0
    assert lines[0].startswith(selftest.LET_OP) and "nld.traineddata" in lines[0]
