"""What a user cannot weaken unseen: the administrator's settings applied, the pause capped, and
every weakened state named so the tray can show it.

Qt-free; the tray app (``ui/app.py``) and ``--self-test`` call these. See :mod:`guard.admin` for
where the administrator's settings come from.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from guard.admin import AdminSettings
from guard.policy import BUILTIN, ENV_VAR, Policy, load_policy

log = logging.getLogger(__name__)

#: Monitor/tray states (the strings of guard.monitor; kept here to stay free of the state machine).
PAUSED = "paused"
NO_WINDOWS = "no_window_detection"


def policy_choice(settings, admin: AdminSettings, environ=None) -> str | os.PathLike | None:
    """Which policy file is in force: the administrator's, else (unless settings are locked) the
    person's ``--policy``/``PLAKWACHT_POLICY``, else their setting; ``BUILTIN`` for the built-in one."""
    environ = os.environ if environ is None else environ
    if admin.policy_file is not None:
        return admin.policy_file
    if admin.lock_settings:
        return BUILTIN  # user overrides are ignored; the built-in policy stands
    return environ.get(ENV_VAR) or getattr(settings, "policy_file", "") or BUILTIN


def policy_in_force(settings, admin: AdminSettings, environ=None) -> Policy:
    """The policy to guard by (never raises; a refused file leaves the built-in one with a problem)."""
    return load_policy(policy_choice(settings, admin, environ))


def personal_policy(policy: Policy, admin: AdminSettings) -> bool:
    """A policy file the person chose (not the built-in one, not the administrator's) is in force."""
    if policy.source == "ingebouwd":
        return False
    return admin.policy_file is None or Path(policy.source) != Path(admin.policy_file)


def cap_pause(until: dt.datetime | None, now: dt.datetime, admin: AdminSettings) -> dt.datetime | None:
    """A pause end no later than the administrator's cap (8 hours by default); None: no pause."""
    if until is None:
        return None
    if admin.max_pause_minutes <= 0:
        return None
    if until.tzinfo is None:
        until = until.replace(tzinfo=dt.timezone.utc)
    latest = now + dt.timedelta(minutes=admin.max_pause_minutes)
    if until > latest:
        log.info("pause capped at %d minutes", admin.max_pause_minutes)
        return latest
    return until


def apply_admin(settings, admin: AdminSettings, now: dt.datetime | None = None) -> None:
    """Make the person's settings (in memory) follow the administrator."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if admin.warn_without_window_detection is not None:
        settings.warn_without_window_detection = admin.warn_without_window_detection
    elif admin.lock_settings:
        settings.warn_without_window_detection = True
    if admin.lock_settings or admin.policy_file is not None:
        settings.policy_file = ""
    settings.paused_until = cap_pause(getattr(settings, "paused_until", None), now, admin)


def weakened(state: str, settings, policy: Policy, admin: AdminSettings) -> list[str]:
    """Plain-Dutch lines for each way the guard is weaker than its state shows (tray tooltip).

    A pause (grey icon) and missing window detection with warnings on (orange icon) already have
    their own icon and status line; what has none gets a line here, and the tray turns red:
    a personal policy in force, or no window detection with "waarschuw blind" off (silence).
    """
    lines = []
    if state == NO_WINDOWS:
        if not getattr(settings, "warn_without_window_detection", True):
            lines.append("Plakwacht ziet niet welk venster actief is en waarschuwen zonder vensterherkenning "
                         "staat uit: je krijgt nu geen enkele waarschuwing. Zet het aan in Instellingen.")
    if personal_policy(policy, admin):
        lines.append(f"Er geldt een eigen beleidsbestand ({Path(policy.source).name}), niet het beleid van UWV.")
    return lines
