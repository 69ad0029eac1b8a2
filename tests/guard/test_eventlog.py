"""The event log: events carry counts and names only; each backend writes, and what it wrote is read back.

- journald: a real datagram socket in a temporary folder stands in for journald's socket; the
  test reads the datagram back and decodes journald's native protocol.
- Windows: the backend with a fake advapi32 behind the same interface here; the real API in
  tests/win32/test_eventlog_win32.py.
"""
from __future__ import annotations

import datetime as dt
import socket
import struct
import sys
from types import SimpleNamespace

import pytest

from detectors.model import Analysis, CategoryHit, Finding
from guard.eventlog import (
    DECISION, FIELDS, WARNING, Event, EventLog, EventRecorder, NullEventLog, create_event_log,
)
from guard.eventlog.journald import IDENTIFIER, MESSAGE_IDS, JournaldEventLog, decode, encode
from guard.eventlog.windows import (
    EVENTLOG_INFORMATION_TYPE, EVENTLOG_WARNING_TYPE, WindowsEventLog, parse_records,
)
from guard.monitor import Monitor
from guard.policy import ALLOWED_GENAI, SiteMatch
from guard.verdict import Verdict

from .test_monitor import (  # the guard's own fakes
    LE_CHAT, OWN_PID, WORD, Clock, FakeAllowlist, FakeClipboard, FakeDetector, FakeHistory, InlineRunner,
    fake_make_entry,
)

BSN = "111222333"
TEXT = f"Jan Jansen, BSN {BSN}, jan@example.nl, zie bestand C:\\dossiers\\jansen.docx"
WHEN = dt.datetime(2026, 3, 2, 9, 0, 5, 123456, tzinfo=dt.timezone.utc)


def alert(kind="flagged"):
    analysis = Analysis([Finding("BSN", 16, 25, 1.0, "9 cijfers die kloppen met de elfproef"),
                         Finding("PERSON", 0, 10, 0.85, "voornaam en achternaam"),
                         Finding("PERSON", 40, 45, 0.85, "achternaam")],
                        [CategoryHit("EMAIL_MESSAGE", 0.9, "kopregels")], 1.0, len(TEXT))
    verdict = Verdict(True, (SimpleNamespace(number=5),))
    return SimpleNamespace(id=7, kind=kind, text=TEXT, analysis=analysis, verdict=verdict,
                           site=SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True), redacted=lambda: "[BSN]",
                           key="secret-key-0123456789")


class MemoryLog(EventLog):
    name = "memory"

    def __init__(self):
        self.events: list[Event] = []

    def _write(self, event):
        self.events.append(event)
        return True


def everything_written(event: Event) -> str:
    return event.message() + "\n" + "\n".join(event.values().values())


# -- the event itself -------------------------------------------------------------------------

def test_a_warning_event_has_exactly_the_documented_fields():
    rec = EventRecorder(MemoryLog(), now=lambda: WHEN)
    assert rec.warning(alert())
    (ev,) = rec.event_log.events
    assert tuple(ev.values()) == FIELDS
    assert ev.values() == {
        "event": "warning", "time": "2026-03-02T09:00:05Z", "site": "Mistral Le Chat",
        "site_kind": "allowed_genai", "guidelines": "5", "findings": "BSN:1,PERSON:2",
        "categories": "EMAIL_MESSAGE", "decision": "pending", "warning_id": "7",
        "version": ev.version,
    }
    assert ev.event_id == 1001
    assert ev.message().startswith('Plakwacht event="warning" time="2026-03-02T09:00:05Z" site="Mistral Le Chat"')


def test_no_text_preview_hash_or_file_name_ever_reaches_an_event():
    rec = EventRecorder(MemoryLog(), now=lambda: WHEN)
    a = alert()
    rec.warning(a)
    rec.decision(a, "paste_anyway")
    for ev in rec.event_log.events:
        written = everything_written(ev)
        for secret in (BSN, "111", "Jansen", "jan@", "example", "jansen.docx", "dossiers", a.key, "[BSN]",
                       "elfproef", "kopregels"):
            assert secret not in written
    assert rec.event_log.events[1].decision == "paste_anyway" and rec.event_log.events[1].event == DECISION


def test_names_are_cleaned_so_a_crafted_site_name_cannot_smuggle_text_or_break_the_format():
    ev = Event(WARNING, WHEN, site='Le Chat" decision="clear\nX=1' + "a" * 200, findings=(("BSN\n", 1),))
    assert '"' not in ev.site and "\n" not in ev.site and len(ev.site) <= 64
    assert "\n" not in ev.message()
    with pytest.raises(ValueError):
        Event("other", WHEN)


def test_an_unchecked_text_is_recorded_as_such():
    rec = EventRecorder(MemoryLog(), now=lambda: WHEN)
    rec.warning(alert(kind="unchecked"))
    assert "NIET_GECONTROLEERD" in rec.event_log.events[0].categories


def test_without_window_detection_the_site_is_unknown():
    a = alert()
    a.site = None
    rec = EventRecorder(MemoryLog(), now=lambda: WHEN)
    rec.warning(a)
    assert rec.event_log.events[0].site == "" and rec.event_log.events[0].site_kind == "unknown"


# -- off by default, factory -------------------------------------------------------------------

def test_off_writes_nothing_on_any_system():
    for platform in ("win32", "linux", "darwin"):
        log = create_event_log(False, platform=platform)
        assert isinstance(log, NullEventLog) and not log.available and log.reason
        assert EventRecorder(log).warning(alert()) is False


def test_linux_without_journald_falls_back_to_null_with_a_dutch_reason(tmp_path):
    log = create_event_log(True, platform="linux", journal_socket=tmp_path / "geen-socket")
    assert isinstance(log, NullEventLog) and "journal" in log.reason


def test_macos_has_no_backend_yet():
    assert isinstance(create_event_log(True, platform="darwin"), NullEventLog)


def test_a_broken_backend_never_raises_into_the_guard(caplog):
    class Broken(EventLog):
        name = "broken"

        def _write(self, event):
            raise OSError(f"disk full while writing {TEXT}")

    assert EventRecorder(Broken()).warning(alert()) is False
    assert TEXT not in caplog.text and BSN not in caplog.text


# -- journald ------------------------------------------------------------------------------------

def test_native_protocol_round_trip_with_a_newline_value():
    items = [("MESSAGE", "twee\nregels"), ("PLAKWACHT_SITE", "Le Chat")]
    data = encode(items)
    assert data == b"MESSAGE\n" + struct.pack("<Q", 11) + b"twee\nregels\nPLAKWACHT_SITE=Le Chat\n"
    assert decode(data) == dict(items)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="Unix datagram sockets")
def test_journald_backend_writes_a_datagram_that_reads_back_as_structured_fields(tmp_path):
    path = tmp_path / "journal.socket"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    server.settimeout(5)
    try:
        log = create_event_log(True, platform="linux", journal_socket=path)
        assert isinstance(log, JournaldEventLog)
        rec = EventRecorder(log, now=lambda: WHEN)
        a = alert()
        assert rec.warning(a) and rec.decision(a, "clear")
        warning, decision = decode(server.recv(65536)), decode(server.recv(65536))
        rec.close()
    finally:
        server.close()
    assert warning["SYSLOG_IDENTIFIER"] == IDENTIFIER and warning["PRIORITY"] == "4"
    assert warning["MESSAGE_ID"] == MESSAGE_IDS[WARNING]
    assert warning["PLAKWACHT_FINDINGS"] == "BSN:1,PERSON:2" and warning["PLAKWACHT_GUIDELINES"] == "5"
    assert warning["PLAKWACHT_SITE"] == "Mistral Le Chat" and warning["PLAKWACHT_TIME"] == "2026-03-02T09:00:05Z"
    assert decision["PLAKWACHT_DECISION"] == "clear" and decision["PRIORITY"] == "6"
    assert decision["PLAKWACHT_WARNING_ID"] == warning["PLAKWACHT_WARNING_ID"] == "7"
    assert set(warning) == {"MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "MESSAGE_ID",
                            *(f"PLAKWACHT_{f.upper()}" for f in FIELDS)}
    assert not any(BSN in v or "Jansen" in v for v in (*warning.values(), *decision.values()))


# -- Windows, with a fake advapi32 ------------------------------------------------------------

class FakeAdvapi:
    def __init__(self, fail=False):
        self.registered, self.reports, self.deregistered, self.fail = [], [], [], fail

    def register(self, source):
        self.registered.append(source)
        return 42

    def report(self, handle, event_type, event_id, strings):
        if self.fail:
            raise OSError("ERROR_ACCESS_DENIED")
        self.reports.append((handle, event_type, event_id, list(strings)))
        return True

    def deregister(self, handle):
        self.deregistered.append(handle)


def test_windows_backend_reports_warning_and_decision_with_insertion_strings():
    api = FakeAdvapi()
    log = WindowsEventLog(api)
    rec = EventRecorder(log, now=lambda: WHEN)
    a = alert()
    assert rec.warning(a) and rec.decision(a, "redact")
    rec.close()
    rec.close()
    assert api.registered == ["Plakwacht"] and api.deregistered == [42]
    (h1, t1, id1, s1), (_, t2, id2, s2) = api.reports
    assert (h1, t1, id1) == (42, EVENTLOG_WARNING_TYPE, 1001) and (t2, id2) == (EVENTLOG_INFORMATION_TYPE, 1002)
    assert s1[0].startswith("Plakwacht event=") and len(s1) == 1 + len(FIELDS)
    assert dict(zip(FIELDS, s1[1:]))["findings"] == "BSN:1,PERSON:2"
    assert dict(zip(FIELDS, s2[1:]))["decision"] == "redact"


def test_windows_backend_failure_returns_false():
    assert EventRecorder(WindowsEventLog(FakeAdvapi(fail=True))).warning(alert()) is False


def eventlogrecord(source, event_id, event_type, strings, when=1_700_000_000):
    head_len = 56
    src = (source + "\0" + "PC\0").encode("utf-16-le")
    pad = b"\0" * ((-(head_len + len(src))) % 4)
    body = "".join(s + "\0" for s in strings).encode("utf-16-le")
    offset = head_len + len(src) + len(pad)
    length = offset + len(body) + 4
    head = struct.pack("<6I4H2I4I", length, 0x654C664C, 1, when, when, event_id, event_type, len(strings), 0, 0,
                       0, offset, 0, 0, 0, 0)
    return head + src + pad + body + struct.pack("<I", length)


def test_parse_records_reads_what_readeventlog_returns():
    raw = eventlogrecord("Plakwacht", 1001, 2, ["a", "b c"]) + eventlogrecord("Other", 5, 4, ["x"])
    r1, r2 = parse_records(raw)
    assert (r1.source, r1.event_id, r1.event_type, r1.strings) == ("Plakwacht", 1001, 2, ("a", "b c"))
    assert r2.source == "Other" and r1.time.year == 2023


# -- the guard writes them ---------------------------------------------------------------------

def test_monitor_writes_one_event_per_warning_and_per_decision(policy):
    clip, clock, memory = FakeClipboard(), Clock(), MemoryLog()
    mon = Monitor(clip, FakeDetector(), policy, history=FakeHistory(), allowlist=FakeAllowlist(),
                  settings=SimpleNamespace(paused_until=None, warn_without_window_detection=True),
                  runner=InlineRunner(), now=lambda: clock.wall, monotonic=lambda: clock.t, own_pid=OWN_PID,
                  make_entry=fake_make_entry, events=EventRecorder(memory, now=lambda: clock.wall))
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(f"Klant met BSN {BSN} belde."))
    mon.on_window_change(LE_CHAT)
    mon.on_window_change(WORD)      # left the site: a decision
    mon.on_window_change(LE_CHAT)   # the same warning again: no new warning event
    (shown,) = mon.open_alerts()
    mon.decide(shown, "clear")
    assert [(e.event, e.decision) for e in memory.events] == [
        ("warning", "pending"), ("decision", "left_site"), ("decision", "clear")]
    assert memory.events[0].findings == (("BSN", 1),) and memory.events[0].site == "Mistral Le Chat"
    assert all(BSN not in everything_written(e) for e in memory.events)


@pytest.fixture(scope="module")
def policy():
    from guard.policy import load_policy

    return load_policy()


def test_recorder_for_the_administrators_settings_is_off_unless_event_log_is_set(tmp_path):
    from guard.eventlog import recorder_for

    assert not recorder_for(SimpleNamespace(event_log=False), platform="win32").enabled
    assert not recorder_for(object(), platform="win32").enabled  # no such field: off
    on = recorder_for(SimpleNamespace(event_log=True), platform="win32")
    if sys.platform == "win32":
        assert on.enabled and on.event_log.name == "windows"
    else:  # no advapi32 here: the factory falls back to null with a Dutch reason, never raises
        assert not on.enabled and "werkt niet" in on.event_log.reason
