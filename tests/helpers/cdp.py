"""A minimal Chrome DevTools Protocol client over a WebSocket (standard library only), for the
end-to-end tests: it puts a file into a page's ``<input type=file>`` (``DOM.setFileInputFiles``),
which the GTK file chooser under Xvfb does not do reliably. No Origin header is sent, so Chromium
accepts it without ``--remote-allow-origins``.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import struct
import urllib.request
from pathlib import Path
from urllib.parse import urlparse


def debugging_port(profile: Path) -> int | None:
    """The port Chromium wrote to ``DevToolsActivePort`` (``--remote-debugging-port=0``), once written."""
    try:
        return int((Path(profile) / "DevToolsActivePort").read_text().split()[0])
    except (FileNotFoundError, IndexError, ValueError):
        return None


def page_target(port: int, url_prefix: str) -> str:
    """The WebSocket URL of the first page whose URL starts with ``url_prefix``."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
        targets = json.load(resp)
    for t in targets:
        if t.get("type") == "page" and t.get("url", "").startswith(url_prefix):
            return t["webSocketDebuggerUrl"]
    raise AssertionError(f"no page at {url_prefix}")


class Page:
    def __init__(self, ws_url: str, timeout: float = 20):
        u = urlparse(ws_url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise AssertionError("DevTools closed the connection")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise AssertionError("DevTools refused the WebSocket: " + head.split(b"\r\n", 1)[0].decode())
        self._id = 0

    def _send(self, text: str) -> None:
        data = text.encode()
        mask = os.urandom(4)
        n = len(data)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else
                                 bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 else
                                 bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exact(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise AssertionError("DevTools closed the connection")
            out += chunk
        return out

    def _recv(self) -> str:
        parts = []
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            parts.append(self._exact(n))
            if b0 & 0x80:
                return b"".join(parts).decode()

    def call(self, method: str, **params) -> dict:
        self._id += 1
        self._send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self._recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def set_files(self, selector: str, paths: list[str]) -> None:
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        node = self.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        self.call("DOM.setFileInputFiles", files=[str(p) for p in paths], nodeId=node)

    def close(self) -> None:
        self.sock.close()


def drop_files(page: Page, selector: str, paths: list[str]) -> None:
    """A real (trusted) drag of files onto the element's centre: dragEnter, dragOver, drop."""
    box = page.evaluate(f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect();"
                        " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    data = {"items": [], "files": [str(p) for p in paths], "dragOperationsMask": 1}
    for kind in ("dragEnter", "dragOver", "drop"):
        page.call("Input.dispatchDragEvent", type=kind, x=box[0], y=box[1], data=data)
