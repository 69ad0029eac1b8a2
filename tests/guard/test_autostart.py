"""Start at login, per OS, against a temporary home folder or a fake registry."""
from __future__ import annotations

import plistlib

from guard import autostart

CMD = ["/opt/Plakwacht/plakwacht", "--data-dir", "/home/jan/mijn map"]


def test_linux_desktop_file(tmp_path):
    assert not autostart.linux_is_enabled(tmp_path)
    autostart.linux_set(True, CMD, tmp_path)
    path = tmp_path / ".config" / "autostart" / "plakwacht.desktop"
    text = path.read_text(encoding="utf-8")
    assert "Exec=/opt/Plakwacht/plakwacht --data-dir '/home/jan/mijn map'" in text
    assert "Type=Application" in text and autostart.linux_is_enabled(tmp_path)
    autostart.linux_set(False, CMD, tmp_path)
    assert not path.exists() and not autostart.linux_is_enabled(tmp_path)
    autostart.linux_set(False, CMD, tmp_path)  # turning off twice is fine


def test_linux_uses_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert autostart.set_enabled(True, CMD, platform="linux") is None
    assert (tmp_path / "cfg" / "autostart" / "plakwacht.desktop").exists()
    assert autostart.is_enabled("linux")


def test_macos_launch_agent(tmp_path):
    autostart.macos_set(True, CMD, tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "nl.uwv.plakwacht.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["ProgramArguments"] == CMD and data["RunAtLoad"] is True
    assert autostart.macos_is_enabled(tmp_path)
    autostart.macos_set(False, CMD, tmp_path)
    assert not autostart.macos_is_enabled(tmp_path)


class FakeWinreg:
    HKEY_CURRENT_USER, KEY_READ, KEY_SET_VALUE, REG_SZ = "HKCU", 1, 2, 1

    def __init__(self):
        self.values: dict[tuple[str, str], str] = {}

    class _Key:
        def __init__(self, reg, path):
            self.reg, self.path = reg, path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path, reserved, access):  # noqa: N802 (winreg names)
        return self._Key(self, path)

    CreateKeyEx = OpenKey

    def QueryValueEx(self, key, name):  # noqa: N802
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        return self.values[(key.path, name)], self.REG_SZ

    def SetValueEx(self, key, name, reserved, kind, value):  # noqa: N802
        self.values[(key.path, name)] = value

    def DeleteValue(self, key, name):  # noqa: N802
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        del self.values[(key.path, name)]


def test_windows_run_key():
    reg = FakeWinreg()
    assert not autostart.windows_is_enabled(reg)
    autostart.windows_set(True, [r"C:\Program Files\Plakwacht\plakwacht.exe"], reg)
    assert reg.values[(autostart.RUN_KEY, "Plakwacht")] == r'"C:\Program Files\Plakwacht\plakwacht.exe"'
    assert autostart.windows_is_enabled(reg)
    autostart.windows_set(False, [], reg)
    autostart.windows_set(False, [], reg)
    assert not autostart.windows_is_enabled(reg)


def test_unwritable_home_gives_a_dutch_message(tmp_path, monkeypatch):
    blocker = tmp_path / "cfg"
    blocker.write_text("een bestand, geen map")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    message = autostart.set_enabled(True, CMD, platform="linux")
    assert message and message.startswith("Automatisch starten")
