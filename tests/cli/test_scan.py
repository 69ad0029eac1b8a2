"""``plakwacht scan``: the report, --json, the --jsonl contract, and bad input."""
import io
import json
import sys

import pytest

from ui.main import main

BSN_TEXT = "Beste collega,\nDe klant met BSN 111222333 belt morgen terug.\n"
PUBLIC_TEXT = ("UWV helpt mensen aan het werk en zorgt voor een inkomen als dat niet lukt. "
               "Op uwv.nl leest u meer over de WW-uitkering.\n")


def run(argv, stdin_bytes=None, monkeypatch=None):
    if stdin_bytes is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8"))
    return main(argv)


def test_report_cites_guideline_and_masks(tmp_path, capsys):
    f = tmp_path / "mail.txt"
    f.write_text(BSN_TEXT, encoding="utf-8")
    code = main(["scan", str(f)])
    out = capsys.readouterr().out
    assert code == 1
    assert "Richtlijn 5: Deel nooit persoonsgegevens" in out
    assert "BSN" in out and "111222333" not in out
    assert "elfproef" in out


def test_public_text_passes(tmp_path, capsys):
    f = tmp_path / "web.txt"
    f.write_text(PUBLIC_TEXT, encoding="utf-8")
    assert main(["scan", str(f)]) == 0
    assert "mag naar Le Chat" in capsys.readouterr().out


def test_json_per_file(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BSN_TEXT, encoding="utf-8")
    b.write_text(PUBLIC_TEXT, encoding="utf-8")
    main(["scan", "--json", str(a), str(b)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [str(a), str(b)]
    assert rows[0]["warn"] is True and rows[0]["guidelines"] == [5]
    bsn = [f for f in rows[0]["findings"] if f["type"] == "BSN"][0]
    assert BSN_TEXT[bsn["start"]:bsn["end"]] == "111222333"
    assert "111222333" not in json.dumps(rows[0]["findings"])  # previews are masked
    assert rows[1]["warn"] is False


def test_jsonl_contract(monkeypatch, capsys):
    lines = [{"id": "a", "text": BSN_TEXT}, {"id": 7, "text": PUBLIC_TEXT}]
    payload = "".join(json.dumps(x) + "\n" for x in lines).encode()
    assert run(["scan", "--jsonl"], payload, monkeypatch) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in out] == ["a", 7]
    for r in out:
        assert set(r) == {"id", "warn", "guidelines", "categories", "findings", "ms"}
        assert isinstance(r["ms"], float | int) and r["ms"] >= 0
        for f in r["findings"]:
            assert set(f) == {"type", "start", "end", "score"}
    assert out[0]["warn"] and out[0]["guidelines"] == [5]
    assert not out[1]["warn"] and out[1]["guidelines"] == [] and out[1]["findings"] == []


def test_jsonl_bad_line_is_reported_and_the_rest_goes_on(monkeypatch, capsys):
    payload = b'{"id": "a", "text": "hallo"}\nnot json\n{"id": "b"}\n{"id": "c", "text": "BSN 111222333"}\n'
    assert run(["scan", "--jsonl"], payload, monkeypatch) == 2
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [r.get("id") for r in out] == ["a", None, None, "c"]
    assert "regel 2" in captured.err and "regel 3" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("content, message", [
    (b"", "leeg"),
    (b"   \n", "leeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + b"\x00" * 200, "geen tekstbestand"),
    (b"caf\xe9 met BSN", "UTF-8"),
])
def test_bad_files_get_a_clear_message(tmp_path, capsys, content, message):
    f = tmp_path / "input.bin"
    f.write_bytes(content)
    assert main(["scan", str(f)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_file(tmp_path, capsys):
    assert main(["scan", str(tmp_path / "bestaat-niet.txt")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_directory(tmp_path, capsys):
    assert main(["scan", str(tmp_path)]) == 2
    assert "map" in capsys.readouterr().err


def test_stdin(monkeypatch, capsys):
    assert run(["scan"], BSN_TEXT.encode(), monkeypatch) == 1
    assert "standaardinvoer" in capsys.readouterr().out


def test_utf16_file_with_bom(tmp_path, capsys):
    f = tmp_path / "windows.txt"
    f.write_bytes(BSN_TEXT.encode("utf-16"))
    assert main(["scan", "--json", str(f)]) == 1
    assert json.loads(capsys.readouterr().out)["warn"] is True


def test_scan_does_not_import_qt(tmp_path):
    import subprocess

    f = tmp_path / "mail.txt"
    f.write_text(BSN_TEXT, encoding="utf-8")
    code = ("import sys; from ui.main import main; "
            f"status = main(['scan', '--json', {str(f)!r}]); "
            "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
            "print('QT', qt, 'STATUS', status, file=sys.stderr); "
            "sys.exit(3 if qt else status)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]  # scan really ran, and warned about the BSN
    row = json.loads(proc.stdout)
    assert row["warn"] and [x["type"] for x in row["findings"]] == ["BSN"]


def test_data_dir_works_before_and_after_the_sub_command(tmp_path, monkeypatch):
    from guard.cli import build_parser

    monkeypatch.delenv("PLAKWACHT_DATA_DIR", raising=False)
    before = build_parser().parse_args(["--data-dir", str(tmp_path / "a"), "history", "--json"])
    after = build_parser().parse_args(["history", "--json", "--data-dir", str(tmp_path / "b")])
    neither = build_parser().parse_args(["history"])
    assert before.data_dir == str(tmp_path / "a")
    assert after.data_dir == str(tmp_path / "b")
    assert neither.data_dir is None
