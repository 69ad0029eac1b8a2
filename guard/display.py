"""Before Qt starts: is there a screen to show the tray app on?

Without a display Qt prints "could not load the Qt platform plugin ... Reinstalling the application
may fix this problem" and aborts (exit 134) — the advice is wrong and the words are English. This
check runs first (Qt-free, no window opened) and says in Dutch what is missing and what to do.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

EXIT_NO_DISPLAY = 3

NO_DISPLAY = ("Plakwacht kan geen venster tonen: er is geen grafisch bureaublad (de variabelen DISPLAY en "
              "WAYLAND_DISPLAY zijn leeg). Start Plakwacht vanuit je bureaublad. Op de opdrachtregel werkt "
              "'plakwacht scan' wel.")
DISPLAY_GONE = ("Plakwacht kan het scherm {display} niet bereiken. Is het bureaublad afgesloten? Start "
                "Plakwacht opnieuw vanuit je bureaublad. Op de opdrachtregel werkt 'plakwacht scan' wel.")
MISSING_LIBS = ("Plakwacht kan niet starten: er ontbreken onderdelen van het besturingssysteem die het nodig "
                "heeft om vensters te tonen ({libs}). Opnieuw installeren van Plakwacht helpt niet. Vraag je "
                "beheerder of de servicedesk om ze te installeren{hint}.")
#: Debian/Ubuntu packages for the libraries Qt's xcb plugin most often misses.
APT_NAMES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-randr.so.0": "libxcb-randr0",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _x_display_reachable(display: str) -> bool:
    """A local X display (":0") has a socket in /tmp/.X11-unix; remote ones are assumed reachable."""
    m = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display.strip())
    if not m:
        return True
    if Path(f"/tmp/.X11-unix/X{m.group(1)}").exists():
        return True
    # An abstract socket (Linux) leaves no file: ask python-xlib when it is there.
    try:
        from Xlib import display as xdisplay  # type: ignore[import-not-found]
    except Exception:
        return True
    try:
        xdisplay.Display(display).close()
        return True
    except Exception:
        return False


def missing_xcb_libraries(plugin: Path | None = None, ldd: str | None = None) -> list[str]:
    """Libraries Qt's xcb platform plugin needs that the system lacks (Linux; ``[]`` when unknown)."""
    if plugin is None:
        try:
            import importlib.util

            spec = importlib.util.find_spec("PySide6")
        except (ImportError, ValueError):
            return []
        if spec is None or not spec.submodule_search_locations:
            return []
        plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = ldd or shutil.which("ldd")
    if not ldd or not Path(plugin).exists():
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line})


def display_problem(env: dict | None = None, platform: str | None = None, *, reachable=None,
                    missing_libs=None) -> str | None:
    """A Dutch sentence saying why the tray app cannot show itself, or ``None`` when it can.

    Args:
        env: the environment (default ``os.environ``).
        platform: ``sys.platform`` (tests).
        reachable: callable(display) -> bool (tests); default checks the X socket.
        missing_libs: callable() -> list of library names (tests); default asks ``ldd``.
    """
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have a screen for a logged-in user
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if qpa in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return NO_DISPLAY
    if display and not wayland and qpa in ("", "xcb"):
        if not (reachable or _x_display_reachable)(display):
            return DISPLAY_GONE.format(display=display)
        if not getattr(sys, "frozen", False):  # the frozen build carries its own xcb libraries
            libs = (missing_libs or missing_xcb_libraries)()
            if libs:
                packages = sorted({APT_NAMES[lib] for lib in libs if lib in APT_NAMES})
                hint = f" (Debian/Ubuntu: sudo apt install {' '.join(packages)})" if packages else ""
                return MISSING_LIBS.format(libs=", ".join(libs), hint=hint)
    return None
