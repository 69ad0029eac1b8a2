"""The Windows registry for :mod:`guard.browser.install` (winreg; only imported on Windows)."""
from __future__ import annotations

import winreg  # type: ignore[import-not-found]

from guard.browser.install import Registry

_HIVES = {"HKCU": winreg.HKEY_CURRENT_USER, "HKLM": winreg.HKEY_LOCAL_MACHINE}


class WinRegistry(Registry):
    available = True

    def get_default(self, hive: str, key: str) -> str | None:
        try:
            with winreg.OpenKey(_HIVES[hive], key) as k:
                value, _kind = winreg.QueryValueEx(k, "")
                return str(value)
        except OSError:
            return None

    def set_default(self, hive: str, key: str, value: str) -> None:
        with winreg.CreateKeyEx(_HIVES[hive], key, 0, winreg.KEY_SET_VALUE) as k:
            winreg.SetValueEx(k, "", 0, winreg.REG_SZ, value)

    def delete(self, hive: str, key: str) -> bool:
        try:
            winreg.DeleteKey(_HIVES[hive], key)
            return True
        except FileNotFoundError:
            return False
