"""Administrator settings: read from a protected, machine-wide place, never from the person's folder.

An ordinary user cannot write these places, so what they say cannot be weakened unseen:

- Windows: ``HKLM\\Software\\Policies\\Plakwacht``, then ``HKCU\\Software\\Policies\\Plakwacht``
  (HKLM wins per value; both are writable by administrators and Group Policy only), then
  ``%ProgramData%\\Plakwacht\\admin.toml``;
- Linux: ``/etc/plakwacht/admin.toml``; macOS: ``/Library/Application Support/Plakwacht/admin.toml``.

Registry value names are the CamelCase names in :data:`VALUE_NAMES` (REG_SZ for ``PolicyFile``,
REG_DWORD for the others); TOML keys are the snake_case field names of :class:`AdminSettings`.
``PLAKWACHT_ADMIN_DIR`` replaces the machine-wide folder (tests only).

Loading never raises: a bad value falls back to its default and only its name and type are logged.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ENV_DIR = "PLAKWACHT_ADMIN_DIR"
FILE_NAME = "admin.toml"
REGISTRY_KEY = r"Software\Policies\Plakwacht"
MAX_FILE_BYTES = 64 * 1024
#: Bounds for numbers an administrator sets; outside them the default is used.
PAUSE_MINUTES_RANGE = (0, 7 * 24 * 60)
MARK_DAYS_RANGE = (1, 3650)


@dataclass(frozen=True)
class AdminSettings:
    policy_file: Path | None = None          # administrator policy; wins over user/env policies
    lock_settings: bool = False              # user settings cannot weaken the guard
    max_pause_minutes: int = 480             # pause cap (8 h)
    allow_public_marks: bool = True          # "Deze tekst is openbaar" marks allowed
    public_mark_days: int = 90               # how long such a mark lasts
    warn_without_window_detection: bool | None = None   # None: the user decides ("waarschuw blind")
    event_log: bool = False                  # write warning/decision events to the OS event log
    require_companion: bool = False          # browser companion required (tray shows it)
    source: str | None = None                # where it was read, for display ("HKLM\\...", "/etc/plakwacht/admin.toml")

    @property
    def present(self) -> bool:
        """An administrator configured something (the settings window and ``--self-test`` say so)."""
        return self.source is not None


#: Registry value name per field.
VALUE_NAMES = {
    "policy_file": "PolicyFile", "lock_settings": "LockSettings", "max_pause_minutes": "MaxPauseMinutes",
    "allow_public_marks": "AllowPublicMarks", "public_mark_days": "PublicMarkDays",
    "warn_without_window_detection": "WarnWithoutWindowDetection", "event_log": "EventLog",
    "require_companion": "RequireCompanion",
}
_BOOLS = {"lock_settings", "allow_public_marks", "warn_without_window_detection", "event_log", "require_companion"}
_INTS = {"max_pause_minutes": PAUSE_MINUTES_RANGE, "public_mark_days": MARK_DAYS_RANGE}


def machine_dir() -> Path:
    """The machine-wide folder that holds ``admin.toml`` on this OS."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("ProgramData", r"C:\ProgramData")) / "Plakwacht"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Plakwacht")
    return Path("/etc/plakwacht")


class RegistryReader:
    """Reads ``Software\\Policies\\Plakwacht`` from HKLM then HKCU (Windows only).

    ``values()`` returns ``[(source, {ValueName: value})]`` in order of precedence (HKLM first).
    """

    def values(self) -> list[tuple[str, dict]]:
        if sys.platform != "win32":
            return []
        import winreg

        out = []
        for hive, label in ((winreg.HKEY_LOCAL_MACHINE, "HKLM"), (winreg.HKEY_CURRENT_USER, "HKCU")):
            try:
                key = winreg.OpenKey(hive, REGISTRY_KEY)
            except OSError:
                continue
            found = {}
            with key:
                i = 0
                while True:
                    try:
                        name, value, _kind = winreg.EnumValue(key, i)
                    except OSError:
                        break
                    found[name] = value
                    i += 1
            if found:
                out.append((f"{label}\\{REGISTRY_KEY}", found))
        return out


def load_admin_settings(reader=None) -> AdminSettings:
    """The administrator's settings; defaults where nothing (valid) is set. Never raises.

    Args:
        reader: an object with ``values() -> [(source, {ValueName: value})]``, highest precedence
            first (default: :class:`RegistryReader`; tests pass a fake).
    """
    try:
        return _load(reader if reader is not None else RegistryReader())
    except Exception as exc:  # promised never to raise; the type is enough to find it
        log.warning("administrator settings unreadable: %s", type(exc).__name__)
        return AdminSettings()


def _load(reader) -> AdminSettings:
    chosen: dict = {}
    sources: list[str] = []
    try:
        layers = list(reader.values())
    except Exception as exc:
        log.warning("administrator registry unreadable: %s", type(exc).__name__)
        layers = []
    for source, values in layers:
        used = False
        for field_name, value_name in VALUE_NAMES.items():
            if field_name in chosen or value_name not in values:
                continue
            value = _check(field_name, values[value_name], registry=True)
            if value is not _BAD:
                chosen[field_name] = value
                used = True
        if used:
            sources.append(source)
    path = machine_dir() / FILE_NAME
    data = _read_toml(path)
    if data:
        used = False
        for field_name in VALUE_NAMES:
            if field_name in chosen or field_name not in data:
                continue
            value = _check(field_name, data[field_name], registry=False, base=path.parent)
            if value is not _BAD:
                chosen[field_name] = value
                used = True
        if used:
            sources.append(str(path))
    if not sources:
        return AdminSettings()
    return AdminSettings(**chosen, source=", ".join(sources))


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("administrator file unreadable: %s", type(exc).__name__)
        return {}
    if len(raw) > MAX_FILE_BYTES:
        log.warning("administrator file larger than %d bytes, ignored", MAX_FILE_BYTES)
        return {}
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        log.warning("administrator file not valid TOML: %s", type(exc).__name__)
        return {}
    return data if isinstance(data, dict) else {}


_BAD = object()


def _check(name: str, value, *, registry: bool, base: Path | None = None):
    """The value if it fits the field, else ``_BAD`` (logged by name and type only)."""
    ok = _BAD
    if name == "policy_file":
        if isinstance(value, str) and value.strip() and "\x00" not in value:
            p = Path(os.path.expandvars(value.strip()))
            ok = p if p.is_absolute() or base is None else base / p
    elif name in _BOOLS:
        if isinstance(value, bool):
            ok = value
        elif registry and isinstance(value, int) and value in (0, 1):  # REG_DWORD
            ok = bool(value)
    elif name in _INTS:
        low, high = _INTS[name]
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            ok = value
    if ok is _BAD:
        log.warning("administrator setting %s has a wrong value (%s), default used", name, type(value).__name__)
    return ok


def describe(admin: AdminSettings) -> list[str]:
    """Plain-Dutch lines for the settings window and ``--self-test``: what the administrator set."""
    if not admin.present:
        return []
    lines = [f"Je beheerder heeft Plakwacht ingesteld ({admin.source})."]
    if admin.policy_file is not None:
        lines.append("Het beleid komt van je beheerder; een eigen beleidsbestand telt niet.")
    if admin.lock_settings:
        lines.append("Je kunt de instellingen die de bescherming verzwakken niet zelf veranderen.")
    if admin.max_pause_minutes == 0:
        lines.append("Pauzeren is uitgezet door je beheerder.")
    else:
        lines.append(f"Pauzeren kan hoogstens {_duration(admin.max_pause_minutes)}.")
    if not admin.allow_public_marks:
        lines.append("Teksten als openbaar markeren is uitgezet.")
    if admin.warn_without_window_detection is not None:
        lines.append("Waarschuwen zonder vensterherkenning staat " +
                     ("aan." if admin.warn_without_window_detection else "uit.") + " Dat bepaalt je beheerder.")
    return lines


def _duration(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} uur"
    return f"{minutes} minuten"


__all__ = ["AdminSettings", "RegistryReader", "VALUE_NAMES", "describe", "load_admin_settings", "machine_dir"]


def _field_names() -> list[str]:  # kept in step with VALUE_NAMES by a test
    return [f.name for f in dataclasses.fields(AdminSettings) if f.name != "source"]
