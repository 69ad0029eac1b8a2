"""Does the GUI thread stay responsive while the clipboard is stormed or flooded?

Runs the real tray-app object (``ui.app.PlakwachtApp``) offscreen with the real ``QClipboard``
(it works within one process offscreen), the real detector, real stores in a temp data dir and a
fake window backend. A ``QTimer`` heartbeat ticks every 10 ms on the GUI thread and records the gap
between ticks; a gap well over 10 ms means the GUI thread was blocked (by our code, or by the
analysis thread holding the GIL). Per scenario it prints the longest gap, the 99th percentile and
how many texts were analysed.

Scenarios:

- ``storm``: 1,000 clipboard changes in 10 s (every 10 ms a new text, one in ten with a BSN), then a
  switch to Le Chat. ``storm-5kb``: the same with 5 KB texts, whose analysis takes longer than the
  10 ms between changes: only the latest content should be analysed, not all 1,000.
- ``10mb``: a 10 MB text, then Le Chat: a "kon niet worden gecontroleerd" warning, no analysis.
- ``250k``: a 250,000-character text (below the 300,000 limit): analysed in the background.
- ``backtrack``: a text built to make regular expressions backtrack (long runs, almost-e-mails).
- ``image``: a 3000×2000 image on the clipboard. ``files``: a list of 2,000 files (text/uri-list).

Usage: ``uv run python bench/gui_responsiveness.py [--only storm,10mb]``.
Clipboard text never leaves this process; nothing is written outside a temp dir.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QByteArray, QEventLoop, QMimeData, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.helpers.fakes import BSN, LE_CHAT, WORD, FakeBackend  # noqa: E402


class Heartbeat:
    """Every 10 ms on the GUI thread: how long since the last tick?"""

    def __init__(self):
        self.gaps: list[float] = []
        self.last = None
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        now = time.perf_counter()
        if self.last is not None:
            self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self):
        self.gaps, self.last = [], None
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        return max(gaps), p99


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(pred, timeout_s: float = 60.0) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if pred():
            return True
        spin(10)
    return False


def set_clipboard(text: str | None = None, formats: dict[str, bytes] | None = None, image: QImage | None = None):
    md = QMimeData()
    for fmt, data in (formats or {}).items():
        md.setData(fmt, QByteArray(data))
    if image is not None:
        md.setImageData(image)
    if text is not None:
        md.setText(text)
    QGuiApplication.clipboard().setMimeData(md)


def settle(app, window=LE_CHAT):
    """Switch to ``window`` (as from the backend's thread) and let the guard settle."""
    app.backend.on_change(window)
    wait_until(lambda: app.monitor._window is window, 5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    args = parser.parse_args()
    only = {s for s in args.only.split(",") if s}

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="plakwacht-bench-"))
    os.environ["PLAKWACHT_DATA_DIR"] = str(tmp)
    from detectors import get_detector
    from guard.allowlist import Allowlist
    from guard.hashing import KeyedHasher
    from guard.history import HistoryStore
    from guard.policy import load_policy
    from guard.settings import Settings
    from ui.app import PlakwachtApp

    t0 = time.perf_counter()
    detector = get_detector()
    detector.analyze("Opwarmen: Jan de Vries, BSN 111222333.")
    print(f"detector loaded in {time.perf_counter() - t0:.1f} s")
    hasher = KeyedHasher(tmp / "hash.key")
    app = PlakwachtApp(settings=Settings(), settings_path=None, policy=load_policy(),
                       history=HistoryStore(tmp / "history.db"), allowlist=Allowlist(tmp / "allow.json", hasher),
                       hasher=hasher, backend=FakeBackend(), detector_factory=None)
    app.start()
    app.monitor.set_detector(detector)
    beat = Heartbeat()
    rows = []

    def reset():
        for d in list(app.dialogs.values()):
            d.close_silently()
        app.dialogs.clear()
        settle(app, WORD)
        set_clipboard("leeg")
        wait_until(lambda: app.monitor._current is not None and app.monitor._current.status == "done", 30)

    def run(name, body):
        if only and name not in only:
            return
        reset()
        before = app.monitor.analyses
        beat.start()
        t = time.perf_counter()
        extra = body()
        took = time.perf_counter() - t
        worst, p99 = beat.stop()
        rows.append((name, worst, p99, app.monitor.analyses - before, took, extra or ""))
        print(f"{name:10s} max gap {worst:7.1f} ms  p99 {p99:6.1f} ms  analysed {app.monitor.analyses - before:5d}"
              f"  ({took:.1f} s) {extra or ''}", flush=True)

    def storm(body=""):
        sent = [0]

        def one():
            i = sent[0]
            set_clipboard(f"Bericht {i}: " + (f"klant Jan de Vries, BSN {BSN}." if i % 10 == 0 else "overleg om drie uur.")
                          + body)
            sent[0] += 1
            if sent[0] >= 1000:
                timer.stop()

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(one)
        timer.start()
        wait_until(lambda: sent[0] >= 1000, 60)
        wait_until(lambda: app.monitor._current.status == "done", 30)
        settle(app)
        return f"{sent[0]} changes, held={app.monitor.held}"

    def big():
        set_clipboard(("Dit is een lange tekst zonder bijzonderheden. " * 230_000)[:10_000_000])
        spin(50)
        settle(app)
        wait_until(lambda: bool(app.dialogs), 10)
        kinds = [a.kind + "/" + a.unchecked_reason for a in app.monitor.open_alerts()]
        return f"alerts {kinds}"

    def text_250k():
        body = (f"Gesprek met de klant over de uitkering en de planning, BSN {BSN}. " * 4000)[:250_000]
        set_clipboard(body)
        wait_until(lambda: app.monitor._current.status == "done", 120)
        settle(app)
        return f"alerts {[a.kind + '/' + a.unchecked_reason for a in app.monitor.open_alerts()]}"

    def backtrack():
        evil = ("a" * 20000 + "@" + "a." * 20000 + "!" + " 1" * 40000 + "-" * 20000 + "\n" * 10000
                + "Jan " * 20000)
        set_clipboard(evil)
        wait_until(lambda: app.monitor._current.status in ("done", "failed"), 120)
        settle(app)
        return f"{len(evil):,} chars"

    def image():
        img = QImage(3000, 2000, QImage.Format.Format_ARGB32)
        img.fill(QColor("teal"))
        set_clipboard(image=img)
        spin(100)
        settle(app)
        spin(100)
        return f"held={app.monitor.held}"

    def files():
        uris = "".join(f"file:///home/medewerker/Dossiers/klant-{i}/brief%20{i}.pdf\r\n" for i in range(2000))
        set_clipboard(text=uris.replace("\r\n", "\n"), formats={"text/uri-list": uris.encode()})
        wait_until(lambda: app.monitor._current.status == "done", 60)
        settle(app)
        return f"held={app.monitor.held}"

    run("storm", storm)
    # The same storm with 5 KB texts: each analysis takes longer than the 10 ms between changes.
    run("storm-5kb", lambda: storm(" De planning voor het kwartaal wordt besproken in het overleg." * 80))
    run("10mb", big)
    run("250k", text_250k)
    run("backtrack", backtrack)
    run("image", image)
    run("files", files)
    app.shutdown()
    print("\n| scenario | longest GUI stall | p99 gap | texts analysed | note |\n|---|---|---|---|---|")
    for name, worst, p99, n, took, extra in rows:
        print(f"| {name} | {worst:.0f} ms | {p99:.0f} ms | {n} | {extra} |")
    del qapp
    return 0


if __name__ == "__main__":
    sys.exit(main())
