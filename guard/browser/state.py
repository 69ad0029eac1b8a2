"""What the guard knows from connected browser extensions, and what it decides with it.

Qt-free; the tray's channel server (``ui/browser_link.py``) feeds :class:`BrowserFacts` with
checked messages. Two facts:

- the host of the active tab, per connected browser: :func:`with_host` turns a browser window
  into one with that host, so the policy's ``hosts`` decide the site and not the title;
- recent copies in pages (host + keyed digest): :meth:`BrowserFacts.source_of` says from which
  host the text on the clipboard was copied, if it is unchanged since.
"""
from __future__ import annotations

import dataclasses
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from guard.browser import protocol

#: Where a host came from, for ``plakwacht window --json``.
FROM_EXTENSION = "extensie"
FROM_TITLE = "venstertitel"
FROM_BROWSER = "browseradres"  # a backend that reads the address itself (macOS)

#: Browser processes (lower case, without ".exe") → the brand the extension reports.
CHROMIUM_BRANDS = {
    "chromium": "Chromium", "chromium-browser": "Chromium",
    "chrome": "Google Chrome", "google chrome": "Google Chrome", "google-chrome": "Google Chrome",
    "msedge": "Microsoft Edge", "microsoft edge": "Microsoft Edge", "microsoft-edge": "Microsoft Edge",
    "brave": "Brave", "brave-browser": "Brave", "vivaldi": "Vivaldi", "vivaldi-bin": "Vivaldi",
    "opera": "Opera",
}
#: How many recent copies are remembered (digests and hosts only).
MAX_COPIES = 64


@dataclass
class Extension:
    """One connected extension (one browser profile)."""

    browser: str
    version: str
    since: float
    host: str | None = None
    tab_known: bool = False
    updated: float = 0.0  # when it last reported a tab: with two profiles of one brand, the latest wins


def _stem(process: str) -> str:
    p = (process or "").lower()
    return p[:-4] if p.endswith(".exe") else p


def pick(extensions: list[dict] | list[Extension], process: str):
    """The extension that belongs to a window's browser process, or ``None``.

    The brand must match; a Chromium-family process whose brand is not reported (a renamed
    build) takes the only connected extension. Firefox or Safari windows never get one.
    """
    stem = _stem(process)
    brand = CHROMIUM_BRANDS.get(stem)
    if brand is None:
        return None

    def browser_of(e):
        return e.browser if isinstance(e, Extension) else e.get("browser")

    same = [e for e in extensions if browser_of(e) == brand]
    if same:
        return max(same, key=lambda e: e.updated if isinstance(e, Extension) else e.get("updated", 0.0))
    return extensions[-1] if len(extensions) == 1 else None


def with_host(window, extensions, policy=None):
    """``(window, host, host_source)``: the window with the tab's host as its address, when known.

    ``window`` is a ``WindowInfo``; ``extensions`` the connected ones (objects or ``state`` dicts).
    """
    if window is None:
        return None, None, None
    ext = pick(list(extensions), window.process)
    if ext is not None:
        tab_known = ext.tab_known if isinstance(ext, Extension) else ext.get("tab_known", True)
        host = ext.host if isinstance(ext, Extension) else ext.get("host")
        if tab_known:
            # No host (a new tab, a local file, no window): not a site; the title does not count.
            if host:
                return dataclasses.replace(window, url=f"https://{host}/"), host, FROM_EXTENSION
            return dataclasses.replace(window, url=None, title=""), None, FROM_EXTENSION
    if window.url:
        from guard.policy import _host

        return window, _host(window.url) or None, FROM_BROWSER
    browser = policy.is_browser(window) if policy is not None else _stem(window.process) in CHROMIUM_BRANDS
    return window, None, (FROM_TITLE if browser else None)


class BrowserFacts:
    """The facts from all connected extensions. All methods run on one thread (the GUI thread).

    Args:
        key: the digest key handed to each extension at connect (default: fresh random bytes,
            kept in memory only).
        clock: a monotonic clock.
    """

    def __init__(self, key: bytes | None = None, clock: Callable[[], float] = time.monotonic):
        self.key = key or secrets.token_bytes(protocol.KEY_BYTES)
        self.clock = clock
        self.extensions: dict[object, Extension] = {}
        self._copies: OrderedDict[str, str] = OrderedDict()  # digest → host
        self.on_tab: Callable[[], None] = lambda: None
        self.on_copy: Callable[[str], None] = lambda host: None
        self.on_connected: Callable[[], None] = lambda: None
        #: Issue 13: a ``guard.browser.uploads.UploadGuard`` takes ``upload``/``chunk`` messages.
        self.uploads = None

    @property
    def active(self) -> bool:
        return bool(self.extensions)

    def handle(self, conn, message: dict) -> dict | None:
        """Apply one checked message from connection ``conn``; returns the reply to send, if any."""
        kind = message["type"]
        if kind == "query":
            return self.state()
        if kind == "hello":
            self.extensions[conn] = Extension(message["browser"], message["extension"], self.clock())
            self.on_connected()
            return protocol.welcome(self.key)
        ext = self.extensions.get(conn)
        if ext is None:
            return None  # facts before a hello are not trusted
        if kind == "tab":
            ext.host, ext.tab_known, ext.updated = message["host"], True, self.clock()
            self.on_tab()
        elif kind == "copy":
            self._copies.pop(message["digest"], None)
            self._copies[message["digest"]] = message["host"]
            while len(self._copies) > MAX_COPIES:
                self._copies.popitem(last=False)
            self.on_copy(message["host"])
        elif kind in ("upload", "chunk") and self.uploads is not None:
            self.uploads.handle(conn, message)
        return None

    def followups(self, message: dict) -> list[dict]:
        """Messages to send after the reply to ``message``: the GenAI hosts after a ``welcome``
        (always, possibly empty: the host on Windows reads exactly this one next)."""
        if message["type"] == "hello":
            return [self.uploads.sites_message() if self.uploads is not None else {"type": "sites", "hosts": []}]
        return []

    def disconnected(self, conn) -> None:
        if self.uploads is not None:
            self.uploads.disconnected(conn)
        if self.extensions.pop(conn, None) is not None:
            self.on_connected()
            self.on_tab()

    def source_of(self, text: str) -> str | None:
        """The host where ``text`` was copied, if a page reported a copy of exactly this text."""
        if not self._copies or not text:
            return None
        return self._copies.get(protocol.digest(self.key, text))

    def state(self) -> dict:
        now = self.clock()
        return {"type": "state", "extensions": [
            {"browser": e.browser, "extension": e.version, "host": e.host, "tab_known": e.tab_known,
             "connected_s": round(now - e.since, 1), "updated": e.updated} for e in self.extensions.values()]}
