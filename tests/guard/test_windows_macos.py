"""The macOS backend's logic with a fake AppKit/Quartz adapter (no Mac needed)."""
from __future__ import annotations

import queue

from guard.windows.macos import MacBackend

CHROME = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"


class FakeCocoa:
    def __init__(self):
        self.app = {"name": "Google Chrome", "pid": 501, "path": CHROME, "bundle": "com.google.Chrome"}
        self.wins = [
            {"id": 9, "pid": 77, "owner": "Dock", "title": "", "layer": 20},            # not a normal window
            {"id": 41, "pid": 501, "owner": "Google Chrome", "title": "Le Chat - Mistral AI", "layer": 0},
            {"id": 42, "pid": 501, "owner": "Google Chrome", "title": "Downloads", "layer": 0},
            {"id": 50, "pid": 600, "owner": "Mail", "title": "Inbox", "layer": 0},
        ]
        self.fail = False

    def frontmost_app(self):
        if self.fail:
            raise RuntimeError("pyobjc error")
        return self.app

    def windows(self):
        return self.wins


def test_front_window_of_frontmost_app():
    w = MacBackend(FakeCocoa()).active_window()
    assert (w.title, w.process, w.pid, w.handle, w.url) == ("Le Chat - Mistral AI", "Google Chrome", 501, 41, None)


def test_without_screen_recording_permission_title_is_empty():
    fake = FakeCocoa()
    for w in fake.wins:
        w["title"] = ""
    w = MacBackend(fake).active_window()
    assert (w.title, w.process) == ("", "Google Chrome")


def test_app_without_windows_and_without_quartz():
    fake = FakeCocoa()
    fake.wins = []
    w = MacBackend(fake).active_window()
    assert (w.title, w.process, w.handle) == ("", "Google Chrome", None)


def test_no_frontmost_app_uses_front_normal_window():
    fake = FakeCocoa()
    fake.app = None
    w = MacBackend(fake).active_window()
    assert (w.title, w.process, w.pid) == ("Le Chat - Mistral AI", "Google Chrome", 501)
    fake.wins = []
    assert MacBackend(fake).active_window() is None


def test_errors_read_as_none():
    fake = FakeCocoa()
    fake.fail = True
    assert MacBackend(fake).active_window() is None


def test_polls_changes():
    fake = FakeCocoa()
    seen: queue.Queue = queue.Queue()
    b = MacBackend(fake, poll_interval=0.01)
    assert b.event_driven is False and b.name == "macos" and b.available
    b.start(seen.put)
    try:
        assert seen.get(timeout=10).title == "Le Chat - Mistral AI"
        fake.app = {"name": "Mail", "pid": 600, "path": "/System/Applications/Mail.app/Contents/MacOS/Mail",
                    "bundle": "com.apple.mail"}
        w = seen.get(timeout=10)
        assert (w.title, w.process) == ("Inbox", "Mail")
        fake.wins[1]["title"] = "ChatGPT"        # back to Chrome, on another tab
        fake.app = dict(fake.app)
        fake.app.update(pid=501, name="Google Chrome", path=CHROME)
        assert seen.get(timeout=10).title == "ChatGPT"
    finally:
        b.stop()


def test_module_imports_without_pyobjc():
    import guard.windows.macos as m

    assert hasattr(m, "CocoaAdapter")  # pyobjc is imported only when the adapter is created
