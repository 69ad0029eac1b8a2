"""No leak: the whole flow with unique canaries in the copied texts, then look for them everywhere.

One test walks every path a copied text can take — the scan CLI (as a subprocess with
``--data-dir``), the guard with the real detector, history, allow-list, settings and log file, every
choice in the real warning dialog, leaving the site, a forbidden site, and the crash paths (the
analysis raising an exception that quotes the text, a text the detector cannot encode, the
clipboard failing inside the dialog) — while a logging handler records every record. Afterwards no
canary (UTF-8 or UTF-16) may be in the data dir, the log, the test's TMPDIR, any file written in
/tmp during the test, or any logging record.
"""
from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guard import logs
from guard.allowlist import Allowlist
from guard.hashing import KeyedHasher
from guard.history import HistoryStore
from guard.monitor import FLAGGED, PLACEHOLDER, UNCHECKED, Monitor
from guard.policy import load_policy
from guard.settings import Settings
from guard.verdict import ALLOWLIST, CLEAR, PASTE_ANYWAY, REDACT
from tests.helpers.fakes import CHATGPT, LE_CHAT, WORD, FakeClipboard, InlineRunner
from tests.trust.conftest import scan_tree

ROOT = Path(__file__).resolve().parents[2]


class QuotingDetector:
    """The real detector, except that texts with a marker make it raise an exception that quotes them
    (as a third-party library might)."""

    def __init__(self, real, marker: str):
        self.real, self.marker = real, marker

    def analyze(self, text):
        if self.marker in text:
            raise ValueError(f"kan deze tekst niet ontleden: {text!r}")
        return self.real.analyze(text)


class BrokenClipboard(FakeClipboard):
    """A clipboard whose clear() fails with a message that quotes what it held."""

    def clear(self):
        raise RuntimeError(f"clipboard busy, still holding {self.snap.text!r}")


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("PLAKWACHT_DATA_DIR", str(d))
    return d


@pytest.fixture
def plakwacht_logging(data_dir):
    """The app's own logging set-up (rotating file in the data dir), at DEBUG to be harsh."""
    log_file = logs.setup(logging.DEBUG)
    yield log_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_plakwacht", False):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(False)


def _start_scan_cli(canaries, data_dir: Path, tmpdir: Path, inputs: Path) -> list[tuple[subprocess.Popen, bytes]]:
    """Start ``plakwacht scan`` on a file in the background; the detector loads there."""
    inputs.mkdir()
    doc = inputs / "brief.txt"
    doc.write_text(canaries.text(), encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    env.pop("PLAKWACHT_DATA_DIR", None)
    base = [sys.executable, "-m", "ui.main", "--data-dir", str(data_dir), "scan"]
    report = subprocess.Popen(base + [str(doc)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    return [(report, b"")]


def _choose(qtbot, dialog, action: str, reason: str = "") -> None:
    dialog.buttons[action].click()
    if action == PASTE_ANYWAY:
        qtbot.keyClicks(dialog.reason_edit, reason)
        dialog.confirm_button.click()


def test_no_canary_anywhere_after_the_whole_flow(qtbot, canaries, real_detector, data_dir, fresh_tmpdir,
                                                  plakwacht_logging, recorder, tmp_path):
    from ui.warning_dialog import WarningDialog

    started = time.time() - 1
    cli = _start_scan_cli(canaries, data_dir, fresh_tmpdir, tmp_path / "input")

    hasher = KeyedHasher(data_dir / "hash.key")
    history = HistoryStore(data_dir / "history.db", retention_days=90)
    allowlist = Allowlist(data_dir / "allowlist.json", hasher)
    settings_path = data_dir / "settings.json"
    settings = Settings.load(settings_path)
    crash_marker = canaries.token()
    clip = FakeClipboard()
    mon = Monitor(clip, QuotingDetector(real_detector, crash_marker), load_policy(), history=history,
                  allowlist=allowlist, settings=settings, hasher=hasher, runner=InlineRunner())
    alerts = []
    mon.on_alert = alerts.append

    def warn(text: str, site=LE_CHAT):
        mon.on_window_change(WORD)
        mon.on_clipboard_change(clip.copy(text))
        mon.on_window_change(site)
        assert alerts and clip.text == PLACEHOLDER, "the guard did not hold the text"
        dialog = WarningDialog(alerts[-1], on_decide=lambda d, r, a=alerts[-1]: mon.decide(a, d, r))
        qtbot.addWidget(dialog)
        dialog.show()
        return alerts[-1], dialog

    # Every choice in the dialog.
    for action in (CLEAR, REDACT, PASTE_ANYWAY, ALLOWLIST):
        alert, dialog = warn(canaries.text())
        _choose(qtbot, dialog, action, reason="testgegevens uit de oefenomgeving")
        assert alert.decision == action
    # The allow-listed text again: no warning, nothing held.
    allowed = alert.text
    n = len(alerts)
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(allowed))
    mon.on_window_change(LE_CHAT)
    assert len(alerts) == n and clip.text == allowed
    # Leave the site; a forbidden site; Esc on the dialog.
    text = canaries.text()
    alert, dialog = warn(text)
    mon.on_window_change(WORD)
    assert alert.decision == "left_site" and clip.text == text
    alert, dialog = warn(canaries.text(), site=CHATGPT)
    dialog.reject()
    assert alert.decision == CLEAR
    # Crash path: the analysis raises an exception that quotes the text.
    alert, dialog = warn(canaries.text() + " " + crash_marker)
    assert alert.kind == UNCHECKED
    _choose(qtbot, dialog, CLEAR)
    # A broken text (lone surrogate): the detector reads it now; either way it is held and warned about.
    alert, dialog = warn(canaries.text() + " \ud800")
    assert alert.kind in (UNCHECKED, FLAGGED)
    _choose(qtbot, dialog, CLEAR)
    # The clipboard fails inside the dialog with a message that quotes the text.
    mon.clipboard = clip = BrokenClipboard()
    alert, dialog = warn(canaries.text())
    with qtbot.capture_exceptions() as raised:
        dialog.buttons[CLEAR].click()
    assert raised and isinstance(raised[0][1], RuntimeError)
    mon.clipboard = clip = FakeClipboard()
    settings.save(settings_path)

    for proc, stdin in cli:
        out, err = proc.communicate(stdin or None, timeout=120)
        assert proc.returncode in (0, 1), err.decode(errors="replace")
        for c in canaries.all:  # the report shows masked previews only
            if c.startswith("kanarie"):
                continue  # a marker word is not a finding, and the report never quotes the text
            assert c.encode() not in out, "the scan report printed a finding unmasked"

    rows = history.entries()
    history.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert len(rows) >= 8 and {r.decision for r in rows} >= {CLEAR, REDACT, PASTE_ANYWAY, ALLOWLIST, "left_site"}

    needles = canaries.forms()
    assert len(canaries.all) >= 40
    hits = scan_tree(data_dir, needles) + scan_tree(fresh_tmpdir, needles)
    hits += [h for h in scan_tree(Path("/tmp"), needles, since=started) if str(tmp_path / "input") not in h]
    assert not hits, hits
    # Nothing ever handed a canary to logging: not as a message, an argument or an exception text.
    leaked = [t for t in recorder.texts() if any(c in t for c in canaries.all)]
    assert not leaked, leaked
    assert len(recorder.records) > 10  # the flow did log (held, warned, failed), just never the text
    assert any("analysis failed" in str(r.msg) for r in recorder.records)

    # Readable by the owner only.
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name in ("history.db", "settings.json", "allowlist.json", "hash.key", "logs/plakwacht.log"):
        assert _private(data_dir / name), name
