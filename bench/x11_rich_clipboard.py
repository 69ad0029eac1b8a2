"""Large rich clipboard content on a real X server: does the GUI thread stay responsive?

On X11 the clipboard lives in the program that copied: every format Plakwacht reads is a transfer
from that program, on Plakwacht's GUI thread. Another process (Qt on xcb) owns the clipboard with
a 10 MB text and 10 MB of HTML beside it, and two windows ("Le Chat - Mistral AI - Chromium",
"Notities - Chromium"). Per round: copy in "Notities", wait until the guard has the text, switch to
Le Chat with xdotool, wait until the placeholder is on the clipboard, switch back (the content is
given back). A 10 ms heartbeat on the GUI thread records the longest gap during the copy and
during the hold; the guard's own latency is focus event → placeholder written.

Usage: ``uv run python bench/x11_rich_clipboard.py [--rounds 5]`` (starts its own Xvfb and openbox
when there is no ``$DISPLAY``). The texts are invented; nothing leaves the machine.
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
sys.path.insert(0, str(ROOT / "bench"))

OWNER_SCRIPT = r"""
import sys
from PySide6.QtCore import QMimeData, QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
wins = []
for title in ("Le Chat - Mistral AI - Chromium", "Notities - Chromium"):
    w = QLabel(title); w.setWindowTitle(title); w.resize(400, 200); w.show(); wins.append(w)
BODY = ("Dit is een lange tekst zonder bijzonderheden. " * 230_000)[:10_000_000]
def command():
    line = sys.stdin.readline().strip()
    if not line:
        app.quit(); return
    md = QMimeData()
    text = line + " klant met BSN 111222333. " + BODY[: 10_000_000 - len(line) - 30]
    md.setText(text)
    md.setHtml("<p>" + text + "</p>")
    QGuiApplication.clipboard().setMimeData(md)
    print("ok", flush=True)
note = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
note.activated.connect(command)
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from tests.helpers.xvfb import bench_display

    with bench_display("xdotool", "Xvfb", "openbox"):
        owner = subprocess.Popen([sys.executable, "-c", OWNER_SCRIPT], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        try:
            return run(args.rounds, owner)
        finally:
            try:
                owner.stdin.close()
            except OSError:
                pass
            owner.terminate()
            owner.wait(10)


def run(rounds: int, owner) -> int:
    from guard_latency import find_window, pct
    from PySide6.QtCore import QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from guard.monitor import PLACEHOLDER, Monitor
    from guard.policy import load_policy
    from guard.setup import build_detector
    from guard.windows import create_backend
    from ui.clipboard_adapter import QtClipboardAdapter

    class Bridge(QObject):
        call = Signal(object)
        window = Signal(object)

    app = QApplication(sys.argv[:1])
    lechat, notes = find_window("Le Chat - Mistral AI"), find_window("Notities")
    detector = build_detector()
    bridge = Bridge()
    bridge.call.connect(lambda fn: fn(), Qt.ConnectionType.QueuedConnection)
    adapter = QtClipboardAdapter()
    from guard.allowlist import Allowlist
    from guard.hashing import KeyedHasher

    data = Path(os.environ["PLAKWACHT_DATA_DIR"])
    allowlist = Allowlist(data / "allowlist.json", KeyedHasher(data / "hash.key"))
    monitor = Monitor(adapter, detector, load_policy(), post=bridge.call.emit, own_pid=os.getpid(),
                      allowlist=allowlist)
    adapter.on_change = monitor.on_clipboard_change
    backend = create_backend()
    if not backend.available:
        raise SystemExit(f"no window detection: {getattr(backend, 'detail', '')}")

    gaps: list[tuple[float, float]] = []  # (time, gap ms)
    last = [time.perf_counter()]

    def beat():
        now = time.perf_counter()
        gaps.append((now, (now - last[0]) * 1000))
        last[0] = now

    heart = QTimer(app, interval=10, timeout=beat)
    heart.start()
    event_at: dict[str, float] = {}
    written_at: dict[str, float] = {}
    original_write = adapter.write_text

    def timed_write(text: str) -> None:
        original_write(text)
        if text == PLACEHOLDER:
            written_at["t"] = time.perf_counter()

    adapter.write_text = timed_write

    def on_window(window) -> None:
        if window is not None and window.title.startswith("Le Chat"):
            event_at["t"] = time.perf_counter()
        bridge.window.emit(window)

    bridge.window.connect(monitor.on_window_change, Qt.ConnectionType.QueuedConnection)
    backend.start(on_window)
    QTimer(app, interval=250, timeout=monitor.tick).start()
    copy_gap, hold_gap, safe_ms, failures, kept = [], [], [], [], []

    def worst(start: float, end: float) -> float:
        return max([g for t, g in gaps if start <= t <= end + 0.2] or [0.0])

    def drive() -> None:
        try:
            for i in range(rounds):
                subprocess.run(["xdotool", "windowactivate", "--sync", str(notes)], check=True)
                time.sleep(0.5)
                t0 = time.perf_counter()
                owner.stdin.write(f"Ronde {i}\n")
                owner.stdin.flush()
                owner.stdout.readline()
                end = time.monotonic() + 30
                while time.monotonic() < end:
                    c = monitor._current
                    if c is not None and c.snap.text and c.snap.text.startswith(f"Ronde {i} ") \
                            and c.digest is not None:
                        break
                    time.sleep(0.01)
                else:
                    failures.append(f"round {i}: the copy was not seen")
                    continue
                t1 = time.perf_counter()
                copy_gap.append(worst(t0, t1))
                event_at.clear()
                written_at.clear()
                subprocess.run(["xdotool", "windowactivate", "--sync", str(lechat)], check=True)
                end = time.monotonic() + 10
                while "t" not in written_at and time.monotonic() < end:
                    time.sleep(0.002)
                if "t" not in written_at or "t" not in event_at:
                    failures.append(f"round {i}: not made safe within 10 s")
                    continue
                time.sleep(0.3)
                safe_ms.append((written_at["t"] - event_at["t"]) * 1000)
                held = monitor._held
                payload = held.content.snap.payload if held is not None else None
                kept.append(sum(len(v) for v in ((payload or {}).get("formats") or {}).values()))
                hold_gap.append(worst(event_at["t"], time.perf_counter()))
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
        return (f"{name}: n={len(values)} median {statistics.median(values):.0f} ms, "
                f"p95 {pct(values, 0.95):.0f} ms, max {max(values):.0f} ms")

    print(line("longest GUI gap while a 10 MB text + 10 MB HTML is copied", copy_gap))
    print(line("longest GUI gap from the switch to Le Chat until held", hold_gap))
    print(line("focus event → clipboard safe (guard)", safe_ms))
    print(f"bytes of other formats kept to give back (HTML): {sorted(set(kept))}")
    for failure in failures:
        print("FAIL", failure)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
