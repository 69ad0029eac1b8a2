"""``plakwacht history``: the table, JSON lines, CSV export and delete-all."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guard.cli import run
from guard.history import HistoryEntry, HistoryStore

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime.now(dt.timezone.utc)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    # --data-dir sets PLAKWACHT_DATA_DIR for the process; monkeypatch puts it back afterwards.
    chosen = tmp_path / "Mijn gegevens"
    monkeypatch.setenv("PLAKWACHT_DATA_DIR", str(chosen))
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)
    return chosen


def fill(folder: Path, *entries: HistoryEntry) -> list[int]:
    with HistoryStore(folder / "history.db") as s:
        return [s.add(e) for e in entries]


def entry(days_ago=0, **kw) -> HistoryEntry:
    base = dict(id=None, time=NOW - dt.timedelta(days=days_ago), site="Mistral Le Chat",
                window_kind="allowed_genai", guidelines=[5], finding_counts={"BSN": 1, "PERSON": 2},
                categories=[], preview="111•••33, J••• de V•••", decision="pending", reason="",
                content_hash="cd" * 32)
    base.update(kw)
    return HistoryEntry(**base)


def history(folder, *args):
    return run(["--data-dir", str(folder), "history", *args])


def test_empty_history(folder, capsys):
    assert history(folder) == 0
    assert "Er staan nog geen meldingen in de geschiedenis." in capsys.readouterr().out


def test_table(folder, capsys):
    fill(folder, entry(3, site="ChatGPT", window_kind="forbidden_genai", guidelines=[3, 5], decision="clear"),
         entry(0, categories=["EMAIL_MESSAGE"], guidelines=[4, 5], decision="paste_anyway",
               reason="oefentekst\x1b[2J"))
    assert history(folder) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["Tijd", "Site", "Richtlijn", "Gevonden", "Voorbeeld", "Keuze"]
    assert "Mistral Le Chat" in lines[2] and "4, 5" in lines[2]  # newest first
    assert "1× BSN, 2× naam, e-mail" in lines[2]
    assert "toch geplakt (oefentekst" in lines[2]
    assert "\x1b" not in out  # a stored escape code never reaches the terminal
    assert "ChatGPT" in lines[3] and "klembord gewist" in lines[3]
    assert "2 meldingen. De tekst zelf bewaart Plakwacht nooit." in out


def test_json_lines_and_filters(folder, capsys):
    old, new, other = fill(folder, entry(10), entry(1), entry(0, site="Claude", window_kind="forbidden_genai"))
    assert history(folder, "--json") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [other, new, old]
    assert set(rows[0]) == {"id", "time", "site", "window_kind", "guidelines", "finding_counts", "categories",
                            "preview", "decision", "reason"}  # no content hash (issue 10)
    assert rows[1]["finding_counts"] == {"BSN": 1, "PERSON": 2} and rows[1]["preview"] == "111•••33, J••• de V•••"

    since = (NOW - dt.timedelta(days=3)).astimezone().date().isoformat()
    assert history(folder, "--json", "--since", since) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [other, new]
    assert history(folder, "--json", "--site", "le chat", "--limit", "1") == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [new]
    dutch_date = (NOW - dt.timedelta(days=3)).astimezone().strftime("%d-%m-%Y")
    assert history(folder, "--json", "--since", dutch_date) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_no_match_says_what_to_try(folder, capsys):
    fill(folder, entry())
    assert history(folder, "--site", "perplexity") == 0
    assert "Probeer het zonder --since of --site" in capsys.readouterr().out


def test_limit_hint(folder, capsys):
    fill(folder, entry(2), entry(1), entry(0))
    assert history(folder, "--limit", "2") == 0
    out = capsys.readouterr().out
    assert "Dit zijn de nieuwste 2. Meer zien? Gebruik --limit of --export." in out


@pytest.mark.parametrize("args, words", [
    (["--since", "gisteren"], "is geen datum"),
    (["--limit", "0"], "geen geldig aantal"),
])
def test_bad_arguments_are_explained(folder, capsys, args, words):
    with pytest.raises(SystemExit) as exc:
        history(folder, *args)
    assert exc.value.code == 2
    assert words in capsys.readouterr().err


def test_export(folder, tmp_path, capsys):
    fill(folder, entry(1), entry(0, site="ChatGPT", window_kind="forbidden_genai"))
    target = tmp_path / "export met spatie.csv"
    assert history(folder, "--export", str(target), "--site", "chatgpt") == 0
    assert f"1 melding opgeslagen in {target}." in capsys.readouterr().out
    lines = target.read_text("utf-8-sig").splitlines()
    assert len(lines) == 2 and "ChatGPT" in lines[1] and "verboden AI-site" in lines[1]


def test_export_to_a_missing_folder(folder, tmp_path, capsys):
    fill(folder, entry())
    assert history(folder, "--export", str(tmp_path / "bestaat niet" / "x.csv")) == 2
    assert "Kies een map die bestaat" in capsys.readouterr().err


def test_delete_all_needs_ja(folder, capsys):
    fill(folder, entry(), entry())
    assert history(folder, "--delete-all") == 1
    out = capsys.readouterr().out
    assert "2 meldingen" in out and "plakwacht history --delete-all --ja" in out
    with HistoryStore(folder / "history.db") as s:
        assert s.count() == 2
    assert history(folder, "--delete-all", "--ja") == 0
    assert "De geschiedenis is gewist (2 meldingen)." in capsys.readouterr().out
    with HistoryStore(folder / "history.db") as s:
        assert s.count() == 0


def test_ja_alone_is_refused(folder, capsys):
    assert history(folder, "--ja") == 2
    assert "--ja hoort bij --delete-all" in capsys.readouterr().err


def test_damaged_history_is_reported_and_replaced(folder, capsys):
    folder.mkdir(parents=True)
    (folder / "history.db").write_bytes(b"kapot" * 1000)
    assert history(folder) == 0
    captured = capsys.readouterr()
    assert "was beschadigd" in captured.err and "nieuwe, lege geschiedenis" in captured.err
    assert "Er staan nog geen meldingen" in captured.out


def test_retention_setting_is_applied(folder, capsys):
    from guard.settings import Settings

    fill(folder, entry(20), entry(1))
    Settings(retention_days=7).save(folder / "settings.json")
    assert history(folder, "--json") == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_console_entry_point(tmp_path):
    folder = tmp_path / "map met spatie"
    fill(folder, entry(site="Le Chat 😀\u200f"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PLAKWACHT_DATA_DIR", None)
    proc = subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
                           "--data-dir", str(folder), "history", "--json"],
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    row = json.loads(proc.stdout.decode("utf-8"))  # UTF-8 also where the console code page is cp1252
    assert row["site"] == "Le Chat 😀\u200f" and row["preview"] == "111•••33, J••• de V•••"


def test_table_survives_a_narrow_output_encoding(tmp_path):
    folder = tmp_path / "map"
    fill(folder, entry(site="Le Chat 😀", reason="✓"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="cp1252")
    env.pop("PLAKWACHT_DATA_DIR", None)
    proc = subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
                           "--data-dir", str(folder), "history"], capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert "Le Chat ?" in proc.stdout.decode("cp1252")
