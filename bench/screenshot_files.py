"""The file warning for docs/files-and-images.md: three copied files checked by the real readers
and detector, the dialog rendered offscreen.

    uv run python bench/screenshot_files.py [--out docs/screenshots/warning-files.png]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "warning-files.png"))
    args = ap.parse_args()
    from detectors import get_detector
    from guard.alert import Alert
    from guard.content import check_paths
    from guard.policy import SiteMatch, load_policy
    from guard.verdict import evaluate
    from guard.vocabulary import AlertKind
    from tests.content import render
    from ui.warning_dialog import WarningDialog

    app = render.app()
    folder = Path(tempfile.mkdtemp())
    files = [render.docx(folder / "Persbericht WW-cijfers.docx", ["Het aantal WW-uitkeringen is licht gedaald."]),
             render.xlsx(folder / "Terugbellijst.xlsx", [["Naam", "BSN"], ["Sanne de Vries", "111222333"]]),
             render.encrypted_pdf(folder / "Medisch advies.pdf", ["x"])]
    result = check_paths([str(f) for f in files], get_detector())
    site = SiteMatch("allowed_genai", "Mistral Le Chat", True)
    alert = Alert(1, AlertKind.FLAGGED, evaluate(result, load_policy(), site), result, site, True, key="k", text="")
    dialog = WarningDialog(alert)
    dialog.show()
    app.processEvents()
    dialog.grab().save(args.out)
    dialog.close_silently()
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
