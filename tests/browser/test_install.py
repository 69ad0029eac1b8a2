"""``plakwacht browser install/status`` and the rollout files, with a fake home and a fake registry."""
from __future__ import annotations

import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

from guard.browser import rollout
from guard.browser.install import (
    REGISTRY_KEYS, Installer, Registry, default_extension_ids, extension_dir, extension_id_from_key,
)
from guard.cli import browser as cli

ROOT = Path(__file__).resolve().parents[2]
ID = "jiijmpfmfffhfkgllmfngbpibihjhcbo"


class FakeRegistry(Registry):
    available = True

    def __init__(self):
        self.keys: dict[tuple[str, str], str] = {}

    def get_default(self, hive, key):
        return self.keys.get((hive, key))

    def set_default(self, hive, key, value):
        self.keys[(hive, key)] = value

    def delete(self, hive, key):
        return self.keys.pop((hive, key), None) is not None


def args(**kw):
    base = dict(browser="all", scope="user", uninstall=False, extension_id=None, json=False)
    return SimpleNamespace(**{**base, **kw})


def test_the_development_id_comes_from_the_manifest_key():
    manifest = json.loads((ROOT / "browser" / "extension" / "manifest.json").read_text())
    assert extension_id_from_key(manifest["key"]) == ID
    assert default_extension_ids() == [ID]
    assert extension_dir() == ROOT / "browser" / "extension"


def test_the_extension_asks_only_for_native_messaging_and_tabs():
    manifest = json.loads((ROOT / "browser" / "extension" / "manifest.json").read_text())
    assert manifest["manifest_version"] == 3
    assert sorted(manifest["permissions"]) == ["nativeMessaging", "tabs"]
    assert "host_permissions" not in manifest
    for name in ("background.js", "content.js", "main-world.js"):
        js = (ROOT / "browser" / "extension" / name).read_text()
        assert "eval(" not in js and "fetch(" not in js and "import(" not in js


@pytest.mark.skipif(sys.platform == "win32", reason="Linux paths")
def test_install_on_linux_writes_a_manifest_per_browser(tmp_path):
    inst = Installer(tmp_path / "data", platform="linux", home=tmp_path / "home", env={},
                     host_path=Path("/opt/plakwacht/plakwacht"))
    out = io.StringIO()
    assert cli.run_install(args(), installer=inst, out=out) == 0
    for sub in ("chromium", "google-chrome", "microsoft-edge"):
        path = tmp_path / "home" / ".config" / sub / "NativeMessagingHosts" / "nl.plakwacht.companion.json"
        data = json.loads(path.read_text())
        assert data["path"] == "/opt/plakwacht/plakwacht" and data["type"] == "stdio"
        assert data["allowed_origins"] == [f"chrome-extension://{ID}/"]
    assert "Zet nu de extensie" in out.getvalue()
    status = cli.status_data(inst, None)
    assert all(b["registered"] and b["scope"] == "user" for b in status["browsers"].values())
    assert cli.run_install(args(uninstall=True, browser="edge"), installer=inst, out=io.StringIO()) == 0
    assert not cli.status_data(inst, None)["browsers"]["edge"]["registered"]
    assert cli.status_data(inst, None)["browsers"]["chrome"]["registered"]


def test_system_scope_folders_on_linux_and_macos():
    from guard.browser.install import manifest_dir

    assert manifest_dir("chrome", "system", "linux").as_posix() == "/etc/opt/chrome/native-messaging-hosts"
    assert manifest_dir("edge", "system", "linux").as_posix() == "/etc/opt/edge/native-messaging-hosts"
    assert manifest_dir("chromium", "system", "linux").as_posix() == "/etc/chromium/native-messaging-hosts"
    assert manifest_dir("edge", "user", "darwin", home=Path("/Users/p")).as_posix() == \
        "/Users/p/Library/Application Support/Microsoft Edge/NativeMessagingHosts"


@pytest.mark.parametrize("scope, hive", [("user", "HKCU"), ("system", "HKLM")])
def test_install_on_windows_sets_registry_keys_for_edge_and_chrome(tmp_path, scope, hive):
    reg = FakeRegistry()
    inst = Installer(tmp_path / "data", platform="win32", registry=reg, system_dir=tmp_path / "prog",
                     host_path=Path("C:/Program Files/Plakwacht/plakwacht-cli.exe"))
    assert cli.run_install(args(scope=scope), installer=inst, out=io.StringIO()) == 0
    key = reg.keys[(hive, REGISTRY_KEYS["edge"])]
    assert key == reg.keys[(hive, REGISTRY_KEYS["chrome"])] and Path(key).exists()
    assert REGISTRY_KEYS["edge"] == r"Software\Microsoft\Edge\NativeMessagingHosts\nl.plakwacht.companion"
    assert cli.status_data(inst, None)["browsers"]["edge"]["scope"] == scope
    cli.run_install(args(scope=scope, uninstall=True, browser="edge"), installer=inst, out=io.StringIO())
    assert (hive, REGISTRY_KEYS["edge"]) not in reg.keys
    assert Path(key).exists()  # Chrome still points to the same manifest
    cli.run_install(args(scope=scope, uninstall=True), installer=inst, out=io.StringIO())
    assert not reg.keys and not Path(key).exists()


def test_status_says_what_to_do_in_dutch(tmp_path):
    inst = Installer(tmp_path / "d", platform="linux", home=tmp_path / "h", env={}, host_path=Path("/x"))
    out = io.StringIO()
    cli.run_status(args(), installer=inst, tray_state=None, out=out)
    text = out.getvalue()
    assert "Aanmelden: plakwacht browser install --browser edge" in text and "Start Plakwacht" in text
    out = io.StringIO()
    cli.run_status(args(), installer=inst, tray_state={"type": "state", "extensions": [
        {"browser": "Chromium", "extension": "0.1.0", "host": "www.uwv.nl"}]}, out=out)
    assert "Browserkoppeling: actief (Chromium)" in out.getvalue()
    out = io.StringIO()
    cli.run_status(args(json=True), installer=inst, tray_state={"type": "state", "extensions": []}, out=out)
    data = json.loads(out.getvalue())
    assert data["plakwacht_running"] and data["connected"] == []
    cli.run_install(args(browser="chromium"), installer=inst, out=io.StringIO())
    out = io.StringIO()
    cli.run_status(args(), installer=inst, tray_state={"type": "state", "extensions": [
        {"browser": "Chromium", "extension": "0.1.0", "host": None}]}, out=out)
    assert "Chromium: koppeling aangemeld voor jou. Extensie nu verbonden." in out.getvalue()
    data = cli.status_data(inst, {"type": "state", "extensions": [{"browser": "Chromium"}]})
    assert data["browsers"]["chromium"]["connected"] and not data["browsers"]["edge"]["connected"]


def test_rollout_files(tmp_path):
    result = rollout.generate(tmp_path, "https://intranet.example.test/plakwacht/")
    assert result["extension_id"] == ID
    root = ET.parse(tmp_path / "updates.xml").getroot()
    app = root.find("{http://www.google.com/update2/response}app")
    assert app.get("appid") == ID
    check = app.find("{http://www.google.com/update2/response}updatecheck")
    assert check.get("codebase") == "https://intranet.example.test/plakwacht/plakwacht.crx"
    assert check.get("version") == json.loads((ROOT / "browser" / "extension" / "manifest.json").read_text())["version"]
    pol = json.loads((tmp_path / "linux" / "plakwacht.json").read_text())
    assert pol == {"ExtensionInstallForcelist": [f"{ID};https://intranet.example.test/plakwacht/updates.xml"],
                   "NativeMessagingAllowlist": ["nl.plakwacht.companion"]}
    reg = (tmp_path / "windows" / "plakwacht-browser-policies.reg").read_bytes().decode("utf-8")
    assert reg.startswith("Windows Registry Editor Version 5.00\r\n")
    assert "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist]" in reg
    assert "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\NativeMessagingAllowlist]" in reg
    assert '@="C:\\\\Program Files\\\\Plakwacht\\\\nl.plakwacht.companion.json"' in reg
    host = json.loads((tmp_path / "windows" / "nl.plakwacht.companion.json").read_text())
    assert host["path"] == "C:\\Program Files\\Plakwacht\\plakwacht-cli.exe"


def test_the_self_test_checks_the_companion():
    from guard.cli import selftest
    from guard.policy import load_policy

    lines = []
    report = selftest.Report(out=lines.append)
    selftest.check_browser(report, load_policy())
    assert lines and "browserkoppeling" in lines[0] and not report.failed
    with pytest.raises(selftest.CheckFailed):
        selftest.check_browser(report, _policy_without_public_sources())


def _policy_without_public_sources():
    import dataclasses

    from guard.policy import load_policy

    return dataclasses.replace(load_policy(), public_hosts=())


def test_global_options_work_after_the_browser_action():
    from guard.cli import build_parser

    args = build_parser().parse_args(["browser", "status", "--json", "--data-dir", "/tmp/x"])
    assert args.data_dir == "/tmp/x" and args.json
