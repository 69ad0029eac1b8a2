"""Where Plakwacht keeps its files: one data dir per user, readable by that user only.

``$PLAKWACHT_DATA_DIR`` (set by ``plakwacht --data-dir``) wins; otherwise platformdirs'
per-user data dir (``%LOCALAPPDATA%\\Plakwacht`` on Windows, ``~/.local/share/Plakwacht`` on Linux,
``~/Library/Application Support/Plakwacht`` on macOS).
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ENV_VAR = "PLAKWACHT_DATA_DIR"
APP_NAME = "Plakwacht"

DIR_MODE = 0o700
FILE_MODE = 0o600


def data_dir() -> Path:
    """The data dir, created (mode 0700) if it does not exist yet."""
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen).expanduser()
        if path.is_dir():
            # A folder the person chose and that already exists (perhaps their home folder) keeps
            # its permissions; only the files inside are made private.
            return path
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(path)


def log_dir() -> Path:
    """``data_dir()/logs``, created (mode 0700)."""
    return ensure_private_dir(data_dir() / "logs")


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it reachable by its owner only."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    make_private(path, DIR_MODE)
    return path


def make_private(path: Path, mode: int = FILE_MODE) -> None:
    """Owner-only permissions where the OS has them.

    On Windows ``os.chmod`` only toggles read-only; files under ``%LOCALAPPDATA%`` already inherit
    an ACL that admits the user alone, so nothing more is done there.
    """
    if sys.platform == "win32":
        return
    try:
        os.chmod(path, mode)
    except OSError as exc:  # e.g. a file system without permissions (FAT stick, some shares)
        log.warning("could not restrict permissions of %s: %s", path, exc.strerror)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (no window where others may read it)."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    os.close(fd)
    make_private(path)


def write_private_atomic(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` all-or-nothing, mode 0600: a temp file, fsync, then ``os.replace``.

    A crash at any moment leaves either the old file or the new one, never half of one.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    _write_new(tmp, data)
    try:
        _replace(tmp, dest)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    _fsync_dir(dest.parent)


def write_private_exclusive(dest: Path, data: bytes) -> bool:
    """Create ``dest`` with ``data`` only if it does not exist yet (complete or not at all).

    Returns:
        True if this call created it, False if another process was first.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    _write_new(tmp, data)
    try:
        os.link(tmp, dest)  # atomic and fails if dest exists
        created = True
    except FileExistsError:
        created = False
    except OSError:  # no hard links here (some network shares): fall back to a plain rename
        created = not dest.exists()
        if created:
            _replace(tmp, dest)
    finally:
        _unlink_quietly(tmp)
    _fsync_dir(dest.parent)
    return created


def move_aside(path: Path) -> Path | None:
    """Rename a damaged file to ``<name>.corrupt-<UTC time>`` so a fresh one can take its place.

    Returns:
        The new path, or None if the file could not be moved (it is then deleted if possible).
    """
    import datetime as dt

    path = Path(path)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for n in range(100):
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n else ""))
        if target.exists():
            continue
        try:
            os.replace(path, target)
            return target
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("could not move %s aside: %s", path.name, exc.strerror)
            break
    _unlink_quietly(path)
    return None


def _write_new(tmp: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        _unlink_quietly(tmp)
        raise
    make_private(tmp)


def _replace(src: Path, dest: Path) -> None:
    import time

    for attempt in range(10):
        try:
            os.replace(src, dest)
            return
        except PermissionError:
            # Windows refuses while another process (a virus scanner, a second Plakwacht) has the
            # file open; that passes within moments.
            if sys.platform != "win32" or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_dir(directory: Path) -> None:
    if sys.platform == "win32":
        return  # directories cannot be opened for fsync there; NTFS journals the rename
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
