"""Tesseract (tesserocr + Debian's nld model, what Plakwacht ships) beside RapidOCR (ONNX models
bundled in its wheel) on the same rendered form screenshots.

    uv run python bench/ocr_compare.py --n 10 [--rapidocr-python /path/to/venv/bin/python]

RapidOCR is not a Plakwacht dependency: give the Python of a separate venv that has
``pip install rapidocr-onnxruntime`` (it pulls onnxruntime and OpenCV). Reports per engine: BSN,
IBAN and name found letter for letter (names with ë/ï/é apart) and seconds per 1920×1080 image.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.content import render  # noqa: E402

RAPID = r"""
import json, sys, time
from rapidocr_onnxruntime import RapidOCR
eng = RapidOCR()
out = []
for path in sys.argv[1:]:
    t = time.perf_counter(); res, _ = eng(path); dt = time.perf_counter() - t
    out.append({"text": "\n".join(r[1] for r in (res or [])), "s": dt})
print(json.dumps(out))
"""


def score(name, rows, datas):
    n = len(rows)
    hit = {k: sum(d[k] in r["text"] for r, d in zip(rows, datas)) for k in ("bsn", "iban", "name")}
    dia = [(r, d) for r, d in zip(rows, datas) if any(c in d["name"] for c in "ëïéöü")]
    dia_ok = sum(d["name"] in r["text"] for r, d in dia)
    times = [r["s"] for r in rows]
    print(f"{name:10s} BSN {hit['bsn']}/{n}  IBAN {hit['iban']}/{n}  name {hit['name']}/{n} "
          f"(with diacritics {dia_ok}/{len(dia)})  median {statistics.median(times):.2f} s, max {max(times):.2f} s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--rapidocr-python")
    args = ap.parse_args()
    from PySide6.QtGui import QImage

    from guard.content import RawImage
    from guard.content.ocr import engine

    folder = Path(tempfile.mkdtemp(prefix="ocr-compare-"))
    paths, datas, tess = [], [], []
    engine().available()
    for seed in range(args.n):
        img, data = render.personal_screenshot(seed=200 + seed, point_size=11 + seed % 5)
        path = folder / f"{seed}.png"
        img.save(str(path))
        paths.append(str(path))
        datas.append(data)
        g = img.convertToFormat(QImage.Format.Format_Grayscale8)
        t = time.perf_counter()
        text = engine().read_raw(RawImage(g.width(), g.height(), bytes(g.constBits()), 1, g.bytesPerLine()))
        tess.append({"text": text, "s": time.perf_counter() - t})
    score("tesseract", tess, datas)
    if args.rapidocr_python:
        out = subprocess.run([args.rapidocr_python, "-c", RAPID, *paths], capture_output=True, text=True, check=True)
        score("rapidocr", json.loads(out.stdout.strip().splitlines()[-1]), datas)
    for p in paths:
        os.unlink(p)
    folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
