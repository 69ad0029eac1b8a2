"""OCR accuracy and speed on rendered screenshots: ≥ 30 with personal data, ≥ 30 public.

    uv run python bench/ocr_accuracy.py [--n 30]

Each personal screenshot is a 1920×1080 form (QPainter, tests/content/render.py) with a name, a BSN,
an address with postcode, a date of birth and an IBAN, in 11–15 pt DejaVu Sans or Serif; each public
one is a news page from uwv.nl-like text. Every image goes through what the tray app does with a
clipboard image (grey pixels → guard.content.check_image: OCR at twice the size, the detectors).
Reports: warned (flagged) per set, per-type recall of what was drawn, exact-text recall of the
BSN/IBAN/name in the OCR text (names with diacritics counted apart), and time per image.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QImage  # noqa: E402

from guard.content import RawImage, check_image  # noqa: E402
from guard.content.ocr import engine  # noqa: E402
from tests.content import render  # noqa: E402

EXPECTED = ("PERSON", "BSN", "ADDRESS", "IBAN", "DATE_OF_BIRTH")


def whole(value: str, text: str) -> bool:
    """``value`` in ``text`` letter for letter, without an extra digit or letter stuck to it."""
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(value) + r"(?![0-9A-Za-z])", text) is not None


def raw(img) -> RawImage:
    g = img.convertToFormat(QImage.Format.Format_Grayscale8)
    return RawImage(g.width(), g.height(), bytes(g.constBits()), 1, g.bytesPerLine())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    from detectors import get_detector

    det = get_detector()
    engine().available()
    times, flagged, type_hits, exact = [], 0, {t: 0 for t in EXPECTED}, {"bsn": 0, "iban": 0, "name": 0}
    diacritic_names, diacritic_ok = 0, 0
    for seed in range(args.n):
        img, data = render.personal_screenshot(seed=100 + seed, point_size=11 + seed % 5)
        r = raw(img)
        t = time.perf_counter()
        result = check_image(r, det)
        times.append(time.perf_counter() - t)
        text = engine().read_raw(r)
        flagged += result.flagged
        found = {g.kind for g in result.parts[0].groups}
        for kind in EXPECTED:
            type_hits[kind] += kind in found
        exact["bsn"] += whole(data["bsn"], text)
        exact["iban"] += whole(data["iban"], text)
        exact["name"] += data["name"] in text
        if any(c in data["name"] for c in "ëïéöü"):
            diacritic_names += 1
            diacritic_ok += data["name"] in text
    false_warn, pub_times = 0, []
    for seed in range(args.n):
        img = render.public_screenshot(seed=seed, point_size=11 + seed % 5)
        t = time.perf_counter()
        result = check_image(raw(img), det)
        pub_times.append(time.perf_counter() - t)
        false_warn += result.flagged
    from ui.content_bridge import to_raw

    img, _ = render.personal_screenshot(seed=1)
    gui = []
    for _ in range(10):
        t = time.perf_counter()
        to_raw(img)
        gui.append(time.perf_counter() - t)
    n = args.n
    allt = sorted(times + pub_times)
    print(f"personal screenshots: {n}, warned {flagged}/{n} ({flagged / n:.0%})")
    print("  found per type: " + ", ".join(f"{k} {v}/{n}" for k, v in type_hits.items()))
    print(f"  exact in OCR text: BSN {exact['bsn']}/{n}, IBAN {exact['iban']}/{n}, name {exact['name']}/{n} "
          f"(names with diacritics {diacritic_ok}/{diacritic_names})")
    print(f"public screenshots: {n}, false warnings {false_warn}/{n}")
    print(f"time per 1920x1080 image (OCR + detectors): median {statistics.median(allt):.2f} s, "
          f"p95 {allt[int(len(allt) * 0.95) - 1]:.2f} s, max {allt[-1]:.2f} s "
          f"(load average {os.getloadavg()[0]:.1f})")
    print(f"GUI thread: clipboard image to grey pixels, median {statistics.median(gui) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
