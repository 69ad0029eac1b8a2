"""PyInstaller hooks for Plakwacht's own packages (registered as a ``pyinstaller40`` entry point).

Plakwacht imports several modules by name at run time, which PyInstaller's static analysis
cannot see: the sub-commands in ``guard.cli`` (``importlib``), the window backend for this OS
in ``guard.windows`` (chosen at start-up), and the recognizers that ``detectors.engine`` finds
with ``pkgutil``. It also reads data files by path (the policy TOML, the lemma table, the name
lists, the icons). The hooks here collect all of that; ``plakwacht --self-test`` in the frozen
program proves it.
"""
from __future__ import annotations

import os


def get_hook_dirs() -> list[str]:
    """The ``pyinstaller40`` ``hook-dirs`` entry point."""
    return [os.path.dirname(__file__)]
