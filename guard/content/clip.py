"""What the guard needs to treat a copied file list or image like a text (Qt-free).

The monitor asks :func:`is_file_content`, keys the content by :func:`fingerprint` (names, sizes
and change times of the files, or a hash of the pixels: never a text), runs
:func:`analyze_snapshot` on its worker thread, and holds the clipboard with :data:`PLACEHOLDER`
while the check runs (up to :data:`DEADLINE_S`).
"""
from __future__ import annotations

from guard.content.base import DEFAULT_LIMITS
from guard.content.check import FileAnalysis, check_image, check_paths, fingerprint_image, fingerprint_paths

#: What the clipboard holds while files or an image are checked or held back.
PLACEHOLDER = ("[Plakwacht: je bestand of afbeelding wordt gecontroleerd… "
               "Kies daarna in het venster van Plakwacht wat je wilt doen.]")
#: How long a held file list may wait for its check (the 10 s cap, plus a margin).
DEADLINE_S = DEFAULT_LIMITS.total_seconds + 1.5


def is_file_content(snap) -> bool:
    return bool(getattr(snap, "files", ())) or getattr(snap, "image", None) is not None


def fingerprint(snap) -> str:
    if snap.files:
        return fingerprint_paths(list(snap.files))
    return fingerprint_image(snap.image)


def analyze_snapshot(snap, detector) -> FileAnalysis:
    if snap.files:
        return check_paths(list(snap.files), detector)
    return check_image(snap.image, detector)


def unchecked_analysis(snap, reason: str) -> FileAnalysis:
    """For a warning raised before (or without) a result: every file is "kon niet worden gecontroleerd"."""
    from pathlib import Path

    from guard.content.base import DOCUMENT, IMAGE
    from guard.content.check import UNCHECKED, FilePart, kind_of

    problem = {"starting": "Plakwacht is nog bezig met starten",
               "slow": "het controleren duurt te lang"}.get(reason, "bij het controleren ging iets mis")
    if snap.files:
        parts = []
        for path in snap.files:
            fmt, kind = kind_of(Path(path).name)
            parts.append(FilePart(Path(path).name, kind, fmt, UNCHECKED, reason or "failed", problem))
        source = IMAGE if all(p.kind == IMAGE for p in parts) else DOCUMENT
    else:
        parts = [FilePart("", IMAGE, "afbeelding", UNCHECKED, reason or "failed", problem)]
        source = IMAGE
    return FileAnalysis(source=source, parts=tuple(parts), fingerprint=fingerprint(snap))
