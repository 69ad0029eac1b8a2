"""The event log's vocabulary and interface. Qt-free.

An :class:`Event` carries only counts and names: when, which site, which guidelines, which
finding types (with how many of each), which document categories, and the decision. It has no
field for text, preview, hash, reason or file name, so a backend cannot write them.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

#: Event kinds and their fixed numbers (Windows event ids; journald MESSAGE_IDs are in journald.py).
WARNING = "warning"
DECISION = "decision"
EVENT_IDS = {WARNING: 1001, DECISION: 1002}

#: The event source name on Windows and the syslog identifier on Linux.
SOURCE = "Plakwacht"

#: The fields of every event, in this order (Windows insertion strings %2.., journald fields).
FIELDS = ("event", "time", "site", "site_kind", "guidelines", "findings", "categories", "decision",
          "warning_id", "version")


def _clean(value: str, limit: int = 64) -> str:
    """Names only: letters, digits and a few separators, cut to ``limit`` characters."""
    return "".join(ch for ch in str(value) if ch.isalnum() or ch in " ._-+:")[:limit]


@dataclass(frozen=True)
class Event:
    """One warning or one decision.

    Attributes:
        event: :data:`WARNING` or :data:`DECISION`.
        time: when, UTC.
        site: the site's name from the policy ("Mistral Le Chat", "ChatGPT"), "" when unknown.
        site_kind: the policy's class of the site (``allowed_genai``, ``forbidden_genai``, ``other``,
            ``unknown`` without window detection).
        guidelines: the numbers of the guidelines broken.
        findings: finding type -> how many (``{"BSN": 1, "PERSON": 2}``).
        categories: document categories (``EMAIL_MESSAGE``, ``HEALTH_DATA``, ``NIET_GECONTROLEERD``).
        decision: the person's choice (``clear``, ``redact``, ``paste_anyway``, ``allowlist``,
            ``dismissed``, ``left_site``); ``pending`` for a warning.
        warning_id: a number that ties a decision to its warning within one run of the program.
        version: Plakwacht's version.
    """

    event: str
    time: dt.datetime
    site: str = ""
    site_kind: str = "unknown"
    guidelines: tuple[int, ...] = ()
    findings: tuple[tuple[str, int], ...] = ()
    categories: tuple[str, ...] = ()
    decision: str = "pending"
    warning_id: int = 0
    version: str = field(default="")

    def __post_init__(self):
        if self.event not in EVENT_IDS:
            raise ValueError(f"unknown event kind {self.event!r}")
        object.__setattr__(self, "site", _clean(self.site))
        object.__setattr__(self, "site_kind", _clean(self.site_kind, 32))
        object.__setattr__(self, "decision", _clean(self.decision, 32))
        object.__setattr__(self, "guidelines", tuple(int(g) for g in self.guidelines))
        object.__setattr__(self, "findings", tuple(sorted((_clean(k, 32), int(n)) for k, n in self.findings)))
        object.__setattr__(self, "categories", tuple(sorted(_clean(c, 32) for c in self.categories)))
        if not self.version:
            from guard import version
            object.__setattr__(self, "version", _clean(version(), 32))

    @property
    def event_id(self) -> int:
        return EVENT_IDS[self.event]

    def values(self) -> dict[str, str]:
        """Every field as text, in :data:`FIELDS` order (lists joined with commas)."""
        t = self.time.astimezone(dt.timezone.utc).replace(microsecond=0)
        return {
            "event": self.event,
            "time": t.isoformat().replace("+00:00", "Z"),
            "site": self.site,
            "site_kind": self.site_kind,
            "guidelines": ",".join(str(g) for g in self.guidelines),
            "findings": ",".join(f"{k}:{n}" for k, n in self.findings),
            "categories": ",".join(self.categories),
            "decision": self.decision,
            "warning_id": str(self.warning_id),
            "version": self.version,
        }

    def message(self) -> str:
        """One line ``key=value ...`` (Splunk and Sentinel split it into fields)."""
        return "Plakwacht " + " ".join(f'{k}="{v}"' for k, v in self.values().items())


class EventLog:
    """Writes events to the OS event log. Backends override :meth:`_write`.

    Attributes:
        name: the backend's short name (``windows``, ``journald``, ``null``).
        available: events really go somewhere.
        reason: why not, in Dutch, when ``available`` is false.
    """

    name = "base"
    available = True
    reason = ""

    def write(self, event: Event) -> bool:
        """Write one event; never raises. Returns whether it was written."""
        try:
            return bool(self._write(event))
        except Exception as exc:  # the event log must never stop the guard
            log.warning("event not written to the %s event log: %s", self.name, type(exc).__name__)
            return False

    def _write(self, event: Event) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self) -> None:
        """Release OS handles. Safe to call twice."""
