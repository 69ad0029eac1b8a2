"""Files and images: what is in a copied document or a screenshot (Qt-free).

One module per format family registers its reader (:mod:`guard.content.base`); :mod:`check`
runs them within the limits (50 MB a file, 20 files, 10 s in all, zip bombs and XML tricks
refused) and the detectors on their text; :mod:`ocr` reads images with Tesseract, locally.

The browser companion's hook: :func:`check_bytes` (a file's bytes and name) and
:func:`check_file` (a path) give the same :class:`FileAnalysis` as a copied file.
"""
from __future__ import annotations

from guard.content import images, mail, odf, office, pdf, text  # noqa: F401  (they register readers)
from guard.content.base import DEFAULT_LIMITS, DOCUMENT, IMAGE, READERS, Limits, Unreadable
from guard.content.check import (
    READ, UNCHECKED, FileAnalysis, FilePart, Group, check_bytes, check_file, check_image, check_paths, kind_of,
)
from guard.content.cliplist import FILE_FORMATS, parse_file_list
from guard.content.ocr import RawImage

__all__ = [
    "DEFAULT_LIMITS", "DOCUMENT", "FILE_FORMATS", "IMAGE", "READ", "READERS", "UNCHECKED", "FileAnalysis",
    "FilePart", "Group", "Limits", "RawImage", "Unreadable", "check_bytes", "check_file", "check_image",
    "check_paths", "kind_of", "parse_file_list",
]
