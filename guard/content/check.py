"""Check files and images: read each one within the limits, run the detectors, keep only masks.

The result is a :class:`FileAnalysis`: an :class:`detectors.model.Analysis` (so the guard's
verdict, cache and history work on it as on a text) plus, per file, its name, what was read and
what was found, as masked previews. The extracted text itself is dropped as soon as the
detectors are done with it.
"""
from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from detectors.model import Analysis, CategoryHit, Finding
from guard.content.base import DOCUMENT, IMAGE, READERS, DEFAULT_LIMITS, Deadline, Limits, Unreadable
from guard.content.images import IMAGE_EXTENSIONS, check_pixels, read_image_file
from guard.content.ocr import RawImage, engine

log = logging.getLogger(__name__)

READ, UNCHECKED = "read", "unchecked"


@dataclass(frozen=True)
class Group:
    """Findings of one type in one file, masked (no clipboard or file text)."""

    kind: str
    label: str
    count: int
    previews: tuple[str, ...] = ()
    category: bool = False


@dataclass(frozen=True)
class FilePart:
    """One file (or the clipboard image) as checked.

    Attributes:
        name: the file's name without its folder (shown in the warning, never stored in history);
            ``""`` for an image on the clipboard.
        kind: ``"bestand"`` or ``"afbeelding"``.
        format: the reader used (``docx``, ``pdf``, ``afbeelding`` ...), or ``""``.
        status: ``"read"`` or ``"unchecked"``.
        code: why it is unchecked (see :class:`guard.content.base.Unreadable`), else ``""``.
        problem: the Dutch reason it is unchecked, else ``""``.
        chars: how many characters were read.
        groups: what was found, masked.
    """

    name: str
    kind: str
    format: str = ""
    status: str = READ
    code: str = ""
    problem: str = ""
    chars: int = 0
    groups: tuple[Group, ...] = ()

    @property
    def flagged(self) -> bool:
        return bool(self.groups)

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "format": self.format, "status": self.status,
                "code": self.code, "problem": self.problem, "chars": self.chars,
                "found": [{"type": g.kind, "count": g.count, "previews": list(g.previews)} for g in self.groups]}


@dataclass
class FileAnalysis(Analysis):
    """An analysis of files or an image (findings of all parts together) plus each part's report.

    ``findings`` and ``categories`` carry the types for the verdict and the history's counts;
    their offsets point into text that is no longer kept.
    """

    source: str = DOCUMENT
    parts: tuple[FilePart, ...] = ()
    fingerprint: str = ""

    @property
    def unchecked(self) -> bool:
        return any(p.status == UNCHECKED for p in self.parts)

    @property
    def flagged(self) -> bool:
        return bool(self.findings or self.categories)

    @property
    def count(self) -> int:
        return len(self.parts)


def _groups(analysis: Analysis, text: str) -> tuple[Group, ...]:
    from guard.alert import finding_groups  # the one masked-preview builder

    return tuple(Group(g.kind, g.label, g.count, g.previews, g.category) for g in finding_groups(analysis, text))


def _analyse(detector, name: str, kind: str, fmt: str, text: str, limits: Limits) -> tuple[FilePart, Analysis]:
    text = text[: limits.max_chars]
    if not text.strip():
        return FilePart(name, kind, fmt, READ, chars=0), Analysis()
    analysis = detector.analyze(text)
    return FilePart(name, kind, fmt, READ, chars=len(text), groups=_groups(analysis, text)), analysis


def _unchecked(name: str, kind: str, fmt: str, exc: Unreadable) -> FilePart:
    return FilePart(name, kind, fmt, UNCHECKED, exc.code, exc.message)


def kind_of(name: str) -> tuple[str, str]:
    """(format, kind) for a file name; ``("", "bestand")`` when Plakwacht has no reader for it."""
    ext = Path(name).suffix.lower().lstrip(".")
    if ext in READERS:
        fmt, kind, _ = READERS[ext]
        return fmt, kind
    return "", DOCUMENT


def read_path(path: str, limits: Limits, deadline: Deadline) -> str:
    """The text of one file on disk (raises :class:`Unreadable`)."""
    p = Path(path)
    ext = p.suffix.lower().lstrip(".")
    if ext not in READERS:
        raise Unreadable("unknown_format", "Plakwacht kan dit soort bestand niet lezen")
    try:
        st = p.stat()
    except FileNotFoundError:
        raise Unreadable("missing", "het bestand bestaat niet (meer)") from None
    except OSError:
        raise Unreadable("damaged", "het bestand kan niet worden geopend") from None
    if not p.is_file():
        raise Unreadable("unknown_format", "dit is een map of geen gewoon bestand")
    if st.st_size > limits.max_file_bytes:
        raise Unreadable("too_large", f"het bestand is groter dan {limits.max_file_bytes // (1024 * 1024)} MB")
    try:
        with open(p, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError:
        raise Unreadable("damaged", "het bestand kan niet worden geopend") from None
    if len(data) > limits.max_file_bytes:
        raise Unreadable("too_large", f"het bestand is groter dan {limits.max_file_bytes // (1024 * 1024)} MB")
    if ext in IMAGE_EXTENSIONS:
        return read_image_file(str(p), data, limits, deadline)
    return read_bytes(data, ext, limits, deadline)


def read_bytes(data: bytes, ext: str, limits: Limits, deadline: Deadline) -> str:
    if len(data) > limits.max_file_bytes:
        raise Unreadable("too_large", f"het bestand is groter dan {limits.max_file_bytes // (1024 * 1024)} MB")
    entry = READERS.get(ext.lower().lstrip("."))
    if entry is None:
        raise Unreadable("unknown_format", "Plakwacht kan dit soort bestand niet lezen")
    try:
        return entry[2](data, limits, deadline)
    except Unreadable:
        raise
    except (MemoryError, RecursionError):
        raise Unreadable("damaged", "het bestand is te ingewikkeld om te lezen") from None
    except Exception as exc:  # a reader bug must not let a file through unwarned; never the message
        log.error("reader %s failed: %s", ext, type(exc).__name__)
        raise Unreadable("damaged", "het bestand kon niet worden gelezen") from None


def _combine(parts_analyses: list[tuple[FilePart, Analysis]], source: str, fingerprint: str, ms: float) -> FileAnalysis:
    findings: list[Finding] = []
    categories: list[CategoryHit] = []
    seen_categories = set()
    for _part, a in parts_analyses:
        findings.extend(a.findings)
        for c in a.categories:
            if c.name not in seen_categories:
                seen_categories.add(c.name)
                categories.append(replace(c, start=0, end=0))
    findings = [replace(f, start=0, end=0) for f in findings]  # offsets into text that is gone
    return FileAnalysis(findings=findings, categories=categories, ms=ms,
                        text_length=sum(p.chars for p, _ in parts_analyses), source=source,
                        parts=tuple(p for p, _ in parts_analyses), fingerprint=fingerprint)


def fingerprint_paths(paths: list[str]) -> str:
    """Identifies a file list (names, sizes, change times), so that the same copy is checked once."""
    h = hashlib.blake2b(digest_size=16)
    for path in paths:
        h.update(os.fsencode(path) + b"\0")
        try:
            st = os.stat(path)
            h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            h.update(b"?")
    return "files:" + h.hexdigest()


def fingerprint_image(image: RawImage) -> str:
    return "image:" + hashlib.blake2b(image.data, digest_size=16).hexdigest()


def check_paths(paths: list[str], detector, limits: Limits = DEFAULT_LIMITS,
                deadline: Deadline | None = None) -> FileAnalysis:
    """Read and analyse each file of a copied file list (at most ``max_files``, ``total_seconds``)."""
    start = time.perf_counter()
    deadline = deadline or Deadline(limits.total_seconds)
    out: list[tuple[FilePart, Analysis]] = []
    kinds = set()
    for i, path in enumerate(paths):
        name = Path(path).name or str(path)
        fmt, kind = kind_of(name)
        kinds.add(kind)
        if i >= limits.max_files:
            out.append((_unchecked(name, kind, fmt, Unreadable(
                "too_many", f"er zijn meer dan {limits.max_files} bestanden gekopieerd; Plakwacht leest er "
                            f"{limits.max_files}")), Analysis()))
            continue
        try:
            deadline.check()
            text = read_path(path, limits, deadline)
            deadline.check()
            out.append(_analyse(detector, name, kind, fmt, text, limits))
        except Unreadable as exc:
            out.append((_unchecked(name, kind, fmt, exc), Analysis()))
    source = IMAGE if kinds == {IMAGE} else DOCUMENT
    return _combine(out, source, fingerprint_paths(paths), (time.perf_counter() - start) * 1000)


def check_image(image: RawImage, detector, limits: Limits = DEFAULT_LIMITS) -> FileAnalysis:
    """OCR an image from the clipboard and analyse its text."""
    start = time.perf_counter()
    try:
        check_pixels(image.width, image.height, limits)
        text = engine().read_raw(image)
        part = _analyse(detector, "", IMAGE, "afbeelding", text, limits)
    except Unreadable as exc:
        part = (_unchecked("", IMAGE, "afbeelding", exc), Analysis())
    return _combine([part], IMAGE, fingerprint_image(image), (time.perf_counter() - start) * 1000)


def check_bytes(data: bytes, name: str, detector, limits: Limits = DEFAULT_LIMITS) -> FileAnalysis:
    """The hook for the browser companion (file drops and file inputs on GenAI sites).

    Takes one file's bytes and its name (for the extension and the warning); gives the same
    :class:`FileAnalysis` as a copied file. Images need the decoder the UI registers
    (:func:`guard.content.images.set_decoder`). Qt-free; safe to call from any thread.
    """
    start = time.perf_counter()
    name = Path(name).name
    fmt, kind = kind_of(name)
    deadline = Deadline(limits.total_seconds)
    try:
        text = read_bytes(data, Path(name).suffix, limits, deadline)
        part = _analyse(detector, name, kind, fmt, text, limits)
    except Unreadable as exc:
        part = (_unchecked(name, kind, fmt, exc), Analysis())
    fp = "bytes:" + hashlib.blake2b(data, digest_size=16).hexdigest()
    return _combine([part], kind, fp, (time.perf_counter() - start) * 1000)


def check_file(path: str, detector, limits: Limits = DEFAULT_LIMITS) -> FileAnalysis:
    """The same verdict for a file the browser companion names by path."""
    return check_paths([path], detector, limits)


__all__ = ["FileAnalysis", "FilePart", "Group", "check_bytes", "check_file", "check_image", "check_paths",
           "fingerprint_image", "fingerprint_paths", "kind_of", "read_path"]
