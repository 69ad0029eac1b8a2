"""Screenshots drawn with QPainter, read by the local OCR and the real detector."""
from __future__ import annotations

from PySide6.QtGui import QImage

from guard.content import IMAGE, READ, RawImage, check_image, check_paths
from guard.content.ocr import engine, tidy
from tests.content import render
from tests.content.test_readers import one


def raw(img) -> RawImage:
    g = img.convertToFormat(QImage.Format.Format_Grayscale8)
    return RawImage(g.width(), g.height(), bytes(g.constBits()), 1, g.bytesPerLine())


def test_ocr_engine_is_there():
    assert engine().available(), "tesserocr and nld.traineddata are needed (.ci/apt-packages.sh)"


def test_form_screenshot_with_name_bsn_and_address_is_flagged(detector):
    img, data = render.personal_screenshot(seed=3)
    assert (img.width(), img.height()) == (1920, 1080)
    result = check_image(raw(img), detector)
    part = one(result)
    assert (part.status, part.kind, part.name) == (READ, IMAGE, "")
    found = {g.kind for g in part.groups}
    assert {"BSN", "PERSON", "ADDRESS"} <= found, found
    assert result.source == IMAGE and result.flagged
    assert data["bsn"] not in repr(result)


def test_public_screenshot_is_not_flagged(detector):
    result = check_image(raw(render.public_screenshot(seed=0)), detector)
    assert one(result).status == READ and one(result).chars > 50
    assert not result.flagged


def test_dutch_diacritics_survive(detector):
    img = render.form_image([("Naam", "Noëlle Anaïs Müller"), ("Opmerking", "Café geopend, reünie en ideeën")])
    text = engine().read_raw(raw(img))
    for word in ("Noëlle", "Anaïs", "reünie", "ideeën", "Café"):
        assert word in text, (word, text)


def test_image_file_in_a_file_list(tmp_path, detector):
    img, _ = render.personal_screenshot(seed=5)
    path = tmp_path / "schermafdruk.png"
    img.save(str(path))
    result = check_paths([str(path)], detector)
    assert one(result).format == "afbeelding" and result.source == IMAGE
    assert "BSN" in {g.kind for g in one(result).groups}


def test_image_bomb_is_refused_before_decoding(tmp_path, detector):
    import struct
    import zlib

    # A PNG header that claims 100,000 × 100,000 pixels.
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    path = tmp_path / "bom.png"
    path.write_bytes(png)
    assert one(check_paths([str(path)], detector)).code == "too_large"


def test_ocr_slips_in_numbers_are_repaired():
    assert tidy("NLO2RABO0123456789") == "NL02RABO0123456789"  # shape only, not the checksum
    assert tidy("BSN 1112223O3") == "BSN 111222303"
    assert tidy("Overzicht Olie") == "Overzicht Olie"


def test_upscale_makes_a_grey_image_larger():
    from guard.content.ocr import upscale

    img = RawImage(3, 2, bytes([0, 100, 200, 0, 0, 0, 9, 9]), 1, 4)  # stride 4: one padding byte a row
    big = upscale(img, 2.0)
    assert (big.width, big.height, big.stride) == (6, 4, 6)
    assert big.data[:6] == bytes([0, 25, 75, 125, 175, 200])
    assert upscale(RawImage(100, 10, bytes(1000))).width == 150
