"""The MSI's content, built with wixl from a small fake one-folder build (the real one is installed
under Wine by .ci/msi.sh): per machine, Start menu, start at login, native host, event source,
one UpgradeCode, the version from pyproject.toml."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "msi"))
import build_msi  # noqa: E402

EXT_ID = "abcdefghijklmnopabcdefghijklmnop"


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_comes_from_pyproject_through_package_metadata():
    assert build_msi.project_version() == pyproject_version()


@pytest.mark.parametrize("given,expected", [("0.1.0", "0.1.0"), ("1.2", "1.2.0"), ("2.3.4rc1", "2.3.4"),
                                            ("1.0.0.post2", "1.0.0")])
def test_msi_version(given, expected):
    assert build_msi.msi_version(given) == expected


def test_msi_version_refuses_what_windows_installer_cannot_hold():
    with pytest.raises(ValueError):
        build_msi.msi_version("256.0.0")


def test_host_manifest_names_the_host_and_allows_only_the_companion():
    m = build_msi.host_manifest([EXT_ID])
    assert m["name"] == "nl.plakwacht.companion" and m["type"] == "stdio"
    assert m["allowed_origins"] == [f"chrome-extension://{EXT_ID}/"]
    assert m["path"] == "plakwacht-cli.exe"  # beside the manifest: Windows allows a relative path


def test_extension_id_from_the_companions_key(tmp_path, monkeypatch):
    # Chromium's rule (the same as guard/browser/install.py on branch i11-browser).
    import base64

    key = base64.b64encode(bytes(range(32))).decode()
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"key": key}), encoding="utf-8")
    monkeypatch.delenv("PLAKWACHT_EXTENSION_IDS", raising=False)
    (ext,) = build_msi.default_extension_ids(manifest)
    assert len(ext) == 32 and set(ext) <= set("abcdefghijklmnop")
    import hashlib

    assert ext[0] == "abcdefghijklmnop"[int(hashlib.sha256(bytes(range(32))).hexdigest()[0], 16)]
    monkeypatch.setenv("PLAKWACHT_EXTENSION_IDS", f"{EXT_ID}, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    assert build_msi.default_extension_ids(manifest) == [EXT_ID, "b" * 32]
    assert build_msi.default_extension_ids(tmp_path / "none.json") == [EXT_ID, "b" * 32]
    monkeypatch.delenv("PLAKWACHT_EXTENSION_IDS")
    assert build_msi.default_extension_ids(tmp_path / "none.json") == []


def test_component_guids_are_stable_between_builds_and_differ_per_file():
    files = {"plakwacht.exe": Path("a"), "_internal\\x.pyd": Path("b")}
    one, two = build_msi.wxs(files, "0.1.0"), build_msi.wxs(files, "0.2.0")
    guids = lambda s: [l.split('Guid="')[1][:36] for l in s.splitlines() if 'Guid="' in l]  # noqa: E731,E741
    assert guids(one) == guids(two) and len(set(guids(one))) == len(guids(one))
    assert build_msi.UPGRADE_CODE in one and build_msi.UPGRADE_CODE in two
    assert 'Product Id="*"' in one  # a new ProductCode per build: every version is a major upgrade


def fake_dist(tmp_path: Path) -> Path:
    dist = tmp_path / "dist" / "plakwacht"
    (dist / "_internal" / "PySide6" / "plugins").mkdir(parents=True)
    for rel in ("plakwacht.exe", "plakwacht-cli.exe", "_internal/base_library.zip",
                "_internal/PySide6/plugins/qwindows.dll", "_internal/een bestand met spaties.txt"):
        (dist / rel).write_bytes(b"MZ" + rel.encode())
    return dist


def msi_table(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if not (shutil.which("wixl") and shutil.which("msiinfo")):
        pytest.skip("wixl/msiinfo (Debian: msitools, wixl) not installed; .ci/apt-packages.sh installs them")
    tmp = tmp_path_factory.mktemp("msi")
    msi = build_msi.build(fake_dist(tmp), tmp / "plakwacht.msi", extension_ids=[EXT_ID])
    return msi


def test_msi_is_per_machine_with_version_and_upgrade_code(built):
    props = dict(row[:2] for row in msi_table(built, "Property"))
    assert props["ALLUSERS"] == "1"
    assert props["ProductVersion"] == build_msi.msi_version(pyproject_version())
    assert props["UpgradeCode"] == "{" + build_msi.UPGRADE_CODE + "}"
    upgrade = msi_table(built, "Upgrade")
    assert any(r[5] == "WIX_UPGRADE_DETECTED" for r in upgrade if len(r) > 5) or any(
        "WIX_UPGRADE_DETECTED" in r for r in upgrade)
    seq = {r[0] for r in msi_table(built, "InstallExecuteSequence")}
    assert "RemoveExistingProducts" in seq


def test_msi_installs_every_file_under_program_files(built):
    names = {r[2] for r in msi_table(built, "File")}
    assert {"plakwacht.exe", "plakwacht-cli.exe", "qwindows.dll", "een bestand met spaties.txt",
            build_msi.HOST_MANIFEST} <= names
    dirs = {r[0]: r for r in msi_table(built, "Directory")}
    assert dirs["INSTALLDIR"][1] == "ProgramFiles64Folder" and dirs["INSTALLDIR"][2].endswith("Plakwacht")


def test_msi_registry_start_at_login_native_host_and_event_source(built):
    rows = {(r[1], r[2], r[3]): r[4] for r in msi_table(built, "Registry")}
    hklm = "2"
    assert rows[(hklm, build_msi.RUN_KEY, "Plakwacht")] == '"[INSTALLDIR]plakwacht.exe"'
    for key in (r"Software\Microsoft\Edge\NativeMessagingHosts\nl.plakwacht.companion",
                r"Software\Google\Chrome\NativeMessagingHosts\nl.plakwacht.companion"):
        assert rows[(hklm, key, "")] == "[INSTALLDIR]nl.plakwacht.companion.json"
    src = r"SYSTEM\CurrentControlSet\Services\EventLog\Application\Plakwacht"
    assert rows[(hklm, src, "EventMessageFile")].endswith(r"Framework64\v4.0.30319\EventLogMessages.dll")
    assert rows[(hklm, src, "TypesSupported")] == "#7"


def test_msi_start_menu_entry(built):
    (row,) = msi_table(built, "Shortcut")
    assert row[1] == "ProgramMenuFolder" and row[2] == "Plakwacht" and row[4] == "[INSTALLDIR]plakwacht.exe"


def test_the_host_manifest_in_the_msi_is_the_generated_one(built, tmp_path):
    out = tmp_path / "x"
    subprocess.run(["msiextract", "-C", str(out), str(built)], capture_output=True, check=True)
    (found,) = list(out.rglob(build_msi.HOST_MANIFEST))
    assert json.loads(found.read_text(encoding="utf-8"))["allowed_origins"] == [f"chrome-extension://{EXT_ID}/"]


def test_build_refuses_a_folder_without_the_program(tmp_path):
    with pytest.raises(RuntimeError, match="plakwacht.exe"):
        build_msi.build(tmp_path, tmp_path / "x.msi")
