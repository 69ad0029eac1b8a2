"""Keyed hashes: recognise a text again without keeping it.

A plain SHA-256 of a short text (a BSN has only 10^9 values) can be reversed by trying them all.
An HMAC with a random per-install key cannot, as long as the key stays on this machine.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import unicodedata
from pathlib import Path

from guard import paths

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEY_FILE = "hash.key"


def normalise(text: str) -> str:
    """The form two copies of "the same text" share: NFC, whitespace runs collapsed, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class KeyedHasher:
    """HMAC-SHA256 with a per-install key kept (0600) at ``key_path``.

    A missing key is created; a damaged key (wrong length) is moved aside and replaced, which
    means earlier hashes (allowlist entries) no longer match — safe, the person is warned again.
    """

    def __init__(self, key_path: Path | None = None):
        self.key_path = Path(key_path) if key_path is not None else paths.data_dir() / KEY_FILE
        self.problems: list[str] = []
        self._key = self._load_or_create()
        self._last: tuple[str, str] | None = None

    def digest(self, text: str) -> str:
        """Hex HMAC-SHA256 of the normalised text.

        The last result is remembered: the allowlist check and the history row ask for the same
        text one after the other, and a 10 MB text costs most of a second to normalise.
        """
        last = self._last
        if last is not None and (last[0] is text or last[0] == text):
            return last[1]
        value = hmac.new(self._key, normalise(text).encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
        self._last = (text, value)
        return value

    def _load_or_create(self) -> bytes:
        try:
            key = self.key_path.read_bytes()
        except FileNotFoundError:
            key = None
        if key is not None and len(key) == KEY_BYTES:
            paths.make_private(self.key_path)
            return key
        if key is not None:
            aside = paths.move_aside(self.key_path)
            self.problems.append("De sleutel van Plakwacht was beschadigd en is vervangen. "
                                 "Teksten die je als openbaar had gemarkeerd, moet je opnieuw markeren."
                                 + (f" Het oude bestand staat in {aside.name}." if aside else ""))
            log.warning("hash key had %d bytes, replaced", len(key))
        return self._create()

    def _create(self) -> bytes:
        key = secrets.token_bytes(KEY_BYTES)
        self.key_path.parent.mkdir(parents=True, exist_ok=True)
        # Two instances starting at once must end up with the same key: the first to create wins.
        if paths.write_private_exclusive(self.key_path, key):
            return key
        return self.key_path.read_bytes()
