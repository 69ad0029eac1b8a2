"""The do-nothing event log: off (the default), or no event log on this system."""
from __future__ import annotations

from guard.eventlog.base import Event, EventLog


class NullEventLog(EventLog):
    name = "null"
    available = False

    def __init__(self, reason: str = "Het gebeurtenissenlogboek staat uit."):
        self.reason = reason

    def _write(self, event: Event) -> bool:
        return False
