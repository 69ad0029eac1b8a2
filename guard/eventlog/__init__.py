"""The OS event log: one event per warning and per decision, for the organisation's collectors.

Off by default; an administrator turns it on (``AdminSettings.event_log``, group policy value
``EventLog``). Events carry counts and names only: time, site, guidelines, finding types with
counts, categories, decision. Never text, preview, hash, reason or file name (see docs/fleet.md).

- Windows: the Application log, source "Plakwacht" (``windows.py``, registered by the MSI);
- Linux: the systemd journal with ``PLAKWACHT_*`` fields (``journald.py``);
- anything else, or off: :class:`NullEventLog`.

Use :func:`create_event_log` once at start-up and :class:`EventRecorder` to turn the guard's
warnings into events.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable

from guard.eventlog.base import DECISION, EVENT_IDS, FIELDS, SOURCE, WARNING, Event, EventLog
from guard.eventlog.null import NullEventLog

log = logging.getLogger(__name__)


def create_event_log(enabled: bool, *, platform: str | None = None, journal_socket=None) -> EventLog:
    """The event log for this system; a :class:`NullEventLog` when ``enabled`` is false or none works.

    Never raises.
    """
    if not enabled:
        return NullEventLog()
    platform = platform or sys.platform
    try:
        if platform == "win32":
            from guard.eventlog.windows import WindowsEventLog

            return WindowsEventLog()
        if platform.startswith("linux"):
            from guard.eventlog.journald import JOURNAL_SOCKET, JournaldEventLog

            path = journal_socket or JOURNAL_SOCKET
            if not os.path.exists(path):
                return NullEventLog("Er is geen systemd-journal op deze computer. "
                                    "Plakwacht schrijft daarom geen gebeurtenissen.")
            return JournaldEventLog(path)
    except Exception as exc:
        log.warning("event log not available: %s", type(exc).__name__)
        return NullEventLog("Het gebeurtenissenlogboek van deze computer werkt niet. "
                            "Plakwacht schrijft daarom geen gebeurtenissen.")
    return NullEventLog("Op dit besturingssysteem schrijft Plakwacht geen gebeurtenissen.")


def recorder_for(admin, *, platform: str | None = None) -> EventRecorder:
    """The recorder for the administrator's settings (``guard.admin.AdminSettings``; only
    ``admin.event_log`` is read). Off unless the administrator turned it on. Never raises."""
    return EventRecorder(create_event_log(bool(getattr(admin, "event_log", False)), platform=platform))


class EventRecorder:
    """Turns the guard's warnings and decisions into events (duck-typed on ``guard.monitor.Alert``).

    Reads only: ``alert.id``, ``alert.site`` (``.site``, ``.kind``), ``alert.verdict.numbers``,
    ``alert.analysis.findings[*].type``, ``alert.analysis.category_names``, ``alert.kind`` and the
    decision. Never the text. Never raises.
    """

    def __init__(self, event_log: EventLog, now: Callable[[], dt.datetime] | None = None):
        self.event_log = event_log
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def enabled(self) -> bool:
        return bool(self.event_log.available)

    def event_for(self, kind: str, alert, decision: str = "pending") -> Event:
        site = getattr(alert, "site", None)
        analysis = getattr(alert, "analysis", None)
        findings = Counter(f.type for f in getattr(analysis, "findings", ()) or ())
        categories = list(getattr(analysis, "category_names", ()) or ())
        if getattr(alert, "kind", "") == "unchecked":
            categories.append("NIET_GECONTROLEERD")
        return Event(
            kind, self.now(),
            site=getattr(site, "site", "") if site is not None else "",
            site_kind=getattr(site, "kind", "other") if site is not None else "unknown",
            guidelines=tuple(getattr(getattr(alert, "verdict", None), "numbers", ()) or ()),
            findings=tuple(findings.items()), categories=tuple(categories), decision=decision,
            warning_id=int(getattr(alert, "id", 0) or 0))

    def warning(self, alert) -> bool:
        return self._write(WARNING, alert, "pending")

    def decision(self, alert, decision: str) -> bool:
        return self._write(DECISION, alert, decision)

    def _write(self, kind: str, alert, decision: str) -> bool:
        if not self.enabled:
            return False
        try:
            event = self.event_for(kind, alert, decision)
        except Exception as exc:
            log.warning("event not built: %s", type(exc).__name__)
            return False
        return self.event_log.write(event)

    def close(self) -> None:
        self.event_log.close()


__all__ = ["DECISION", "EVENT_IDS", "FIELDS", "SOURCE", "WARNING", "Event", "EventLog", "EventRecorder",
           "NullEventLog", "create_event_log", "recorder_for"]
