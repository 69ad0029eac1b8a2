"""File lists on the clipboard, from the raw formats (Qt-free, so it is tested without Qt).

- ``text/uri-list`` (X11, Wayland; Qt's view of CF_HDROP on Windows and file URLs on macOS):
  one URL a line, ``#`` lines are comments;
- ``x-special/gnome-copied-files`` (GNOME Files, Caja, Nemo): ``copy`` or ``cut``, then URLs;
- ``x-special/KDE-copied-files`` is the same shape in KDE.
"""
from __future__ import annotations

import sys
from urllib.parse import unquote, urlparse

URI_LIST = "text/uri-list"
GNOME_FILES = "x-special/gnome-copied-files"
KDE_FILES = "x-special/KDE-copied-files"
FILE_FORMATS = (URI_LIST, GNOME_FILES, KDE_FILES)


def url_to_path(url: str) -> str | None:
    """A local path for a ``file:`` URL, or ``None`` (web URLs are not files on this machine)."""
    url = url.strip()
    if not url.lower().startswith("file:"):
        return None
    parsed = urlparse(url)
    if parsed.netloc not in ("", "localhost"):
        if sys.platform == "win32":
            return unquote(f"\\\\{parsed.netloc}{parsed.path}").replace("/", "\\")
        return None
    path = unquote(parsed.path)
    if sys.platform == "win32" and len(path) > 2 and path[0] == "/" and path[2] == ":":
        path = path[1:].replace("/", "\\")
    return path or None


def parse_file_list(formats: dict[str, bytes]) -> list[str]:
    """The local file paths on the clipboard, in order, without doubles ([] when there are none)."""
    lines: list[str] = []
    for fmt in (GNOME_FILES, KDE_FILES, URI_LIST):
        data = formats.get(fmt)
        if not data:
            continue
        text = data.decode("utf-8", errors="replace")
        rows = [r for r in text.replace("\r", "\n").split("\n") if r.strip() and not r.startswith("#")]
        if fmt != URI_LIST and rows and rows[0].strip() in ("copy", "cut"):
            rows = rows[1:]
        lines.extend(rows)
    paths = []
    for row in lines:
        p = url_to_path(row)
        if p and p not in paths:
            paths.append(p)
    return paths
