"""Images and documents made by the tests themselves: Dutch form screenshots drawn with QPainter,
PDFs written by Qt's PDF writer, Office files by python-docx / openpyxl / python-pptx.

Everything here is invented data (111222333 passes the 11-proof; NL91ABNA0417164300 is the
textbook IBAN). Used by ``tests/content`` and by ``bench/ocr_accuracy.py``.
"""
from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST = ["Jan", "Sanne", "Priscilla", "Mohamed", "Anouk", "Daan", "Eline", "Bram", "Fatima", "Joëlle",
         "Thijs", "Noëlle", "Sven", "Ilse", "Kees", "Zoë", "Ruben", "Lotte", "Anaïs", "Gerrit"]
LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "El Amrani", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen"]
STREETS = ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenlaan", "Schoolstraat", "Julianastraat",
           "Beukenlaan", "Raadhuisplein"]
CITIES = [("1234 AB", "Amsterdam"), ("3511 LX", "Utrecht"), ("9711 EA", "Groningen"), ("5611 AZ", "Eindhoven"),
          ("2511 CV", "Den Haag"), ("6811 KG", "Arnhem"), ("8011 AA", "Zwolle")]
def bsn(rng: random.Random) -> str:
    """A random nine-digit number that passes the 11-proof (made up, like a real BSN looks)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum((9 - i) * d for i, d in enumerate(digits)) % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)
IBANS = ["NL91ABNA0417164300", "NL20INGB0001234567", "NL44RABO0123456789"]

PUBLIC_TEXTS = [
    ("Aantal WW-uitkeringen licht gedaald",
     ["Eind mei verstrekte UWV ruim 184 duizend WW-uitkeringen.", "Dat zijn er bijna 3 duizend minder dan",
      "een maand eerder. Vooral in de bouw en de zorg", "vonden meer mensen werk."]),
    ("Openingstijden tijdens de feestdagen",
     ["Op eerste en tweede kerstdag zijn de kantoren gesloten.", "Op oudejaarsdag sluiten wij om 16.00 uur.",
      "Kijk voor meer informatie op uwv.nl."]),
    ("Nieuwe regels voor de WIA-aanvraag",
     ["Vanaf 1 januari verandert de aanvraag voor een", "WIA-uitkering. Lees op de website wat dit",
      "voor werkgevers en werknemers betekent."]),
    ("Werken in de zorg: zo kom je aan de slag",
     ["In de zorg is veel vraag naar nieuwe collega's.", "Er zijn opleidingen met behoud van uitkering.",
      "Vraag ernaar bij het WerkCafé in jouw regio."]),
    ("Cijfers arbeidsmarkt tweede kwartaal",
     ["Het aantal vacatures blijft hoog. In de ICT, de", "techniek en het onderwijs zijn de tekorten",
      "het grootst. Meer cijfers vind je op de website."]),
    ("Een uitkering aanvragen: stap voor stap",
     ["Log in met DigiD op Mijn UWV.", "Vul het formulier in en controleer de gegevens.",
      "Je krijgt binnen vier weken een beslissing."]),
]


def app():
    """The QApplication (made once; a widget one, so that widget tests can share it)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def person(rng: random.Random) -> dict:
    postcode, city = rng.choice(CITIES)
    return {
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "bsn": bsn(rng),
        "address": f"{rng.choice(STREETS)} {rng.randint(1, 180)}",
        "city": f"{postcode} {city}",
        "iban": rng.choice(IBANS),
        "birth": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1950, 2003)}",
    }


def form_image(fields: list[tuple[str, str]], title: str = "Klantbeeld – Mijn Werkplek",
               width: int = 1920, height: int = 1080, point_size: int = 13, seed: int = 0):
    """A screenshot-like QImage: a browser-ish title bar, a side menu, a form with label/value rows."""
    app()
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    rng = random.Random(seed)
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor("#f3f4f6"))
    p = QPainter(img)
    try:
        family = rng.choice(["DejaVu Sans", "DejaVu Serif", "DejaVu Sans"])
        p.fillRect(QRect(0, 0, width, 56), QColor("#1f3a68"))
        p.setPen(QColor("white"))
        p.setFont(QFont(family, point_size + 3, QFont.Weight.Bold))
        p.drawText(QRect(24, 0, width - 48, 56), Qt.AlignmentFlag.AlignVCenter, title)
        p.fillRect(QRect(0, 56, 260, height - 56), QColor("#e2e8f0"))
        p.setPen(QColor("#334155"))
        p.setFont(QFont(family, point_size))
        for i, item in enumerate(["Overzicht", "Uitkeringen", "Documenten", "Afspraken", "Berichten"]):
            p.drawText(24, 110 + i * 40, item)
        p.fillRect(QRect(300, 90, width - 360, height - 150), QColor("white"))
        y = 150
        for label, value in fields:
            p.setPen(QColor("#475569"))
            p.setFont(QFont(family, point_size))
            p.drawText(340, y, label)
            p.setPen(QColor("#0f172a"))
            p.setFont(QFont(family, point_size, QFont.Weight.Medium))
            p.drawText(640, y, value)
            y += int(point_size * 3.2)
    finally:
        p.end()
    return img


def person_fields(data: dict) -> list[tuple[str, str]]:
    return [("Naam", data["name"]), ("Burgerservicenummer", data["bsn"]), ("Adres", data["address"]),
            ("Postcode en plaats", data["city"]), ("Geboortedatum", data["birth"]),
            ("Rekeningnummer", data["iban"]), ("Uitkering", "WW, lopend")]


def personal_screenshot(seed: int = 1, **kw):
    """A 1920×1080 form with a name, a BSN, an address, a date of birth and an IBAN; and the data."""
    data = person(random.Random(seed))
    return form_image(person_fields(data), seed=seed, **kw), data


def public_screenshot(seed: int = 1, **kw):
    rng = random.Random(seed)
    title, lines = PUBLIC_TEXTS[seed % len(PUBLIC_TEXTS)]
    fields = [("Nieuws", title)] + [("", line) for line in lines]
    return form_image(fields, title="uwv.nl – Nieuws", seed=rng.randint(0, 99), **kw)


def png_bytes(img) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data())


# -- documents ------------------------------------------------------------------------------
def docx(path: Path, paragraphs: list[str]) -> Path:
    import docx as python_docx

    doc = python_docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def xlsx(path: Path, rows: list[list]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(str(path))
    return path


def pptx(path: Path, lines: list[str]) -> Path:
    import pptx as python_pptx

    prs = python_pptx.Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = lines[0]
    slide.placeholders[1].text = "\n".join(lines[1:])
    prs.save(str(path))
    return path


def pdf(path: Path, lines: list[str]) -> Path:
    """A PDF with a real text layer, written by Qt's PDF writer."""
    app()
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    p = QPainter(writer)
    try:
        p.setFont(QFont("DejaVu Sans", 11))
        for i, line in enumerate(lines):
            p.drawText(200, 400 + i * 300, line)
    finally:
        p.end()
    return path


def encrypted_pdf(path: Path, lines: list[str]) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = pdf(path.with_suffix(".plain.pdf"), lines)
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt("geheim", algorithm="RC4-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    plain.unlink()
    return path


def odt(path: Path, paragraphs: list[str]) -> Path:
    """A minimal OpenDocument text file (what LibreOffice needs to open it)."""
    body = "".join(f"<text:p>{_xml(t)}</text:p>" for t in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    return path


def zip_bomb_docx(path: Path, megabytes: int = 400) -> Path:
    """A .docx whose document.xml inflates to ``megabytes`` MB of one repeated character."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"A" * (1 << 20)
            for _ in range(megabytes):
                fh.write(chunk)
    return path


def entity_docx(path: Path) -> Path:
    """A .docx whose XML declares an entity (a billion-laughs start): must be refused, not expanded."""
    xml = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "111222333"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", xml)
    return path


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def msg(path: Path, streams: dict[str, str]) -> Path:
    """A minimal Outlook .msg: a compound file (CFB v3) with the given unicode property streams.

    Each stream is padded to 4,096 bytes so that it lives in ordinary sectors (no mini stream);
    olefile reads it as Outlook's files are read.
    """
    import struct

    end, free, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    datas = []
    for text in streams.values():
        raw = text.encode("utf-16-le")
        raw += " ".encode("utf-16-le") * max(0, (4096 - len(raw)) // 2)
        raw += b"\x00" * (-len(raw) % 512)
        datas.append(raw)
    fat = [fatsect, end]
    starts = []
    sector = 2
    for raw in datas:
        n = len(raw) // 512
        starts.append(sector)
        fat += [sector + i + 1 for i in range(n - 1)] + [end]
        sector += n
    fat += [free] * (128 - len(fat))

    def entry(name, kind, left, right, child, start, size):
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    names = list(streams)
    dirs = [entry("Root Entry", 5, nostream, nostream, 1 if names else nostream, end, 0)]
    for i, (name, raw) in enumerate(zip(names, datas), 1):
        right = i + 1 if i < len(names) else nostream
        dirs.append(entry(name, 2, nostream, right, nostream, starts[i - 1], len(streams[name].encode("utf-16-le"))
                          if len(raw) < 4096 else len(raw)))
    directory = b"".join(dirs).ljust(512, b"\0")
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    with open(path, "wb") as fh:
        fh.write(header + struct.pack("<128I", *fat) + directory + b"".join(datas))
    return path
