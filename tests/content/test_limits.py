"""The limits: zip bombs, XML entity tricks, a 60 MB file, an encrypted PDF, too many files, time."""
from __future__ import annotations

from guard.content import UNCHECKED, Limits, check_paths
from guard.content.base import Deadline
from tests.content import render
from tests.content.test_readers import PERSONAL, one, run_with_limit


def test_zip_bomb_docx_is_refused_quickly(tmp_path, detector):
    bomb = render.zip_bomb_docx(tmp_path / "bom.docx", megabytes=300)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    part = one(run_with_limit(lambda: check_paths([str(bomb)], detector), 10))
    assert (part.status, part.code) == (UNCHECKED, "zip_bomb")
    assert "zip-bom" in part.problem


def test_zip_member_that_lies_about_its_size_stops_at_the_cap(tmp_path, detector):
    # Within the ratio cap per member, but the document unpacks past the total cap.
    bomb = render.zip_bomb_docx(tmp_path / "groot.docx", megabytes=30)
    limits = Limits(max_unpacked_bytes=10 * 1024 * 1024, max_ratio=10_000)
    part = one(check_paths([str(bomb)], detector, limits))
    assert part.code == "zip_bomb"


def test_xml_entities_are_refused_not_expanded(tmp_path, detector):
    part = one(check_paths([str(render.entity_docx(tmp_path / "entiteit.docx"))], detector))
    assert (part.status, part.code) == (UNCHECKED, "xml_entities")
    assert not part.groups


def test_a_60_mb_file_is_not_read(tmp_path, detector):
    path = tmp_path / "groot.txt"
    with open(path, "wb") as fh:
        fh.write(b"BSN 111222333\n")
        fh.truncate(60 * 1024 * 1024)
    part = one(run_with_limit(lambda: check_paths([str(path)], detector), 10))
    assert (part.status, part.code) == (UNCHECKED, "too_large")
    assert "50 MB" in part.problem


def test_encrypted_pdf_cannot_be_checked(tmp_path, detector):
    path = render.encrypted_pdf(tmp_path / "beveiligd.pdf", PERSONAL)
    result = check_paths([str(path)], detector)
    part = one(result)
    assert (part.status, part.code) == (UNCHECKED, "encrypted")
    assert result.unchecked and "wachtwoord" in part.problem


def test_damaged_docx_cannot_be_checked(tmp_path, detector):
    path = tmp_path / "kapot.docx"
    path.write_bytes(b"PK\x03\x04 dit is geen zip")
    part = one(check_paths([str(path)], detector))
    assert (part.status, part.code) == (UNCHECKED, "damaged")


def test_more_than_20_files(tmp_path, detector):
    paths = []
    for i in range(21):
        p = tmp_path / f"n{i}.txt"
        p.write_text("Openbare tekst over de WW.", encoding="utf-8")
        paths.append(str(p))
    result = check_paths(paths, detector)
    assert [p.status for p in result.parts[:20]] == ["read"] * 20
    assert result.parts[20].code == "too_many" and result.unchecked


def test_total_time_runs_out(tmp_path, detector):
    paths = []
    for i in range(3):
        p = tmp_path / f"n{i}.txt"
        p.write_text("Openbare tekst.", encoding="utf-8")
        paths.append(str(p))
    ticks = iter([0.0, 1.0, 1.0, 1.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0])
    deadline = Deadline(10.0, clock=lambda: next(ticks, 99.0))
    result = check_paths(paths, detector, deadline=deadline)
    assert result.parts[0].status == "read"
    assert any(p.code == "timeout" for p in result.parts)
