"""The guard's set-up, without Qt: everything the tray app needs before its first window.

:func:`assemble` opens the stores in the data folder (settings, keyed hasher, allowlist, history),
loads the policy in force and chooses the window backend; the detector is *not* built here but
handed over as a factory, because it takes seconds and the tray loads it in the background.
``ui/app.py`` turns the result into the running app. Nothing here imports Qt or builds a detector.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from guard import allowlist as allowlist_module
from guard import hashing
from guard import history as history_module
from guard import settings as settings_module
from guard.allowlist import Allowlist
from guard.hashing import KeyedHasher
from guard.history import HistoryStore
from guard.policy import ENV_VAR as POLICY_ENV_VAR
from guard.policy import Policy, load_policy
from guard.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_FILE = settings_module.FILE_NAME
KEY_FILE = hashing.KEY_FILE
ALLOWLIST_FILE = allowlist_module.FILE_NAME
HISTORY_FILE = history_module.FILE_NAME


def build_detector():
    """The process-wide detector (spaCy + Presidio, a few seconds): call it off the GUI thread."""
    from detectors import get_detector

    return get_detector()


def policy_path(settings: Settings) -> str | None:
    """The administrator's ``PLAKWACHT_POLICY`` (or ``--policy``) wins over the personal setting."""
    return os.environ.get(POLICY_ENV_VAR) or settings.policy_file or None


def policy_for(settings: Settings) -> Policy:
    """The policy in force for these settings (the built-in one if the chosen file is invalid)."""
    return load_policy(policy_path(settings))


def start_logging() -> None:
    """The log file in the data folder, and crash reports that carry types and places, never a message."""
    from guard import logs

    logs.setup()
    logs.install_excepthook()


@dataclass
class GuardParts:
    """What the tray app is built from.

    Attributes:
        data_dir: the data folder.
        settings_path: where the settings are saved.
        settings, policy, hasher, allowlist, history: the guard's stores and the policy in force.
        backend: the window backend (``backend.available`` is ``False`` without window detection).
        detector_factory: builds the detector; call it in a background thread.
    """

    data_dir: Path
    settings_path: Path
    settings: Settings
    policy: Policy
    hasher: KeyedHasher
    allowlist: Allowlist
    history: HistoryStore
    backend: object
    detector_factory: Callable[[], object]

    @property
    def problems(self) -> list[str]:
        """Plain-Dutch messages about damaged or invalid files, for the person, in one list."""
        out: list[str] = []
        for part in (self.policy, self.settings, self.history, self.allowlist, self.hasher):
            out += list(getattr(part, "problems", ()) or ())
        return out

    def close(self) -> None:
        """Close the history (the other stores hold no open files)."""
        try:
            self.history.close()
        except Exception as exc:
            log.warning("history not closed cleanly: %s", type(exc).__name__)


def assemble(data_dir: Path | None = None, *, backend_factory: Callable[[], object] | None = None,
             detector_factory: Callable[[], object] = build_detector) -> GuardParts:
    """Open the stores, load the policy and choose the window backend.

    Args:
        data_dir: the data folder (default :func:`guard.paths.data_dir`, which honours ``--data-dir``).
        backend_factory: makes the window backend (default :func:`guard.windows.create_backend`).
        detector_factory: what the app calls to build the detector (default :func:`build_detector`).
    """
    if data_dir is None:
        from guard import paths

        data_dir = paths.data_dir()
    if backend_factory is None:
        from guard.windows import create_backend as backend_factory
    data_dir = Path(data_dir)
    settings_path = data_dir / SETTINGS_FILE
    settings = Settings.load(settings_path)
    policy = policy_for(settings)
    hasher = KeyedHasher(data_dir / KEY_FILE)
    allowlist = Allowlist(data_dir / ALLOWLIST_FILE, hasher)
    history = HistoryStore(data_dir / HISTORY_FILE, retention_days=settings.retention_days)
    backend = backend_factory()
    if not getattr(backend, "available", False):
        log.info("no window detection: %s", getattr(backend, "detail", ""))
    return GuardParts(data_dir, settings_path, settings, policy, hasher, allowlist, history, backend,
                      detector_factory)


__all__ = ["GuardParts", "assemble", "build_detector", "policy_for", "policy_path", "start_logging"]
