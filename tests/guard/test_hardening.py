"""Issue 10 item 6: a native crash writes no core dump that could hold the clipboard text."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LINUX = sys.platform.startswith("linux")
CANARY = "KANARIE-" + "7Q4Z" * 8

CRASH = f"""
import os, resource, sys
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # as if the user allowed core files
text = "".join(["{CANARY}"] * 1000)  # clipboard text in memory
if sys.argv[1] == "hardened":
    from guard.hardening import disable_core_dumps
    disable_core_dumps()
os.abort()
"""


def _core_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name == "core" or p.name.startswith("core.")]


@pytest.mark.skipif(not LINUX, reason="Linux core files")
def test_crash_leaves_no_core_file(tmp_path):
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"cores go to a handler or another folder here ({pattern!r}); see the state test below")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    # Control: without the hardening this machine does write a core with the canary in it.
    control = tmp_path / "control"
    control.mkdir()
    subprocess.run([sys.executable, "-c", CRASH, "plain"], cwd=control, env=env, capture_output=True, timeout=60)
    cores = _core_files(control)
    if not cores:
        pytest.skip("this machine writes no core files at all (limits or container)")
    assert any(CANARY.encode() in p.read_bytes() for p in cores)
    for p in cores:
        p.unlink()
    hardened = tmp_path / "hardened"
    hardened.mkdir()
    proc = subprocess.run([sys.executable, "-c", CRASH, "hardened"], cwd=hardened, env=env, capture_output=True,
                          timeout=60)
    assert proc.returncode != 0  # it did crash
    assert _core_files(hardened) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits")
def test_entry_point_switches_core_dumps_off():
    code = ("import resource, sys; from ui.main import main\n"
            "main(['scan', '/bestaat/niet'])\n"
            "from guard.hardening import dumpable\n"
            "print(resource.getrlimit(resource.RLIMIT_CORE), dumpable())")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == ("(0, 0) False" if LINUX else "(0, 0) None"), out.stderr


def test_disable_never_raises():
    """In a child process: the test process itself stays as it was."""
    code = "from guard.hardening import disable_core_dumps; print(' '.join(sorted(disable_core_dumps())))"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    if LINUX:
        assert set(out.stdout.split()) >= {"rlimit_core", "not_dumpable"}
