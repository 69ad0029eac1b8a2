"""Issue 14, item 12: at 150% and 200% scaling every window fits a 1920×1080 screen and every
button and field is on it (a fresh process per factor: QT_SCALE_FACTOR is read when Qt starts)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("factor", ["1.5", "2"])
def test_every_window_fits_when_scaled(tmp_path, factor):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": factor, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env.pop("PLAKWACHT_POLICY", None)
    res = subprocess.run([sys.executable, str(ROOT / "tests" / "gui" / "scaled_windows.py")], capture_output=True,
                         text=True, timeout=120, cwd=ROOT, env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert {r["window"] for r in rows} >= {"warning-allowed", "warning-allowed-reason", "warning-forbidden",
                                           "history", "settings"}
    for r in rows:
        assert r["screen"] == [round(1920 / float(factor)), round(1080 / float(factor))]
        assert r["fits"] and not r["outside"] and r["controls"] >= 2, r
