"""Issue 14: the command line in plain Dutch, tool names from the policy, ``scan --klembord``."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guard.oserrors import dutch_os_error
from ui.main import main

ROOT = Path(__file__).resolve().parents[2]
BSN_TEXT = "Beste collega,\nDe klant met BSN 111222333 belt morgen terug.\n"
PUBLIC_TEXT = ("UWV helpt mensen aan het werk en zorgt voor een inkomen als dat niet lukt. "
               "Op uwv.nl leest u meer over de WW-uitkering.\n")
ENGLISH = ("usage:", "positional arguments", "optional arguments", "show this help", "error:", "argument --",
           "invalid choice", "unrecognized arguments", "expected one argument")


def copilot_policy(tmp_path: Path) -> Path:
    """The built-in policy with Copilot Chat allowed and Le Chat forbidden (as the May 2026 pilot)."""
    from guard.policy import BUILTIN

    text = BUILTIN.read_text(encoding="utf-8")
    text = text.replace('name = "Mistral Le Chat"\nallowed = true', 'name = "Mistral Le Chat"\nallowed = false')
    text = text.replace('name = "Microsoft Copilot"\nallowed = false', 'name = "Microsoft Copilot Chat"\nallowed = true')
    path = tmp_path / "copilot.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("argv", [["--help"], ["scan", "--help"], ["history", "--help"], ["history", "--since", "x"],
                                  ["bestaat-niet"], ["scan", "--onbekend"], ["history", "--limit"]])
def test_argparse_speaks_dutch(argv, capsys):
    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr()
    text = out.out + out.err
    assert text.strip()
    for word in ENGLISH:
        assert word not in text, f"English {word!r} in: {text}"
    assert "gebruik:" in text


def test_usage_shows_the_command_as_optional(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out.splitlines()[0]
    assert "[OPDRACHT ...]" in usage


def test_os_errors_in_dutch():
    assert dutch_os_error(FileNotFoundError(errno.ENOENT, "No such file or directory")) == \
        "het bestand of de map bestaat niet"
    assert "toestemming" in dutch_os_error(PermissionError(errno.EACCES, "Permission denied"))
    assert "No such" not in dutch_os_error(OSError(errno.ENOENT, "No such file or directory"))


@pytest.fixture(autouse=True)
def _restore_env(monkeypatch):
    """``--data-dir`` and ``--policy`` set environment variables: undo them after each test."""
    for name in ("PLAKWACHT_DATA_DIR", "PLAKWACHT_POLICY"):
        monkeypatch.setenv(name, "")  # records the value before (often: none), restored afterwards
        monkeypatch.delenv(name)


def test_history_export_error_in_dutch(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "d"), "history", "--export", str(tmp_path / "nope" / "x.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "bestaat niet" in err and "No such" not in err


def test_policy_file_missing_in_dutch(tmp_path):
    from guard.policy import PolicyError, read_policy

    folder = tmp_path / "map"
    folder.mkdir()
    with pytest.raises(PolicyError) as info:
        read_policy(folder)  # a folder: read_bytes raises IsADirectoryError
    assert "Is a directory" not in str(info.value) and "geen beleidsbestand" in str(info.value)


def test_scan_clean_text_is_modest(tmp_path, capsys):
    f = tmp_path / "web.txt"
    f.write_text(PUBLIC_TEXT, encoding="utf-8")
    assert main(["scan", str(f)]) == 0
    out = capsys.readouterr().out
    assert "Plakwacht vond geen persoonsgegevens of interne inhoud" in out
    assert "mag naar" not in out
    assert "richtlijn 4" in out and "openbaar" in out


def test_scan_details_only_on_request(tmp_path, capsys):
    f = tmp_path / "mail.txt"
    f.write_text(BSN_TEXT, encoding="utf-8")
    assert main(["scan", str(f)]) == 1
    plain = capsys.readouterr().out
    assert "zekerheid 1" not in plain and "[BSN" not in plain and "elfproef" in plain
    assert "--details" in plain
    assert main(["scan", "--details", str(f)]) == 1
    detailed = capsys.readouterr().out
    assert "zekerheid 1" in detailed and "%" in detailed and "type BSN" in detailed


def test_tool_names_come_from_the_policy(tmp_path, capsys):
    policy = copilot_policy(tmp_path)
    f = tmp_path / "mail.txt"
    f.write_text(BSN_TEXT, encoding="utf-8")
    assert main(["--policy", str(policy), "scan", str(f)]) == 1
    out = capsys.readouterr().out
    assert "Microsoft Copilot Chat" in out and "Le Chat" not in out


def test_window_judgement_points_to_the_allowed_tool(tmp_path):
    from guard.cli.window import judgement
    from guard.policy import load_policy
    from guard.windows.base import WindowInfo

    policy = load_policy(copilot_policy(tmp_path))
    le_chat = WindowInfo(title="Le Chat - Mistral AI - Chromium", process="chromium", pid=1)
    line = judgement(le_chat, policy)
    assert "niet toegestaan" in line and "Microsoft Copilot Chat" in line and "Gebruik alleen Mistral" not in line


def test_scan_klembord_reads_the_clipboard_without_qt(tmp_path):
    """``scan --klembord`` goes through pyperclip and never imports Qt."""
    code = (
        "import sys, pyperclip\n"
        f"pyperclip.paste = lambda: {BSN_TEXT!r}\n"
        "from ui.main import main\n"
        "rc = main(['scan', '--klembord'])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'GEEN-QT')\n"
        "sys.exit(rc)\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PLAKWACHT_POLICY",)}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert res.returncode == 1, res.stderr
    assert "== klembord" in res.stdout and "BSN" in res.stdout and "111222333" not in res.stdout
    assert res.stdout.strip().endswith("GEEN-QT")


def test_scan_klembord_empty_or_unreadable(monkeypatch, capsys):
    import pyperclip

    monkeypatch.setattr(pyperclip, "paste", lambda: "")
    assert main(["scan", "--klembord"]) == 2
    assert "geen tekst op het klembord" in capsys.readouterr().err

    def broken():
        raise pyperclip.PyperclipException("no tool")

    monkeypatch.setattr(pyperclip, "paste", broken)
    assert main(["scan", "--klembord"]) == 2
    assert "xclip" in capsys.readouterr().err
