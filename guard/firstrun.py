"""The first start: what the installed program turns on by itself.

Start at login is on for the installed (frozen) program — a guard that is not running guards
nothing — and off when Plakwacht runs from a checkout (``uv run plakwacht``), where a developer
would not expect a login item. The person can switch it off in Instellingen.
"""
from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def first_start_defaults(settings, *, installed: bool | None = None, autostart_set=None) -> str | None:
    """Apply first-start defaults to ``settings``; returns a Dutch problem message or ``None``.

    Args:
        installed: the program is the installed build (default: ``sys.frozen``).
        autostart_set: callable(enabled) -> problem or None (default :func:`guard.autostart.set_enabled`).
    """
    installed = bool(getattr(sys, "frozen", False)) if installed is None else installed
    if not installed or settings.start_at_login:
        return None
    if autostart_set is None:
        from guard import autostart

        autostart_set = autostart.set_enabled
    problem = autostart_set(True)
    if problem:
        log.warning("start at login not set on first start")
        return problem
    settings.start_at_login = True
    return None
