"""X11 (Linux, BSD): the active window through python-xlib, event-driven.

The window manager publishes the active window in the root window's ``_NET_ACTIVE_WINDOW``
property (EWMH). The backend listens for ``PropertyNotify`` on the root window (another window
comes to the front) and on the active window itself (``_NET_WM_NAME``/``WM_NAME``: a browser tab
switch or navigation changes only the title). Pitfalls handled here (see shared notes):

- X reuses window ids, so the backend subscribes to the active window again on *every* change of
  ``_NET_ACTIVE_WINDOW``, and subscribes *before* reading the title (no change is lost between).
- Window managers briefly report "no active window" while switching (openbox does): the
  :class:`~guard.windows.base.ChangeReporter` holds a "none" back for a moment.
- A window can vanish between two requests (``BadWindow``): that reads as "no window".
- python-xlib reads events into its own queue while answering a request, and ``select`` does not
  see those; so the queue is drained after each request, and a request from another thread wakes
  the event thread.

The process comes from ``_NET_WM_PID`` and ``/proc/PID/exe`` (fallback: ``/proc/PID/comm``, then
the window's ``WM_CLASS``). The backend has its own display connection and thread.
"""
from __future__ import annotations

import logging
import os
import select
import sys
import threading
import time
from collections.abc import Callable

from guard.logs import describe_exception  # messages may quote window titles: types and places only
from guard.windows.base import ChangeReporter, OnChange, WindowBackend, WindowInfo

log = logging.getLogger(__name__)

#: Longest sleep of the event thread when nothing happens (notices a dead connection).
IDLE_TIMEOUT_S = 2.0

ACTIVE = "active"
TITLE = "title"


class WindowGone(LookupError):
    """The window vanished (X ``BadWindow``) while it was being read."""


class DisplayLost(ConnectionError):
    """The connection to the X server is gone."""


def process_name_from_proc(pid: int, proc_root: str = "/proc") -> str:
    """The executable's base name of ``pid``: ``/proc/PID/exe``, else ``/proc/PID/comm``, else ``""``."""
    try:
        exe = os.readlink(f"{proc_root}/{pid}/exe")
        # A replaced binary reads "/usr/lib/chromium/chromium (deleted)".
        return os.path.basename(exe.removesuffix(" (deleted)"))
    except OSError:
        pass
    try:
        with open(f"{proc_root}/{pid}/comm", encoding="utf-8", errors="replace") as fh:
            return fh.read().strip()
    except OSError:
        return ""


class XlibAdapter:
    """The raw X11 calls (python-xlib) on one display connection of its own.

    Args:
        display_name: ``":0"`` etc.; ``None`` means ``$DISPLAY``.
    """

    def __init__(self, display_name: str | None = None):
        from Xlib import X, Xatom, display, error

        self._X, self._error = X, error
        self._d = display.Display(display_name)
        self.root = self._d.screen().root
        atom = self._d.intern_atom
        self.NET_ACTIVE_WINDOW = atom("_NET_ACTIVE_WINDOW")
        self.NET_WM_NAME = atom("_NET_WM_NAME")
        self.NET_WM_PID = atom("_NET_WM_PID")
        self.NET_SUPPORTED = atom("_NET_SUPPORTED")
        self.UTF8_STRING = atom("UTF8_STRING")
        self.WM_NAME = Xatom.WM_NAME
        self.WM_CLASS = Xatom.WM_CLASS
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)

    # -- reading ----------------------------------------------------------------------------
    def _guard(self, fn: Callable, *args):
        try:
            return fn(*args)
        except (self._error.BadWindow, self._error.BadDrawable, self._error.BadMatch) as exc:
            raise WindowGone(str(exc)) from None
        except self._error.ConnectionClosedError as exc:
            raise DisplayLost(str(exc)) from None

    def _window(self, wid: int):
        return self._d.create_resource_object("window", wid)

    def supports_active_window(self) -> bool:
        """Does the window manager publish ``_NET_ACTIVE_WINDOW``?"""
        prop = self._guard(self.root.get_full_property, self.NET_SUPPORTED, self._X.AnyPropertyType)
        return bool(prop) and self.NET_ACTIVE_WINDOW in prop.value

    def active_window_id(self) -> int:
        prop = self._guard(self.root.get_full_property, self.NET_ACTIVE_WINDOW, self._X.AnyPropertyType)
        if not prop or not len(prop.value):
            return 0
        return int(prop.value[0])

    def window_title(self, wid: int) -> str:
        w = self._window(wid)
        prop = self._guard(w.get_full_property, self.NET_WM_NAME, self.UTF8_STRING)
        if prop and prop.value:
            return _text(prop.value, "utf-8")
        prop = self._guard(w.get_full_property, self.WM_NAME, self._X.AnyPropertyType)
        if prop and prop.value:
            return _text(prop.value, "utf-8" if prop.property_type == self.UTF8_STRING else "latin-1")
        return ""

    def window_pid(self, wid: int) -> int | None:
        prop = self._guard(self._window(wid).get_full_property, self.NET_WM_PID, self._X.AnyPropertyType)
        if prop and len(prop.value):
            return int(prop.value[0]) or None
        return None

    def window_class(self, wid: int) -> str:
        """The class part of ``WM_CLASS`` ("Chromium", "firefox"), or ``""``."""
        prop = self._guard(self._window(wid).get_full_property, self.WM_CLASS, self._X.AnyPropertyType)
        if not prop or not prop.value:
            return ""
        parts = _text(prop.value, "latin-1").split("\0")
        return parts[1] if len(parts) > 1 and parts[1] else parts[0]

    def process_name(self, pid: int) -> str:
        return process_name_from_proc(pid)

    # -- events -----------------------------------------------------------------------------
    def _select_input(self, wid: int, mask: int) -> None:
        catch = self._error.CatchError(self._error.BadWindow)
        self._window(wid).change_attributes(event_mask=mask, onerror=catch)
        self._guard(self._d.sync)  # the request is checked now, not at some later call
        if catch.get_error():
            raise WindowGone(f"window {wid:#x} is gone")

    def watch_root(self) -> None:
        self._select_input(self.root.id, self._X.PropertyChangeMask)

    def watch(self, wid: int) -> None:
        self._select_input(wid, self._X.PropertyChangeMask)

    def unwatch(self, wid: int) -> None:
        try:
            self._select_input(wid, 0)
        except WindowGone:
            pass

    def drain_events(self) -> list[tuple[str, int]]:
        """Read every queued event; return ``(ACTIVE, root)`` / ``(TITLE, window id)`` items."""
        out: list[tuple[str, int]] = []
        X = self._X
        while self._guard(self._d.pending_events):
            ev = self._d.next_event()
            if ev.type != X.PropertyNotify:
                continue
            if ev.window.id == self.root.id:
                if ev.atom == self.NET_ACTIVE_WINDOW:
                    out.append((ACTIVE, ev.window.id))
            elif ev.atom in (self.NET_WM_NAME, self.WM_NAME):
                out.append((TITLE, ev.window.id))
        return out

    def queued(self) -> bool:
        """Events that a request already read into python-xlib's buffer: select() would not see
        them (pitfall 4). Uses the connection: only under the backend's lock."""
        return bool(self._guard(self._d.pending_events))

    def wait(self, timeout: float) -> None:
        """Sleep until the X connection has data, :meth:`wake` is called, or ``timeout`` passes.

        Only watches the socket: reading from the connection here, outside the backend's lock,
        raced with a request of another thread for its reply (python-xlib's connection is not
        safe for two threads), and that request then waited forever."""
        ready, _, _ = select.select([self._d.fileno(), self._wake_r], [], [], timeout)
        if self._wake_r in ready:
            try:
                while os.read(self._wake_r, 256):
                    pass
            except BlockingIOError:
                pass

    def wake(self) -> None:
        """Make :meth:`wait` return now; any thread."""
        try:
            os.write(self._wake_w, b"w")
        except (BlockingIOError, OSError):
            pass

    def close(self) -> None:
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            self._d.close()
        except Exception:
            pass


def _text(value, encoding: str) -> str:
    if isinstance(value, str):
        return value
    return bytes(value).decode(encoding, errors="replace")


class X11Backend(WindowBackend):
    """The active window on an X11 desktop with an EWMH window manager.

    Args:
        adapter: the raw calls (:class:`XlibAdapter` on ``$DISPLAY`` when ``None``); tests pass a fake.
        ignore_pids: process ids whose windows are not reported (default: this process).
        clock: a monotonic clock, for the "no window" grace time (tests pass a fake).
    """

    name = "x11"
    event_driven = True

    def __init__(self, adapter=None, *, ignore_pids: set[int] | None = None, clock=time.monotonic):
        self.adapter = adapter if adapter is not None else XlibAdapter()
        self.available = True
        self.reason = ""
        self._ignore_pids = ignore_pids
        self._clock = clock
        # One connection, two threads (events here, active_window() from the guard): one at a time.
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._reporter: ChangeReporter | None = None
        self._watched = 0
        #: Set once the event thread has subscribed and reported the first window.
        self.ready = threading.Event()

    # -- reading ----------------------------------------------------------------------------
    def active_window(self) -> WindowInfo | None:
        with self._lock:
            try:
                return self._read(self.adapter.active_window_id())
            except DisplayLost:
                log.warning("the X connection is gone")
                return None
            finally:
                if self._thread is not None:
                    self.adapter.wake()  # our request may have queued events the thread must see

    def _read(self, wid: int) -> WindowInfo | None:
        if not wid:
            return None
        a = self.adapter
        try:
            title = a.window_title(wid)
            pid = a.window_pid(wid)
            process = a.process_name(pid) if pid else ""
            if not process:
                process = a.window_class(wid).lower()
        except WindowGone:
            return None
        return WindowInfo(title=title, process=process, pid=pid, handle=wid)

    # -- events -----------------------------------------------------------------------------
    def start(self, on_change: OnChange) -> None:
        if self._thread is not None:
            raise RuntimeError("backend already started")
        self._stopping.clear()
        self.ready.clear()
        self._reporter = ChangeReporter(on_change, ignore_pids=self._ignore_pids, clock=self._clock)
        self._thread = threading.Thread(target=self._run, name="plakwacht-x11-events", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            self.adapter.wake()
            if thread is not threading.current_thread():
                thread.join(3)

    def close(self) -> None:
        """Stop and close the display connection."""
        self.stop()
        close = getattr(self.adapter, "close", None)
        if close:
            close()

    def _run(self) -> None:
        reporter = self._reporter
        assert reporter is not None
        try:
            with self._lock:
                self.adapter.watch_root()
                self._refresh()
            self.ready.set()
            while not self._stopping.is_set():
                with self._lock:
                    self.step()
                    if self.adapter.queued():
                        continue  # (a request of active_window() read them while we slept)
                pending = reporter.pending_for()
                self.adapter.wait(IDLE_TIMEOUT_S if pending is None else max(pending, 0.01))
        except DisplayLost:
            if not self._stopping.is_set():
                log.warning("the X connection is gone; window changes are no longer seen")
                self.available = False
                self.reason = "Plakwacht ziet niet meer welk venster actief is. Start Plakwacht opnieuw."
                reporter.observe(None)
                reporter.flush_due()
        except Exception:
            log.error("the X11 event thread failed: %s", describe_exception(*sys.exc_info()))
        finally:
            self.ready.set()

    def step(self) -> None:
        """Handle all queued X events once (the event thread's body; tests call it directly)."""
        reporter = self._reporter
        assert reporter is not None
        events = self.adapter.drain_events()
        if any(kind == ACTIVE for kind, _ in events):
            self._refresh()
        elif any(kind == TITLE and wid == self._watched for kind, wid in events):
            reporter.observe(self._read(self._watched))
        reporter.flush_due()

    def _refresh(self) -> None:
        """Read the active window, (re-)subscribe to it, report it."""
        assert self._reporter is not None
        wid = self.adapter.active_window_id()
        if self._watched and self._watched != wid:
            self.adapter.unwatch(self._watched)
        self._watched = 0
        if wid:
            try:
                self.adapter.watch(wid)  # always, even for the same id: X reuses ids
                self._watched = wid
            except WindowGone:
                wid = 0
        self._reporter.observe(self._read(wid))
