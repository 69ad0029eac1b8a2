"""Windows backend: the Application log, source "Plakwacht", through ``ReportEventW`` (ctypes).

The MSI registers the source (``HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\
Plakwacht``, message file .NET's ``EventLogMessages.dll``, which shows insertion string %1 for any
event id). Each event has insertion strings: %1 the one-line ``key="value"`` message, then every
field of :data:`guard.eventlog.base.FIELDS` in that order (``EventData/Data[2..]`` in XML).

The Win32 calls sit in :class:`Win32EventApi`; :class:`WindowsEventLog` takes the API as a
constructor argument, so tests pass a fake.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import logging
import struct
import sys
from dataclasses import dataclass

from guard.eventlog.base import DECISION, SOURCE, WARNING, Event, EventLog

log = logging.getLogger(__name__)

EVENTLOG_ERROR_TYPE = 0x0001
EVENTLOG_WARNING_TYPE = 0x0002
EVENTLOG_INFORMATION_TYPE = 0x0004
EVENT_TYPES = {WARNING: EVENTLOG_WARNING_TYPE, DECISION: EVENTLOG_INFORMATION_TYPE}

EVENTLOG_SEQUENTIAL_READ = 0x0001
EVENTLOG_BACKWARDS_READ = 0x0008
ERROR_INSUFFICIENT_BUFFER = 122
ERROR_HANDLE_EOF = 38


@dataclass(frozen=True)
class ReadRecord:
    """An event as read back from the log (for tests and diagnostics)."""

    source: str
    event_id: int
    event_type: int
    strings: tuple[str, ...]
    time: dt.datetime


class Win32EventApi:
    """The advapi32 calls, nothing else."""

    def __init__(self):
        if sys.platform != "win32":
            raise OSError("alleen op Windows")
        from ctypes import wintypes as w

        a = ctypes.WinDLL("advapi32", use_last_error=True)
        self._register = a.RegisterEventSourceW
        self._register.argtypes = [w.LPCWSTR, w.LPCWSTR]
        self._register.restype = w.HANDLE
        self._deregister = a.DeregisterEventSource
        self._deregister.argtypes = [w.HANDLE]
        self._deregister.restype = w.BOOL
        self._report = a.ReportEventW
        self._report.argtypes = [w.HANDLE, w.WORD, w.WORD, w.DWORD, ctypes.c_void_p, w.WORD, w.DWORD,
                                 ctypes.POINTER(w.LPCWSTR), ctypes.c_void_p]
        self._report.restype = w.BOOL
        self._open = a.OpenEventLogW
        self._open.argtypes = [w.LPCWSTR, w.LPCWSTR]
        self._open.restype = w.HANDLE
        self._close = a.CloseEventLog
        self._close.argtypes = [w.HANDLE]
        self._close.restype = w.BOOL
        self._read = a.ReadEventLogW
        self._read.argtypes = [w.HANDLE, w.DWORD, w.DWORD, ctypes.c_void_p, w.DWORD,
                               ctypes.POINTER(w.DWORD), ctypes.POINTER(w.DWORD)]
        self._read.restype = w.BOOL

    def register(self, source: str):
        handle = self._register(None, source)
        if not handle:
            raise ctypes.WinError(ctypes.get_last_error())
        return handle

    def deregister(self, handle) -> None:
        self._deregister(handle)

    def report(self, handle, event_type: int, event_id: int, strings: list[str]) -> bool:
        arr = (ctypes.c_wchar_p * len(strings))(*strings)
        ok = self._report(handle, event_type, 0, event_id, None, len(strings), 0,
                          ctypes.cast(arr, ctypes.POINTER(ctypes.c_wchar_p)), None)
        if not ok:
            raise ctypes.WinError(ctypes.get_last_error())
        return True

    def read_recent(self, source: str, limit: int = 50, log_name: str = "Application") -> list[ReadRecord]:
        """The newest ``limit`` events of ``source`` in ``log_name``, newest first.

        Returns ``[]`` where the system keeps no readable log (Wine 8: ``ReadEventLogW`` is a stub).
        """
        from ctypes import wintypes as w

        handle = self._open(None, log_name)
        if not handle:
            return []
        out: list[ReadRecord] = []
        try:
            size = 64 * 1024
            while len(out) < limit:
                buf = ctypes.create_string_buffer(size)
                read, needed = w.DWORD(0), w.DWORD(0)
                if not self._read(handle, EVENTLOG_SEQUENTIAL_READ | EVENTLOG_BACKWARDS_READ, 0, buf, size,
                                  ctypes.byref(read), ctypes.byref(needed)):
                    if ctypes.get_last_error() == ERROR_INSUFFICIENT_BUFFER and needed.value > size:
                        size = needed.value
                        continue
                    break
                out.extend(r for r in parse_records(buf.raw[:read.value]) if r.source == source)
        finally:
            self._close(handle)
        return out[:limit]


def parse_records(raw: bytes) -> list[ReadRecord]:
    """Parse a buffer of ``EVENTLOGRECORD`` structures (as ``ReadEventLogW`` fills it)."""
    records = []
    pos = 0
    while pos + 56 <= len(raw):
        (length, _res, _num, generated, _written, event_id, event_type, num_strings, _cat, _flags, _closing,
         string_offset) = struct.unpack_from("<6I4H2I", raw, pos)
        if length < 56 or pos + length > len(raw):
            break
        rec = raw[pos:pos + length]
        source = rec[56:].decode("utf-16-le", "replace").split("\0", 1)[0]
        strings = rec[string_offset:].decode("utf-16-le", "replace").split("\0")[:num_strings]
        records.append(ReadRecord(source, event_id & 0xFFFF, event_type, tuple(strings),
                                  dt.datetime.fromtimestamp(generated, dt.timezone.utc)))
        pos += length
    return records


class WindowsEventLog(EventLog):
    """Writes :class:`Event` s to the Windows Application log.

    Args:
        api: an object like :class:`Win32EventApi` (``register``, ``report``, ``deregister``).
        source: the event source name (the MSI registers "Plakwacht").
    """

    name = "windows"

    def __init__(self, api=None, source: str = SOURCE):
        self.api = api if api is not None else Win32EventApi()
        self.source = source
        self._handle = None
        self.available = True
        self.reason = ""

    def _write(self, event: Event) -> bool:
        if self._handle is None:
            self._handle = self.api.register(self.source)
        strings = [event.message(), *event.values().values()]
        return self.api.report(self._handle, EVENT_TYPES[event.event], event.event_id, strings)

    def close(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            try:
                self.api.deregister(handle)
            except Exception as exc:
                log.warning("event source not released: %s", type(exc).__name__)
