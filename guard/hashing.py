"""Keyed hashes: recognise a text again without keeping it.

A plain SHA-256 of a short text (a BSN has only 10^9 values) can be reversed by trying them all.
An HMAC with a random per-install key cannot, as long as the key stays on this machine.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
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


PIECE = 1 << 16
_ASCII_SPACE = " \t\n\r\x0b\x0c"


def _pieces(text: str):
    """``text`` in consecutive pieces of about :data:`PIECE` characters, each ending just before an
    ASCII whitespace character (or at the end); a piece without one nearby runs on to the next."""
    n, start = len(text), 0
    while start < n:
        end = start + PIECE
        if end >= n:
            yield text[start:]
            return
        cut = -1
        while cut < 0 and end < n:
            window = text[end:end + PIECE]
            positions = [window.find(c) for c in _ASCII_SPACE]
            found = [p for p in positions if p >= 0]
            if found:
                cut = end + min(found)
            else:
                end += PIECE
        if cut < 0:
            yield text[start:]
            return
        yield text[start:cut]
        start = cut


class KeyedHasher:
    """HMAC-SHA256 with a per-user key from the OS key store (:mod:`guard.keystore`).

    Args:
        key_path: where earlier versions kept the key (``hash.key`` in the data folder). Only read
            to move such a key into the store; the file is then overwritten and deleted. Its path
            names the key, so two data folders have two keys.
        store: a :class:`guard.keystore.KeyStore`; default :class:`~guard.keystore.MemoryKeyStore`
            (the app passes :func:`guard.keystore.default_store`).

    Attributes:
        persistent: the key survives a restart (it is in the OS store); False: memory only.
        problems: plain-Dutch messages for the person.

    A damaged key in the store is replaced, which means earlier hashes (allowlist entries) no
    longer match: safe, the person is warned again.
    """

    def __init__(self, key_path: Path | None = None, store=None):
        from guard.keystore import MemoryKeyStore

        self.key_path = Path(key_path) if key_path is not None else paths.data_dir() / KEY_FILE
        self.store = store if store is not None else MemoryKeyStore()
        where = str(self.key_path.resolve())
        self.key_name = "hash-key-" + hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.problems: list[str] = []
        self.persistent = False
        self._key = self._load_or_create()

    def digest(self, text: str) -> str:
        """Hex HMAC-SHA256 of the normalised text. Nothing of the text is remembered.

        Equal to ``HMAC(key, normalise(text))``, but worked through in pieces of about 64k
        characters, cut at ASCII whitespace (which never composes with a neighbour under NFC, so
        each piece normalises as it would inside the whole): no single C call holds the GIL for
        long, so the GUI thread keeps running while the worker hashes a 10 MB text (issue 10:
        ``str.split`` of 10 MB took 246 ms in one call).
        """
        mac = hmac.new(self._key, digestmod=hashlib.sha256)
        first = True
        for piece in _pieces(text):
            words = unicodedata.normalize("NFC", piece).split()
            if not words:
                continue
            if not first:
                mac.update(b" ")
            mac.update(" ".join(words).encode("utf-8", "surrogatepass"))
            first = False
        return mac.hexdigest()

    def _load_or_create(self) -> bytes:
        from guard.keystore import MemoryKeyStore

        legacy = self._take_legacy_key()
        try:
            key = self.store.load(self.key_name)
            if key is not None and len(key) != KEY_BYTES:
                log.warning("stored hash key had %d bytes, replaced", len(key))
                self.problems.append("De sleutel van Plakwacht was beschadigd en is vervangen. "
                                     "Teksten die je als openbaar had gemarkeerd, moet je opnieuw markeren.")
                key = None
            if key is None:
                key = legacy if legacy is not None else secrets.token_bytes(KEY_BYTES)
                self.store.save(self.key_name, key)
            self.persistent = bool(getattr(self.store, "persistent", False))
            return key
        except Exception as exc:  # locked keyring, D-Bus gone, access denied: memory only
            log.warning("key store failed (%s): key kept in memory", type(exc).__name__)
            self.store = MemoryKeyStore()
            key = self.store.load(self.key_name)
            if key is None:
                key = legacy if legacy is not None else secrets.token_bytes(KEY_BYTES)
                self.store.save(self.key_name, key)
            return key

    def _take_legacy_key(self) -> bytes | None:
        """A key an earlier version left in the data folder: read it, then wipe the file."""
        try:
            key = self.key_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("old hash key unreadable: %s", type(exc).__name__)
            return None
        try:
            with open(self.key_path, "r+b") as fh:  # overwrite before unlinking: not left in free blocks
                fh.write(b"\0" * len(key))
                fh.flush()
                os.fsync(fh.fileno())
            self.key_path.unlink()
        except OSError as exc:
            log.warning("old hash key not deleted: %s", type(exc).__name__)
        if len(key) != KEY_BYTES:
            log.warning("old hash key had %d bytes, not used", len(key))
            self.problems.append("De sleutel van Plakwacht was beschadigd en is vervangen. "
                                 "Teksten die je als openbaar had gemarkeerd, moet je opnieuw markeren.")
            return None
        return key
