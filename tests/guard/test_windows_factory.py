"""create_backend: the right backend per OS and session, the do-nothing one where nothing works."""
from __future__ import annotations

import pytest

from guard.windows import create_backend, session_kind
from guard.windows.null import REASON_NO_DISPLAY, REASON_NO_WM, REASON_WAYLAND, NullBackend


class FakeX:
    def __init__(self, supported=True):
        self.supported = supported
        self.closed = False

    def supports_active_window(self):
        return self.supported

    def close(self):
        self.closed = True


@pytest.mark.parametrize("platform,env,kind", [
    ("win32", {}, "windows"),
    ("darwin", {}, "macos"),
    ("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "x11"),
    ("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ("linux", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ("linux", {}, "nodisplay"),
    ("freebsd14", {"DISPLAY": ":0"}, "x11"),
    ("emscripten", {}, "unknown"),
])
def test_session_kind(platform, env, kind):
    assert session_kind(platform, env) == kind


def test_x11_with_ewmh_window_manager():
    fake = FakeX()
    b = create_backend(fake, platform="linux", env={"DISPLAY": ":0"})
    assert (b.name, b.available, b.event_driven) == ("x11", True, True)
    assert b.adapter is fake


def test_x11_without_active_window_support_is_null_and_closes_connection():
    fake = FakeX(supported=False)
    b = create_backend(fake, platform="linux", env={"DISPLAY": ":0"})
    assert isinstance(b, NullBackend) and not b.available
    assert b.reason == REASON_NO_WM
    assert fake.closed


def test_x11_connection_refused_is_null(monkeypatch):
    b = create_backend(platform="linux", env={"DISPLAY": ":987654"})
    assert (b.name, b.available, b.reason) == ("none", False, REASON_NO_DISPLAY)
    assert b.detail  # the technical cause, for the log


def test_wayland_is_null_with_dutch_reason():
    b = create_backend(platform="linux", env={"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"})
    assert not b.available and b.reason == REASON_WAYLAND
    assert "Wayland" in b.reason and "waarschuwing" in b.reason


def test_windows_backend_with_fake_adapter_and_poll_switch():
    adapter = object()
    b = create_backend(adapter, platform="win32", env={})
    assert (b.name, b.event_driven, b.adapter) == ("windows", True, adapter)
    b = create_backend(adapter, platform="win32", env={"PLAKWACHT_WINDOW_BACKEND": "poll"})
    assert b.event_driven is False


def test_macos_backend_with_fake_adapter():
    adapter = object()
    b = create_backend(adapter, platform="darwin", env={})
    assert (b.name, b.event_driven, b.available) == ("macos", False, True)


def test_forced_none_and_unknown_os():
    assert create_backend(platform="win32", env={"PLAKWACHT_WINDOW_BACKEND": "none"}).name == "none"
    b = create_backend(platform="sunos5", env={})
    assert (b.name, b.available) == ("none", False)


def test_null_backend_reports_none_once_and_never_raises():
    seen = []
    b = NullBackend()
    b.start(seen.append)
    b.stop()
    b.stop()
    assert seen == [None]
    assert b.active_window() is None
