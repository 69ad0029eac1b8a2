"""Helpers for ``build.spec``: leave out what Plakwacht never loads, shrink what it does.

Kept out of the spec so the rules can be read (and changed) in one place:

- :func:`drop_unused` removes Qt parts, other languages' translations and similar by path;
- :func:`prune_system_libs` (Linux) removes system libraries that only the removed Qt plugins
  needed (the GTK platform theme alone pulls in GTK, cairo, pango, ... ~25 MB);
- :func:`strip_debug` (Linux) removes debug sections from compiled modules that carry them
  (spaCy's and blis' wheels do: spaCy's 118 MB become 14 MB). Only ``--strip-debug``, and never
  on libraries that auditwheel patched (RPATH to a ``*.libs`` folder, or in one): stripping those
  breaks them ("ELF load command address/offset not page-aligned", seen with numpy's OpenBLAS).

Entries are PyInstaller's TOC tuples ``(dest_name, src_path, typecode)``.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

# -- by path -------------------------------------------------------------------------------------
# Matched against "/" + the destination path inside the bundle (forward slashes), case-insensitive.
_QT_MODULES = (r"Qml|Quick|WebEngine|WebChannel|WebSockets|Multimedia|Pdf|3D|VirtualKeyboard|Designer|Help"
               r"|Charts|DataVisualization|Graphs|Lottie|Labs|ShaderTools|Sql|Test|Positioning|Location"
               r"|Bluetooth|Nfc|Sensors|SerialPort|RemoteObjects|Scxml|StateMachine|TextToSpeech|SpatialAudio"
               r"|HttpServer|Concurrent|OpenGLWidgets|PrintSupport")
QT_DROP = [
    rf"/libQt6({_QT_MODULES}|EglFSDeviceIntegration|EglFsKmsSupport|Wayland\w*|WlShellIntegration)",
    rf"/Qt6({_QT_MODULES})\w*\.dll$",
    r"/plugins/platformthemes/",  # the GTK theme: pulls in all of GTK
    r"/plugins/platforms/(lib)?q(wayland|eglfs|vnc|linuxfb|minimal|minimalegl|vkkhrdisplay)",
    r"/plugins/(wayland[\w-]*|egldeviceintegrations|platforminputcontexts|virtualkeyboard|multimedia"
    r"|qmltooling|sqldrivers|position|geoservices|sensors|texttospeech|designer|scenegraph|renderers"
    r"|sceneparsers|geometryloaders|renderplugins|printsupport|networkinformation|tls|assetimporters"
    r"|generic|qmllint|help)/",
    r"/plugins/imageformats/(lib)?q(pdf|tga|tiff|webp|wbmp|icns|jp2|mng|macheif|macjp2)",
    r"/Qt/qml/",
    r"/resources/qtwebengine",
    r"/Qt/libexec/",
    r"/translations/(?!.*_nl\.qm$)[^/]*\.qm$",  # Qt's own translations: Dutch only
]
OTHER_DROP = [
    # pycountry's translations of names (22 MB) and the databases schwifty never opens
    # (languages, subdivisions, scripts); schwifty only looks country codes up.
    r"/pycountry/locales/",
    r"/pycountry/databases/iso(639-3|639-5|3166-2|3166-3|15924)\.json$",
    # schwifty's bank registry (4.8 MB): only for IBAN.bank/BIC lookups; IBAN validation uses
    # the iban_registry (kept).
    r"/schwifty/bank_registry/",
    # python-stdnum's MAC-vendor and IMSI tables: Plakwacht uses stdnum.nl only.
    r"/stdnum/(oui|imsi)\.dat$",
    # Cython sources, C headers and type stubs that spaCy's/thinc's data collection brings along
    r"\.(pyx|pxd|pxi|pyi|h|hpp|c|cc|cpp)$",
]
_QT_RE = re.compile("|".join(f"(?:{p})" for p in QT_DROP), re.I)
_OTHER_RE = re.compile("|".join(f"(?:{p})" for p in OTHER_DROP), re.I)


def _is_qt(dest: str) -> bool:
    leaf = dest.rsplit("/", 1)[-1].lower()
    return "/PySide6/" in dest or "/Qt/" in dest or leaf.startswith(("libqt6", "qt6"))


def unused(dest_name: str) -> bool:
    """True when the file at this bundle path is never loaded by Plakwacht."""
    dest = "/" + dest_name.replace("\\", "/")
    if _is_qt(dest) and _QT_RE.search(dest):
        return True
    return bool(_OTHER_RE.search(dest))


def drop_unused(toc: list) -> list:
    return [e for e in toc if not unused(e[0])]


# -- Linux: system libraries nobody needs any more ----------------------------------------------
def prune_system_libs(binaries: list, log=print) -> list:
    """Drop top-level shared libraries that no kept module, plugin or library links against.

    PyInstaller adds a binary's dependencies while analysing; when the binary itself is then
    left out (a Qt plugin), its dependencies stay. ``ldd`` lists the full closure, so one pass
    over the kept roots is enough.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend import bindepend

    # Only plain shared libraries at the top level are candidates; Python extension modules
    # (mypyc's runtime sits at the top level too) are always kept.
    top = {e[0]: e for e in binaries
           if e[2] == "BINARY" and "/" not in e[0].replace("\\", "/") and ".so" in e[0] and "cpython-" not in e[0]}
    roots = [e for e in binaries if e[0] not in top]
    needed = {name for name in top if name.startswith("libpython")}  # loaded by the bootloader
    for dest, src, _ in roots:
        if not src or not Path(src).is_file():
            continue
        try:
            imports = bindepend.get_imports(src)
        except Exception:  # an odd file: keep everything rather than guess
            return binaries
        needed.update(Path(name).name for name, _full in imports)
    # libraries can dlopen others by soname; keep anything a kept top-level lib links to as well
    frontier = [top[n] for n in needed if n in top]
    while frontier:
        dest, src, _ = frontier.pop()
        for name, _full in bindepend.get_imports(src):
            base = Path(name).name
            if base in top and base not in needed:
                needed.add(base)
                frontier.append(top[base])
    dropped = sorted(n for n in top if n not in needed)
    if dropped:
        log(f"bundle_tools: left out {len(dropped)} system libraries no kept part uses: {', '.join(dropped)}")
    return [e for e in binaries if e[0] not in top or e[0] in needed]


# -- Linux: debug sections ----------------------------------------------------------------------
def _safe_to_strip(path: str) -> bool:
    try:
        sections = subprocess.run(["readelf", "-S", "-W", path], capture_output=True, text=True, check=True).stdout
        dynamic = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    # auditwheel (patchelf) points RPATH at the wheel's "<pkg>.libs" folder: leave those alone
    patched = any(".libs" in line for line in dynamic.splitlines() if "RPATH" in line or "RUNPATH" in line)
    return ".debug_info" in sections and not patched


def strip_debug(binaries: list, workdir: Path, log=print) -> list:
    """Point entries at debug-stripped copies (cached in ``workdir``) where that is safe."""
    if not sys.platform.startswith("linux") or not shutil.which("strip") or not shutil.which("readelf"):
        return binaries
    workdir.mkdir(parents=True, exist_ok=True)
    out, saved = [], 0
    for dest, src, typ in binaries:
        norm = "/" + dest.replace("\\", "/")
        if (not src or ".so" not in dest or re.search(r"\.libs/", norm) or "/PySide6/" in norm
                or not _safe_to_strip(src)):
            out.append((dest, src, typ))
            continue
        digest = hashlib.sha256(f"{src}:{Path(src).stat().st_mtime_ns}".encode()).hexdigest()[:16]
        target = workdir / f"{digest}-{Path(src).name}"
        if not target.exists():
            tmp = target.with_suffix(".tmp")
            shutil.copy2(src, tmp)
            subprocess.run(["strip", "--strip-debug", str(tmp)], check=True)
            tmp.replace(target)
        saved += Path(src).stat().st_size - target.stat().st_size
        out.append((dest, str(target), typ))
    log(f"bundle_tools: debug sections stripped, {saved / 1e6:.0f} MB saved")
    return out
