"""Texts the person marked as public ("deze tekst is openbaar"): never warned about again.

Only keyed hashes are stored (see :mod:`guard.hashing`), never the text.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from guard import paths
from guard.hashing import KeyedHasher

log = logging.getLogger(__name__)

SCHEMA = 1
FILE_NAME = "allowlist.json"


class Allowlist:
    """A set of keyed hashes kept in a small JSON file (written atomically, mode 0600).

    Attributes:
        problems: plain-Dutch messages for the person, e.g. that a damaged file was replaced.
    """

    def __init__(self, path: Path, hasher: KeyedHasher):
        self.path = Path(path)
        self.hasher = hasher
        self.problems: list[str] = []
        self._hashes: dict[str, str] = self._load()

    def contains(self, text: str) -> bool:
        return self.contains_digest(self.hasher.digest(text))

    def contains_digest(self, digest: str) -> bool:
        """For a digest made earlier (off the GUI thread) with ``self.hasher.digest``."""
        return digest in self._hashes

    def add(self, text: str) -> None:
        self.add_digest(self.hasher.digest(text))

    def add_digest(self, digest: str) -> None:
        if digest in self._hashes:
            return
        self._hashes[digest] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self._save()

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
            if data.get("schema") != SCHEMA or not isinstance(hashes, dict) or not all(
                    isinstance(k, str) and len(k) == 64 and isinstance(v, str) for k, v in hashes.items()):
                raise ValueError("unexpected shape")
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
