"""The tray app: wires the clipboard, the window backend, the detector and the guard to the UI.

Start-up order matters for the person: the tray icon shows "bezig met starten" at once, the
detector (spaCy + Presidio, a few seconds) loads in a background thread, and the guard starts
holding flagged texts as soon as it is ready (a text copied earlier is analysed then).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from guard import setup
from guard.alert import Alert
from guard.monitor import Monitor
from guard.vocabulary import TrayState
from ui.clipboard_adapter import QtClipboardAdapter
from ui.settings_dialog import pause_end
from ui.signals import SignalWatch
from ui.translations import install_dutch
from ui.tray import Tray, app_icon
from ui.warning_dialog import WarningDialog, after_choice

log = logging.getLogger(__name__)

QUIT_WHILE_HELD = ("Plakwacht houdt nu een tekst voor je vast. Als je afsluit, zet Plakwacht die tekst terug op je "
                   "klembord. Op Linux verdwijnt hij daar weer zodra Plakwacht gestopt is. Plak hem eerst ergens "
                   "anders als je hem nog nodig hebt. Wil je Plakwacht toch afsluiten?")
WELCOME = ("Plakwacht let nu op je klembord. Je vindt Plakwacht hier in het systeemvak. Als je een AI-chat opent "
           "met persoonsgegevens of interne tekst op je klembord, krijg je een waarschuwing.")
TEST_EVENTS_ENV = "PLAKWACHT_TEST_EVENTS"  # a file for end-to-end tests: JSON lines, never any text
TICK_MS = 250


class _Bridge(QObject):
    """Carries calls and window changes from other threads onto the GUI thread."""

    call = Signal(object)
    window = Signal(object)


class PlakwachtApp(QObject):
    """Everything that runs while the tray icon is there.

    Args:
        settings, settings_path: the person's settings and where they are saved.
        policy: the policy in force.
        history, allowlist, hasher: guard-core objects (or fakes in tests).
        backend: a window backend (``guard.windows.create_backend()``).
        detector_factory: builds the detector (called in a background thread); ``None`` to
            set one later with ``monitor.set_detector``.
        events_path: a file to append test events to (JSON lines without text).
    """

    def __init__(self, *, settings, settings_path: Path | None, policy, history, allowlist, hasher, backend,
                 detector_factory=None, events_path: str | None = None, now=None, admin=None, events=None,
                 parent=None, browser_address: str | None = None):
        super().__init__(parent)
        from guard.admin import AdminSettings

        self.admin = admin if admin is not None else AdminSettings()
        self.hasher = hasher
        self.settings = settings
        self.settings_path = settings_path
        self.policy = policy
        self.history = history
        self.allowlist = allowlist
        self.backend = backend
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.events_path = events_path
        self.dialogs: dict[int, WarningDialog] = {}
        self.last_hint = ""
        self.notices: list[tuple[str, str]] = []
        self.windows: dict[str, object] = {}
        self._stopped = False

        self.bridge = _Bridge()
        self.bridge.call.connect(lambda fn: fn(), Qt.ConnectionType.QueuedConnection)
        self.clipboard = QtClipboardAdapter()
        self.monitor = Monitor(
            self.clipboard, None, policy, history=history, allowlist=allowlist, settings=settings, hasher=hasher,
            post=self.bridge.call.emit, now=self.now, window_detection=bool(getattr(backend, "available", False)),
            own_pid=os.getpid(), events=events)
        self.monitor.on_alert = self._show_alert
        self.monitor.on_alert_closed = self._close_alert
        self.monitor.on_status = self.update_tray
        self.clipboard.on_change = self._clipboard_changed
        self.bridge.window.connect(self._window_changed, Qt.ConnectionType.QueuedConnection)

        self.tray = Tray(self)
        self.tray.pause_15.connect(lambda: self.pause("15m"))
        self.tray.pause_tomorrow.connect(lambda: self.pause("tomorrow"))
        self.tray.resume.connect(self.resume)
        self.tray.show_history.connect(self.show_history)
        self.tray.show_policy.connect(self.show_policy)
        self.tray.show_settings.connect(self.show_settings)
        self.tray.show_about.connect(self.show_about)
        self.tray.quit.connect(self.request_quit)
        self.tray.allowed = lambda: bool(getattr(self.settings, "show_notifications", True))

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.monitor.tick)

        self._detector_factory = detector_factory
        self._setup_browser(browser_address)

    # -- life cycle --------------------------------------------------------------------------
    def start(self) -> None:
        self.tray.show()
        self.update_tray()
        self.timer.start()
        try:
            self.backend.start(self.bridge.window.emit)
            self._window_changed(self.backend.active_window())
        except Exception as exc:
            log.error("window backend failed to start: %s", type(exc).__name__)
        self.monitor.on_clipboard_change(self.clipboard.snapshot())
        if self._detector_factory is not None:
            threading.Thread(target=self._load_detector, name="plakwacht-detector", daemon=True).start()
        self._event("started", window_detection=self.monitor.window_detection)

    def _load_detector(self) -> None:
        try:
            detector = self._detector_factory()
        except Exception as exc:
            log.error("detector failed to load: %s", type(exc).__name__)
            self.bridge.call.emit(lambda: self.tray.notify(
                "Plakwacht werkt niet goed",
                "Plakwacht kan teksten nu niet controleren. Start Plakwacht opnieuw of neem contact op met de "
                "servicedesk.", warning=True))
            return
        self.bridge.call.emit(lambda: self._detector_ready(detector))

    def _detector_ready(self, detector) -> None:
        self.monitor.set_detector(detector)
        self._event("ready")

    def shutdown(self) -> None:
        """Give a held text back and stop everything; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        try:
            self.monitor.shutdown()
        except Exception as exc:
            log.error("could not give the clipboard back: %s", type(exc).__name__)
        for dialog in list(self.dialogs.values()):
            dialog.close_silently()
        self.dialogs.clear()
        try:
            self.backend.stop()
        except Exception as exc:
            log.warning("window backend did not stop cleanly: %s", type(exc).__name__)
        if self.browser_link is not None:
            self.browser_link.stop()
        if getattr(self, "uploads", None) is not None:
            self.uploads.shutdown()
        self.clipboard.disconnect_clipboard()
        self.clipboard.on_change = None
        self._save_settings()
        try:
            self.history.close()
        except Exception:
            pass
        self.tray.hide()
        self._event("stopped")

    def request_quit(self):
        """"Afsluiten" from the menu: while a text is held, ask first (on X11 it goes with Plakwacht).

        Returns the question box when one is shown, else ``None`` (Plakwacht quits at once).
        """
        if not self.monitor.held:
            self.quit()
            return None
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "Plakwacht afsluiten?", QUIT_WHILE_HELD)
        box.setWindowIcon(app_icon())
        quit_button = box.addButton("Afsluiten", QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton("Niet afsluiten", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(lambda _r: self.quit() if box.clickedButton() is quit_button else None)
        self.windows["quit"] = box
        box.show()
        return box

    def welcome(self) -> None:
        """First start: say that Plakwacht is on and where to find it."""
        self.notify("Plakwacht staat aan", WELCOME)

    def notify(self, title: str, text: str) -> None:
        """A tray message (or, without a tray, the status window's line); kept in ``notices`` for tests."""
        self.notices.append((title, text))
        self.tray.notify(title, text)

    def show_without_tray(self):
        """No system tray on this desktop: a small window says Plakwacht runs (instead of an invisible icon)."""
        from ui.status_window import StatusWindow

        win = StatusWindow(self.tray)
        win.setWindowIcon(app_icon())
        self.windows["status"] = win
        win.show()
        return win

    def quit(self) -> None:
        status = self.windows.get("status")
        if status is not None:
            status.close_for_quit()
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- guard → UI --------------------------------------------------------------------------
    def _window_changed(self, window) -> None:
        window, host, host_source = self._with_host(window)
        self._fed_window = window
        self.monitor.on_window_change(window)
        site = self.monitor.site
        self._event("window", kind=site.kind, site=site.site, host=host, host_source=host_source)

    # -- browser companion (issue 11; guard/browser, ui/browser_link.py) --------------------------
    def _setup_browser(self, address: str | None) -> None:
        from guard.browser.state import BrowserFacts

        self.browser = BrowserFacts()
        self.browser_link = None
        self._raw_window = None
        self._fed_window = None
        self.monitor.source_of = self.browser.source_of
        self.browser.on_tab = self._browser_tab
        self.browser.on_copy = lambda host: self._event("browser_copy", host=host)
        self.monitor.on_public_source = lambda host: self._event("public_source", host=host)
        self.tray.set_browser(False)
        if address:
            from ui.browser_link import BrowserLink

            self.browser_link = BrowserLink(self.browser, address, parent=self)
            self.browser_link.changed.connect(self._browser_changed)
            self.browser_link.start()
            self._setup_uploads()

    def _setup_uploads(self) -> None:
        """Issue 13: file drops, pasted files and file inputs on GenAI sites (guard/browser/uploads.py)."""
        from guard.browser.uploads import UploadGuard

        self.uploads = UploadGuard(
            self.policy, send=self.browser_link.send, post=self.bridge.call.emit,
            detector=lambda: self.monitor.detector, on_alert=self._show_alert, history=self.history,
            hasher=self.hasher, on_event=self._event)
        self.browser.uploads = self.uploads

    def _with_host(self, window):
        from guard.browser.state import with_host

        if window is not None and window.pid != os.getpid():
            self._raw_window = window
        return with_host(window, self.browser.extensions.values(), self.policy)

    def _browser_tab(self) -> None:
        """A tab's host changed: judge the window in front again, if that changes what the guard sees."""
        if self._raw_window is None:
            return
        from guard.browser.state import with_host

        if with_host(self._raw_window, self.browser.extensions.values(), self.policy)[0] != self._fed_window:
            self._window_changed(self._raw_window)

    def _browser_changed(self) -> None:
        self.tray.set_browser(self.browser.active)
        self._event("browser", active=self.browser.active)

    def update_tray(self) -> None:
        state = self.monitor.status()
        expired_on = self.policy.valid_until if self.policy.expired(self.now().date()) else None
        from guard.safeguards import weakened

        self.tray.set_state(state, paused_until=getattr(self.settings, "paused_until", None),
                            policy_expired_on=expired_on, now=self.now(),
                            weakened=weakened(state, self.settings, self.policy, self.admin))
        if state == TrayState.NO_WINDOWS and getattr(self.backend, "reason", ""):
            self.tray.icon.setToolTip(self.tray.icon.toolTip() + "\n" + self.backend.reason)
        status = self.windows.get("status")
        if status is not None:
            status.refresh()
        self._event("status", state=self.tray.state)

    def _show_alert(self, alert: Alert) -> None:
        dialog = self.dialogs.get(alert.id)
        if dialog is None:
            uploads = getattr(self, "uploads", None)
            decide = uploads.decide if uploads is not None and uploads.owns(alert) else self.monitor.decide
            dialog = WarningDialog(alert, on_decide=lambda d, r, a=alert, f=decide: f(a, d, r),
                                   policy=self.policy, public_mark_days=getattr(self.allowlist, "days", 90))
            dialog.setWindowIcon(app_icon())
            dialog.finished.connect(lambda _code, a=alert: self._dialog_finished(a))
            self.dialogs[alert.id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self._event("alert", id=alert.id, kind=alert.kind, guidelines=alert.verdict.numbers, site=alert.site_name,
                    held=alert.held, actions=list(alert.actions), history_id=alert.history_id,
                    title=dialog.title_label.text(), sub=dialog.sub_label.text())

    def _dialog_finished(self, alert: Alert) -> None:
        self.dialogs.pop(alert.id, None)
        hint = after_choice(alert.decision) if alert.held else ""
        if hint:  # what to do next: "Druk nu op Ctrl+V"
            self.last_hint = hint
            self.notify("Plakwacht", hint)
        self._event("decision", id=alert.id, decision=alert.decision)

    def _close_alert(self, alert: Alert) -> None:
        dialog = self.dialogs.pop(alert.id, None)
        if dialog is not None:
            dialog.close_silently()
        self._event("alert_closed", id=alert.id, decision=alert.decision)

    # -- tray menu ---------------------------------------------------------------------------
    def pause(self, choice: str) -> None:
        from guard.safeguards import cap_pause

        wanted = pause_end(choice, self.now())
        until = cap_pause(wanted, self.now(), self.admin)  # never past the cap
        if until is None and wanted is not None:
            self.tray.notify("Plakwacht", "Je beheerder heeft pauzeren uitgezet. Plakwacht blijft opletten.")
        elif until is not None and until != wanted:
            self.tray.notify("Plakwacht", f"Pauzeren kan hoogstens tot {until.astimezone():%H:%M}. "
                                          "Daarna let Plakwacht weer op je klembord.")
        if until is not None:
            self.monitor.pause(until)
            self._save_settings()

    def resume(self) -> None:
        self.monitor.resume()
        self._save_settings()

    def _window(self, name: str, factory):
        win = self.windows.get(name)
        if win is None:
            win = factory()
            win.setWindowIcon(app_icon())
            self.windows[name] = win
        elif hasattr(win, "refresh"):
            win.refresh()
        win.show()
        win.raise_()
        win.activateWindow()
        return win

    def show_history(self):
        from ui.history_window import HistoryWindow

        return self._window("history", lambda: HistoryWindow(self.history, now=self.now, allowlist=self.allowlist))

    def show_policy(self):
        from ui.policy_window import PolicyWindow

        win = self._window("policy", lambda: PolicyWindow(self.policy, today=self.now().date()))
        win.set_policy(self.policy, self.now().date())
        return win

    def show_settings(self):
        from ui.settings_dialog import SettingsDialog

        from guard.admin import describe
        from guard.keystore import note

        a = self.admin
        locked = set()
        if a.lock_settings or a.policy_file is not None:
            locked.add("policy_file")
        if a.lock_settings or a.warn_without_window_detection is not None:
            locked.add("warn_without_window_detection")
        if a.max_pause_minutes <= 0:
            locked.add("pause")
        dialog = SettingsDialog(self.settings, save=lambda s: self._save_settings(), now=self.now,
                                notes=describe(a) + [note(self.hasher)], locked=locked)
        dialog.setWindowIcon(app_icon())
        dialog.applied.connect(self._settings_applied)
        self.windows["settings"] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _settings_applied(self, settings, pause_choice) -> None:
        try:
            self.history.purge(settings.retention_days)
        except Exception as exc:
            log.warning("history not purged: %s", type(exc).__name__)
        from guard.safeguards import apply_admin

        apply_admin(settings, self.admin, self.now())  # the administrator's settings win; the pause is capped
        policy = setup.policy_for(settings, self.admin)
        self.policy = policy
        self.monitor.policy = policy
        if getattr(self, "uploads", None) is not None:
            self.uploads.policy = policy
            self.browser_link.broadcast(self.uploads.sites_message())
        for problem in policy.problems:
            self.tray.notify("Plakwacht: beleid", problem)
        if "policy" in self.windows:
            self.windows["policy"].set_policy(policy, self.now().date())
        if pause_choice is None and not self.monitor.paused:
            self.monitor.resume()
        elif self.monitor.paused:
            self.monitor.pause(settings.paused_until)
        self.update_tray()

    def show_about(self) -> QMessageBox:
        from ui.about import about_text

        box = QMessageBox(QMessageBox.Icon.NoIcon, "Over Plakwacht", about_text(self.policy))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.windows["about"] = box
        box.show()
        return box

    # -- helpers -----------------------------------------------------------------------------
    def _save_settings(self) -> None:
        if self.settings_path is None:
            return
        try:
            self.settings.save(self.settings_path)
        except OSError as exc:
            log.error("settings not saved: %s", exc.strerror)

    def _clipboard_changed(self, snap) -> None:
        self.monitor.on_clipboard_change(snap)
        # End-to-end tests wait for this before they switch windows: where a copy was made
        # decides what happens to it. Never any text, only that a change was taken in.
        self._event("clipboard", own=snap.own)

    def _event(self, name: str, **data) -> None:
        if not self.events_path:
            return
        record = {"event": name, "time": dt.datetime.now(dt.timezone.utc).isoformat(), **data}
        try:
            with open(self.events_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")
        except OSError:
            pass




def run_tray() -> int:
    """Start the tray app; returns the exit code."""
    from guard import paths

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Plakwacht")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    install_dutch(app)  # Qt's own words (file dialogs, Ja/Nee) in Dutch
    data_dir = paths.data_dir()
    setup.start_logging()
    log.info("Plakwacht starting, pid %d", os.getpid())

    from ui.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        print("Plakwacht draait al. Je vindt het in het systeemvak.", file=sys.stderr)
        return 0

    first_start = not (data_dir / setup.SETTINGS_FILE).exists()
    parts = setup.assemble(data_dir)
    guard = PlakwachtApp(settings=parts.settings, settings_path=parts.settings_path, policy=parts.policy,
                         history=parts.history, allowlist=parts.allowlist, hasher=parts.hasher, backend=parts.backend,
                         detector_factory=parts.detector_factory, events_path=os.environ.get(TEST_EVENTS_ENV),
                         admin=parts.admin, events=parts.events, browser_address=_browser_address())

    instance.on_knock = lambda: guard.tray.notify("Plakwacht", "Plakwacht draait al. Je vindt het hier in het systeemvak.")
    guard.start()
    if not QSystemTrayIcon.isSystemTrayAvailable():
        log.warning("no system tray available: a status window instead")
        guard.show_without_tray()
    problems = list(parts.problems)
    if first_start:
        from guard.firstrun import first_start_defaults

        problem = first_start_defaults(parts.settings)  # the installed program starts at login
        if problem:
            problems.append(problem)
        guard._save_settings()  # the next start is not the first
        QTimer.singleShot(800, guard.welcome)
    if problems:
        QTimer.singleShot(1500, lambda: guard.tray.notify("Plakwacht", " ".join(problems)))
    app.aboutToQuit.connect(guard.shutdown)
    signals = SignalWatch(app, guard.quit)
    try:
        code = app.exec()
    finally:
        signals.uninstall()
        guard.shutdown()
        instance.release()
    log.info("Plakwacht stopped")
    return int(code)


__all__ = ["PlakwachtApp", "run_tray"]


def _browser_address() -> str:
    from guard.browser import channel

    return channel.address()
