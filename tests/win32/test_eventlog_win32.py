"""The Windows event log backend against the real advapi32 (ReportEventW, ReadEventLogW).

On Windows the event is read back from the Application log. Wine 8 keeps no readable log
(``ReadEventLogW`` is a stub that reports ERROR_HANDLE_EOF); there the write is checked here and the
read-back is done by tests/fleet/test_eventlog_wine.py from Wine's "eventlog" channel.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import sys

import pytest

from tests.win32.winhelpers import WINDOWS_ONLY

pytestmark = WINDOWS_ONLY


def on_wine() -> bool:
    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def test_an_event_is_written_and_read_back():
    from guard.eventlog import DECISION, FIELDS, Event
    from guard.eventlog.windows import EVENTLOG_INFORMATION_TYPE, Win32EventApi, WindowsEventLog

    api = Win32EventApi()
    log = WindowsEventLog(api)
    when = dt.datetime.now(dt.timezone.utc)
    ev = Event(DECISION, when, site="Mistral Le Chat", site_kind="allowed_genai", guidelines=(5,),
               findings=(("BSN", 1), ("PERSON", 2)), decision="clear", warning_id=31337)
    assert log.write(ev) is True
    log.close()
    found = [r for r in api.read_recent("Plakwacht", limit=200) if "31337" in r.strings]
    if not found and on_wine():
        pytest.skip("Wine keeps no readable event log; tests/fleet/test_eventlog_wine.py reads its eventlog channel")
    assert sys.platform == "win32"
    (rec,) = found[:1]
    assert rec.event_id == 1002 and rec.event_type == EVENTLOG_INFORMATION_TYPE
    assert dict(zip(FIELDS, rec.strings[1:]))["findings"] == "BSN:1,PERSON:2"
