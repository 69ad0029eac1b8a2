"""Files and images in the Qt layer: the adapter sees file lists and images, the warning names files."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel

from detectors.model import Finding
from guard.content import FileAnalysis, FilePart, Group
from guard.monitor import FLAGGED, Alert
from guard.policy import SiteMatch, load_policy
from guard.verdict import CLEAR, PASTE_ANYWAY, evaluate
from ui import file_warning
from ui.clipboard_adapter import QtClipboardAdapter
from ui.warning_dialog import BUTTON_TEXTS, WarningDialog


@pytest.fixture
def adapter(qtbot):
    seen = []
    a = QtClipboardAdapter(on_change=seen.append)
    a.seen = seen
    yield a
    a.disconnect_clipboard()
    QGuiApplication.clipboard().clear()


def put(qtbot, md):
    cb = QGuiApplication.clipboard()
    with qtbot.waitSignal(cb.dataChanged):
        cb.setMimeData(md)


def test_copied_file_list_becomes_files_not_text(qtbot, adapter, tmp_path):
    a, b = tmp_path / "brief aan klant.docx", tmp_path / "lijst.xlsx"
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(a)), QUrl.fromLocalFile(str(b))])
    md.setText(f"{a}\n{b}")  # file managers add the paths as text too
    md.setData("x-special/gnome-copied-files", f"copy\n{QUrl.fromLocalFile(str(a)).toString()}".encode())
    put(qtbot, md)
    snap = adapter.seen[-1]
    assert snap.text is None and snap.files == (str(a), str(b))
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.write_text("placeholder")
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.restore(snap)
    back = QGuiApplication.clipboard().mimeData()
    assert [u.toLocalFile() for u in back.urls()] == [str(a), str(b)]  # the file list comes back whole


def test_web_links_stay_text(qtbot, adapter):
    md = QMimeData()
    md.setUrls([QUrl("https://www.uwv.nl/nieuws")])
    md.setText("https://www.uwv.nl/nieuws")
    put(qtbot, md)
    snap = adapter.seen[-1]
    assert snap.files == () and snap.text == "https://www.uwv.nl/nieuws"


def test_clipboard_image_becomes_grey_pixels(qtbot, adapter):
    img = QImage(64, 32, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    md = QMimeData()
    md.setImageData(img)
    put(qtbot, md)
    snap = adapter.seen[-1]
    assert snap.image is not None and (snap.image.width, snap.image.height) == (64, 32)
    assert snap.image.bytes_per_pixel == 1 and set(snap.image.data[:64]) == {255}


def file_alert(parts, source="bestand", site=SiteMatch("allowed_genai", "Mistral Le Chat")):
    findings = [Finding(g.kind, 0, 0, 1.0) for p in parts for g in p.groups]
    analysis = FileAnalysis(findings=findings, source=source, parts=tuple(parts), fingerprint="files:x")
    verdict = evaluate(analysis, load_policy(), site)
    return Alert(1, FLAGGED, verdict, analysis, site, True, key="k", text="")


def texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_warning_names_each_file_and_what_was_found_in_which(qtbot):
    alert = file_alert([
        FilePart("persbericht.docx", "bestand", "docx"),
        FilePart("Brief aan klant.docx", "bestand", "docx", groups=(Group("BSN", "BSN", 1, ("111•••33",)),)),
        FilePart("beveiligd.pdf", "bestand", "pdf", "unchecked", "encrypted",
                 "het bestand is met een wachtwoord beveiligd"),
    ])
    dialog = WarningDialog(alert)
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert "Deze bestanden mag je niet in Mistral Le Chat plakken" in shown
    assert "persbericht.docx</b>: niets gevonden" in shown
    assert "Brief aan klant.docx</b>: BSN <code>111•••33</code>" in shown
    assert "beveiligd.pdf</b>: kon niet worden gecontroleerd (het bestand is met een wachtwoord beveiligd)" in shown
    assert "Richtlijn 4" in shown and "Richtlijn 5" in shown
    assert list(dialog.buttons) == [CLEAR, PASTE_ANYWAY]
    assert BUTTON_TEXTS["redact"] not in [b.text() for b in dialog.buttons.values()]
    dialog.close_silently()


def test_image_that_could_not_be_read(qtbot):
    alert = file_alert([FilePart("", "afbeelding", "afbeelding", "unchecked", "no_ocr", "het OCR-model ontbreekt")],
                       source="afbeelding")
    dialog = WarningDialog(alert)
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert "Deze afbeelding kon niet worden gecontroleerd" in shown and "De afbeelding</b>: kon niet" in shown
    dialog.close_silently()


def test_forbidden_site_with_a_file_cites_guideline_3(qtbot):
    alert = file_alert([FilePart("notitie.txt", "bestand", "tekst")], site=SiteMatch("forbidden_genai", "ChatGPT"))
    assert alert.verdict.numbers[0] == 3
    dialog = WarningDialog(alert)
    qtbot.addWidget(dialog)
    assert "ChatGPT mag je niet gebruiken" in texts(dialog)
    dialog.close_silently()


def test_png_bytes_alone_are_decoded_for_ocr(qtbot, adapter):
    # A browser's "copy image" offers image/png bytes; Qt's hasImage() says no in-process.
    from tests.content.render import png_bytes

    img = QImage(40, 20, QImage.Format.Format_RGB32)
    img.fill(QColor("black"))
    md = QMimeData()
    md.setData("image/png", png_bytes(img))
    put(qtbot, md)
    snap = adapter.seen[-1]
    assert snap.image is not None and (snap.image.width, snap.image.height) == (40, 20)
    assert set(snap.image.data) == {0}


def test_an_upload_warning_speaks_of_uploading_not_of_the_clipboard(qtbot):
    """Issue 13 part 3: a file held on its way into the chat (guard/browser/uploads.py)."""
    alert = file_alert([FilePart("Brief aan klant.docx", "bestand", "docx",
                                 groups=(Group("BSN", "BSN", 1, ("111•••33",)),))])
    alert.key, alert.held = "upload:0123456789abcdef", False
    dialog = WarningDialog(alert)
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert "Dit bestand mag je niet in Mistral Le Chat uploaden" in shown
    assert "Plakwacht heeft het uploaden tegengehouden" in shown
    labels = [b.text() for b in dialog.buttons.values()]
    assert "Niet uploaden" in labels[0] and "Toch uploaden" in labels[1]
    assert not any("klembord" in (b.toolTip() + b.text()).lower() for b in dialog.buttons.values())
    assert dialog.confirm_button.text() == "Uploaden"
    dialog.close_silently()


def test_a_long_file_list_shows_the_first_files_and_counts_the_rest(qtbot):
    """2,000 copied files made a 2,000-line warning whose show() blocked the GUI thread for 1.4 s
    (bench/gui_responsiveness.py, scenario files). Files with findings or problems come first."""
    parts = [FilePart(f"notitie-{i}.txt", "bestand", "txt") for i in range(1997)]
    parts.insert(1500, FilePart("Brief aan klant.docx", "bestand", "docx", groups=(Group("BSN", "BSN", 1, ("•••33",)),)))
    parts += [FilePart(f"extra-{i}.pdf", "bestand", "pdf", "unchecked", "too_many", "meer dan 20 bestanden")
              for i in range(2)]
    dialog = WarningDialog(file_alert(parts))
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert "Brief aan klant.docx</b>: BSN" in shown and "extra-0.pdf</b>: kon niet worden gecontroleerd" in shown
    assert shown.count("<li>") <= file_warning.MAX_FILES + 1
    assert "en 1992 andere bestanden: niets gevonden" in shown
    dialog.close_silently()
