"""Issue 13 part 3: upload/chunk messages, their reassembly, and the guard's decision (with fakes)."""
from __future__ import annotations

import base64
import json

import pytest

from guard.browser import protocol
from guard.browser.state import BrowserFacts
from guard.browser.uploads import Reassembly, UploadGuard
from guard.policy import load_policy
from guard.verdict import CLEAR, PASTE_ANYWAY
from guard.vocabulary import Decision
from tests.helpers.fakes import BSN, FakeDetector, FakeHistory

ID = "0123456789abcdef0123456789abcdef"


def upload(files, host="chat.mistral.ai", how="input", id=ID):
    return {"type": "upload", "id": id, "host": host, "how": how,
            "files": [{"name": n, "size": s} for n, s in files]}


def chunk(data: bytes, file=0, offset=0, id=ID):
    return {"type": "chunk", "id": id, "file": file, "offset": offset, "data": base64.b64encode(data).decode()}


def parse(message: dict) -> dict:
    return protocol.parse_from_extension(json.dumps(message).encode())


# -- shapes -----------------------------------------------------------------------------------------
def test_upload_and_chunk_shapes_are_accepted():
    assert parse(upload([("brief.docx", 10), ("scan.png", 0)]))["files"][1] == {"name": "scan.png", "size": 0}
    assert parse(chunk(b"x" * protocol.CHUNK_BYTES))["type"] == "chunk"
    assert parse({"type": "upload", "id": ID, "host": "chat.mistral.ai", "how": "drop",
                  "files": [{"name": "groot.pdf", "size": 60 * 1024 * 1024}]})


def test_a_full_chunk_fits_in_one_message():
    assert len(protocol.encode(chunk(b"\xff" * protocol.CHUNK_BYTES, file=19, offset=protocol.MAX_FILE_BYTES))) \
        < protocol.MAX_MESSAGE


@pytest.mark.parametrize("bad", [
    upload([("a.txt", 1)] * 65),                                   # more than 64 files named
    upload([]),                                                     # none
    upload([("map/brief.docx", 1)]),                                # a folder in the name
    upload([("C:\\Users\\jan\\brief.docx", 1)]),
    upload([("..", 1)]),
    upload([("brief\u202e.docx", 1)]),                             # a direction override
    upload([("a" * 256, 1)]),
    upload([("a.txt", -1)]),
    upload([("a.txt", 1)], how="upload"),
    upload([("a.txt", 1)], host="Chat.Mistral.AI/pad"),
    upload([("a.txt", 1)], id="xyz"),
    {**upload([("a.txt", 1)]), "text": "Jan"},                      # no other fields
    {"type": "upload", "id": ID, "host": "chat.mistral.ai", "how": "input",
     "files": [{"name": "a.txt", "size": 1, "path": "/home/jan/a.txt"}]},
    chunk(b"x" * (protocol.CHUNK_BYTES + 3)),                       # too large a chunk
    {**chunk(b"abc"), "data": "not base64!"},
    {**chunk(b"abc"), "data": ""},
    chunk(b"abc", file=20),
    chunk(b"abc", offset=protocol.MAX_FILE_BYTES + 1),
    {**chunk(b"abc"), "file": True},
])
def test_bad_upload_messages_are_refused(bad):
    with pytest.raises(protocol.ProtocolError):
        parse(bad)


def test_the_tray_answers_with_sites_and_verdicts_only():
    assert protocol.parse_from_tray(b'{"type":"verdict","id":"' + ID.encode() + b'","allow":false}')["allow"] is False
    assert protocol.parse_from_tray(b'{"type":"sites","hosts":["chat.mistral.ai"]}')
    for bad in (b'{"type":"verdict","id":"' + ID.encode() + b'","allow":1}', b'{"type":"sites","hosts":["a/b"]}'):
        with pytest.raises(protocol.ProtocolError):
            protocol.parse_from_tray(bad)


# -- reassembly -------------------------------------------------------------------------------------
def test_chunks_are_put_together_in_order():
    r = Reassembly()
    data = bytes(range(256)) * 300  # 76 800 bytes: three chunks
    assert r.start("c", parse(upload([("a.bin", len(data)), ("leeg.txt", 0)]))) is None
    got = None
    for off in range(0, len(data), protocol.CHUNK_BYTES):
        assert got is None
        got = r.chunk("c", parse(chunk(data[off:off + protocol.CHUNK_BYTES], offset=off)))
    assert got is not None and bytes(got.data[0]) == data and bytes(got.data[1]) == b""
    assert r.open_count() == 0


def test_a_file_above_the_cap_takes_no_bytes_and_an_empty_upload_is_complete_at_once():
    r = Reassembly()
    up = r.start("c", parse(upload([("groot.pdf", protocol.MAX_FILE_BYTES + 1)])))
    assert up is not None and not up.takes_bytes(0)
    r.start("c", parse(upload([("groot.pdf", protocol.MAX_FILE_BYTES + 1), ("a.txt", 3)], id="1" * 32)))
    with pytest.raises(protocol.ProtocolError):
        r.chunk("c", parse(chunk(b"abc", file=0, id="1" * 32)))
    assert r.open_count() == 0  # a broken upload is forgotten


@pytest.mark.parametrize("steps", [
    [chunk(b"abc", offset=3)],                   # a gap
    [chunk(b"abc"), chunk(b"abc", offset=0)],    # a repeat
    [chunk(b"abcdefg")],                         # more than announced
    [chunk(b"abc", id="f" * 32)],                # an unknown upload
    [chunk(b"abc", file=1)],                     # a file that is not there
])
def test_bad_chunks_are_refused_and_the_upload_forgotten(steps):
    r = Reassembly()
    r.start("c", parse(upload([("a.txt", 6)])))
    with pytest.raises(protocol.ProtocolError):
        for step in steps:
            r.chunk("c", parse(step))
    assert r.open_count() in (0, 1) and (steps[0]["id"] != ID or r.open_count() == 0)


def test_uploads_are_per_connection_and_bounded():
    r = Reassembly(max_open=2)
    r.start("a", parse(upload([("a.txt", 5)])))
    with pytest.raises(protocol.ProtocolError):
        r.start("a", parse(upload([("a.txt", 5)])))  # the same id twice
    r.start("b", parse(upload([("a.txt", 5)])))  # another connection may use it
    with pytest.raises(protocol.ProtocolError):
        r.chunk("b", parse(chunk(b"abc", id="2" * 32)))
    r.start("a", parse(upload([("a.txt", 5)], id="3" * 32)))
    with pytest.raises(protocol.ProtocolError):
        r.start("a", parse(upload([("a.txt", 5)], id="4" * 32)))
    r.drop("a")
    assert r.open_count() == 1


# -- the guard --------------------------------------------------------------------------------------
class Harness:
    def __init__(self, detector=True):
        self.sent, self.alerts, self.events, self.jobs = [], [], [], []
        self.history = FakeHistory()
        self.guard = UploadGuard(load_policy(), send=lambda conn, m: self.sent.append((conn, m)), post=lambda fn: fn(),
                                 detector=lambda: FakeDetector() if detector else None,
                                 on_alert=self.alerts.append, history=self.history,
                                 on_event=lambda name, **d: self.events.append((name, d)), run=self.jobs.append)
        self.facts = BrowserFacts()
        self.facts.uploads = self.guard
        self.facts.handle("conn", {"type": "hello", "version": 1, "browser": "Chromium", "extension": "0.1.0"})

    def send_file(self, name: str, data: bytes, host="chat.mistral.ai", id=ID):
        self.facts.handle("conn", parse(upload([(name, len(data))], host=host, id=id)))
        for off in range(0, len(data), protocol.CHUNK_BYTES):
            self.facts.handle("conn", parse(chunk(data[off:off + protocol.CHUNK_BYTES], offset=off, id=id)))

    def run_jobs(self):
        while self.jobs:
            self.jobs.pop(0)()


def test_the_extension_learns_the_genai_hosts_after_its_welcome():
    h = Harness()
    hosts = h.facts.followups({"type": "hello"})[0]["hosts"]
    assert "chat.mistral.ai" in hosts and "chatgpt.com" in hosts and "www.uwv.nl" not in hosts


def test_a_public_file_on_le_chat_goes_through_after_the_check_off_the_gui_thread():
    h = Harness()
    h.send_file("vraag.txt", "Wat is het verschil tussen de AVG en de AI-verordening?".encode())
    assert h.sent == [] and len(h.jobs) == 1  # checked on the worker, not in the channel's handler
    h.run_jobs()
    assert h.sent == [("conn", {"type": "verdict", "id": ID, "allow": True})]
    assert h.alerts == [] and h.history.rows == {}


def test_a_file_with_a_bsn_is_held_until_toch_plakken_with_a_reason():
    h = Harness()
    h.send_file("brief.txt", f"Klant met BSN {BSN}.".encode())
    h.run_jobs()
    assert h.sent == [] and len(h.alerts) == 1
    alert = h.alerts[0]
    assert alert.actions == (CLEAR, PASTE_ANYWAY) and 4 in alert.verdict.numbers and not alert.held
    row = h.history.rows[alert.history_id]
    assert row.preview.startswith("1 bestand") and "brief" not in row.preview and BSN not in row.preview
    with pytest.raises(ValueError):
        h.guard.decide(alert, PASTE_ANYWAY, "")
    h.guard.decide(alert, PASTE_ANYWAY, f"Testbestand, nep-BSN {BSN}")
    assert h.sent == [("conn", {"type": "verdict", "id": ID, "allow": True})]
    assert row.decision == PASTE_ANYWAY and BSN not in row.reason


@pytest.mark.parametrize("decision", [CLEAR, Decision.DISMISSED])
def test_clear_or_closing_the_warning_keeps_the_upload_blocked(decision):
    h = Harness()
    h.send_file("brief.txt", f"BSN {BSN}".encode())
    h.run_jobs()
    h.guard.decide(h.alerts[0], decision)
    assert h.sent == [("conn", {"type": "verdict", "id": ID, "allow": False})]


def test_a_forbidden_site_gets_guideline_3_even_for_a_public_file():
    h = Harness()
    h.send_file("vraag.txt", b"Wat is de AVG?", host="chatgpt.com")
    h.run_jobs()
    assert h.sent == [] and h.alerts[0].verdict.numbers[0] == 3


def test_an_unreadable_or_too_large_file_is_not_checked_and_warned():
    h = Harness()
    h.send_file("kapot.docx", b"PK\x03\x04 geen echte docx")
    h.facts.handle("conn", parse(upload([("groot.pdf", protocol.MAX_FILE_BYTES + 1)], id="5" * 32)))
    h.run_jobs()
    assert [a.analysis.unchecked for a in h.alerts] == [True, True]
    assert h.alerts[1].analysis.parts[0].code == "too_large"


def test_while_the_detector_loads_a_file_is_warned_as_not_checked():
    h = Harness(detector=False)
    h.send_file("vraag.txt", b"Wat is de AVG?")
    h.run_jobs()
    assert h.alerts and h.alerts[0].analysis.parts[0].code == "starting"


def test_an_upload_on_another_site_is_not_ours_and_goes_through():
    h = Harness()
    h.send_file("brief.txt", f"BSN {BSN}".encode(), host="www.uwv.nl")
    assert h.jobs == [] and h.sent == [("conn", {"type": "verdict", "id": ID, "allow": True})]


def test_uploads_before_a_hello_are_not_taken():
    h = Harness()
    h.facts.handle("other", parse(upload([("a.txt", 3)])))
    assert h.guard.reassembly.open_count() == 0


def test_files_past_the_twentieth_take_no_bytes_and_are_warned_as_too_many():
    h = Harness()
    h.facts.handle("conn", parse(upload([(f"{i}.txt", 1) for i in range(21)])))
    for i in range(20):
        h.facts.handle("conn", parse(chunk(b"x", file=i)))
    h.run_jobs()
    parts = h.alerts[0].analysis.parts
    assert [p.status for p in parts[:20]] == ["read"] * 20 and parts[20].code == "too_many"


def test_the_time_limit_is_for_all_files_together():
    from guard.browser.uploads import Upload, check_upload

    now = [0.0]

    def slow_check(data, name, detector, limits):
        now[0] += 6  # each file takes 6 of the 10 seconds
        from guard.content import FileAnalysis, FilePart
        return FileAnalysis(source="bestand", parts=(FilePart(name, "bestand", "tekst"),))

    up = Upload(ID, "chat.mistral.ai", "drop", ["a.txt", "b.txt", "c.txt"], [1, 1, 1])
    result = check_upload(up, FakeDetector(), check_bytes=slow_check, clock=lambda: now[0])
    assert [p.code for p in result.parts] == ["", "", "timeout"] and result.unchecked


def test_an_image_upload_is_an_afbeelding_in_the_history():
    h = Harness()
    h.send_file("scherm.png", b"\x89PNG\r\n\x1a\n niet echt")
    h.run_jobs()
    alert = h.alerts[0]
    assert alert.analysis.source == "afbeelding"
    assert h.history.rows[alert.history_id].preview.startswith("1 afbeelding")
