"""The rules that keep the frozen program small (packaging/bundle_tools.py) keep what it needs."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import bundle_tools  # noqa: E402


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/translations/qtbase_nl.qm",
    "PySide6/QtWidgets.abi3.so",
    "PySide6\\Qt6Widgets.dll",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "pycountry/databases/iso3166-1.json",
    "schwifty/iban_registry/manual.json",
    "stdnum/iban.dat",
    "presidio_analyzer/conf/default.yaml",
    "tldextract/.tld_set_snapshot",
    "detectors/data/nl_lemma_lookup.json.gz",
    "guard/data/uwv-genai-2025.toml",
    "ui/icons/tray-active.png",
    "libsqlite3.so.0",
])
def test_kept(dest):
    assert not bundle_tools.unused(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6\\Qt6Quick.dll",
    "PySide6\\Qt6Pdf.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo",
    "pycountry/databases/iso639-3.json",
    "schwifty/bank_registry/generated_de.json",
    "stdnum/oui.dat",
    "spacy/tokens/doc.pyx",
    "thinc/backends/numpy_ops.pxd",
    "PySide6/QtCore.pyi",
])
def test_left_out(dest):
    assert bundle_tools.unused(dest)


def test_drop_unused_keeps_toc_entries_whole():
    toc = [("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
           ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    assert bundle_tools.drop_unused(toc) == [toc[1]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd-based pruning is for Linux")
def test_prune_keeps_what_a_kept_module_links_and_drops_the_rest(monkeypatch, tmp_path):
    from PyInstaller.depend import bindepend

    ext = tmp_path / "ext.so"
    ext.write_bytes(b"")
    links = {str(ext): {("libneeded.so.1", "/lib/libneeded.so.1")},
             "/lib/libneeded.so.1": {("libdeep.so.2", "/lib/libdeep.so.2")},
             "/lib/libdeep.so.2": set(), "/lib/libgtk-3.so.0": set(), "/lib/libpython3.11.so.1.0": set()}
    monkeypatch.setattr(bindepend, "get_imports", lambda path, search_paths=None: links[str(path)])
    toc = [("pkg/ext.so", str(ext), "EXTENSION"),
           ("libneeded.so.1", "/lib/libneeded.so.1", "BINARY"),
           ("libdeep.so.2", "/lib/libdeep.so.2", "BINARY"),
           ("libgtk-3.so.0", "/lib/libgtk-3.so.0", "BINARY"),
           ("libpython3.11.so.1.0", "/lib/libpython3.11.so.1.0", "BINARY"),
           ("abc__mypyc.cpython-311-x86_64-linux-gnu.so", "/sp/abc__mypyc.so", "EXTENSION")]
    kept = [e[0] for e in bundle_tools.prune_system_libs(toc, log=lambda msg: None)]
    assert kept == ["pkg/ext.so", "libneeded.so.1", "libdeep.so.2", "libpython3.11.so.1.0",
                    "abc__mypyc.cpython-311-x86_64-linux-gnu.so"]
