"""Zip-based documents (docx, xlsx, pptx, odt, ods) read with caps, and their XML without tricks.

A zip bomb is refused before it is unpacked: the sizes in the zip directory are checked against
the limits, and each member is then read in pieces so that a directory that lies about its sizes
still stops at the cap. XML is parsed with ``defusedxml``: a DOCTYPE with entities, external
entities and DTD tricks are refused, not expanded.
"""
from __future__ import annotations

import io
import zipfile

from guard.content.base import Deadline, Limits, Unreadable

CHUNK = 1 << 20
TOO_BIG = "het bestand wordt uitgepakt veel te groot (een zogenoemde zip-bom)"


class SafeZip:
    """A zip archive in memory whose members are read within :class:`Limits`."""

    def __init__(self, data: bytes, limits: Limits, deadline: Deadline):
        self.limits = limits
        self.deadline = deadline
        self.unpacked = 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise Unreadable("damaged", "het bestand is beschadigd of geen echt Office-bestand") from None
        if len(infos) > limits.max_members:
            raise Unreadable("zip_bomb", "het bestand bevat verdacht veel onderdelen")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise Unreadable("encrypted", "het bestand is versleuteld")
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
                raise Unreadable("zip_bomb", "het bestand is verdacht sterk ingepakt (een zogenoemde zip-bom)")
        if total > limits.max_unpacked_bytes:
            raise Unreadable("zip_bomb", TOO_BIG)
        self.names = [i.filename for i in infos]

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """One member, stopping at the caps whatever the zip directory claims."""
        out = bytearray()
        try:
            with self.zip.open(name) as fh:
                while True:
                    self.deadline.check()
                    piece = fh.read(CHUNK)
                    if not piece:
                        break
                    out += piece
                    self.unpacked += len(piece)
                    if self.unpacked > self.limits.max_unpacked_bytes:
                        raise Unreadable("zip_bomb", TOO_BIG)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
            raise Unreadable("damaged", "het bestand is beschadigd") from None
        return bytes(out)


def parse_xml(data: bytes):
    """An ElementTree root, refusing entities and DTDs (billion laughs, external entities)."""
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        return safe_et.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise Unreadable("xml_entities",
                         "het bestand bevat verdachte XML-constructies die Plakwacht niet leest") from None
    except (ParseError, ValueError):
        raise Unreadable("damaged", "het bestand is beschadigd (de XML klopt niet)") from None


def local(tag: str) -> str:
    """``{namespace}t`` -> ``t``."""
    return tag.rsplit("}", 1)[-1]
