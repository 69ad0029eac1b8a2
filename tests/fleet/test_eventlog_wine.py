"""The Windows event log backend under Wine, read back from Wine's own event log.

Wine 8 keeps no event log that ``ReadEventLogW`` can read; its ``ReportEventW`` writes each
insertion string to its "eventlog" debug channel (warnings as ``warn:eventlog``). So this test runs
Windows CPython under Wine with that channel on, writes a warning event through the real
``ReportEventW`` (guard.eventlog.windows), and reads the event back from the channel.

Needs the Wine environment of .ci/wine/setup.sh: ``PLAKWACHT_WINE_ROOT=DIR`` (CI: .ci/msi.sh sets it).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINE_ROOT = os.environ.get("PLAKWACHT_WINE_ROOT", "")

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not WINE_ROOT or not (Path(WINE_ROOT) / "python" / "python.exe").is_file()
    or not shutil.which("wine"),
    reason="needs Wine and PLAKWACHT_WINE_ROOT (the environment of .ci/wine/setup.sh); run by .ci/msi.sh")

PROBE = r"""
import datetime as dt, sys
from guard.eventlog import EventRecorder
from guard.eventlog.windows import WindowsEventLog
from types import SimpleNamespace as NS
from detectors.model import Analysis, Finding
from guard.policy import SiteMatch
text = "Jan Jansen BSN 111222333"
alert = NS(id=4242, kind="flagged", text=text, site=SiteMatch("allowed_genai", "Mistral Le Chat", True),
           verdict=NS(numbers=[5]), analysis=Analysis([Finding("BSN", 15, 24, 1.0), Finding("PERSON", 0, 10, 0.9)]))
rec = EventRecorder(WindowsEventLog(), now=lambda: dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc))
ok = rec.warning(alert)
rec.close()
print("written" if ok else "not written")
"""


def test_warning_event_goes_through_reporteventw_and_reads_back_from_wines_event_log():
    env = dict(os.environ, WINEPREFIX=str(Path(WINE_ROOT) / "prefix"), WINEDEBUG="-all,warn+eventlog",
               WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d")
    env.pop("DISPLAY", None)
    r = subprocess.run(["wine", str(Path(WINE_ROOT) / "python" / "python.exe"), "-c", PROBE], cwd=ROOT, env=env,
                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0 and "written" in out, out + err
    lines = [ln.split("ReportEventW ", 1)[1] for ln in err.splitlines() if "warn:eventlog:ReportEventW" in ln]
    assert lines, err[-2000:]
    message = lines[0]
    assert 'event=\\"warning\\"' in message and 'site=\\"Mistral Le Chat\\"' in message
    assert 'findings=\\"BSN:1,PERSON:1\\"' in message and 'warning_id=\\"4242\\"' in message
    assert [ln.strip('L"') for ln in lines[1:4]] == ["warning", "2026-03-02T09:00:00Z", "Mistral Le Chat"]
    assert "111222333" not in err and "Jansen" not in err
