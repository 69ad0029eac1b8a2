"""Active-window probing: one backend per OS behind :class:`guard.windows.base.WindowBackend`.

:func:`create_backend` picks the backend at start-up: Windows → :mod:`guard.windows.win32`,
X11 → :mod:`guard.windows.x11`, macOS → :mod:`guard.windows.macos`; Wayland, a missing display or
library, or an unknown OS → :class:`guard.windows.null.NullBackend` (``available=False``, with a
Dutch ``reason`` for the tray). ``PLAKWACHT_WINDOW_BACKEND=none`` forces the do-nothing backend,
``=poll`` makes the Windows backend poll instead of using WinEvent hooks.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from guard.windows.base import WindowBackend, WindowInfo
from guard.windows.null import (REASON_NO_DISPLAY, REASON_NO_WM, REASON_UNSUPPORTED, REASON_WAYLAND,
                                NullBackend)

__all__ = ["WindowBackend", "WindowInfo", "NullBackend", "create_backend", "session_kind"]

log = logging.getLogger(__name__)
ENV_VAR = "PLAKWACHT_WINDOW_BACKEND"


def session_kind(platform: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """``"windows"``, ``"macos"``, ``"x11"``, ``"wayland"``, ``"nodisplay"`` or ``"unknown"``."""
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        if env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or env.get("WAYLAND_DISPLAY"):
            # XWayland sets DISPLAY too, but its _NET_ACTIVE_WINDOW knows only X clients.
            return "wayland"
        return "x11" if env.get("DISPLAY") else "nodisplay"
    return "unknown"


def create_backend(adapter=None, *, platform: str | None = None,
                   env: Mapping[str, str] | None = None) -> WindowBackend:
    """The window backend for this machine; never raises.

    Args:
        adapter: the raw OS adapter to use (tests pass a fake); ``None`` creates the real one.
        platform: ``sys.platform`` by default (tests pass another).
        env: ``os.environ`` by default.
    """
    env = os.environ if env is None else env
    forced = env.get(ENV_VAR, "").lower()
    if forced == "none":
        return NullBackend(REASON_UNSUPPORTED, f"{ENV_VAR}=none")
    kind = session_kind(platform, env)
    try:
        if kind == "windows":
            from guard.windows.win32 import WindowsBackend

            return WindowsBackend(adapter, use_events=forced != "poll")
        if kind == "macos":
            from guard.windows.macos import MacBackend

            return MacBackend(adapter)
        if kind == "x11":
            return _x11(adapter)
    except Exception as exc:  # a missing library or a refused connection: run without windows
        log.warning("window backend for %s unavailable: %s", kind, exc)
        return NullBackend(REASON_NO_DISPLAY if kind == "x11" else REASON_UNSUPPORTED, f"{type(exc).__name__}: {exc}")
    if kind == "wayland":
        return NullBackend(REASON_WAYLAND, "Wayland session")
    if kind == "nodisplay":
        return NullBackend(REASON_NO_DISPLAY, "no DISPLAY")
    return NullBackend(REASON_UNSUPPORTED, f"platform {platform or sys.platform}")


def _x11(adapter) -> WindowBackend:
    from guard.windows.x11 import X11Backend, XlibAdapter

    if adapter is None:
        adapter = XlibAdapter()
    if not adapter.supports_active_window():
        close = getattr(adapter, "close", None)
        if close:
            close()
        return NullBackend(REASON_NO_WM, "_NET_ACTIVE_WINDOW not in _NET_SUPPORTED")
    return X11Backend(adapter)
