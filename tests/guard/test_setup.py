"""The Qt-free set-up: stores in the data folder, the policy in force, the backend, a detector factory."""
from __future__ import annotations

import subprocess
import sys

from guard import setup
from guard.settings import Settings
from tests.helpers.fakes import FakeBackend


def test_assemble_opens_every_store_in_the_data_folder(data_dir):
    built = []
    parts = setup.assemble(backend_factory=lambda: FakeBackend(available=False),
                           detector_factory=lambda: built.append(1))
    try:
        assert parts.data_dir == data_dir
        assert parts.settings_path == data_dir / "settings.json"
        assert (data_dir / "history.db").exists() and (data_dir / "hash.key").exists()
        assert isinstance(parts.backend, FakeBackend)
        assert parts.policy.guideline_for("site") is not None
        assert parts.problems == []
        assert built == []  # the detector is built by the app, in the background, not here
        parts.detector_factory()
        assert built == [1]
    finally:
        parts.close()


def test_problems_of_every_store_come_together(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text("{kapot", encoding="utf-8")
    (data_dir / "history.db").write_bytes(b"dit is geen database" * 100)
    parts = setup.assemble(backend_factory=lambda: FakeBackend(available=False))
    try:
        assert len(parts.problems) == 2
        assert any("instellingen" in p for p in parts.problems)
    finally:
        parts.close()


def test_the_administrators_policy_wins_over_the_personal_setting(tmp_path, monkeypatch):
    settings = Settings(policy_file=str(tmp_path / "persoonlijk.toml"))
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)
    assert setup.policy_path(settings) == str(tmp_path / "persoonlijk.toml")
    monkeypatch.setenv("PLAKWACHT_POLICY", str(tmp_path / "beheer.toml"))
    assert setup.policy_path(settings) == str(tmp_path / "beheer.toml")
    assert setup.policy_path(Settings()) == str(tmp_path / "beheer.toml")
    monkeypatch.delenv("PLAKWACHT_POLICY")
    assert setup.policy_path(Settings()) is None


def test_setup_imports_neither_qt_nor_the_detector_engine():
    code = ("import sys, guard.setup; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'ui', 'spacy', 'presidio_analyzer'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
