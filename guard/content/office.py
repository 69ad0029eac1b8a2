"""Word, Excel and PowerPoint (docx, xlsx, pptx): the text of every paragraph, cell and slide.

Read straight from the zip with :mod:`guard.content.safezip` (caps, no XML tricks) rather than
with python-docx / openpyxl / python-pptx: those unpack without our caps and would add lxml and
Pillow (about 30 MB) to the frozen build for text we can take from the XML in a few lines. The
tests do make their documents with those libraries, so the files are the real thing.
"""
from __future__ import annotations

import re

from guard.content.base import Deadline, Limits, Unreadable, register
from guard.content.safezip import SafeZip, local, parse_xml

_PARA = {"p", "tr"}  # Word paragraph, table row
_SLIDE = re.compile(r"ppt/(slides/slide|notesSlides/notesSlide)(\d+)\.xml$")
_SHEET = re.compile(r"xl/worksheets/sheet(\d+)\.xml$")


def _texts(root, para_tags=_PARA, text_tags=("t",), tab_tags=("tab",)) -> str:
    """Concatenate text elements; a paragraph-like element ends a line."""
    out: list[str] = []

    def walk(el):
        name = local(el.tag)
        if name in text_tags and el.text:
            out.append(el.text)
        elif name in tab_tags:
            out.append("\t")
        elif name in ("br", "cr"):
            out.append("\n")
        for child in el:
            walk(child)
        if name in para_tags:
            out.append("\n")

    walk(root)
    return "".join(out)


def _check_office_encrypted(data: bytes) -> None:
    # Office puts a password-protected document in an OLE container, not a zip.
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise Unreadable("encrypted", "het bestand is met een wachtwoord beveiligd")


@register(("docx", "docm", "dotx"), "docx")
def read_docx(data: bytes, limits: Limits, deadline: Deadline) -> str:
    _check_office_encrypted(data)
    z = SafeZip(data, limits, deadline)
    if not z.has("word/document.xml"):
        raise Unreadable("damaged", "het bestand is geen Word-document")
    parts = ["word/document.xml"] + sorted(n for n in z.names if re.match(
        r"word/(header|footer|footnotes|endnotes|comments)\d*\.xml$", n))
    return "\n".join(_texts(parse_xml(z.read(n))) for n in parts)


@register(("pptx", "pptm", "ppsx"), "pptx")
def read_pptx(data: bytes, limits: Limits, deadline: Deadline) -> str:
    _check_office_encrypted(data)
    z = SafeZip(data, limits, deadline)
    slides = sorted((int(m.group(2)), m.group(1), n) for n in z.names if (m := _SLIDE.match(n)))
    if not slides and not z.has("ppt/presentation.xml"):
        raise Unreadable("damaged", "het bestand is geen PowerPoint-presentatie")
    return "\n\n".join(_texts(parse_xml(z.read(n)), para_tags={"p"}) for _, _, n in slides)


@register(("xlsx", "xlsm"), "xlsx")
def read_xlsx(data: bytes, limits: Limits, deadline: Deadline) -> str:
    _check_office_encrypted(data)
    z = SafeZip(data, limits, deadline)
    shared: list[str] = []
    if z.has("xl/sharedStrings.xml"):
        root = parse_xml(z.read("xl/sharedStrings.xml"))
        shared = [_texts(si, para_tags=set()) for si in root if local(si.tag) == "si"]
    sheets = sorted((int(m.group(1)), n) for n in z.names if (m := _SHEET.match(n)))
    if not sheets:
        raise Unreadable("damaged", "het bestand is geen Excel-werkmap")
    lines: list[str] = []
    for _, name in sheets:
        root = parse_xml(z.read(name))
        for row in root.iter():
            if local(row.tag) != "row":
                continue
            cells = []
            for c in row:
                if local(c.tag) != "c":
                    continue
                kind = c.get("t", "n")
                value = ""
                for child in c:
                    tag = local(child.tag)
                    if tag == "v" and child.text is not None:
                        value = child.text
                    elif tag == "is":
                        value = _texts(child, para_tags=set())
                if kind == "s" and value.isdigit() and int(value) < len(shared):
                    value = shared[int(value)]
                if value:
                    cells.append(value)
            if cells:
                lines.append("\t".join(cells))
        lines.append("")
    return "\n".join(lines)
