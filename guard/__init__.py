"""Plakwacht's guard: policy, verdict, history, settings, window probing and the CLI. Qt-free."""
from __future__ import annotations

#: What :func:`version` says when neither the package metadata nor pyproject.toml can be read.
UNKNOWN_VERSION = "onbekend"


def version() -> str:
    """Plakwacht's version, written in one place: ``pyproject.toml``.

    Read from the installed package's metadata; where Plakwacht runs from a source folder that was
    not installed (the Windows tests under Wine) or from the frozen build (``build.spec`` ships
    ``pyproject.toml`` beside the packages), from ``pyproject.toml`` itself.
    """
    from importlib import metadata

    try:
        return metadata.version("plakwacht")
    except metadata.PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    try:
        text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
        return str(tomllib.loads(text)["project"]["version"])
    except (OSError, KeyError, TypeError, ValueError):
        return UNKNOWN_VERSION
