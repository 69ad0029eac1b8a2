"""What the extension, the native host and the tray app say to each other.

Framing is the browser's native messaging framing everywhere (browser ↔ host and host ↔ tray):
a 4-byte little-endian length, then that many bytes of UTF-8 JSON. A message is at most
:data:`MAX_MESSAGE` bytes and must have one of the known shapes below, with no other fields, so
nothing else (certainly no clipboard text) can travel this way.

Extension → Plakwacht:

- ``{"type": "hello", "version": 2, "browser": "Microsoft Edge", "extension": "0.2.0"}`` (version 1: before uploads)
- ``{"type": "tab", "host": "www.uwv.nl" | null}``: the host of the active tab of the focused
  window (``null``: no window, or a page without a host such as a new tab)
- ``{"type": "copy", "host": "www.uwv.nl", "digest": "<64 hex>", "how": "copy" | "cut" | "write"}``:
  a copy in a page; ``digest`` = HMAC-SHA-256 (key from ``welcome``) of the normalised text
- ``{"type": "ping"}``
- ``{"type": "upload", "id": "<16-32 hex>", "host": "chat.mistral.ai", "how": "drop" | "paste" | "input",
  "files": [{"name": "brief.docx", "size": 12345}, ...]}`` (issue 13): a page on a GenAI host is about to
  take files; at most :data:`MAX_LISTED` files (bytes follow for the first :data:`MAX_FILES`), names
  without a folder (≤ 255 characters), sizes ≥ 0
- ``{"type": "chunk", "id": ..., "file": 0, "offset": 0, "data": "<base64, ≤ CHUNK_BYTES bytes>"}``:
  the bytes of file ``file`` in order (a file larger than :data:`MAX_FILE_BYTES` sends none)

Plakwacht → extension: ``{"type": "welcome", "version": 2, "key": "<base64 of 32 bytes>"}``;
``{"type": "sites", "hosts": ["chat.mistral.ai", ...]}``: the GenAI hosts of the policy (uploads
there are checked); ``{"type": "verdict", "id": ..., "allow": true | false}``: the answer to an upload.

Other clients of the tray's channel (``plakwacht browser status``, ``plakwacht window``):
``{"type": "query"}`` → ``{"type": "state", "extensions": [{"browser": ..., "host": ..., "connected_s": ...}]}``.

Version 2 (issue 13) added ``upload``, ``chunk``, ``sites`` and ``verdict``. New facts get new
``type`` values and a higher ``version``; a receiver drops what it does not know (the extension
ignores unknown tray messages; the host and the tray refuse unknown extension messages).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import struct
import unicodedata
from typing import BinaryIO

PROTOCOL_VERSION = 2  # 2: upload, chunk, sites, verdict (issue 13)
#: The largest message either side accepts (the browser allows 1 MB to the host; ours are tiny).
MAX_MESSAGE = 64 * 1024
HOST_NAME = "nl.plakwacht.companion"
KEY_BYTES = 32
#: Uploads (issue 13): the caps of guard.content's limits, and the raw bytes in one ``chunk``
#: (base64 makes 4/3 of it: 32 KB → 43 692 characters, well inside MAX_MESSAGE).
MAX_FILES = 20
#: Files one upload may name: those past MAX_FILES send no bytes and are "niet gecontroleerd".
MAX_LISTED = 64
MAX_FILE_BYTES = 50 * 1024 * 1024
CHUNK_BYTES = 32 * 1024
MAX_NAME = 255

_HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$")
_IPV6_RE = re.compile(r"^\[[0-9a-f:.]{2,45}\]$")
_DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")
_B64_RE = re.compile(r"^[A-Za-z0-9+/]{43}=$")
_ID_RE = re.compile(r"^[0-9a-f]{16,32}$")
_CHUNK_RE = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")


class ProtocolError(ValueError):
    """A message that is too large, not JSON, or not one of the known shapes (no content quoted)."""


# -- framing ------------------------------------------------------------------------------------
def encode(message: dict) -> bytes:
    """One framed message; raises :class:`ProtocolError` when it is larger than allowed."""
    body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(body) > MAX_MESSAGE:
        raise ProtocolError("message too large")
    return struct.pack("<I", len(body)) + body


def _read_exact(stream: BinaryIO, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None if left == n else b""
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO) -> bytes | None:
    """The body of the next frame, or ``None`` at a clean end of the stream.

    Raises:
        ProtocolError: a length above :data:`MAX_MESSAGE` (the stream cannot be trusted after
            that), or a stream that ends inside a frame.
    """
    head = _read_exact(stream, 4)
    if head is None:
        return None
    if len(head) < 4:
        raise ProtocolError("stream ended inside a frame")
    (length,) = struct.unpack("<I", head)
    if length > MAX_MESSAGE:
        raise ProtocolError("message too large")
    body = _read_exact(stream, length) if length else b""
    if body is None or len(body) < length:
        raise ProtocolError("stream ended inside a frame")
    return body


class FrameBuffer:
    """Frames from a byte stream that arrives in pieces (a socket's ``readyRead``)."""

    def __init__(self):
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """Add bytes; returns the complete frame bodies. Raises :class:`ProtocolError` on a too-long frame."""
        self._buf += data
        out = []
        while len(self._buf) >= 4:
            (length,) = struct.unpack("<I", self._buf[:4])
            if length > MAX_MESSAGE:
                self._buf.clear()
                raise ProtocolError("message too large")
            if len(self._buf) < 4 + length:
                break
            out.append(bytes(self._buf[4:4 + length]))
            del self._buf[:4 + length]
        return out


# -- shapes -------------------------------------------------------------------------------------
def _is_host(value) -> bool:
    return isinstance(value, str) and bool(_HOST_RE.match(value) or _IPV6_RE.match(value))


def _short_text(value, limit: int = 64) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit and value.isprintable()


def _version(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000


def _count(value, top: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= top


def _file_name(value) -> bool:
    return (isinstance(value, str) and 0 < len(value) <= MAX_NAME and value.strip() == value
            and not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") or c in "/\\" for c in value)
            and value not in (".", ".."))


def _files(value) -> bool:
    # A size above the cap is allowed here (the tray marks that file "te groot"); no bytes follow for it.
    return (isinstance(value, list) and 1 <= len(value) <= MAX_LISTED
            and all(isinstance(f, dict) and set(f) == {"name", "size"} and _file_name(f["name"])
                    and _count(f["size"], 2 ** 53) for f in value))


def _chunk_data(value) -> bool:
    return (isinstance(value, str) and 0 < len(value) <= 4 * ((CHUNK_BYTES + 2) // 3)
            and len(value) % 4 == 0 and bool(_CHUNK_RE.match(value)))


def _upload_id(value) -> bool:
    return isinstance(value, str) and bool(_ID_RE.match(value))


#: type → {field: check}; every field is required and no other field is allowed.
_FROM_EXTENSION = {
    "hello": {"version": _version, "browser": _short_text, "extension": _short_text},
    "tab": {"host": lambda v: v is None or _is_host(v)},
    "copy": {"host": _is_host, "digest": lambda v: isinstance(v, str) and bool(_DIGEST_RE.match(v)),
             "how": lambda v: v in ("copy", "cut", "write")},
    "ping": {},
    "upload": {"id": _upload_id, "host": _is_host, "how": lambda v: v in ("drop", "paste", "input"),
               "files": _files},
    "chunk": {"id": _upload_id, "file": lambda v: _count(v, MAX_FILES - 1),
              "offset": lambda v: _count(v, MAX_FILE_BYTES), "data": _chunk_data},
}
_FROM_TRAY = {
    "welcome": {"version": _version, "key": lambda v: isinstance(v, str) and bool(_B64_RE.match(v))},
    "sites": {"hosts": lambda v: isinstance(v, list) and len(v) <= 256 and all(_is_host(h) for h in v)},
    "verdict": {"id": _upload_id, "allow": lambda v: isinstance(v, bool)},
}
_FROM_CLIENT = {"query": {}}


def _check(body: bytes, shapes: dict) -> dict:
    if len(body) > MAX_MESSAGE:
        raise ProtocolError("message too large")
    try:
        message = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProtocolError("not a JSON message") from None
    if not isinstance(message, dict):
        raise ProtocolError("not a JSON object")
    kind = message.get("type")
    shape = shapes.get(kind) if isinstance(kind, str) else None
    if shape is None:
        raise ProtocolError("unknown message type")
    if set(message) != {"type", *shape}:
        raise ProtocolError(f"fields of a {kind!r} message are not the known ones")
    for name, ok in shape.items():
        if not ok(message[name]):
            raise ProtocolError(f"field {name!r} of a {kind!r} message has the wrong form")
    return message


def parse_from_extension(body: bytes) -> dict:
    """A message from the extension, checked; hosts are lower case. Raises :class:`ProtocolError`."""
    return _check(body, _FROM_EXTENSION)


def parse_from_tray(body: bytes) -> dict:
    return _check(body, _FROM_TRAY)


def parse_from_client(body: bytes) -> dict:
    """On the tray's side: a relayed extension message or a query."""
    return _check(body, {**_FROM_EXTENSION, **_FROM_CLIENT})


def decode_chunk(message: dict) -> bytes:
    """The bytes of a checked ``chunk`` message (raises :class:`ProtocolError`, no content quoted)."""
    try:
        data = base64.b64decode(message["data"], validate=True)
    except (ValueError, TypeError):
        raise ProtocolError("chunk is not base64") from None
    if not data or len(data) > CHUNK_BYTES:
        raise ProtocolError("chunk has the wrong size")
    return data


def welcome(key: bytes) -> dict:
    return {"type": "welcome", "version": PROTOCOL_VERSION, "key": base64.b64encode(key).decode("ascii")}


# -- the copy digest ----------------------------------------------------------------------------
def normalise(text: str) -> str:
    """The form both sides digest: NFC, no-break spaces as spaces, line ends as LF, ends trimmed.

    The browser writes a no-break space to the clipboard as a normal space, Windows turns line
    ends into CRLF; the extension (browser/extension/background.js) does exactly the same.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\r\n", "\n").replace("\r", "\n")
    return text.strip(" \t\n")


def digest(key: bytes, text: str) -> str:
    """HMAC-SHA-256 of the normalised text, hex; the extension computes the same with crypto.subtle."""
    return hmac.new(key, normalise(text).encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
