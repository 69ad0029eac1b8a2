"""Qt's own words in Dutch: file dialogs ("Zoeken in", "Bestandsnaam", "Opslaan"), Ja/Nee, Annuleren.

Qt ships them as ``qtbase_nl.qm`` with PySide6 (``build.spec`` keeps the Dutch ones in the frozen
build, ``packaging/bundle_tools.py``). Installed once, right after the QApplication exists.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOGS = ("qtbase_nl", "qt_nl")


def install_dutch(app: QCoreApplication | None = None) -> bool:
    """Load Qt's Dutch translations into ``app``; returns whether Qt's base catalogue was loaded."""
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    if getattr(app, "_plakwacht_translators", None):
        return True
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name in CATALOGS:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    if not loaded:
        log.warning("Qt's Dutch translations not found")
        return False
    app._plakwacht_translators = loaded  # keep them alive
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return True
