"""``plakwacht scan FILE`` with documents and images: same contract, ``--json`` says what was read."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.content import render  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BSN = "111222333"


def scan(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "ui.main", "scan", *map(str, args)], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("scan")
    return {
        "docx": render.docx(d / "brief.docx", [f"Mevrouw Sanne de Vries heeft BSN {BSN}."]),
        "public": render.docx(d / "persbericht.docx", ["Het aantal WW-uitkeringen is licht gedaald."]),
        "pdf": render.encrypted_pdf(d / "beveiligd.pdf", [f"BSN {BSN}"]),
        "png": (lambda p: (render.personal_screenshot(seed=6)[0].save(str(p)), p)[1])(d / "scherm.png"),
    }


def test_report_reads_documents_and_images(files):
    r = scan(files["docx"], files["png"])
    assert r.returncode == 1, r.stderr
    assert "docx-bestand" in r.stdout and "tekst uit de afbeelding" in r.stdout
    assert "Richtlijn 4" in r.stdout and "BSN •••33" in r.stdout
    assert BSN not in r.stdout


def test_public_document_exits_0(files):
    r = scan(files["public"])
    assert r.returncode == 0, r.stdout + r.stderr


def test_json_says_per_file_what_was_read_and_found(files):
    r = scan("--json", files["docx"], files["pdf"])
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 1
    assert rows[0]["read"] == {"format": "docx", "kind": "bestand", "status": "read", "code": "", "problem": "",
                               "chars": rows[0]["read"]["chars"]}
    assert "BSN" in {f["type"] for f in rows[0]["findings"]} and rows[0]["guidelines"] == [4, 5]
    assert rows[1]["read"]["status"] == "unchecked" and rows[1]["read"]["code"] == "encrypted"
    assert rows[1]["warn"] is True


def test_jsonl_stays_text_only(files):
    line = json.dumps({"id": "a", "text": str(files["docx"])})
    r = scan("--jsonl", stdin=line + "\n")
    row = json.loads(r.stdout)
    assert row["warn"] is False and "read" not in row  # the path is text here, never opened
