"""End to end on the frozen (PyInstaller) program: the one check that the bundle really guards.

Run by ``.ci/frozen.sh`` after the build::

    PLAKWACHT_FROZEN_BINARY=dist/plakwacht/plakwacht uv run pytest -q tests/e2e/test_frozen_e2e.py

Skipped without ``PLAKWACHT_FROZEN_BINARY``. Uses the desktop and browser of ``conftest.py``
(Xvfb, openbox, trayer, Chromium); run it on its own, not in the same session as the source-form
end-to-end tests (two guards on one display would both answer).

When ``PLAKWACHT_FROZEN_REPORT`` names a file, the start-up times seen here (process start →
tray shown, → detector ready; wall clock, and the CPU time the program used by then, which does
not depend on how busy the machine is) are written to it as JSON, for the CI script to print;
no test asserts on time.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import App, wait_until

BINARY = os.environ.get("PLAKWACHT_FROZEN_BINARY", "")
REPORT = os.environ.get("PLAKWACHT_FROZEN_REPORT", "")
WARNING_TITLE = "Let op"

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not BINARY, reason="set PLAKWACHT_FROZEN_BINARY to the built program (.ci/frozen.sh)"),
]


class FrozenApp(App):
    """:class:`App`, but the built program instead of ``python -m ui.main``."""

    def __init__(self, desktop, workdir: Path, binary: str):  # noqa: super().__init__ would start the source app
        self.desktop = desktop
        self.binary = str(Path(binary).resolve())
        self.data_dir = workdir / "frozen-data"
        self.events = workdir / "frozen-events.jsonl"
        env = {**desktop.env, "PLAKWACHT_TEST_EVENTS": str(self.events)}
        env.pop("PLAKWACHT_DATA_DIR", None)
        self.began = time.time()
        # cwd far from the source tree: the program must not lean on it
        self.proc = desktop.spawn([self.binary, "--data-dir", str(self.data_dir)], "frozen-app.log",
                                  env=env, cwd=workdir)
        self.seen = 0

    def history(self) -> list[dict]:
        env = {k: v for k, v in os.environ.items() if k != "PLAKWACHT_DATA_DIR"}
        res = subprocess.run([self.binary, "--data-dir", str(self.data_dir), "history", "--json"],
                             capture_output=True, text=True, timeout=120, env=env, cwd=self.data_dir.parent)
        assert res.returncode == 0, res.stderr
        return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]

    def cpu_seconds(self) -> float | None:
        """CPU time the program has used so far (Linux): start-up cost without the machine's load."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)

    def seconds_to(self, name: str) -> float | None:
        from datetime import datetime

        for event in self.all_events():
            if event["event"] == name:
                return round(datetime.fromisoformat(event["time"]).timestamp() - self.began, 2)
        return None


@pytest.fixture(scope="module")
def frozen_app(desktop, browser, e2e_dir):
    desktop.activate(browser["notes"])
    app = FrozenApp(desktop, e2e_dir, BINARY)
    cpu = {}
    try:
        # poll often: the CPU time is read the moment the tray is up
        wait_until(lambda: app.seconds_to("started") is not None or app.proc.poll() is not None, 120,
                   "the tray icon", interval=0.02)
        cpu["tray"] = app.cpu_seconds()
        app.wait_event("started", timeout=1)
        app.wait_event("ready", timeout=180)
        cpu["ready"] = app.cpu_seconds()
        yield app
    finally:
        if REPORT:
            Path(REPORT).write_text(json.dumps({
                "tray_shown_s": app.seconds_to("started"), "detector_ready_s": app.seconds_to("ready"),
                "tray_shown_cpu_s": cpu.get("tray"), "detector_ready_cpu_s": cpu.get("ready"),
                "load_average": os.getloadavg()[0]}), encoding="utf-8")
        if app.proc.poll() is None:
            app.proc.send_signal(signal.SIGTERM)
            try:
                app.proc.wait(20)
            except subprocess.TimeoutExpired:
                app.proc.kill()


def test_frozen_program_warns_on_le_chat_for_a_bsn(desktop, browser, frozen_app):
    from guard.monitor import PLACEHOLDER

    text = "Dossier 9001: de klant met BSN 111222333 belde over de uitkering."
    desktop.activate(browser["notes"])
    frozen_app.mark()
    desktop.copy(text)
    desktop.activate(browser["lechat"])  # "Le Chat - Mistral AI - Chromium"

    alert = frozen_app.wait_event("alert")
    assert alert["guidelines"] == [5] and alert["site"] == "Mistral Le Chat" and alert["held"]
    assert desktop.paste() == PLACEHOLDER  # the clipboard is safe while the warning is open
    dialog = desktop.find_window(WARNING_TITLE)  # the warning is on screen
    desktop.activate(dialog)
    desktop.key("Escape")  # the safe default: clear
    frozen_app.wait_event("decision", id=alert["id"], decision="clear")
    wait_until(lambda: not desktop.paste(), 5, "an empty clipboard")

    rows = [r for r in frozen_app.history() if r["id"] == alert["history_id"]]
    assert rows and rows[0]["decision"] == "clear" and rows[0]["finding_counts"].get("BSN") == 1
    assert "111222333" not in json.dumps(rows)
    log = (frozen_app.data_dir / "logs")
    for path in log.glob("*") if log.exists() else ():
        assert "111222333" not in path.read_text(encoding="utf-8", errors="replace")
