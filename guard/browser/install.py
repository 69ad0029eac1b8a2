"""Register the native messaging host with Edge, Chrome and Chromium (``plakwacht browser install``).

The browser finds the host through a manifest ``nl.plakwacht.companion.json`` that names the
program to start and the extension IDs that may start it:

- Linux: ``~/.config/{chromium,google-chrome,microsoft-edge}/NativeMessagingHosts/`` (scope user)
  or ``/etc/chromium/native-messaging-hosts``, ``/etc/opt/chrome/…``, ``/etc/opt/edge/…`` (system);
- macOS: ``~/Library/Application Support/{Chromium,Google/Chrome,Microsoft Edge}/NativeMessagingHosts/``
  or ``/Library/Application Support/Chromium/…``, ``/Library/Google/Chrome/…``, ``/Library/Microsoft/Edge/…``;
- Windows: the manifest is a file in Plakwacht's folder, and the registry key
  ``HKCU`` or ``HKLM\\Software\\{Microsoft\\Edge,Google\\Chrome,Chromium}\\NativeMessagingHosts\\nl.plakwacht.companion``
  points to it (its default value is the manifest's path).

The registry sits behind :class:`Registry` (``guard/browser/registry_win.py`` on Windows, a null
one elsewhere), so this logic runs in tests with a fake.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from guard.browser.protocol import HOST_NAME

BROWSERS = ("edge", "chrome", "chromium")
BROWSER_NAMES = {"edge": "Microsoft Edge", "chrome": "Google Chrome", "chromium": "Chromium"}
REGISTRY_KEYS = {
    "edge": r"Software\Microsoft\Edge\NativeMessagingHosts" + "\\" + HOST_NAME,
    "chrome": r"Software\Google\Chrome\NativeMessagingHosts" + "\\" + HOST_NAME,
    "chromium": r"Software\Chromium\NativeMessagingHosts" + "\\" + HOST_NAME,
}
EXTENSION_DIR_ENV = "PLAKWACHT_EXTENSION_DIR"


# -- the extension ------------------------------------------------------------------------------
def extension_dir() -> Path:
    """``browser/extension`` in a checkout or in the frozen build."""
    chosen = os.environ.get(EXTENSION_DIR_ENV)
    if chosen:
        return Path(chosen)
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "browser" / "extension"


def extension_id_from_key(key_b64: str) -> str:
    """Chromium's extension ID for a manifest ``key`` (base64 DER public key)."""
    h = hashlib.sha256(base64.b64decode(key_b64)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in h)


def default_extension_ids() -> list[str]:
    """The ID(s) allowed to start the host: ``PLAKWACHT_EXTENSION_IDS`` (comma-separated), else the
    ID from the key in ``browser/extension/manifest.json``."""
    chosen = os.environ.get("PLAKWACHT_EXTENSION_IDS")
    if chosen:
        return [i.strip() for i in chosen.split(",") if i.strip()]
    try:
        manifest = json.loads((extension_dir() / "manifest.json").read_text(encoding="utf-8"))
        return [extension_id_from_key(manifest["key"])]
    except (OSError, ValueError, KeyError):
        return []


# -- the host program ---------------------------------------------------------------------------
def host_command(data_dir: Path) -> Path:
    """The program the browser starts. Frozen: the program itself (it knows it is the host from the
    origin argument; on Windows the console build ``plakwacht-cli.exe``). From source: a small
    script in the data dir that runs ``python -m guard.browser.host``."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        if sys.platform == "win32":
            cli = exe.with_name("plakwacht-cli.exe")
            return cli if cli.exists() else exe
        return exe
    root = Path(__file__).resolve().parents[2]
    folder = Path(data_dir) / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        script = folder / "plakwacht-browser-host.bat"
        script.write_text(f'@echo off\r\nset "PYTHONPATH={root}"\r\n"{sys.executable}" -m guard.browser.host %*\r\n',
                          encoding="utf-8")
    else:
        script = folder / "plakwacht-browser-host"
        script.write_text(f'#!/bin/sh\nPYTHONPATH="{root}" exec "{sys.executable}" -m guard.browser.host "$@"\n',
                          encoding="utf-8")
        script.chmod(0o755)
    return script


def host_manifest(path: Path, extension_ids: list[str]) -> dict:
    return {"name": HOST_NAME,
            "description": "Plakwacht browserkoppeling: site en herkomst van kopieën, nooit de tekst zelf",
            "path": str(path), "type": "stdio",
            "allowed_origins": [f"chrome-extension://{i}/" for i in extension_ids]}


# -- where manifests go -------------------------------------------------------------------------
def manifest_dir(browser: str, scope: str, platform: str | None = None, home: Path | None = None,
                 env=None) -> Path:
    """The NativeMessagingHosts folder of ``browser`` for ``scope`` on Linux or macOS."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    home = Path(home) if home is not None else Path.home()
    if platform == "darwin":
        if scope == "system":
            return Path({"chromium": "/Library/Application Support/Chromium/NativeMessagingHosts",
                         "chrome": "/Library/Google/Chrome/NativeMessagingHosts",
                         "edge": "/Library/Microsoft/Edge/NativeMessagingHosts"}[browser])
        support = home / "Library" / "Application Support"
        return support / {"chromium": "Chromium", "chrome": "Google/Chrome", "edge": "Microsoft Edge"}[browser] \
            / "NativeMessagingHosts"
    if scope == "system":
        return Path({"chromium": "/etc/chromium/native-messaging-hosts",
                     "chrome": "/etc/opt/chrome/native-messaging-hosts",
                     "edge": "/etc/opt/edge/native-messaging-hosts"}[browser])
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return config / {"chromium": "chromium", "chrome": "google-chrome", "edge": "microsoft-edge"}[browser] \
        / "NativeMessagingHosts"


class Registry:
    """The Windows registry as install needs it (the null one: no registry on this system)."""

    available = False

    def get_default(self, hive: str, key: str) -> str | None:
        return None

    def set_default(self, hive: str, key: str, value: str) -> None:
        raise OSError("no registry on this system")

    def delete(self, hive: str, key: str) -> bool:
        return False


def default_registry() -> Registry:
    if sys.platform == "win32":
        from guard.browser.registry_win import WinRegistry

        return WinRegistry()
    return Registry()


@dataclass
class Result:
    browser: str
    registered: bool
    where: str
    problem: str = ""


class Installer:
    """Registers, removes and reports the host.

    Args:
        data_dir: Plakwacht's data dir (scripts and, on Windows, the per-user manifest).
        platform: ``sys.platform`` (tests pass another).
        registry: a :class:`Registry` (Windows).
        home, env: for the Linux and macOS folders (tests pass a temporary home).
        system_dir: where the Windows per-machine manifest goes (default: next to the program).
    """

    def __init__(self, data_dir: Path, *, platform: str | None = None, registry: Registry | None = None,
                 home: Path | None = None, env=None, system_dir: Path | None = None, host_path: Path | None = None):
        self.data_dir = Path(data_dir)
        self.platform = platform or sys.platform
        self.registry = registry if registry is not None else default_registry()
        self.home = home
        self.env = env
        self.system_dir = system_dir
        self._host_path = host_path

    def _hive(self, scope: str) -> str:
        return "HKLM" if scope == "system" else "HKCU"

    def _win_manifest(self, scope: str) -> Path:
        if scope == "system":
            base = self.system_dir or Path(sys.executable).parent
        else:
            base = self.data_dir / "browser"
        return Path(base) / f"{HOST_NAME}.json"

    def manifest_path(self, browser: str, scope: str) -> Path:
        if self.platform == "win32":
            return self._win_manifest(scope)
        return manifest_dir(browser, scope, self.platform, self.home, self.env) / f"{HOST_NAME}.json"

    def install(self, browsers, scope: str, extension_ids: list[str]) -> list[Result]:
        host = self._host_path or host_command(self.data_dir)
        manifest = json.dumps(host_manifest(host, extension_ids), indent=2)
        results = []
        for b in browsers:
            path = self.manifest_path(b, scope)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(manifest + "\n", encoding="utf-8")
                if self.platform == "win32":
                    self.registry.set_default(self._hive(scope), REGISTRY_KEYS[b], str(path))
                    where = f"{self._hive(scope)}\\{REGISTRY_KEYS[b]}"
                else:
                    where = str(path)
                results.append(Result(b, True, where))
            except OSError as exc:
                results.append(Result(b, False, str(path), exc.strerror or type(exc).__name__))
        return results

    def uninstall(self, browsers, scope: str) -> list[Result]:
        results = []
        for b in browsers:
            path = self.manifest_path(b, scope)
            problem = ""
            try:
                if self.platform == "win32":
                    self.registry.delete(self._hive(scope), REGISTRY_KEYS[b])
                if path.exists() and not (self.platform == "win32" and any(
                        self.registry.get_default(self._hive(scope), REGISTRY_KEYS[o]) for o in BROWSERS if o != b)):
                    path.unlink()
            except OSError as exc:
                problem = exc.strerror or type(exc).__name__
            results.append(Result(b, False, str(path), problem))
        return results

    def status(self, browser: str) -> list[tuple[str, Path | None]]:
        """``[(scope, manifest path)]`` where ``browser`` finds the host (system first)."""
        found = []
        for scope in ("system", "user"):
            if self.platform == "win32":
                value = self.registry.get_default(self._hive(scope), REGISTRY_KEYS[browser])
                if value and Path(value).exists():
                    found.append((scope, Path(value)))
            else:
                path = self.manifest_path(browser, scope)
                if path.exists():
                    found.append((scope, path))
        return found
