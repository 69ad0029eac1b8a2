"""Texts the person marked as public ("deze tekst is openbaar"): not warned about again, for a while.

Only keyed hashes are stored (see :mod:`guard.hashing`), never the text; beside each hash the day
it was marked and what the warning was about in words ("e-mail, naam"), so the history window can
list the marks ("Als openbaar gemarkeerd") and the person can delete one. A mark expires after
``days`` (``AdminSettings.public_mark_days``, 90 by default); an administrator can switch marks off
(``AdminSettings.allow_public_marks``): then no mark counts and none can be made.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from guard import paths
from guard.hashing import KeyedHasher

log = logging.getLogger(__name__)

SCHEMA = 2
FILE_NAME = "allowlist.json"
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class Mark:
    """One "openbaar" mark, as the history window lists it (no text, only a hash and words)."""

    digest: str
    marked: dt.datetime
    expires: dt.datetime | None
    what: str = ""


def admin_options(admin=None) -> dict:
    """``days`` and ``enabled`` for :class:`Allowlist` from the administrator's settings.

    ``admin`` is an ``AdminSettings`` (``guard/admin.py``, issue 10: ``public_mark_days``,
    ``allow_public_marks``); without one it is read with ``load_admin_settings()`` when that module
    exists, else the defaults hold (90 days, marks allowed).
    """
    if admin is None:
        try:
            from guard.admin import load_admin_settings  # type: ignore[import-not-found]
        except ImportError:
            return {}
        admin = load_admin_settings()
    out = {}
    days = getattr(admin, "public_mark_days", None)
    if isinstance(days, int) and not isinstance(days, bool) and days > 0:
        out["days"] = days
    allowed = getattr(admin, "allow_public_marks", None)
    if isinstance(allowed, bool):
        out["enabled"] = allowed
    return out


class Allowlist:
    """A set of keyed hashes kept in a small JSON file (written atomically, mode 0600).

    Attributes:
        problems: plain-Dutch messages for the person, e.g. that a damaged file was replaced.
    """

    def __init__(self, path: Path, hasher: KeyedHasher, *, days: int | None = DEFAULT_DAYS, enabled: bool = True,
                 now=None):
        self.path = Path(path)
        self.hasher = hasher
        self.days = days
        self.enabled = enabled
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.problems: list[str] = []
        self._hashes: dict[str, dict] = self._load()

    def _expiry(self, info: dict) -> dt.datetime | None:
        if not self.days:
            return None
        try:
            marked = dt.datetime.fromisoformat(info["marked"])
        except (KeyError, ValueError, TypeError):
            return self.now()  # an unreadable date: treat the mark as expired
        if marked.tzinfo is None:
            marked = marked.replace(tzinfo=dt.timezone.utc)
        return marked + dt.timedelta(days=self.days)

    def _live(self, info: dict) -> bool:
        expires = self._expiry(info)
        return expires is None or self.now() < expires

    def contains(self, text: str) -> bool:
        return self.contains_digest(self.hasher.digest(text))

    def contains_digest(self, digest: str) -> bool:
        """For a digest made earlier (off the GUI thread) with ``self.hasher.digest``."""
        if not self.enabled:
            return False
        info = self._hashes.get(digest)
        return info is not None and self._live(info)

    def add(self, text: str, what: str = "") -> None:
        self.add_digest(self.hasher.digest(text), what)

    def add_digest(self, digest: str, what: str = "") -> None:
        if not self.enabled:
            raise ValueError("Je beheerder staat het markeren van teksten als openbaar niet toe.")
        self._hashes[digest] = {"marked": self.now().isoformat(timespec="seconds"), "what": what[:120]}
        self._save()

    def marks(self) -> list[Mark]:
        """The marks that still count, newest first; expired ones are dropped from the file."""
        self.purge()
        out = []
        for digest, info in self._hashes.items():
            marked = dt.datetime.fromisoformat(info["marked"])
            if marked.tzinfo is None:
                marked = marked.replace(tzinfo=dt.timezone.utc)
            out.append(Mark(digest, marked, self._expiry(info), str(info.get("what", ""))))
        return sorted(out, key=lambda m: m.marked, reverse=True)

    def remove(self, digest: str) -> bool:
        """Delete one mark (from the history window); returns whether it was there."""
        if self._hashes.pop(digest, None) is None:
            return False
        self._save()
        return True

    def purge(self) -> int:
        """Drop expired marks; returns how many."""
        old = [d for d, info in self._hashes.items() if not self._live(info)]
        for d in old:
            del self._hashes[d]
        if old:
            self._save()
        return len(old)

    def clear(self) -> None:
        self._hashes = {}
        self._save()

    def __len__(self) -> int:
        return len(self._hashes)

    def _load(self) -> dict[str, str]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("allowlist unreadable: %s", exc.strerror)
            self.problems.append("De lijst met openbare teksten kan niet worden gelezen. "
                                 "Plakwacht waarschuwt daarom ook voor teksten die je als openbaar had gemarkeerd.")
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            hashes = data["hashes"]
            if data.get("schema") not in (1, SCHEMA) or not isinstance(hashes, dict) or not all(
                    isinstance(k, str) and len(k) == 64 and (isinstance(v, str) or (
                        isinstance(v, dict) and isinstance(v.get("marked"), str))) for k, v in hashes.items()):
                raise ValueError("unexpected shape")
            # Schema 1 kept only the date: such marks get no description and expire like the others.
            hashes = {k: (v if isinstance(v, dict) else {"marked": v, "what": ""}) for k, v in hashes.items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            aside = paths.move_aside(self.path)
            log.warning("allowlist damaged (%s), moved aside", type(exc).__name__)
            self.problems.append(
                "De lijst met teksten die je als openbaar had gemarkeerd, was beschadigd. "
                "Plakwacht begint met een lege lijst; markeer die teksten opnieuw als je weer een waarschuwing krijgt."
                + (f" Het oude bestand staat in {aside.name}." if aside else ""))
            return {}
        paths.make_private(self.path)
        return dict(hashes)

    def _save(self) -> None:
        data = json.dumps({"schema": SCHEMA, "hashes": self._hashes}, indent=1, sort_keys=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        paths.write_private_atomic(self.path, data.encode("utf-8"))
