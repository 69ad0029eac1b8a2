"""Screenshots for the README: the tray menu, a warning, and the history window.

Runs the real UI on its own Xvfb display (with openbox and trayer), the real detector on a
made-up text (no real person), and writes PNG files to ``docs/screenshots/``.

Usage: ``uv run python bench/screenshots.py [--out docs/screenshots]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ("Hoi Sanne,\n\nMevrouw J. de Vries (BSN 111222333) belde vandaag. Haar nummer is 06-12345678 en haar "
          "rekening NL91ABNA0417164300. Kun jij haar terugbellen?\n\nGroet, Ahmed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from tests.helpers.xvfb import VirtualDesktop

    with VirtualDesktop() as desktop:
        os.environ["DISPLAY"] = desktop.display
        desktop.start_window_manager()
        desktop.start_tray("--tint", "0x37474f")
        return _run(out)


def _run(out: Path) -> int:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["PLAKWACHT_DATA_DIR"] = tempfile.mkdtemp(prefix="plakwacht-shots-")
    return shoot(out)


def wait(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def grab(app, rect, path: Path) -> None:
    wait(app, 0.6)
    screen = app.primaryScreen()
    pix = screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())
    pix.save(str(path), "PNG")
    print(path)


def shoot(out: Path) -> int:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from detectors import get_detector
    from guard import paths
    from guard.allowlist import Allowlist
    from guard.hashing import KeyedHasher
    from guard.history import HistoryEntry, HistoryStore
    from guard.policy import load_policy
    from guard.settings import Settings
    from guard.windows.base import WindowInfo
    from ui.app import PlakwachtApp

    app = QApplication(sys.argv[:1])
    data = paths.data_dir()
    hasher = KeyedHasher(data / "hash.key")
    history = HistoryStore(data / "history.db", retention_days=None)
    now = dt.datetime.now(dt.timezone.utc)
    samples = [(2, "Mistral Le Chat", "allowed_genai", [5], {"BSN": 1}, [], "1112•••33", "clear", ""),
               (5, "ChatGPT", "forbidden_genai", [3, 5], {"PERSON": 2}, [], "J••• de V•••", "clear", ""),
               (9, "Mistral Le Chat", "allowed_genai", [4], {}, ["EMAIL_MESSAGE"], "", "redact", ""),
               (16, "Mistral Le Chat", "allowed_genai", [5], {"PHONE_NUMBER": 1}, [], "0612•••78", "paste_anyway",
                "testgegevens van de opleiding"),
               (23, "Mistral Le Chat", "allowed_genai", [5], {"IBAN": 1}, [], "NL91•••00", "left_site", ""),
               (24, "Google Gemini", "forbidden_genai", [3], {}, [], "", "clear", ""),
               (38, "Mistral Le Chat", "allowed_genai", [4, 5], {"PERSON": 1}, ["MEETING_NOTES"], "S•••",
                "clear", "")]
    for days, site, kind, rules, counts, cats, preview, decision, reason in samples:
        history.add(HistoryEntry(None, now - dt.timedelta(days=days, hours=3), site, kind, rules, counts, cats,
                                 preview, decision, reason, "x"))

    class NoWindows:
        name, event_driven, available = "none", False, True

        def active_window(self):
            return None

        def start(self, on_change):
            pass

        def stop(self):
            pass

    guard = PlakwachtApp(settings=Settings(), settings_path=None, policy=load_policy(), history=history,
                         allowlist=Allowlist(data / "allowlist.json", hasher), hasher=hasher, backend=NoWindows())
    guard.start()
    guard._detector_ready(get_detector())

    # 1. The tray menu, opened from the icon (top right, in trayer).
    end = time.monotonic() + 15
    while guard.tray.icon.geometry().width() == 0 and time.monotonic() < end:
        wait(app, 0.1)
    screen = app.primaryScreen().geometry()
    menu = guard.tray.menu
    menu.popup(QPoint(screen.width() - menu.sizeHint().width() - 6, 30))
    wait(app, 0.5)
    width = menu.width() + 40
    grab(app, QRect(screen.width() - width, 0, width, menu.geometry().bottom() + 16), out / "tray-menu.png")
    menu.hide()

    # 2. A warning, as when the person switches to Le Chat with this text on the clipboard.
    shown = []
    guard.monitor.on_alert = lambda a: (shown.append(a), guard._show_alert(a))
    guard.monitor.on_window_change(WindowInfo("Brief.docx - Word", "winword.exe", 4242))
    clip = QApplication.clipboard()
    clip.setText(SAMPLE)
    guard.monitor.on_clipboard_change(guard.clipboard.snapshot().__class__(
        SAMPLE, ("text/plain",), payload={"formats": {"text/plain": SAMPLE.encode()}, "text": SAMPLE}))
    end = time.monotonic() + 20
    while guard.monitor.analyses == 0 and time.monotonic() < end:
        wait(app, 0.05)
    guard.monitor.on_window_change(WindowInfo("Le Chat - Mistral AI - Google Chrome", "chrome", 4243))
    wait(app, 0.5)
    dialog = next(iter(guard.dialogs.values()))
    dialog.move(340, 60)
    wait(app, 0.3)
    grab(app, dialog.frameGeometry().adjusted(-10, -10, 10, 10), out / "warning.png")
    dialog.buttons["paste_anyway"].click()
    dialog.reason_edit.setText("testgegevens van de opleiding")
    wait(app, 0.2)
    grab(app, dialog.frameGeometry().adjusted(-10, -10, 10, 10), out / "warning-paste-anyway.png")
    dialog.close_silently()

    # 3. The history window.
    win = guard.show_history()
    win.period.setCurrentIndex(win.period.findData(90))
    win.move(120, 60)
    win.table.selectRow(3)
    wait(app, 0.3)
    grab(app, win.frameGeometry().adjusted(-10, -10, 10, 10), out / "history.png")
    win.close()

    # 4. The policy window.
    pol = guard.show_policy()
    pol.move(200, 60)
    grab(app, pol.frameGeometry().adjusted(-10, -10, 10, 10), out / "policy.png")
    pol.close()

    guard.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
