"""Start Plakwacht when the person logs in: one function per OS, no Qt.

- Windows: a value ``Plakwacht`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- Linux (XDG desktops): ``~/.config/autostart/plakwacht.desktop`` (``$XDG_CONFIG_HOME`` honoured).
- macOS: ``~/Library/LaunchAgents/nl.uwv.plakwacht.plist`` with ``RunAtLoad``.

Each function takes the home folder (or the ``winreg`` module) as an argument so tests can use a
temporary one.
"""
from __future__ import annotations

import logging
import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

APP_NAME = "Plakwacht"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
DESKTOP_FILE = "plakwacht.desktop"
LAUNCH_AGENT_LABEL = "nl.uwv.plakwacht"


def default_command() -> list[str]:
    """How to start the tray app: the frozen executable, or this Python with ``-m ui.main``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "ui.main"]


# -- Windows ----------------------------------------------------------------------------------
def windows_is_enabled(winreg=None) -> bool:
    winreg = winreg or __import__("winreg")
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_READ) as key:
            winreg.QueryValueEx(key, APP_NAME)
            return True
    except OSError:
        return False


def windows_set(enabled: bool, command: list[str], winreg=None) -> None:
    winreg = winreg or __import__("winreg")
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command))
        else:
            try:
                winreg.DeleteValue(key, APP_NAME)
            except FileNotFoundError:
                pass


# -- Linux (XDG) ------------------------------------------------------------------------------
def _xdg_autostart_dir(home: Path | None) -> Path:
    if home is None:
        base = os.environ.get("XDG_CONFIG_HOME")
        return (Path(base) if base else Path.home() / ".config") / "autostart"
    return Path(home) / ".config" / "autostart"


def linux_is_enabled(home: Path | None = None) -> bool:
    path = _xdg_autostart_dir(home) / DESKTOP_FILE
    if not path.exists():
        return False
    text = path.read_text(encoding="utf-8", errors="replace")
    return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text


def linux_set(enabled: bool, command: list[str], home: Path | None = None) -> None:
    path = _xdg_autostart_dir(home) / DESKTOP_FILE
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    exec_line = " ".join(shlex.quote(part) for part in command)
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Waarschuwt voordat je persoonsgegevens in een AI-chat plakt\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )


# -- macOS ------------------------------------------------------------------------------------
def _plist_path(home: Path | None) -> Path:
    return Path(home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def macos_is_enabled(home: Path | None = None) -> bool:
    return _plist_path(home).exists()


def macos_set(enabled: bool, command: list[str], home: Path | None = None) -> None:
    path = _plist_path(home)
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        plistlib.dump({"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command), "RunAtLoad": True,
                       "ProcessType": "Interactive"}, fh)


# -- dispatch ---------------------------------------------------------------------------------
def is_enabled(platform: str | None = None) -> bool:
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return windows_is_enabled()
        if platform == "darwin":
            return macos_is_enabled()
        return linux_is_enabled()
    except Exception as exc:
        log.warning("autostart state unknown: %s", type(exc).__name__)
        return False


def set_enabled(enabled: bool, command: list[str] | None = None, platform: str | None = None) -> str | None:
    """Turn start-at-login on or off; returns a Dutch problem message, or ``None`` when it worked."""
    platform = platform or sys.platform
    command = command or default_command()
    try:
        if platform == "win32":
            windows_set(enabled, command)
        elif platform == "darwin":
            macos_set(enabled, command)
        else:
            linux_set(enabled, command)
    except OSError as exc:
        log.warning("autostart not changed: %s", exc.strerror or type(exc).__name__)
        return "Automatisch starten kon niet worden aangepast. Probeer het later opnieuw."
    return None
