"""OpenDocument text and spreadsheets (odt, ods): ``content.xml`` with caps and without XML tricks."""
from __future__ import annotations

from guard.content.base import Deadline, Limits, Unreadable, register
from guard.content.safezip import SafeZip, local, parse_xml


def _odf_text(root) -> str:
    out: list[str] = []

    def walk(el):
        name = local(el.tag)
        if el.text:
            out.append(el.text)
        if name == "tab":
            out.append("\t")
        elif name == "s":
            out.append(" ")
        elif name == "line-break":
            out.append("\n")
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if name in ("p", "h"):
            out.append("\n")
        elif name == "table-cell":
            out.append("\t")
        elif name == "table-row":
            out.append("\n")

    walk(root)
    return "".join(out)


@register(("odt", "ods", "odp"), "odf")
def read_odf(data: bytes, limits: Limits, deadline: Deadline) -> str:
    z = SafeZip(data, limits, deadline)
    if not z.has("content.xml"):
        raise Unreadable("damaged", "het bestand is geen OpenDocument-bestand")
    if z.has("META-INF/manifest.xml"):
        manifest = z.read("META-INF/manifest.xml")
        if b"encryption-data" in manifest:
            raise Unreadable("encrypted", "het bestand is met een wachtwoord beveiligd")
    return _odf_text(parse_xml(z.read("content.xml")))
