"""Screenshots for the README: every window — the warning on the allowed and on a forbidden site
(and its two questions), the tray menu in each state, the window shown without a tray, the history
with a few weeks of rows and its "openbaar" marks, the policy and the settings.

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

TRAY_ONLY = False
SAMPLE = ("Hoi Sanne,\n\nMevrouw J. de Vries (BSN 111222333) belde vandaag. Haar nummer is 06-12345678 en haar "
          "rekening NL91ABNA0417164300. Kun jij haar terugbellen?\n\nGroet, Ahmed")
INTERNAL_SAMPLE = ("CONCEPT - niet verspreiden\n\nNotitie voor het MT: voorstel om de openingstijden van het "
                   "klantcontactcentrum per 1 maart te verruimen. Graag jullie reactie voor vrijdag.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--tray-only", action="store_true",
                        help="only the tray menus (browser companion active / not active); no detector")
    args = parser.parse_args()
    global TRAY_ONLY
    TRAY_ONLY = args.tray_only
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
    from ui.translations import install_dutch

    install_dutch(app)
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
                "clear", ""),
               (1, "Mistral Le Chat", "allowed_genai", [5], {"BSN": 2}, [], "2223•••44", "clear", ""),
               (3, "Mistral Le Chat", "allowed_genai", [4], {}, ["DRAFT"], "", "allowlist", "persbericht op uwv.nl"),
               (12, "Microsoft Copilot", "forbidden_genai", [3], {}, [], "", "clear", ""),
               (15, "Mistral Le Chat", "allowed_genai", [5], {"EMAIL_ADDRESS": 1}, [], "j•••@example.nl", "redact", ""),
               (30, "Mistral Le Chat", "allowed_genai", [5], {"PERSON": 1}, [], "A••• J•••", "left_site", ""),
               (45, "Mistral Le Chat", "allowed_genai", [4], {}, ["EMAIL_MESSAGE"], "", "clear", ""),
               (60, "ChatGPT", "forbidden_genai", [3, 5], {"BSN": 1}, [], "1112•••33", "clear", "")]
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

    allowlist = Allowlist(data / "allowlist.json", hasher)
    allowlist.add("Persbericht UWV: de WW-premie daalt per 1 januari.", what="concept, nog niet openbaar")
    allowlist.add("Vacature: adviseur klantcontact bij UWV in Utrecht.", what="e-mail")
    guard = PlakwachtApp(settings=Settings(), settings_path=None, policy=load_policy(), history=history,
                         allowlist=allowlist, hasher=hasher, backend=NoWindows(), now=lambda: now)
    guard.start()
    if TRAY_ONLY:
        from detectors.model import Analysis

        guard._detector_ready(type("NoDetector", (), {"analyze": lambda self, text: Analysis()})())
    else:
        guard._detector_ready(get_detector())

    # 1. The tray menu in each state, opened from the icon (top right, in trayer).
    end = time.monotonic() + 15
    while guard.tray.icon.geometry().width() == 0 and time.monotonic() < end:
        wait(app, 0.1)
    screen = app.primaryScreen().geometry()
    menu = guard.tray.menu
    expired = dt.date(2026, 1, 1)
    states = (("tray-menu.png", "active", {}), ("tray-menu-starting.png", "starting", {}),
              ("tray-menu-paused.png", "paused", {"paused_until": now + dt.timedelta(minutes=15)}),
              ("tray-menu-expired.png", "active", {"policy_expired_on": expired}),
              ("tray-menu-no-window-detection.png", "no_window_detection", {}))
    for name, state, extra in states:
        guard.tray.set_state(state, now=now, **extra)
        menu.popup(QPoint(screen.width() - menu.sizeHint().width() - 6, 30))
        wait(app, 0.5)
        width = menu.width() + 40
        grab(app, QRect(screen.width() - width, 0, width, menu.geometry().bottom() + 16), out / name)
        menu.hide()
    guard.update_tray()
    # 1b. The same menu while the browser extension is connected (issue 11).
    guard.tray.set_browser(True)
    menu.popup(QPoint(screen.width() - menu.sizeHint().width() - 6, 30))
    wait(app, 0.5)
    grab(app, QRect(screen.width() - width, 0, width, menu.geometry().bottom() + 16),
         out / "tray-menu-browser-active.png")
    menu.hide()
    guard.tray.set_browser(False)
    if TRAY_ONLY:
        guard.shutdown()
        return 0

    # 2. A warning, as when the person switches to Le Chat with this text on the clipboard.
    shown = []
    guard.monitor.on_alert = lambda a: (shown.append(a), guard._show_alert(a))
    clip = QApplication.clipboard()

    def warn(text: str, window: WindowInfo):
        guard.monitor.on_window_change(WindowInfo("Brief.docx - Word", "winword.exe", 4242))
        clip.setText(text)
        guard.monitor.on_clipboard_change(guard.clipboard.snapshot().__class__(
            text, ("text/plain",), payload={"formats": {"text/plain": text.encode()}, "text": text}))
        n = guard.monitor.analyses
        end = time.monotonic() + 20
        while guard.monitor.analyses == n and time.monotonic() < end:
            wait(app, 0.05)
        guard.monitor.on_window_change(window)
        wait(app, 0.5)
        dialog = list(guard.dialogs.values())[-1]
        dialog.move(340, 30)
        wait(app, 0.3)
        return dialog

    dialog = warn(SAMPLE, WindowInfo("Le Chat - Mistral AI - Google Chrome", "chrome", 4243))
    grab(app, dialog.frameGeometry().adjusted(-10, -10, 10, 10), out / "warning.png")
    dialog.buttons["paste_anyway"].click()
    dialog.reason_edit.setText("testgegevens van de opleiding")
    wait(app, 0.2)
    grab(app, dialog.frameGeometry().adjusted(-10, -10, 10, 10), out / "warning-paste-anyway.png")
    dialog.close_silently()

    dialog = warn(INTERNAL_SAMPLE, WindowInfo("Le Chat - Mistral AI - Google Chrome", "chrome", 4243))
    dialog.buttons["allowlist"].click()
    dialog.public_edit.setText("persbericht op uwv.nl")
    wait(app, 0.2)
    grab(app, dialog.frameGeometry().adjusted(-10, -10, 10, 10), out / "warning-public.png")
    dialog.close_silently()

    dialog = warn(SAMPLE + " ", WindowInfo("ChatGPT - Google Chrome", "chrome", 4244))
    grab(app, dialog.frameGeometry().adjusted(-10, -10, 10, 10), out / "warning-forbidden.png")
    dialog.close_silently()
    guard.monitor.on_window_change(WindowInfo("Brief.docx - Word", "winword.exe", 4242))

    # 3. The history window, with a few weeks of rows and the "openbaar" marks.
    win = guard.show_history()
    win.period.setCurrentIndex(win.period.findData(90))
    win.resize(980, 600)
    win.move(120, 60)
    win.table.selectRow(3)
    wait(app, 0.3)
    grab(app, win.frameGeometry().adjusted(-10, -10, 10, 10), out / "history.png")
    win.tabs.setCurrentIndex(1)
    wait(app, 0.3)
    grab(app, win.frameGeometry().adjusted(-10, -10, 10, 10), out / "history-marks.png")
    win.close()

    # 4. The policy window.
    pol = guard.show_policy()
    pol.move(200, 60)
    grab(app, pol.frameGeometry().adjusted(-10, -10, 10, 10), out / "policy.png")
    pol.close()

    # 5. The settings.
    settings = guard.show_settings()
    settings.move(260, 120)
    wait(app, 0.5)
    grab(app, settings.frameGeometry().adjusted(-10, -10, 10, 10), out / "settings.png")
    settings.close()

    # 6. Without a system tray: the small status window.
    status = guard.show_without_tray()
    status.move(300, 200)
    wait(app, 0.5)
    grab(app, status.frameGeometry().adjusted(-10, -10, 10, 10), out / "status-window.png")
    status.close_for_quit()

    guard.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
