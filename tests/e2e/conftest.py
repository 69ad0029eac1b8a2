"""A real desktop for end-to-end tests: Xvfb, openbox, trayer, Chromium, and Plakwacht itself.

Everything runs on a display of its own (Xvfb picks a free number), with a temporary data dir;
the app is started as a subprocess with the real detector and the real X11 window backend.
The app writes test events (JSON lines, never any clipboard text) to a file named by
``PLAKWACHT_TEST_EVENTS``; the tests wait on those and on what X11 tools see.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.wait import wait_until  # noqa: F401  (the e2e tests import it from here)
from tests.helpers.xvfb import VirtualDesktop

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "trayer", "xdotool", "xclip")
CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-default-browser-check",
                  "--password-store=basic", "--disable-features=Translate"]
PAGES = {"lechat": "Le Chat - Mistral AI", "chatgpt": "ChatGPT", "notes": "Notities"}
#: Rich text on the ordinary page, to copy with Ctrl+A Ctrl+C (Chromium then offers text/html too).
NOTES_BODY = "<p>Dossier 9: de klant met BSN <b>111222333</b> belde over de <i>uitkering</i>.</p>"


def _missing() -> list[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if CHROMIUM is None:
        missing.append("chromium")
    return missing


def pytest_collection_modifyitems(config, items):
    missing = _missing()
    here = os.path.dirname(__file__)
    for item in items:
        if not str(item.fspath).startswith(here):
            continue
        item.add_marker(pytest.mark.e2e)
        item.add_marker(pytest.mark.x11)
        item.add_marker(pytest.mark.slow)
        if missing:
            item.add_marker(pytest.mark.skip(reason=f"end-to-end test needs {', '.join(missing)} "
                                                    "(install with .ci/apt-packages.sh)"))


class Desktop(VirtualDesktop):
    """One X display with a window manager and a tray host, and the X11 tools the tests drive it with."""

    def __init__(self, workdir: Path):
        super().__init__(workdir)
        try:
            self.start_window_manager()
            self.start_tray()
        except BaseException:
            self.close()  # a session fixture that fails is never torn down: no Xvfb may stay behind
            raise

    def run(self, cmd, check=True, input=None, timeout=10) -> subprocess.CompletedProcess:
        """Run an X11 tool on this display; a tool that hangs fails the test with an assertion."""
        try:
            return subprocess.run(cmd, env=self.env, capture_output=True, text=True, check=check, input=input,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{cmd[0]} {' '.join(cmd[1:2])} gave no answer within {timeout} s") from None

    # -- windows -----------------------------------------------------------------------------
    def client_windows(self) -> dict[int, str]:
        """Window id → title, from _NET_CLIENT_LIST (xdotool search can crash on vanishing windows)."""
        out = self.run(["xprop", "-root", "_NET_CLIENT_LIST"], check=False).stdout
        ids = [int(x.strip(), 16) for x in out.split("#", 1)[-1].split(",") if x.strip().startswith("0x")]
        titles = {}
        for wid in ids:
            res = self.run(["xdotool", "getwindowname", str(wid)], check=False)
            if res.returncode == 0:
                titles[wid] = res.stdout.strip()
        return titles

    def find_window(self, prefix: str, timeout: float = 20) -> int:
        def look():
            for wid, title in self.client_windows().items():
                if title.startswith(prefix):
                    return wid
            return None

        return wait_until(look, timeout, f"a window titled {prefix!r}")

    def has_window(self, prefix: str) -> bool:
        return any(t.startswith(prefix) for t in self.client_windows().values())

    def activate(self, wid: int) -> None:
        """Bring ``wid`` to the front, and return once the window manager has made it active.

        No ``xdotool windowactivate --sync``: it waits until ``wid`` *is* active, and when
        Plakwacht's warning takes the focus first (a fast machine) it waits forever. Polling the
        active window is no better: the warning can come and go between two looks. So this
        watches the root window's ``_NET_ACTIVE_WINDOW`` changes as X events and is done when
        ``wid`` was made active at all, whatever takes the focus right after. The window manager
        may drop a request that comes while it maps a window, so the request is repeated.
        """
        import select

        from Xlib import X, display

        d = display.Display(self.display)
        try:
            root = d.screen().root
            atom = d.intern_atom("_NET_ACTIVE_WINDOW")
            root.change_attributes(event_mask=X.PropertyChangeMask)
            d.sync()

            def active() -> int | None:
                prop = root.get_full_property(atom, X.AnyPropertyType)
                return int(prop.value[0]) if prop is not None and len(prop.value) else None

            for _ in range(5):
                if active() == wid:
                    return
                self.run(["xdotool", "windowactivate", str(wid)], check=False)
                end = time.monotonic() + 2
                while time.monotonic() < end:
                    if not d.pending_events():
                        select.select([d.fileno()], [], [], max(0.0, end - time.monotonic()))
                    while d.pending_events():
                        event = d.next_event()
                        if event.type == X.PropertyNotify and event.atom == atom and active() == wid:
                            return
            raise AssertionError(f"window {wid} did not become active (active now: {self.active_window()})")
        finally:
            d.close()

    def active_window(self) -> int | None:
        """The window manager's _NET_ACTIVE_WINDOW (None while it names none)."""
        res = self.run(["xprop", "-root", "-notype", "_NET_ACTIVE_WINDOW"], check=False)
        value = res.stdout.rsplit(" ", 1)[-1].strip() if res.returncode == 0 else ""
        try:
            wid = int(value, 16)
        except ValueError:
            return None
        return wid or None

    def key(self, *keys: str) -> None:
        self.run(["xdotool", "key", "--clearmodifiers", *keys])

    def type(self, text: str) -> None:
        self.run(["xdotool", "type", "--delay", "20", text])

    # -- clipboard ---------------------------------------------------------------------------
    def copy(self, text: str) -> None:
        """Another program copies ``text`` (xclip keeps serving it in the background)."""
        subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(), env=self.env, check=True,
                       timeout=10, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def paste(self, target: str | None = None) -> str | None:
        """What a paste would give now (read by another process, as a browser would).

        Args:
            target: a format such as ``text/html`` (default: the plain text); ``TARGETS`` lists them.
        """
        cmd = ["xclip", "-selection", "clipboard", "-o"] + (["-t", target] if target else [])
        res = subprocess.run(cmd, env=self.env, capture_output=True, timeout=10)
        return res.stdout.decode("utf-8", "replace") if res.returncode == 0 else None


class App:
    """The real Plakwacht, as a subprocess on the test display."""

    def __init__(self, desktop: Desktop, workdir: Path, extra_env: dict | None = None):
        self.desktop = desktop
        self.data_dir = workdir / "data"
        self.events = workdir / "events.jsonl"
        # A browser channel of its own (issue 11), so parallel runs never share one.
        chan = {"PLAKWACHT_BROWSER_CHANNEL": str(workdir / "chan" / "b.sock")}
        env = {**desktop.env, **chan, **(extra_env or {}), "PLAKWACHT_TEST_EVENTS": str(self.events)}
        self.proc = desktop.spawn([sys.executable, "-m", "ui.main", "--data-dir", str(self.data_dir)], "app.log",
                                  env=env, cwd=ROOT)
        self.seen = 0

    def all_events(self) -> list[dict]:
        if not self.events.exists():
            return []
        return [json.loads(line) for line in self.events.read_text(encoding="utf-8").splitlines() if line.strip()]

    def mark(self) -> None:
        """Only events after this point count for :meth:`wait_event`."""
        self.seen = len(self.all_events())

    def wait_event(self, name: str, timeout: float = 30, **match) -> dict:
        def look():
            if self.proc.poll() is not None and not any(e["event"] == "stopped" for e in self.all_events()):
                raise AssertionError(f"Plakwacht stopped (exit {self.proc.returncode}); see app.log")
            for event in self.all_events()[self.seen:]:
                if event["event"] == name and all(event.get(k) == v for k, v in match.items()):
                    return event
            return None

        try:
            return wait_until(look, timeout, f"event {name} {match}")
        except AssertionError as exc:
            # Say what the app did see and which window is in front: a flaky run must be explicable.
            active = self.desktop.active_window()
            title = self.desktop.run(["xdotool", "getwindowname", str(active)], check=False).stdout.strip() \
                if active else None
            raise AssertionError(f"{exc}; events since the mark: {self.all_events()[self.seen:]}; "
                                 f"active window: {title!r}") from None

    def window_kind(self) -> str | None:
        """The kind of the window the app last saw in front (None before it saw any)."""
        kinds = [e["kind"] for e in self.all_events() if e["event"] == "window"]
        return kinds[-1] if kinds else None

    def events_since_mark(self, name: str) -> list[dict]:
        return [e for e in self.all_events()[self.seen:] if e["event"] == name]

    def history(self) -> list[dict]:
        res = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(self.data_dir), "history", "--json"],
                             capture_output=True, text=True, timeout=60, cwd=ROOT,
                             env={k: v for k, v in os.environ.items() if k != "PLAKWACHT_DATA_DIR"})
        assert res.returncode == 0, res.stderr
        return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def e2e_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="session")
def desktop(e2e_dir):
    d = Desktop(e2e_dir)
    yield d
    d.close()


@pytest.fixture(scope="session")
def browser(desktop, e2e_dir):
    """Three Chromium windows: Le Chat, ChatGPT, and an ordinary page "Notities"."""
    pages = {}
    for key, title in PAGES.items():
        page = e2e_dir / f"{key}.html"
        extra = NOTES_BODY if key == "notes" else ""
        page.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                        f"<body><h1>{title}</h1>{extra}<textarea rows='5' cols='60'></textarea></body></html>",
                        encoding="utf-8")
        pages[key] = page
    profile = e2e_dir / "chromium-profile"
    for i, key in enumerate(PAGES):
        cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
        if i:
            cmd.append("--new-window")
        desktop.spawn(cmd + [pages[key].as_uri()], f"chromium-{key}.log")
        desktop.find_window(PAGES[key], timeout=60)  # the title arrives a moment after the window
    return {key: desktop.find_window(title) for key, title in PAGES.items()}


@pytest.fixture(scope="session")
def app(desktop, browser, e2e_dir):
    desktop.activate(browser["notes"])
    a = App(desktop, e2e_dir)
    a.wait_event("ready", timeout=180)  # the real detector: a few seconds, longer on a busy machine
    yield a
    if a.proc.poll() is None:
        a.proc.send_signal(signal.SIGTERM)
        try:
            a.proc.wait(20)
        except subprocess.TimeoutExpired:
            a.proc.kill()
