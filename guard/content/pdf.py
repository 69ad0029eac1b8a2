"""PDF: the text layer of every page, with pypdf.

pypdf (BSD, pure Python, about 1.5 MB) rather than pypdfium2 (a 6 MB native library): the text
layer is all Plakwacht needs, it says whether a file is encrypted without trying passwords, and it
adds nothing native to the frozen build. A scanned PDF without a text layer is reported as "kon
niet worden gecontroleerd" (no OCR of PDF pages yet).
"""
from __future__ import annotations

import io
import logging

from guard.content.base import Deadline, Limits, Unreadable, register

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its messages may quote bits of the file


@register(("pdf",), "pdf")
def read_pdf(data: bytes, limits: Limits, deadline: Deadline) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Unreadable("encrypted", "het bestand is met een wachtwoord beveiligd")
        pages = []
        for page in reader.pages:
            deadline.check()
            pages.append(page.extract_text() or "")
    except Unreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, ZeroDivisionError):
        raise Unreadable("damaged", "het bestand is beschadigd of geen echte PDF") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise Unreadable("no_text", "de PDF heeft geen tekstlaag (een scan); Plakwacht kan hem niet lezen")
    return text
