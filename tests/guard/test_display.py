"""Issue 14, item 3: without a display the tray app says so in Dutch, before Qt can abort."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guard.display import EXIT_NO_DISPLAY, display_problem, missing_xcb_libraries

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the display check is for Linux (X11/Wayland) only")

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_at_all():
    msg = display_problem({}, "linux")
    assert "geen grafisch bureaublad" in msg and "plakwacht scan" in msg


def test_display_that_cannot_be_reached():
    msg = display_problem({"DISPLAY": ":99"}, "linux", reachable=lambda d: False)
    assert ":99" in msg and "niet bereiken" in msg


def test_missing_xcb_libraries_named_with_the_package():
    msg = display_problem({"DISPLAY": ":0"}, "linux", reachable=lambda d: True,
                          missing_libs=lambda: ["libxcb-cursor.so.0"])
    assert "libxcb-cursor.so.0" in msg and "libxcb-cursor0" in msg and "Opnieuw installeren" in msg


def test_fine_cases():
    ok = dict(reachable=lambda d: True, missing_libs=lambda: [])
    assert display_problem({"DISPLAY": ":0"}, "linux", **ok) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", **ok) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", **ok) is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


@linux_only
def test_ldd_output_is_read(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    fake = tmp_path / "ldd"
    fake.write_text("#!/bin/sh\necho '\tlibxcb-cursor.so.0 => not found'\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    fake.chmod(0o755)
    assert missing_xcb_libraries(plugin, str(fake)) == ["libxcb-cursor.so.0"]


@linux_only
def test_the_tray_app_without_a_display_exits_with_a_dutch_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    res = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path)], capture_output=True,
                         text=True, timeout=60, cwd=ROOT, env=env)
    assert res.returncode == EXIT_NO_DISPLAY
    assert "geen grafisch bureaublad" in res.stderr
    assert "Reinstalling" not in res.stderr and "Qt platform plugin" not in res.stderr
