"""The person's settings, in a small JSON file next to the history (mode 0600, written atomically)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from guard import paths

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
SCHEMA = 1
MIN_RETENTION_DAYS = 1
MAX_RETENTION_DAYS = 3650


@dataclass
class Settings:
    """What the person (or an administrator) can change.

    Attributes:
        paused_until: the guard is paused until this moment (UTC aware); None: not paused.
        retention_days: history entries older than this are deleted.
        policy_file: another policy file ("" = the built-in one).
        start_at_login: start Plakwacht when the person logs in.
        warn_without_window_detection: where the active window cannot be seen (Wayland), warn
            for every flagged text instead of never.
        show_notifications: show tray notifications.
        problems: plain-Dutch messages about this file (not saved).
    """

    paused_until: dt.datetime | None = None
    retention_days: int = 90
    policy_file: str = ""
    start_at_login: bool = False
    warn_without_window_detection: bool = True
    show_notifications: bool = True
    problems: list[str] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> "Settings":
        """Read settings; a missing file gives defaults, a damaged one is moved aside (see ``problems``).

        Unknown keys are ignored (a newer version wrote them); a known key with a wrong value falls
        back to its default with a message, the other keys are kept.
        """
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            log.warning("settings unreadable: %s", exc.strerror)
            return cls(problems=["Je instellingen kunnen niet worden gelezen. Plakwacht gebruikt de standaardinstellingen."])
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except ValueError:  # includes UnicodeDecodeError and JSONDecodeError
            aside = paths.move_aside(path)
            log.warning("settings file damaged, moved aside")
            return cls(problems=[
                "Het bestand met je instellingen was beschadigd. Plakwacht gebruikt de standaardinstellingen; "
                "controleer ze in het menu Instellingen."
                + (f" Het oude bestand staat in {aside.name}." if aside else "")])
        paths.make_private(path)
        settings = cls()
        bad = []
        for f in dataclasses.fields(cls):
            if f.name == "problems" or f.name not in data:
                continue
            try:
                setattr(settings, f.name, _decode(f.name, data[f.name]))
            except (TypeError, ValueError):
                bad.append(f.name)
        if bad:
            log.warning("settings with invalid values reset: %s", ", ".join(bad))
            settings.problems.append("Een paar instellingen waren ongeldig en staan weer op de standaardwaarde. "
                                     "Controleer ze in het menu Instellingen.")
        return settings

    def save(self, path: Path) -> None:
        """Write all-or-nothing (temp file + ``os.replace``), mode 0600."""
        data = {"schema": SCHEMA}
        for f in dataclasses.fields(self):
            if f.name == "problems":
                continue
            value = getattr(self, f.name)
            data[f.name] = value.isoformat() if isinstance(value, dt.datetime) else value
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        paths.write_private_atomic(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))


def _decode(name: str, value):
    if name == "paused_until":
        if value is None:
            return None
        if not isinstance(value, str):
            raise TypeError(name)
        when = dt.datetime.fromisoformat(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        return when
    if name == "retention_days":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(name)
        if not MIN_RETENTION_DAYS <= value <= MAX_RETENTION_DAYS:
            raise ValueError(name)
        return value
    if name == "policy_file":
        if not isinstance(value, str):
            raise TypeError(name)
        return value
    if not isinstance(value, bool):
        raise TypeError(name)
    return value
