"""Plain-text formats: txt, md, csv, json, xml, html (and their usual relatives)."""
from __future__ import annotations

import html
import json
from html.parser import HTMLParser

from guard.content.base import Deadline, Limits, Unreadable, register
from guard.content.safezip import parse_xml


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (old Office exports)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192] and data.count(b"\x00") > len(data) // 100 + 1:
        raise Unreadable("unknown_format", "dit is geen tekstbestand")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@register(("txt", "text", "md", "markdown", "csv", "tsv", "log", "rtf"), "tekst")
def read_text(data: bytes, limits: Limits, deadline: Deadline) -> str:
    return decode_text(data)


@register(("json",), "json")
def read_json(data: bytes, limits: Limits, deadline: Deadline) -> str:
    text = decode_text(data)
    try:
        value = json.loads(text)
    except ValueError:
        return text  # not valid JSON: read it as text
    out: list[str] = []

    def walk(v, key=""):
        if isinstance(v, dict):
            for k, sub in v.items():
                walk(sub, str(k))
        elif isinstance(v, list):
            for sub in v:
                walk(sub, key)
        elif v is not None:
            out.append(f"{key}: {v}" if key else str(v))

    walk(value)
    return "\n".join(out)


@register(("xml",), "xml")
def read_xml(data: bytes, limits: Limits, deadline: Deadline) -> str:
    root = parse_xml(data)
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


class _HtmlText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


@register(("html", "htm", "xhtml"), "html")
def read_html(data: bytes, limits: Limits, deadline: Deadline) -> str:
    parser = _HtmlText()
    parser.feed(decode_text(data))
    parser.close()
    return html.unescape("".join(parser.out))
