"""Issue 10 item 7: scan reads at most 10 MB + 1 byte, refuses what is not a regular file, answers
every --jsonl line, and a closed pipe ends every command quietly."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading

import pytest

from guard.cli import scan
from ui.main import main

POSIX = sys.platform != "win32"


class CountingStream(io.RawIOBase):
    """An endless standard input that counts what is read from it."""

    def __init__(self, byte=b"a"):
        self.byte = byte
        self.given = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = len(b)
        b[:n] = self.byte * n
        self.given += n
        return n


def _stdin(monkeypatch, raw):
    buffered = io.BufferedReader(raw, buffer_size=1 << 16)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buffered, encoding="utf-8"))


def test_endless_standard_input_is_cut_at_10_mb(monkeypatch, capsys):
    raw = CountingStream()
    _stdin(monkeypatch, raw)
    assert main(["scan"]) == 2
    assert "groter dan 10 MB" in capsys.readouterr().err
    assert raw.given <= scan.MAX_BYTES + (1 << 17)  # before: read until memory ran out


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_is_refused(capsys):
    assert main(["scan", "/dev/zero"]) == 2  # before: grew to 10.8 GB in 20 s
    err = capsys.readouterr().err
    assert "geen gewoon bestand" in err and "Traceback" not in err


def test_file_over_the_limit_is_read_only_up_to_it(tmp_path, capsys, monkeypatch):
    big = tmp_path / "groot.txt"
    big.write_bytes(b"a" * (scan.MAX_BYTES + 100))
    read = []
    real_open = open

    def spy_open(path, mode="r", *a, **kw):
        fh = real_open(path, mode, *a, **kw)
        if str(path) == str(big):
            orig = fh.read
            fh.read = lambda n=-1: read.append(n) or orig(n)
        return fh

    monkeypatch.setattr("builtins.open", spy_open)
    assert main(["scan", str(big)]) == 2
    assert read == [scan.MAX_BYTES + 1]
    assert "groter dan 10 MB" in capsys.readouterr().err


class FakeDetector:
    def analyze(self, text):
        from detectors.model import Analysis, Finding

        if "ontplof" in text:
            raise RuntimeError(text)
        i = text.find("111222333")
        return Analysis([Finding("BSN", i, i + 9, 1.0)] if i >= 0 else [], [], 1.0, len(text))


def _jsonl(monkeypatch, capsys, payload: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8"))
    from guard.policy import load_policy
    from guard.verdict import evaluate

    code = scan._jsonl(FakeDetector(), load_policy(), evaluate)
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_jsonl_answers_every_line_even_bad_ones(monkeypatch, capsys):
    deep = b'{"id": ' + b"[" * 100_000 + b"]" * 100_000 + b', "text": "x"}'
    lines = [
        b'{"id": "a", "text": "BSN 111222333"}',
        b'{"id": "\\ud800", "text": "BSN 111222333"}',  # a lone-surrogate id: traceback before
        deep,                                           # deep nesting: RecursionError before
        b'{"id": "b", "text": "ontplof"}',              # the detector fails on this text
        b"geen json",
        b'{"id": "c", "text": "openbaar"}',
    ]
    result = {}

    def go():
        result["r"] = _jsonl(monkeypatch, capsys, b"\n".join(lines) + b"\n")

    t = threading.Thread(target=go, daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "jsonl did not finish within 60 s"
    code, out, err = result["r"]
    assert code == 2
    assert len(out) == len(lines)
    assert out[0]["id"] == "a" and out[0]["warn"]
    assert out[1]["id"] == "\ud800" and out[1]["warn"]
    assert out[2] == {"id": None, "line": 3, "error": "de regel is te diep genest"}
    assert out[3]["line"] == 4 and "niet worden gecontroleerd" in out[3]["error"]
    assert out[4]["line"] == 5 and out[5]["id"] == "c"
    assert "ontplof" not in err


def test_jsonl_line_over_the_limit_is_skipped_in_bounded_memory(monkeypatch, capsys):
    long_line = b'{"id": "x", "text": "' + b"a" * (scan.MAX_BYTES + 10) + b'"}\n'
    code, out, _ = _jsonl(monkeypatch, capsys, long_line + b'{"id": "y", "text": "kort"}\n')
    assert code == 2
    assert out[0] == {"id": None, "line": 1, "error": "de regel is groter dan 10 MB"}
    assert out[1]["id"] == "y"


@pytest.mark.skipif(not POSIX, reason="a shell pipe")
@pytest.mark.parametrize("command", [["history", "--json"], ["scan", "--json", "{many}"]])
def test_closed_pipe_ends_quietly(tmp_path, command):
    data = tmp_path / "data"
    data.mkdir()
    from guard.history import HistoryEntry, HistoryStore

    import datetime as dt

    with HistoryStore(data / "history.db") as s:
        for i in range(3000):
            s.add(HistoryEntry(None, dt.datetime.now(dt.timezone.utc), "Mistral Le Chat", "allowed_genai",
                               [5], {"BSN": 1}, [], "•••33 " + "x" * 100))
    files = []
    for i in range(300):
        f = tmp_path / f"t{i}.txt"
        f.write_text("openbare tekst over de WW-uitkering\n", "utf-8")
        files.append(str(f))
    argv = [a for c in command for a in ([*files] if c == "{many}" else [c])]
    code = ("import sys, runpy; sys.argv = ['plakwacht'] + sys.argv[1:];"
            "from ui.main import main; sys.exit(main())")
    env = dict(os.environ, PLAKWACHT_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)
    proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("the command did not end after its pipe closed") from None
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode(errors="replace")
    assert proc.returncode == 141
