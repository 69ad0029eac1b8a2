"""Run by tests/gui/test_scaling.py in a fresh process (QT_SCALE_FACTOR is read when Qt starts).

Opens every window at the scale factor in the environment on a 1920×1080 offscreen screen and
prints one JSON line per window: whether it fits the screen and every control is inside it.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def inside(widget, screen) -> bool:
    from PySide6.QtCore import QRect

    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return screen.contains(QRect(top_left, widget.size()))


def check(name, win, app) -> dict:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    win.show()
    for _ in range(20):
        app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    controls = [w for w in win.findChildren(QAbstractButton) + win.findChildren(QLineEdit) if w.isVisible()]
    outside = [w.accessibleName() or w.text() for w in controls if not inside(w, screen)]
    return {"window": name, "fits": screen.contains(win.frameGeometry()) or screen.contains(win.geometry()),
            "outside": outside, "controls": len(controls), "size": [win.width(), win.height()],
            "screen": [screen.width(), screen.height()]}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from detectors.model import Analysis, CategoryHit, Finding
    from guard.history import HistoryStore
    from guard.policy import load_policy
    from guard.settings import Settings
    from tests.helpers.fakes import CHATGPT, SECRET, held_alert, make_monitor
    from ui.history_window import HistoryWindow
    from ui.settings_dialog import SettingsDialog
    from ui.warning_dialog import WarningDialog

    app = QApplication(sys.argv[:1])
    out = []
    mon, clip = make_monitor()
    for site_name, window in (("allowed", None), ("forbidden", CHATGPT)):
        alert = held_alert(mon, clip, SECRET + site_name, **({"window": window} if window else {}))
        # A long, dense text: every kind of finding and two categories.
        kinds = ["BSN", "IBAN", "PHONE_NUMBER", "EMAIL_ADDRESS", "POSTCODE", "ADDRESS", "PERSON"]
        alert.analysis = Analysis([Finding(k, 0, 9, 1.0, "een reden die uitlegt waarom dit gevonden is")
                                   for k in kinds for _ in range(3)],
                                  [CategoryHit("EMAIL_MESSAGE", 0.9, "kopregels van een e-mail"),
                                   CategoryHit("MEETING_NOTES", 0.9, "actiepunten en aanwezigen")], 1.0, 40)
        dialog = WarningDialog(alert, policy=load_policy())
        out.append(check(f"warning-{site_name}", dialog, app))
        if "paste_anyway" in dialog.buttons:
            dialog.buttons["paste_anyway"].click()
            out.append(check(f"warning-{site_name}-reason", dialog, app))
        dialog.close_silently()
    tmp = Path(tempfile.mkdtemp(prefix="plakwacht-scale-"))
    history = HistoryStore(tmp / "history.db", retention_days=None)
    out.append(check("history", HistoryWindow(history), app))
    out.append(check("settings", SettingsDialog(Settings(), autostart_set=lambda on: None), app))
    history.close()
    for row in out:
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
