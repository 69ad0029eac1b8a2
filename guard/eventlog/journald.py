"""Linux backend: the systemd journal, with structured fields, over journald's native protocol.

A datagram to ``/run/systemd/journal/socket`` in journald's native format (``FIELD=value``
lines; a value with a newline gets a length prefix). No libsystemd, no compiled module.

Fields (read them with ``journalctl -t plakwacht -o json`` or ``PLAKWACHT_EVENT=warning``):
``MESSAGE`` (the one-line ``key="value"`` text), ``PRIORITY`` (4 warning, 6 decision),
``SYSLOG_IDENTIFIER=plakwacht``, ``MESSAGE_ID`` (one per event kind) and ``PLAKWACHT_<FIELD>``
for every field of :data:`guard.eventlog.base.FIELDS`.
"""
from __future__ import annotations

import os
import socket
import struct
from pathlib import Path

from guard.eventlog.base import DECISION, WARNING, Event, EventLog

JOURNAL_SOCKET = Path("/run/systemd/journal/socket")
IDENTIFIER = "plakwacht"
MESSAGE_IDS = {WARNING: "99b983248154483b82327f22735f88fb", DECISION: "cb63f6596d3940038c949e36447ce233"}
PRIORITIES = {WARNING: 4, DECISION: 6}  # syslog: warning, info


def fields(event: Event) -> list[tuple[str, str]]:
    """The journal fields of one event, in order."""
    out = [
        ("MESSAGE", event.message()),
        ("PRIORITY", str(PRIORITIES[event.event])),
        ("SYSLOG_IDENTIFIER", IDENTIFIER),
        ("MESSAGE_ID", MESSAGE_IDS[event.event]),
    ]
    out += [(f"PLAKWACHT_{k.upper()}", v) for k, v in event.values().items()]
    return out


def encode(items: list[tuple[str, str]]) -> bytes:
    """journald's native protocol."""
    chunks = []
    for key, value in items:
        data = value.encode("utf-8")
        if b"\n" in data:
            chunks.append(key.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n")
        else:
            chunks.append(key.encode() + b"=" + data + b"\n")
    return b"".join(chunks)


def decode(datagram: bytes) -> dict[str, str]:
    """The inverse of :func:`encode` (tests and diagnostics)."""
    out: dict[str, str] = {}
    pos = 0
    while pos < len(datagram):
        nl = datagram.index(b"\n", pos)
        line = datagram[pos:nl]
        if b"=" in line:
            key, value = line.split(b"=", 1)
            pos = nl + 1
        else:
            key = line
            (size,) = struct.unpack_from("<Q", datagram, nl + 1)
            start = nl + 9
            value = datagram[start:start + size]
            pos = start + size + 1
        out[key.decode()] = value.decode("utf-8")
    return out


class JournaldEventLog(EventLog):
    """Writes :class:`Event` s to the systemd journal.

    Args:
        socket_path: journald's socket (a test passes its own datagram socket).
    """

    name = "journald"

    def __init__(self, socket_path: os.PathLike | str = JOURNAL_SOCKET):
        self.socket_path = str(socket_path)
        self._sock: socket.socket | None = None
        self.available = True
        self.reason = ""

    def _write(self, event: Event) -> bool:
        if self._sock is None:
            self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.sendto(encode(fields(event)), self.socket_path)
        return True

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
