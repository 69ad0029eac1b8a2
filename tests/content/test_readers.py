"""Every format Plakwacht reads, made by the real libraries, through the real detector."""
from __future__ import annotations

import email.message
import json
import threading

import pytest

from guard.content import READ, UNCHECKED, check_bytes, check_paths, parse_file_list
from guard.content.base import Deadline, Unreadable
from tests.content import render

BSN = "111222333"
PERSONAL = ["Beste collega,", f"Mevrouw Sanne de Vries (BSN {BSN}) woont op Kerkstraat 12, 1234 AB Amsterdam.",
            "Met vriendelijke groet, Piet"]
PUBLIC = ["Aantal WW-uitkeringen licht gedaald.",
          "Eind mei verstrekte UWV ruim 184 duizend WW-uitkeringen. Meer cijfers staan op uwv.nl."]


def types(result) -> set[str]:
    return {g.kind for p in result.parts for g in p.groups}


def one(result):
    assert len(result.parts) == 1
    return result.parts[0]


def test_docx_made_by_python_docx(tmp_path, detector):
    result = check_paths([str(render.docx(tmp_path / "brief aan klant.docx", PERSONAL))], detector)
    part = one(result)
    assert (part.status, part.format, part.name) == (READ, "docx", "brief aan klant.docx")
    assert {"BSN", "PERSON"} <= types(result)
    assert result.flagged and result.source == "bestand"
    # Only masks are kept: the BSN itself appears nowhere in the result.
    assert BSN not in repr(result) and BSN not in json.dumps(part.to_json())


def test_xlsx_made_by_openpyxl(tmp_path, detector):
    path = render.xlsx(tmp_path / "klanten.xlsx", [["Naam", "BSN", "IBAN"],
                                                   ["Sanne de Vries", BSN, "NL91ABNA0417164300"]])
    result = check_paths([str(path)], detector)
    assert one(result).status == READ
    assert {"BSN", "IBAN"} <= types(result)


def test_pptx_made_by_python_pptx(tmp_path, detector):
    result = check_paths([str(render.pptx(tmp_path / "casus.pptx", ["Casus"] + PERSONAL))], detector)
    assert one(result).format == "pptx"
    assert "BSN" in types(result)


def test_pdf_written_by_qt(tmp_path, detector):
    result = check_paths([str(render.pdf(tmp_path / "besluit.pdf", PERSONAL))], detector)
    assert one(result).status == READ
    assert "BSN" in types(result)


def test_odt(tmp_path, detector):
    result = check_paths([str(render.odt(tmp_path / "notitie.odt", PERSONAL))], detector)
    assert "BSN" in types(result)


@pytest.mark.parametrize("name,content", [
    ("a.txt", "\n".join(PERSONAL)),
    ("a.md", "# Notitie\n\n" + "\n".join(PERSONAL)),
    ("a.csv", f"naam;bsn\nSanne de Vries;{BSN}\n"),
    ("a.json", json.dumps({"klant": {"naam": "Sanne de Vries", "bsn": BSN}})),
    ("a.xml", f"<klant><naam>Sanne de Vries</naam><bsn>{BSN}</bsn></klant>"),
    ("a.html", f"<html><body><p>BSN van de klant: <b>{BSN}</b></p><script>var x=1</script></body></html>"),
])
def test_text_formats(tmp_path, detector, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = check_paths([str(path)], detector)
    assert one(result).status == READ
    assert "BSN" in types(result)


def test_eml(tmp_path, detector):
    msg = email.message.EmailMessage()
    msg["From"] = "Piet Jansen <p.jansen@voorbeeld.nl>"
    msg["To"] = "team@voorbeeld.nl"
    msg["Subject"] = "Klant belde"
    msg.set_content("\n".join(PERSONAL))
    path = tmp_path / "bericht.eml"
    path.write_bytes(bytes(msg))
    result = check_paths([str(path)], detector)
    assert {"BSN", "EMAIL_ADDRESS"} <= types(result)


def test_public_document_is_not_flagged(tmp_path, detector):
    result = check_paths([str(render.docx(tmp_path / "persbericht.docx", PUBLIC))], detector)
    assert one(result).status == READ and not result.flagged and not result.unchecked


def test_several_files_say_what_was_found_in_which(tmp_path, detector):
    a = render.docx(tmp_path / "openbaar.docx", PUBLIC)
    b = render.xlsx(tmp_path / "lijst.xlsx", [["BSN", BSN]])
    result = check_paths([str(a), str(b)], detector)
    assert [p.name for p in result.parts] == ["openbaar.docx", "lijst.xlsx"]
    assert not result.parts[0].groups and result.parts[1].groups[0].kind == "BSN"
    assert result.count == 2


def test_unknown_format_is_unchecked(tmp_path, detector):
    path = tmp_path / "programma.exe"
    path.write_bytes(b"MZ\x90\x00" * 10)
    part = one(check_paths([str(path)], detector))
    assert (part.status, part.code) == (UNCHECKED, "unknown_format")
    assert part.problem  # a Dutch reason


def test_browser_hook_gives_the_same_verdict_for_bytes(tmp_path, detector):
    path = render.docx(tmp_path / "brief.docx", PERSONAL)
    by_path = check_paths([str(path)], detector)
    by_bytes = check_bytes(path.read_bytes(), "C:/Users/x/brief.docx", detector)
    assert one(by_bytes).name == "brief.docx"
    assert types(by_bytes) == types(by_path) and by_bytes.flagged


def test_file_lists_from_the_clipboard_formats():
    uri = b"file:///home/jan/Documenten/brief%20aan%20klant.docx\r\n# comment\r\nfile:///tmp/a.pdf\r\n"
    gnome = b"copy\nfile:///home/jan/Documenten/brief%20aan%20klant.docx\nfile:///tmp/b.png"
    assert parse_file_list({"text/uri-list": uri}) == ["/home/jan/Documenten/brief aan klant.docx", "/tmp/a.pdf"]
    assert parse_file_list({"x-special/gnome-copied-files": gnome, "text/uri-list": uri}) == [
        "/home/jan/Documenten/brief aan klant.docx", "/tmp/b.png", "/tmp/a.pdf"]
    assert parse_file_list({"text/uri-list": b"https://example.org/a.docx\n"}) == []
    assert parse_file_list({}) == []


def test_deadline_stops_a_reader():
    now = [0.0]
    d = Deadline(10.0, clock=lambda: now[0])
    d.check()
    now[0] = 10.0
    with pytest.raises(Unreadable) as info:
        d.check()
    assert info.value.code == "timeout"


def run_with_limit(fn, seconds: float):
    """Run ``fn`` in a thread; a hang fails the test instead of blocking the suite."""
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("v", fn()), daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        raise AssertionError(f"did not finish within {seconds} s")
    return out["v"]


def test_outlook_msg(tmp_path, detector):
    path = render.msg(tmp_path / "bericht.msg", {
        "__substg1.0_0037001F": "Klant belde over haar uitkering",
        "__substg1.0_0C1A001F": "Piet Jansen",
        "__substg1.0_1000001F": "\n".join(PERSONAL),
    })
    result = check_paths([str(path)], detector)
    assert one(result).format == "msg" and one(result).status == READ
    assert {"BSN", "PERSON"} <= types(result)


def test_msg_that_is_not_an_ole_file(tmp_path, detector):
    path = tmp_path / "nep.msg"
    path.write_bytes(b"geen outlook-bericht")
    assert one(check_paths([str(path)], detector)).code == "damaged"
