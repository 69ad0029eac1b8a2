"""Where the key of the keyed hashes lives: the operating system's protected store, never the data folder.

A copy of the data folder (a backup, a roaming profile) must not be enough to turn the
allowlist's keyed hashes back into personal data. So the key is kept by the OS, per user:

- Windows: Credential Manager (its secrets are encrypted with DPAPI under the user's logon);
- Linux: the Secret Service (GNOME Keyring, KWallet) over D-Bus;
- macOS: the login Keychain.

Plakwacht reaches all three through the ``keyring`` library (jaraco/keyring, MIT): maintained,
one small API over exactly these stores, pure Python on every OS (SecretStorage/jeepney on Linux,
pywin32-ctypes on Windows) and known to PyInstaller. Where no store works (a server, a desktop
without a Secret Service, a locked keyring) the key is kept in memory only while Plakwacht runs:
texts marked "openbaar" are then remembered until it stops, and the settings window says so.

``PLAKWACHT_KEYSTORE=memory`` forces the in-memory store (tests, kiosk machines).
"""
from __future__ import annotations

import binascii
import logging
import os
import threading

log = logging.getLogger(__name__)

ENV_VAR = "PLAKWACHT_KEYSTORE"
SERVICE = "Plakwacht"

#: Shown in the settings window.
PERSISTENT_NOTE = "De sleutel voor je openbare teksten staat in de beveiligde opslag van je computer ({label})."
MEMORY_NOTE = ("Je computer heeft geen beveiligde sleutelopslag die Plakwacht kan gebruiken. Teksten die je als "
               "openbaar markeert, onthoudt Plakwacht daarom alleen tot het stopt.")


class KeyStore:
    """One secret per name. ``persistent``: it survives a restart of Plakwacht."""

    persistent = False
    label = "geheugen"

    def load(self, name: str) -> bytes | None:
        raise NotImplementedError

    def save(self, name: str, secret: bytes) -> None:
        raise NotImplementedError

    def delete(self, name: str) -> None:
        raise NotImplementedError


class MemoryKeyStore(KeyStore):
    """Keys for this process only; shared by every instance so one run sees one key per name."""

    _keys: dict[str, bytes] = {}
    _lock = threading.Lock()

    def load(self, name: str) -> bytes | None:
        with self._lock:
            return self._keys.get(name)

    def save(self, name: str, secret: bytes) -> None:
        with self._lock:
            self._keys[name] = bytes(secret)

    def delete(self, name: str) -> None:
        with self._lock:
            self._keys.pop(name, None)


class KeyringStore(KeyStore):
    """The OS store through ``keyring`` (``backend``: a keyring backend object, for tests)."""

    persistent = True

    def __init__(self, backend=None):
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self.backend = backend
        self.label = _label(backend)

    def load(self, name: str) -> bytes | None:
        value = self.backend.get_password(SERVICE, name)
        if value is None:
            return None
        try:
            return binascii.unhexlify(value)
        except (binascii.Error, ValueError):
            return b""  # damaged: the caller replaces it

    def save(self, name: str, secret: bytes) -> None:
        self.backend.set_password(SERVICE, name, secret.hex())

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(SERVICE, name)
        except Exception as exc:  # keyring.errors.PasswordDeleteError: nothing there
            log.info("key not deleted: %s", type(exc).__name__)


def _label(backend) -> str:
    module = type(backend).__module__
    if "Windows" in module or "win" in module.lower():
        return "Windows Referentiebeheer"
    if "macOS" in module or "OS_X" in module:
        return "macOS-sleutelhanger"
    if "SecretService" in module or "libsecret" in module.lower():
        return "Secret Service (sleutelbos)"
    if "kwallet" in module.lower():
        return "KWallet"
    return type(backend).__name__


def default_store() -> KeyStore:
    """The OS store when one is usable here, else :class:`MemoryKeyStore`."""
    if os.environ.get(ENV_VAR, "").lower() == "memory":
        return MemoryKeyStore()
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            log.info("no OS key store: %s", type(backend).__name__)
            return MemoryKeyStore()
        return KeyringStore(backend)
    except Exception as exc:  # a broken keyring install must not stop the guard
        log.warning("OS key store unavailable: %s", type(exc).__name__)
        return MemoryKeyStore()


def note(hasher) -> str:
    """The settings window's line about where the key is."""
    if getattr(hasher, "persistent", False):
        return PERSISTENT_NOTE.format(label=getattr(getattr(hasher, "store", None), "label", "besturingssysteem"))
    return MEMORY_NOTE
