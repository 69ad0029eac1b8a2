"""How fast does Plakwacht make the clipboard safe when the person switches to Le Chat?

Runs the real pieces on a real X server: the X11 window backend, the Qt clipboard adapter, the
guard (``guard.monitor.Monitor``) and the real detector. Another process owns two windows titled
"Le Chat - Mistral AI - Chromium" and "Notities - Chromium"; a driver thread copies a text with a
BSN there (``xclip``), waits for the analysis, and activates Le Chat with ``xdotool``.

Two numbers per round:

- *event → safe*: from the moment the window backend reports the focus change (its thread) to the
  moment the placeholder is on the clipboard (GUI thread, after ``setMimeData``). This is the
  guard's own latency, the one the 50 ms budget is about.
- *switch → paste sees it*: from ``xdotool windowactivate --sync`` returning to another process
  (``xclip -o``) reading the placeholder; an upper bound that includes starting ``xclip``.

Usage: ``uv run python bench/guard_latency.py [--rounds 30]``. Without ``$DISPLAY`` it starts its
own Xvfb and openbox. Clipboard text never leaves this process except through the clipboard.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WINDOWS_SCRIPT = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
wins = []
for title in ("Le Chat - Mistral AI - Chromium", "Notities - Chromium"):
    w = QLabel(title); w.setWindowTitle(title); w.resize(400, 200); w.show(); wins.append(w)
app.exec()
"""


def find_window(title: str, timeout: float = 20) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        res = subprocess.run(["xdotool", "search", "--name", f"^{title}"], capture_output=True, text=True)
        if res.returncode == 0 and res.stdout.strip():
            return int(res.stdout.split()[0])
        time.sleep(0.2)
    raise SystemExit(f"window {title!r} did not appear")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    from tests.helpers.xvfb import bench_display

    with bench_display("xdotool", "xclip"):
        helper = subprocess.Popen([sys.executable, "-c", WINDOWS_SCRIPT])
        try:
            return run(args.rounds)
        finally:
            helper.terminate()
            helper.wait(10)


def run(rounds: int) -> int:
    from PySide6.QtCore import QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from detectors import get_detector
    from guard.monitor import PLACEHOLDER, Monitor
    from guard.policy import load_policy
    from guard.windows import create_backend
    from ui.clipboard_adapter import QtClipboardAdapter

    class Bridge(QObject):
        call = Signal(object)
        window = Signal(object)

    app = QApplication(sys.argv[:1])
    lechat, notes = find_window("Le Chat - Mistral AI"), find_window("Notities")
    t0 = time.perf_counter()
    detector = get_detector()
    print(f"detector loaded in {time.perf_counter() - t0:.1f} s")

    bridge = Bridge()
    bridge.call.connect(lambda fn: fn(), Qt.ConnectionType.QueuedConnection)
    adapter = QtClipboardAdapter()
    monitor = Monitor(adapter, detector, load_policy(), post=bridge.call.emit, own_pid=os.getpid())
    adapter.on_change = monitor.on_clipboard_change
    backend = create_backend()
    if not backend.available:
        raise SystemExit(f"no window detection: {getattr(backend, 'detail', '')}")

    event_at: dict[str, float] = {}
    written_at: dict[str, float] = {}
    original_write = adapter.write_text

    def timed_write(text: str) -> None:
        original_write(text)
        if text == PLACEHOLDER:
            written_at["t"] = time.perf_counter()

    adapter.write_text = timed_write

    def on_window(window) -> None:  # the backend's thread
        if window is not None and window.title.startswith("Le Chat"):
            event_at["t"] = time.perf_counter()
        bridge.window.emit(window)

    bridge.window.connect(monitor.on_window_change, Qt.ConnectionType.QueuedConnection)
    backend.start(on_window)
    QTimer(app, interval=250, timeout=monitor.tick).start()

    guard_ms: list[float] = []
    outer_ms: list[float] = []
    analysis_ms: list[float] = []
    failures: list[str] = []

    def xclip_out() -> str:
        return subprocess.run(["xclip", "-selection", "clipboard", "-o"], capture_output=True, timeout=10
                              ).stdout.decode("utf-8", "replace")

    def drive() -> None:
        try:
            for i in range(rounds):
                subprocess.run(["xdotool", "windowactivate", "--sync", str(notes)], check=True)
                time.sleep(0.3)
                done = monitor.analyses
                text = f"Ronde {i}: klant met BSN 111222333 belde over dossier {1000 + i}."
                subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(), check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                copied = time.perf_counter()
                while monitor.analyses == done:
                    time.sleep(0.002)
                analysis_ms.append((time.perf_counter() - copied) * 1000)
                event_at.clear()
                written_at.clear()
                subprocess.run(["xdotool", "windowactivate", "--sync", str(lechat)], check=True)
                switched = time.perf_counter()
                while xclip_out() != PLACEHOLDER:
                    if time.perf_counter() - switched > 5:
                        failures.append(f"round {i}: clipboard not made safe within 5 s")
                        break
                else:
                    outer_ms.append((time.perf_counter() - switched) * 1000)
                    end = time.perf_counter() + 2
                    while ("t" not in written_at or "t" not in event_at) and time.perf_counter() < end:
                        time.sleep(0.001)
                    if "t" in written_at and "t" in event_at:
                        guard_ms.append((written_at["t"] - event_at["t"]) * 1000)
        finally:
            bridge.call.emit(app.quit)

    threading.Thread(target=drive, daemon=True).start()
    app.exec()
    backend.stop()
    monitor.shutdown()
    adapter.disconnect_clipboard()

    def line(name: str, values: list[float]) -> str:
        if not values:
            return f"{name}: no data"
        return (f"{name}: n={len(values)} median {statistics.median(values):.1f} ms, "
                f"p95 {pct(values, 0.95):.1f} ms, max {max(values):.1f} ms")

    print(line("copy → analysis done (text of ~70 chars)", analysis_ms))
    print(line("focus event → clipboard safe (guard)", guard_ms))
    print(line("xdotool switch returned → another process pastes the placeholder", outer_ms))
    for failure in failures:
        print("FAIL", failure)
    ok = not failures and guard_ms and pct(guard_ms, 0.95) < 50
    print("within the 50 ms budget (p95)" if ok else "NOT within the 50 ms budget")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
