"""Issue 13 part 3: how long a held upload takes to reach Plakwacht and be answered, without the browser.

The real native host (``python -m guard.browser.host``, a subprocess, as the browser starts it)
relays ``upload`` + ``chunk`` messages to a stand-in tray (``tests/browser/fake_tray.py``) with
the real :class:`guard.browser.uploads.UploadGuard` (reassembly, ``check_bytes`` on its worker,
``evaluate``) and the fake detector; the time is from the first frame written to the ``verdict``
read back. The text file holds no personal data, so the answer is "allow" at once. This measures
the channel and the reassembly; reading real documents is measured in docs/files-and-images.md,
and the extension's own part (File → base64 → service worker) only in the browser.

Usage: ``uv run python bench/upload_transfer.py [--mb 1 10 50] [--rounds 3]``.
"""
from __future__ import annotations

import argparse
import base64
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guard.browser import channel, protocol  # noqa: E402
from guard.browser.uploads import UploadGuard  # noqa: E402
from guard.policy import load_policy  # noqa: E402
from tests.browser.fake_tray import FakeTray, frame  # noqa: E402
from tests.helpers.fakes import FakeDetector  # noqa: E402

HELLO = {"type": "hello", "version": 1, "browser": "Chromium", "extension": "0.1.0"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, nargs="+", default=[1, 10, 50])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tray = FakeTray(Path(tmp) / "chan")
        tray.facts.uploads = UploadGuard(load_policy(), send=lambda c, m: c.sendall(protocol.encode(m)),
                                         post=lambda fn: fn(), detector=FakeDetector, on_alert=lambda a: None,
                                         run=lambda job: job())
        env = {**os.environ, channel.ENV_VAR: tray.path}
        proc = subprocess.Popen([sys.executable, "-m", "guard.browser.host", "chrome-extension://x/"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=ROOT)
        proc.stdin.write(frame(HELLO))
        proc.stdin.flush()
        for _ in range(2):  # welcome, sites
            protocol.read_frame(proc.stdout)
        line = "Dit is een openbare tekst over de Algemene verordening gegevensbescherming.\n".encode()
        for mb in args.mb:
            size = mb * 1024 * 1024
            data = (line * (size // len(line) + 1))[:size]
            times = []
            for r in range(args.rounds):
                uid = f"{mb:08x}{r:024x}"
                frames = [frame({"type": "upload", "id": uid, "host": "chat.mistral.ai", "how": "drop",
                                 "files": [{"name": "openbaar.txt", "size": size}]})]
                frames += [frame({"type": "chunk", "id": uid, "file": 0, "offset": off,
                                  "data": base64.b64encode(data[off:off + protocol.CHUNK_BYTES]).decode()})
                           for off in range(0, size, protocol.CHUNK_BYTES)]
                start = time.perf_counter()
                for f in frames:
                    proc.stdin.write(f)
                proc.stdin.flush()
                verdict = protocol.parse_from_tray(protocol.read_frame(proc.stdout))
                times.append(time.perf_counter() - start)
                assert verdict == {"type": "verdict", "id": uid, "allow": True}, verdict
            print(f"{mb:>3} MB ({len(frames) - 1} chunks): median {statistics.median(times) * 1000:.0f} ms, "
                  f"max {max(times) * 1000:.0f} ms over {args.rounds} rounds")
        proc.stdin.close()
        proc.wait(20)
        tray.close()
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
