"""macOS (best effort): the frontmost app through NSWorkspace, its window title through Quartz.

- The frontmost application comes from ``NSWorkspace.frontmostApplication`` (pyobjc's AppKit).
- The title of its front window comes from ``CGWindowListCopyWindowInfo`` (pyobjc's Quartz): the
  first on-screen window of layer 0 that belongs to that app. Since macOS 10.15 window titles of
  other apps are only given with the *Screen Recording* permission; without it the title is empty
  and the guard knows only the browser, not the site.
- Changes are polled (250 ms): NSWorkspace's notifications need the main thread's run loop,
  which belongs to Qt. NSWorkspace itself is only kept current by a running Cocoa run loop, which
  the tray app has; ``plakwacht window --watch`` on macOS may lag behind for that reason.
- The browser's URL is not read (it would need Apple Events permission per browser).

Importing this module is safe everywhere; :class:`CocoaAdapter` imports pyobjc when created.
This backend has only been tested with a fake adapter (no Mac at hand).
"""
from __future__ import annotations

import contextlib
import logging
import os
import sys
import time

from guard.logs import describe_exception  # messages may quote window titles: types and places only
from guard.windows.base import POLL_INTERVAL_S, ChangeReporter, OnChange, Poller, WindowBackend, WindowInfo

log = logging.getLogger(__name__)


class CocoaAdapter:
    """The raw AppKit/Quartz calls, as plain dicts. Needs pyobjc (macOS only)."""

    def __init__(self):
        import AppKit  # pyobjc-framework-Cocoa
        import objc

        self._appkit = AppKit
        self._pool = getattr(objc, "autorelease_pool", contextlib.nullcontext)
        try:
            import Quartz  # pyobjc-framework-Quartz
        except ImportError:
            log.info("pyobjc Quartz is missing; window titles are not read")
            Quartz = None
        self._quartz = Quartz

    def frontmost_app(self) -> dict | None:
        """``{"name", "pid", "path", "bundle"}`` of the frontmost app, or ``None``."""
        with self._pool():
            app = self._appkit.NSWorkspace.sharedWorkspace().frontmostApplication()
            if app is None:
                return None
            url = app.executableURL()
            return {
                "name": str(app.localizedName() or ""),
                "pid": int(app.processIdentifier()),
                "path": str(url.path()) if url is not None else "",
                "bundle": str(app.bundleIdentifier() or ""),
            }

    def windows(self) -> list[dict]:
        """On-screen windows front to back: ``{"id", "pid", "owner", "title", "layer"}``."""
        Q = self._quartz
        if Q is None:
            return []
        with self._pool():
            infos = Q.CGWindowListCopyWindowInfo(
                Q.kCGWindowListOptionOnScreenOnly | Q.kCGWindowListExcludeDesktopElements, Q.kCGNullWindowID) or []
            return [{
                "id": int(w.get("kCGWindowNumber", 0)),
                "pid": int(w.get("kCGWindowOwnerPID", 0)),
                "owner": str(w.get("kCGWindowOwnerName") or ""),
                "title": str(w.get("kCGWindowName") or ""),
                "layer": int(w.get("kCGWindowLayer", 0)),
            } for w in infos]


class MacBackend(WindowBackend):
    """The frontmost app's front window on macOS, polled.

    Args:
        adapter: the raw calls (:class:`CocoaAdapter` when ``None``); tests pass a fake.
        poll_interval: seconds between polls.
        ignore_pids: process ids whose windows are not reported (default: this process).
        clock: a monotonic clock, for the "no window" grace time (tests pass a fake).
    """

    name = "macos"
    event_driven = False

    def __init__(self, adapter=None, *, poll_interval: float = POLL_INTERVAL_S,
                 ignore_pids: set[int] | None = None, clock=time.monotonic):
        self.adapter = adapter if adapter is not None else CocoaAdapter()
        self.available = True
        self.reason = ""
        self._interval = poll_interval
        self._ignore_pids = ignore_pids
        self._clock = clock
        self._poller: Poller | None = None

    def active_window(self) -> WindowInfo | None:
        try:
            app = self.adapter.frontmost_app()
            windows = self.adapter.windows()
        except Exception:
            log.warning("reading the frontmost app failed: %s", describe_exception(*sys.exc_info()))
            return None
        front = [w for w in windows if w.get("layer") == 0]
        if app is None:
            if not front:
                return None
            # No NSWorkspace answer: the frontmost normal window tells the app as well.
            w = front[0]
            return WindowInfo(title=w["title"], process=w["owner"], pid=w["pid"] or None, handle=w["id"] or None)
        own = next((w for w in front if w["pid"] == app["pid"]), None)
        process = os.path.basename(app["path"]) if app.get("path") else app.get("name", "")
        return WindowInfo(title=own["title"] if own else "", process=process, pid=app["pid"] or None,
                          handle=own["id"] if own else None)

    def start(self, on_change: OnChange) -> None:
        if self._poller is not None:
            raise RuntimeError("backend already started")
        reporter = ChangeReporter(on_change, ignore_pids=self._ignore_pids, clock=self._clock)
        self._poller = Poller(self.active_window, reporter, self._interval, name="plakwacht-macos-poll")
        self._poller.start()

    def stop(self) -> None:
        if self._poller is not None:
            self._poller.stop()
            self._poller = None
