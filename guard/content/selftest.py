"""The self-test's file and image checks (``plakwacht --self-test``): a Word document built in
memory and a canned form screenshot (``guard/data/selftest/formulier.png``, made-up data) go
through the same readers, OCR and detectors as a copied file. Proves the frozen program has the
readers, ``tesserocr`` and the Dutch OCR model.
"""
from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

FORM = Path(__file__).resolve().parents[1] / "data" / "selftest" / "formulier.png"
BSN = "111222333"  # passes the 11-proof; made up


class ModelMissing(ValueError):
    """No Dutch OCR model on this computer: images are warned as "niet gecontroleerd" (a note, not a failure)."""


def _docx_bytes(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
                   '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
                   f"<w:t>{text}</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def _problem(result, want: set[str]) -> str:
    part = result.parts[0]
    if part.status != "read":
        return f"niet gelezen ({part.code})"
    found = {g.kind for g in part.groups}
    missing = sorted(want - found)
    return (", ".join(missing) + " niet gevonden") if missing else ""


def check_file(detector, policy) -> str:
    """The OK line, or raises ValueError with the Dutch problem."""
    from guard.content import check_bytes
    from guard.policy import ALLOWED_GENAI, SiteMatch
    from guard.verdict import evaluate

    began = time.perf_counter()
    result = check_bytes(_docx_bytes(f"Het BSN van de klant is {BSN}."), "zelftest.docx", detector)
    problem = _problem(result, {"BSN"})
    verdict = evaluate(result, policy, SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True))
    if not problem and verdict.numbers[:2] != [4, 5]:
        problem = f"richtlijnen {verdict.numbers} i.p.v. [4, 5]"
    if problem:
        raise ValueError(f"bestand (docx): {problem}")
    return (f"bestand (docx): BSN herkend, waarschuwing met richtlijn 4, 5 "
            f"({(time.perf_counter() - began) * 1000:.0f} ms)")


def check_image(detector, policy) -> str:
    from guard.content import check_paths
    from guard.content.ocr import tessdata_dir

    began = time.perf_counter()
    if not FORM.is_file():
        raise ValueError("afbeelding: de testafbeelding ontbreekt in dit programma")
    if tessdata_dir() is None:
        raise ModelMissing("afbeelding: het Nederlandse OCR-model (nld.traineddata) ontbreekt; afbeeldingen "
                           "worden gewaarschuwd als 'niet gecontroleerd'. Zet het model in de map van "
                           "PLAKWACHT_TESSDATA.")
    result = check_paths([str(FORM)], detector)
    problem = _problem(result, {"BSN", "PERSON"})
    if problem:
        raise ValueError(f"afbeelding (OCR): {problem}")
    return (f"afbeelding (OCR): naam en BSN herkend in een schermafdruk "
            f"({time.perf_counter() - began:.1f} s)")
