"""The strict test settings in pyproject.toml hold for every test, not only for tests/gui.

Each case runs a tiny test file with the project's own pytest configuration in a fresh pytest,
from a folder outside tests/gui, and checks that what should fail does fail.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CASES = {
    "a Qt warning": """
        from PySide6.QtCore import qWarning

        def test_qt_warning():
            qWarning("iets klopt niet")
        """,
    "a Python warning": """
        import warnings

        def test_warning():
            warnings.warn("verouderd", UserWarning)
        """,
    "a deprecation in a dependency": """
        import warnings

        def test_deprecated():
            warnings.warn_explicit("weg ermee", DeprecationWarning, "elders.py", 1, module="elders")
        """,
    "an xfail that passes": """
        import pytest

        @pytest.mark.xfail(reason="zou moeten falen")
        def test_xpass():
            pass
        """,
}


@pytest.mark.parametrize("what", sorted(CASES))
def test_fails_the_test(what, tmp_path):
    (tmp_path / "test_case.py").write_text(textwrap.dedent(CASES[what]), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(tmp_path / "test_case.py")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 1, f"{what} did not fail the test:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"


def test_a_quiet_test_passes(tmp_path):
    (tmp_path / "test_case.py").write_text("def test_ok():\n    assert True\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(tmp_path / "test_case.py")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
