"""Windows: the foreground window through user32/kernel32 (ctypes), event-driven with a fallback.

Events: ``SetWinEventHook`` for ``EVENT_SYSTEM_FOREGROUND`` (another window comes to the front) and
``EVENT_OBJECT_NAMECHANGE`` (a title changes: a browser tab switch or navigation), out of context,
on the backend's own thread with a message loop. Name changes are only followed for the
foreground window itself (object ``OBJID_WINDOW``, child ``CHILDID_SELF``), because browsers raise
many name changes for the objects inside their windows.

The message loop also wakes once a second to read the foreground window again: a safety net for
events that never come (Wine raises neither event for normal windows; a hung hook would be
silent). When the hooks cannot be installed at all, the backend polls every 250 ms instead
(``event_driven`` then turns False). ``WindowsBackend(use_events=False)`` polls from the start.

Importing this module is safe on any OS; :class:`Win32Api` touches ctypes' Windows parts only
when created.
"""
from __future__ import annotations

import logging
import ntpath
import sys
import threading
import time
from collections.abc import Callable, Sequence

from guard.logs import describe_exception  # messages may quote window titles: types and places only
from guard.windows.base import (POLL_INTERVAL_S, ChangeReporter, OnChange, Poller, WindowBackend,
                                WindowInfo)

log = logging.getLogger(__name__)

EVENT_SYSTEM_FOREGROUND = 0x0003
EVENT_OBJECT_NAMECHANGE = 0x800C
OBJID_WINDOW = 0
CHILDID_SELF = 0
#: The class of the desktop window (GetDesktopWindow); never a real application window.
DESKTOP_CLASS = "#32769"
#: Seconds between the safety-net re-reads of the event loop.
SAFETY_RECHECK_S = 1.0

#: ``on_event(event, hwnd, id_object, id_child)``
EventCallback = Callable[[int, int, int, int], None]


class Win32Api:
    """The raw user32/kernel32 calls the backend needs. Works on Windows (and Wine) only."""

    WINEVENT_OUTOFCONTEXT = 0x0000
    WM_QUIT = 0x0012
    PM_REMOVE = 0x0001
    PM_NOREMOVE = 0x0000
    QS_ALLINPUT = 0x04FF
    MWMO_INPUTAVAILABLE = 0x0004
    PROCESS_QUERY_LIMITED_INFORMATION = 0x1000

    def __init__(self):
        import ctypes
        from ctypes import wintypes

        self._ct = ctypes
        self._wt = wintypes
        u32 = ctypes.WinDLL("user32", use_last_error=True)
        k32 = ctypes.WinDLL("kernel32", use_last_error=True)
        self._u32, self._k32 = u32, k32
        self.WINEVENTPROC = ctypes.WINFUNCTYPE(None, wintypes.HANDLE, wintypes.DWORD, wintypes.HWND,
                                               wintypes.LONG, wintypes.LONG, wintypes.DWORD, wintypes.DWORD)
        u32.GetForegroundWindow.argtypes = []
        u32.GetForegroundWindow.restype = wintypes.HWND
        u32.GetWindowTextLengthW.argtypes = [wintypes.HWND]
        u32.GetWindowTextLengthW.restype = ctypes.c_int
        u32.GetWindowTextW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
        u32.GetWindowTextW.restype = ctypes.c_int
        u32.GetWindowThreadProcessId.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
        u32.GetWindowThreadProcessId.restype = wintypes.DWORD
        u32.GetClassNameW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
        u32.GetClassNameW.restype = ctypes.c_int
        u32.SetWinEventHook.argtypes = [wintypes.DWORD, wintypes.DWORD, wintypes.HMODULE, self.WINEVENTPROC,
                                        wintypes.DWORD, wintypes.DWORD, wintypes.DWORD]
        u32.SetWinEventHook.restype = wintypes.HANDLE
        u32.UnhookWinEvent.argtypes = [wintypes.HANDLE]
        u32.UnhookWinEvent.restype = wintypes.BOOL
        u32.PeekMessageW.argtypes = [ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT,
                                     wintypes.UINT, wintypes.UINT]
        u32.PeekMessageW.restype = wintypes.BOOL
        u32.TranslateMessage.argtypes = [ctypes.POINTER(wintypes.MSG)]
        u32.DispatchMessageW.argtypes = [ctypes.POINTER(wintypes.MSG)]
        u32.DispatchMessageW.restype = ctypes.c_ssize_t
        u32.PostThreadMessageW.argtypes = [wintypes.DWORD, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
        u32.PostThreadMessageW.restype = wintypes.BOOL
        u32.MsgWaitForMultipleObjectsEx.argtypes = [wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                                                    wintypes.DWORD, wintypes.DWORD]
        u32.MsgWaitForMultipleObjectsEx.restype = wintypes.DWORD
        k32.GetCurrentThreadId.restype = wintypes.DWORD
        k32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        k32.OpenProcess.restype = wintypes.HANDLE
        k32.QueryFullProcessImageNameW.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.LPWSTR,
                                                   ctypes.POINTER(wintypes.DWORD)]
        k32.QueryFullProcessImageNameW.restype = wintypes.BOOL
        k32.CloseHandle.argtypes = [wintypes.HANDLE]
        self._lock = threading.Lock()
        self._loop_thread_id: int | None = None

    # -- reading ----------------------------------------------------------------------------
    def foreground_window(self) -> int:
        return self._u32.GetForegroundWindow() or 0

    def window_title(self, hwnd: int) -> str:
        # GetWindowText on another process's window reads the cached caption and sends no
        # message, so a hung browser cannot hang the guard.
        n = self._u32.GetWindowTextLengthW(hwnd)
        if n <= 0:
            return ""
        buf = self._ct.create_unicode_buffer(n + 2)
        self._u32.GetWindowTextW(hwnd, buf, n + 2)
        return buf.value

    def window_class(self, hwnd: int) -> str:
        buf = self._ct.create_unicode_buffer(256)
        self._u32.GetClassNameW(hwnd, buf, 256)
        return buf.value

    def window_pid(self, hwnd: int) -> int:
        pid = self._wt.DWORD(0)
        self._u32.GetWindowThreadProcessId(hwnd, self._ct.byref(pid))
        return pid.value

    def process_image(self, pid: int) -> str:
        """The full path of the process's executable, or ``""`` (e.g. access denied)."""
        handle = self._k32.OpenProcess(self.PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            log.debug("OpenProcess(%s) failed: %s", pid, self._ct.get_last_error())
            return ""
        try:
            size = self._wt.DWORD(1024)
            buf = self._ct.create_unicode_buffer(size.value)
            if not self._k32.QueryFullProcessImageNameW(handle, 0, buf, self._ct.byref(size)):
                return ""
            return buf.value
        finally:
            self._k32.CloseHandle(handle)

    # -- events -----------------------------------------------------------------------------
    def run_event_loop(self, events: Sequence[int], on_event: EventCallback,
                       on_ready: Callable[[bool], None], should_stop: Callable[[], bool],
                       on_idle: Callable[[], None], idle_s: float) -> None:
        """Install WinEvent hooks and pump messages on this thread until :meth:`stop_event_loop`.

        Calls ``on_ready(False)`` and returns at once when a hook cannot be installed;
        ``on_idle()`` runs every ``idle_s`` seconds (and after each batch of messages).
        """
        ct, wt, u32 = self._ct, self._wt, self._u32
        msg = wt.MSG()
        u32.PeekMessageW(ct.byref(msg), None, 0, 0, self.PM_NOREMOVE)  # creates this thread's queue

        def proc(_hook, event, hwnd, id_object, id_child, _thread, _time):
            try:
                on_event(event, hwnd or 0, id_object, id_child)
            except Exception:  # ctypes would print and swallow it; log it properly instead
                log.error("WinEvent handler failed: %s", describe_exception(*sys.exc_info()))

        callback = self.WINEVENTPROC(proc)  # must stay referenced while the hooks live
        hooks = [u32.SetWinEventHook(e, e, None, callback, 0, 0, self.WINEVENT_OUTOFCONTEXT) for e in events]
        try:
            if not all(hooks):
                log.warning("SetWinEventHook failed (error %s)", ct.get_last_error())
                on_ready(False)
                return
            with self._lock:
                self._loop_thread_id = self._k32.GetCurrentThreadId()
            on_ready(True)
            timeout_ms = max(1, int(idle_s * 1000))
            while not should_stop():
                u32.MsgWaitForMultipleObjectsEx(0, None, timeout_ms, self.QS_ALLINPUT, self.MWMO_INPUTAVAILABLE)
                while u32.PeekMessageW(ct.byref(msg), None, 0, 0, self.PM_REMOVE):
                    if msg.message == self.WM_QUIT:
                        return
                    u32.TranslateMessage(ct.byref(msg))
                    u32.DispatchMessageW(ct.byref(msg))
                on_idle()
        finally:
            with self._lock:
                self._loop_thread_id = None
            for h in hooks:
                if h:
                    u32.UnhookWinEvent(h)

    def stop_event_loop(self) -> None:
        """Wake the loop of :meth:`run_event_loop` so it sees ``should_stop()``; any thread."""
        with self._lock:
            tid = self._loop_thread_id
        if tid:
            self._u32.PostThreadMessageW(tid, self.WM_QUIT, 0, 0)


class WindowsBackend(WindowBackend):
    """The foreground window on Windows.

    Args:
        adapter: the raw calls (:class:`Win32Api` when ``None``); tests pass a fake.
        use_events: WinEvent hooks (default) or polling only.
        poll_interval: seconds between polls in polling mode.
        ignore_pids: process ids whose windows are not reported (default: this process).
        clock: a monotonic clock, for the "no window" grace time (tests pass a fake).
    """

    name = "windows"

    def __init__(self, adapter=None, *, use_events: bool = True, poll_interval: float = POLL_INTERVAL_S,
                 ignore_pids: set[int] | None = None, clock=time.monotonic):
        self.adapter = adapter if adapter is not None else Win32Api()
        self.event_driven = use_events
        self.available = True
        self._poll_interval = poll_interval
        self._ignore_pids = ignore_pids
        self._clock = clock
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._poller: Poller | None = None
        self._reporter: ChangeReporter | None = None
        #: Set once the event thread knows whether the hooks are in (tests and the CLI wait on it).
        self.ready = threading.Event()

    def active_window(self) -> WindowInfo | None:
        try:
            return self._read(self.adapter.foreground_window())
        except OSError:
            log.warning("reading the foreground window failed: %s", describe_exception(*sys.exc_info()))
            return None

    def _read(self, hwnd: int) -> WindowInfo | None:
        if not hwnd:
            return None
        if self.adapter.window_class(hwnd) == DESKTOP_CLASS:
            # The desktop window itself is "no window": Windows shows it for a moment while
            # activation moves (Wine does so whenever a new window appears), so it is held back
            # like any "none" instead of counting as leaving the site.
            return None
        title = self.adapter.window_title(hwnd)
        pid = self.adapter.window_pid(hwnd) or None
        image = self.adapter.process_image(pid) if pid else ""
        return WindowInfo(title=title, process=ntpath.basename(image) if image else "", pid=pid, handle=hwnd)

    def start(self, on_change: OnChange) -> None:
        if self._thread is not None or self._poller is not None:
            raise RuntimeError("backend already started")
        self._stopping.clear()
        self.ready.clear()
        self._reporter = ChangeReporter(on_change, ignore_pids=self._ignore_pids, clock=self._clock)
        if self.event_driven:
            self._thread = threading.Thread(target=self._event_thread, name="plakwacht-winevents", daemon=True)
            self._thread.start()
        else:
            self._start_polling()

    def _start_polling(self) -> None:
        assert self._reporter is not None
        self._poller = Poller(self.active_window, self._reporter, self._poll_interval)
        self._poller.start()
        self.ready.set()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self.adapter.stop_event_loop()
            if self._thread is not threading.current_thread():
                self._thread.join(3)
            self._thread = None
        if self._poller is not None:
            self._poller.stop()
            self._poller = None

    # -- event mode -------------------------------------------------------------------------
    def _event_thread(self) -> None:
        hooked = []

        def on_ready(ok: bool) -> None:
            hooked.append(ok)
            if ok:
                self._recheck()
                self.ready.set()

        try:
            self.adapter.run_event_loop([EVENT_SYSTEM_FOREGROUND, EVENT_OBJECT_NAMECHANGE], self._on_event,
                                        on_ready, self._stopping.is_set, self._recheck, SAFETY_RECHECK_S)
        except Exception:
            log.error("the WinEvent loop failed: %s", describe_exception(*sys.exc_info()))
            hooked.append(False)
        if hooked and not hooked[-1] and not self._stopping.is_set():
            log.warning("no WinEvent hooks; polling the foreground window every %.2f s", self._poll_interval)
            self.event_driven = False
            self._start_polling()

    def _recheck(self) -> None:
        assert self._reporter is not None
        self._reporter.observe(self.active_window())
        self._reporter.flush_due()

    def _on_event(self, event: int, hwnd: int, id_object: int, id_child: int) -> None:
        if id_object != OBJID_WINDOW or id_child != CHILDID_SELF or not hwnd:
            return
        if event == EVENT_OBJECT_NAMECHANGE and hwnd != self.adapter.foreground_window():
            return  # a background window or tab renamed itself: not what the user sees
        if event not in (EVENT_SYSTEM_FOREGROUND, EVENT_OBJECT_NAMECHANGE):
            return
        assert self._reporter is not None
        try:
            info = self._read(hwnd)
        except OSError:
            log.warning("reading a window failed: %s", describe_exception(*sys.exc_info()))
            return
        self._reporter.observe(info)
        self._reporter.flush_due()
