"""The version is written once (pyproject.toml) and read from there, installed or not."""
from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import guard
from guard.cli import selftest

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _not_installed(name):
    raise metadata.PackageNotFoundError(name)


def test_the_version_is_the_one_in_pyproject():
    assert guard.version() == WRITTEN


def test_without_package_metadata_pyproject_is_read(monkeypatch):
    monkeypatch.setattr(metadata, "version", _not_installed)
    assert guard.version() == WRITTEN


def test_without_either_the_version_is_unknown_and_the_self_test_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(metadata, "version", _not_installed)
    monkeypatch.setattr(guard, "__file__", str(tmp_path / "guard" / "__init__.py"))
    assert guard.version() == guard.UNKNOWN_VERSION
    report = selftest.Report(out=lambda line: None)
    selftest._guarded(report, selftest._NoNetwork(), "versie", selftest.check_version)
    assert report.failed and "versie: onbekend" in report.failed[0]


def test_no_second_copy_of_the_version_in_the_code():
    assert not hasattr(guard, "__version__")
