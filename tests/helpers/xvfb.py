"""A virtual X desktop: Xvfb on a free display, openbox, a tray host — for tests and benchmarks.

Xvfb picks its own display number (``-displayfd``), so suites and benchmarks running side by side
never share a display. Nothing here sleeps for a fixed time: it polls for a state, with a deadline
that raises an ``AssertionError`` naming what did not happen.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from tests.helpers.wait import wait_until

#: Session variables that would send Qt or Plakwacht's window backend somewhere other than this display.
_FOREIGN = ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "PLAKWACHT_WINDOW_BACKEND")


def missing_tools(*tools: str) -> list[str]:
    """The tools (``"Xvfb"``, ``"openbox"``, ...) that are not on ``PATH``."""
    return [t for t in tools if shutil.which(t) is None]


class VirtualDesktop:
    """One Xvfb display; optionally a window manager and a tray host on it.

    Args:
        workdir: where the spawned programs' output goes (``None``: discarded).
        screen: Xvfb's screen geometry and depth.

    Attributes:
        display: ``":N"``.
        env: the environment for programs on this display (Qt on xcb, no Wayland).
    """

    def __init__(self, workdir: Path | None = None, screen: str = "1280x800x24"):
        self.workdir = Path(workdir) if workdir is not None else None
        self.procs: list[subprocess.Popen] = []
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
                                     pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        if not number:
            self.xvfb.kill()
            self.xvfb.wait(10)
            raise AssertionError("Xvfb did not start")
        self.display = f":{number}"
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}
        for var in _FOREIGN:
            self.env.pop(var, None)

    def __enter__(self) -> "VirtualDesktop":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def spawn(self, cmd, log_name: str | None = None, env=None, cwd=None) -> subprocess.Popen:
        """Start a program on this display (in its own session, so :meth:`close` ends its children too)."""
        if self.workdir is not None and log_name:
            with open(self.workdir / log_name, "wb") as log:  # the child keeps its own copy of the handle
                proc = subprocess.Popen(cmd, env=env or self.env, stdout=log, stderr=subprocess.STDOUT,
                                        start_new_session=True, cwd=cwd)
        else:
            proc = subprocess.Popen(cmd, env=env or self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True, cwd=cwd)
        self.procs.append(proc)
        return proc

    def start_window_manager(self, timeout: float = 30) -> None:
        """openbox, and wait until it has announced itself on the root window.

        On a loaded machine openbox sometimes exits at once ("Failed to open the display") although
        Xvfb already answers; it is started again then, and the failure names its last output.
        """
        from Xlib import X, display

        d = display.Display(self.display)
        try:
            check = d.intern_atom("_NET_SUPPORTING_WM_CHECK")
            wm = self.spawn(["openbox"], "openbox.log")
            starts = 1

            def announced():
                nonlocal wm, starts
                if d.screen().root.get_full_property(check, X.AnyPropertyType):
                    return True
                if wm.poll() is not None and starts < 5:
                    wm = self.spawn(["openbox"], f"openbox-{starts}.log")
                    starts += 1
                return False

            wait_until(announced, timeout, "openbox")
        finally:
            d.close()

    def start_tray(self, *extra: str) -> subprocess.Popen:
        """trayer, a system-tray host, at the top right."""
        return self.spawn(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24",
                           "--transparent", "false", "--SetDockType", "true", *extra], "trayer.log")

    def close(self) -> None:
        """End every program started here (SIGTERM, then SIGKILL after 10 s), then Xvfb."""
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait(10)
        self.procs.clear()
        self.xvfb.terminate()
        try:
            self.xvfb.wait(10)
        except subprocess.TimeoutExpired:
            self.xvfb.kill()
            self.xvfb.wait(10)


@contextlib.contextmanager
def bench_display(*tools: str):
    """A display and a data folder for an X11 benchmark: yields the temporary work folder.

    Uses the session's display when ``DISPLAY`` is set, else a virtual one with openbox; points Qt
    at xcb and ``PLAKWACHT_DATA_DIR`` into the work folder; removes it all afterwards.
    """
    import shutil as _shutil
    import tempfile

    missing = missing_tools(*tools)
    if missing:
        raise SystemExit(f"{', '.join(missing)} is needed")
    workdir = Path(tempfile.mkdtemp(prefix="plakwacht-bench-"))
    desktop = None
    try:
        if not os.environ.get("DISPLAY"):
            desktop = VirtualDesktop(workdir)
            desktop.start_window_manager()
            os.environ["DISPLAY"] = desktop.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        os.environ["PLAKWACHT_DATA_DIR"] = str(workdir / "data")
        yield workdir
    finally:
        if desktop is not None:
            desktop.close()
        _shutil.rmtree(workdir, ignore_errors=True)
