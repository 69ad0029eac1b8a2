"""What every active-window backend gives: the window in front, and events when it changes."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WindowInfo:
    """The active window as the OS reports it.

    Attributes:
        title: the window title ("Le Chat - Mistral AI - Google Chrome").
        process: the executable's base name ("chrome.exe", "chromium", "firefox").
        pid: the process id, when known.
        url: the page URL, only where a backend can read it (macOS browsers); else ``None``.
        handle: an OS window id (HWND, X window id), for logging and tests.
    """

    title: str = ""
    process: str = ""
    pid: int | None = None
    url: str | None = None
    handle: int | None = None
