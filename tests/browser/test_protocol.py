"""Framing, the 64 KB limit, known shapes only, and the copy digest."""
from __future__ import annotations

import hashlib
import hmac
import io
import json
import struct

import pytest

from guard.browser import protocol
from guard.browser.protocol import MAX_MESSAGE, ProtocolError

KEY = bytes(range(32))
DIGEST = "a" * 64


def frame(body: bytes) -> bytes:
    return struct.pack("<I", len(body)) + body


def test_a_message_round_trips_through_the_framing():
    msg = {"type": "tab", "host": "www.uwv.nl"}
    stream = io.BytesIO(protocol.encode(msg) + protocol.encode({"type": "ping"}))
    assert json.loads(protocol.read_frame(stream)) == msg
    assert json.loads(protocol.read_frame(stream)) == {"type": "ping"}
    assert protocol.read_frame(stream) is None  # a clean end


def test_length_is_little_endian_four_bytes():
    assert protocol.encode({"type": "ping"})[:4] == struct.pack("<I", len(b'{"type":"ping"}'))


def test_a_frame_above_64_kb_is_refused_before_it_is_read():
    stream = io.BytesIO(struct.pack("<I", MAX_MESSAGE + 1) + b"x" * 10)
    with pytest.raises(ProtocolError, match="too large"):
        protocol.read_frame(stream)
    with pytest.raises(ProtocolError):
        protocol.encode({"type": "tab", "host": "a" * (MAX_MESSAGE + 1)})


def test_a_frame_of_exactly_64_kb_is_read():
    body = b" " * (MAX_MESSAGE - 2) + b"{}"
    assert protocol.read_frame(io.BytesIO(frame(body))) == body


def test_a_stream_that_ends_inside_a_frame_is_an_error():
    with pytest.raises(ProtocolError):
        protocol.read_frame(io.BytesIO(b"\x10\x00"))
    with pytest.raises(ProtocolError):
        protocol.read_frame(io.BytesIO(struct.pack("<I", 50) + b"{}"))


def test_frame_buffer_reassembles_pieces():
    data = protocol.encode({"type": "ping"}) + protocol.encode({"type": "tab", "host": None})
    buf = protocol.FrameBuffer()
    got = []
    for i in range(len(data)):
        got += buf.feed(data[i:i + 1])
    assert [json.loads(b) for b in got] == [{"type": "ping"}, {"type": "tab", "host": None}]
    with pytest.raises(ProtocolError):
        buf.feed(struct.pack("<I", MAX_MESSAGE + 1))


@pytest.mark.parametrize("message", [
    {"type": "hello", "version": 1, "browser": "Microsoft Edge", "extension": "0.1.0"},
    {"type": "tab", "host": "www.uwv.nl"},
    {"type": "tab", "host": None},
    {"type": "tab", "host": "[::1]"},
    {"type": "copy", "host": "www.uwv.nl", "digest": DIGEST, "how": "cut"},
    {"type": "ping"},
])
def test_known_shapes_pass(message):
    assert protocol.parse_from_extension(json.dumps(message).encode()) == message


@pytest.mark.parametrize("message", [
    {"type": "copy", "host": "www.uwv.nl", "digest": DIGEST, "how": "copy", "text": "BSN 111222333"},
    {"type": "copy", "host": "www.uwv.nl", "digest": "Klant met BSN 111222333", "how": "copy"},
    {"type": "copy", "host": "www.uwv.nl", "digest": DIGEST},
    {"type": "tab", "host": "https://www.uwv.nl/pad?bsn=111222333"},
    {"type": "tab", "host": "WWW.UWV.NL"},
    {"type": "tab", "host": "www.uwv.nl/x"},
    {"type": "tab", "host": ""},
    {"type": "tab", "host": 5},
    {"type": "paste", "text": "x"},
    {"type": "hello", "version": True, "browser": "x", "extension": "1"},
    {"type": "hello", "version": 1, "browser": "line\nbreak", "extension": "1"},
    {"type": "welcome", "version": 1, "key": "A" * 43 + "="},  # not from an extension
    {"type": ["tab"]},
    ["tab"],
])
def test_unknown_shapes_and_extra_fields_are_refused(message):
    with pytest.raises(ProtocolError) as err:
        protocol.parse_from_extension(json.dumps(message).encode())
    assert "111222333" not in str(err.value)


def test_not_json_or_not_utf8_is_refused():
    for body in (b"\xff\xfe", b"{", b"null"):
        with pytest.raises(ProtocolError):
            protocol.parse_from_extension(body)


def test_the_tray_accepts_queries_but_the_host_does_not_relay_them():
    assert protocol.parse_from_client(b'{"type":"query"}') == {"type": "query"}
    with pytest.raises(ProtocolError):
        protocol.parse_from_extension(b'{"type":"query"}')


def test_welcome_carries_the_key_in_base64():
    msg = protocol.welcome(KEY)
    assert protocol.parse_from_tray(json.dumps(msg).encode()) == msg


def test_digest_is_hmac_sha256_of_the_normalised_text():
    text = "Piet Jansen\u00a0(06-12345678)\r\nUWV"
    expected = hmac.new(KEY, "Piet Jansen (06-12345678)\nUWV".encode(), hashlib.sha256).hexdigest()
    assert protocol.digest(KEY, text) == expected


@pytest.mark.parametrize("a, b", [
    ("regel een\r\nregel twee", "regel een\nregel twee"),
    ("caf\u0065\u0301", "caf\u00e9"),             # NFD and NFC
    ("a\u00a0b", "a b"),                          # no-break space as the browser writes it
    ("  tekst\n", "tekst"),                        # ends
    ("tabel\tcel", "tabel\tcel"),
])
def test_whitespace_and_unicode_forms_do_not_change_the_digest(a, b):
    assert protocol.digest(KEY, a) == protocol.digest(KEY, b)


@pytest.mark.parametrize("a, b", [("tekst", "tekst."), ("a  b", "a b"), ("Tekst", "tekst")])
def test_a_changed_text_has_another_digest(a, b):
    assert protocol.digest(KEY, a) != protocol.digest(KEY, b)


def test_another_key_gives_another_digest():
    assert protocol.digest(KEY, "tekst") != protocol.digest(b"\x01" * 32, "tekst")
