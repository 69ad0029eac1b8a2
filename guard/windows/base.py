"""What every active-window backend gives: the window in front, and events when it changes.

A backend wraps one OS. The raw OS calls sit in an *adapter* object that the backend takes as a
constructor argument, so the logic here and in each backend runs in tests with a fake adapter.

Shared pieces:

- :class:`WindowBackend`, the interface the guard codes against;
- :class:`ChangeReporter`, which turns raw observations into ``on_change`` calls: it drops
  repeats, ignores this program's own windows (the warning dialog must not count as "left the
  site"), and holds back a short "no active window" that window managers report while switching;
- :class:`Poller`, a thread that asks a probe function every ``interval`` seconds, for OSes or
  situations without usable events.
"""
from __future__ import annotations

import abc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from guard.logs import describe_exception  # messages may quote window titles: types and places only

log = logging.getLogger(__name__)

OnChange = Callable[["WindowInfo | None"], None]

#: How long a "no active window" must last before it is reported (switching takes < 0.1 s).
NONE_GRACE_S = 0.4
#: Default poll interval of the polling fallbacks.
POLL_INTERVAL_S = 0.25


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


class WindowBackend(abc.ABC):
    """The active window of one OS, on request and as a stream of changes.

    Attributes:
        name: ``"windows"``, ``"x11"``, ``"macos"`` or ``"none"``.
        event_driven: True when changes come from OS events, False when they are polled.
        available: False when this backend cannot see windows at all (the guard then warns on
            every flagged copy, and the tray says why).
        reason: a short Dutch sentence for the tray when ``available`` is False; else ``""``.
    """

    name: str = "none"
    event_driven: bool = False
    available: bool = True
    reason: str = ""

    @abc.abstractmethod
    def active_window(self) -> WindowInfo | None:
        """The window in front now, or ``None`` when there is none (or it cannot be read)."""

    @abc.abstractmethod
    def start(self, on_change: OnChange) -> None:
        """Report the current window once, then every change, until :meth:`stop`.

        ``on_change`` may be called from any thread (the backend's own); it must not block long.
        Windows of this process are not reported (the guard's own dialogs are not a site).
        """

    @abc.abstractmethod
    def stop(self) -> None:
        """Stop reporting and release OS resources. Safe to call twice, or without start."""


class ChangeReporter:
    """Turns raw observations of the active window into ``on_change`` calls.

    - A window equal to the last one reported is not reported again.
    - A window of one of ``ignore_pids`` (this process) is skipped: the last window stays current.
    - ``None`` ("no active window") is reported only when it lasts ``none_grace`` seconds;
      the owner calls :meth:`flush_due` when :meth:`pending_for` says so.

    Not thread-safe by itself: each backend calls it from one thread.

    Args:
        on_change: the callback of :meth:`WindowBackend.start`.
        none_grace: seconds a "no window" must last to be reported.
        ignore_pids: process ids whose windows are skipped; default: this process.
        clock: a monotonic clock (tests pass a fake one).
    """

    _UNSET = object()

    def __init__(self, on_change: OnChange, *, none_grace: float = NONE_GRACE_S,
                 ignore_pids: frozenset[int] | set[int] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self._on_change = on_change
        self._grace = none_grace
        self._ignore = frozenset({os.getpid()} if ignore_pids is None else ignore_pids)
        self._clock = clock
        self._last: object = self._UNSET
        self._none_since: float | None = None

    @property
    def last(self) -> WindowInfo | None:
        """The last window reported (``None`` before the first report)."""
        return None if self._last is self._UNSET else self._last  # type: ignore[return-value]

    def observe(self, info: WindowInfo | None) -> None:
        """Feed what the OS says is in front now."""
        if info is not None and info.pid is not None and info.pid in self._ignore:
            self._none_since = None
            return
        if info is None:
            if self._last is None:
                self._none_since = None
            elif self._grace <= 0:
                self._emit(None)
            elif self._none_since is None:
                self._none_since = self._clock()
            return
        self._none_since = None
        if info != self._last:
            self._emit(info)

    def pending_for(self) -> float | None:
        """Seconds until a held-back "no window" is due, or ``None`` when nothing is held."""
        if self._none_since is None:
            return None
        return max(0.0, self._none_since + self._grace - self._clock())

    def flush_due(self) -> None:
        """Report a held-back "no window" whose grace time has passed."""
        if self._none_since is not None and self._clock() >= self._none_since + self._grace:
            self._none_since = None
            if self._last is not None:
                self._emit(None)

    def _emit(self, info: WindowInfo | None) -> None:
        self._last = info
        try:
            self._on_change(info)
        except Exception:  # a broken listener must not kill the backend's thread
            log.error("window change listener failed: %s", describe_exception(*sys.exc_info()))


class Poller:
    """A daemon thread that feeds ``probe()`` into a :class:`ChangeReporter` every ``interval`` s.

    Args:
        probe: returns the active window now, or ``None``; exceptions count as ``None`` (logged).
        reporter: where observations go.
        interval: seconds between probes.
        name: the thread's name.
    """

    def __init__(self, probe: Callable[[], WindowInfo | None], reporter: ChangeReporter,
                 interval: float = POLL_INTERVAL_S, name: str = "plakwacht-window-poll"):
        self._probe = probe
        self._reporter = reporter
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def poll_once(self) -> None:
        """One probe, fed to the reporter (the thread's body; tests call it directly)."""
        try:
            info = self._probe()
        except Exception:
            log.warning("reading the active window failed: %s", describe_exception(*sys.exc_info()))
            info = None
        self._reporter.observe(info)
        self._reporter.flush_due()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.poll_once()
            self._stop.wait(self._interval)
