"""Qt's own words in Dutch: file dialogs ("Zoeken in", "Bestandsnaam", "Opslaan"), Ja/Nee, Annuleren.

Qt ships them as ``qtbase_nl.qm`` with PySide6 (``build.spec`` keeps the Dutch ones in the frozen
build, ``packaging/bundle_tools.py``). Installed once, right after the QApplication exists.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOGS = ("qtbase_nl", "qt_nl")


def _folders() -> list[str]:
    """Where Qt's .qm files may be: Qt's own answer, then next to PySide6 (also in the frozen build)."""
    import sys
    from pathlib import Path

    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    base = getattr(sys, "_MEIPASS", None)
    if base:
        folders.append(str(Path(base) / "PySide6" / "Qt" / "translations"))
    return folders


def install_dutch(app: QCoreApplication | None = None) -> bool:
    """Load Qt's Dutch translations into ``app``; returns whether Qt's base catalogue was loaded."""
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    if getattr(app, "_plakwacht_translators", None):
        return True
    loaded = []
    for name in CATALOGS:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in _folders()):
            app.installTranslator(translator)
            loaded.append(translator)
    if not loaded:
        log.warning("Qt's Dutch translations not found")
        return False
    app._plakwacht_translators = loaded  # keep them alive
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return True
