"""Builds Plakwacht's MSI from the Windows one-folder build, with msitools' ``wixl`` (Debian).

    python packaging/msi/build_msi.py --dist DIST/plakwacht --out plakwacht-0.1.0.msi

What the MSI does (per machine, for every user):

- installs the folder under ``C:\\Program Files\\Plakwacht`` (64-bit);
- a Start menu entry "Plakwacht";
- starts the tray app at login for every user (``HKLM\\...\\CurrentVersion\\Run``);
- registers the browser companion's native messaging host ``nl.plakwacht.companion`` for Edge and
  Chrome per machine (``HKLM\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\...`` and
  ``HKLM\\Software\\Google\\Chrome\\NativeMessagingHosts\\...``, default value = the host manifest
  JSON, written here at build time beside the program; the browser starts ``plakwacht-cli.exe``);
- registers the event source "Plakwacht" in the Application log (message file: .NET's
  ``EventLogMessages.dll``, which shows the event's first string);
- upgrades an older version in place (one UpgradeCode; the version from pyproject.toml via the
  package metadata); uninstalls cleanly. Users' own data (%LOCALAPPDATA%\\Plakwacht: history,
  settings, key, logs) is never touched by the MSI.

Why wixl and not WiX: wixl is a Debian package, runs natively (no .NET under Wine) and supports
everything above. What it cannot do (custom actions in DLLs, UI sequences, merge modules) is not
needed: the MSI is meant for silent installs by Intune/SCCM (``msiexec /i ... /qn``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

#: Never change: Windows Installer finds older versions to upgrade by this code.
UPGRADE_CODE = "CE8533C8-4C56-4EA9-B35C-17BD0B965D67"
#: The namespace for the components' stable GUIDs (same file path -> same component GUID).
COMPONENT_NS = uuid.UUID("6f7b3a52-1c9e-4c1e-9a55-2c1f0b6f5e11")
MANUFACTURER = "UWV"
HOST_NAME = "nl.plakwacht.companion"
HOST_MANIFEST = f"{HOST_NAME}.json"
#: The program the browser starts, beside the manifest: the frozen console program answers as the
#: native host when a browser starts it with the extension's origin (guard/browser, issue 11).
HOST_PROGRAM = "plakwacht-cli.exe"
#: Where the companion extension's manifest (with its public ``key``) lives in the repository.
EXTENSION_MANIFEST = Path(__file__).resolve().parents[2] / "browser" / "extension" / "manifest.json"
EVENT_SOURCE_KEY = r"SYSTEM\CurrentControlSet\Services\EventLog\Application\Plakwacht"
# .NET Framework 4's message file shows %1 for every event id; [WindowsFolder] is resolved at install
# time (wixl writes no REG_EXPAND_SZ).
EVENT_MESSAGE_FILE = r"[WindowsFolder]Microsoft.NET\Framework64\v4.0.30319\EventLogMessages.dll"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
HOST_KEYS = (rf"Software\Microsoft\Edge\NativeMessagingHosts\{HOST_NAME}",
             rf"Software\Google\Chrome\NativeMessagingHosts\{HOST_NAME}")
PRODUCT_KEY = r"Software\Plakwacht"


def project_version(root: Path | None = None) -> str:
    """The version in pyproject.toml, as the installed package's metadata has it."""
    try:
        from importlib.metadata import version

        return version("plakwacht")
    except Exception:
        import tomllib

        root = root or Path(__file__).resolve().parents[2]
        return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def msi_version(version: str) -> str:
    """Windows Installer's ``major.minor.build`` (0-255.0-255.0-65535) from a PEP 440 version."""
    import re

    parts = []
    for p in version.split(".")[:3]:
        m = re.match(r"\d+", p)  # "4rc1" -> 4
        if m is None:
            break
        parts.append(int(m.group()))
    parts += [0] * (3 - len(parts))
    major, minor, build = parts
    if not (0 <= major <= 255 and 0 <= minor <= 255 and 0 <= build <= 65535):
        raise ValueError(f"version {version!r} does not fit Windows Installer's 255.255.65535")
    return f"{major}.{minor}.{build}"


def host_manifest(extension_ids) -> dict:
    """The native messaging host manifest; on Windows ``path`` may be relative to the manifest."""
    return {
        "name": HOST_NAME,
        "description": "Plakwacht browserkoppeling: site en herkomst van kopieën, nooit de tekst zelf",
        "path": HOST_PROGRAM,
        "type": "stdio",
        "allowed_origins": [f"chrome-extension://{i}/" for i in extension_ids],
    }


def extension_id_from_key(key_b64: str) -> str:
    """Chromium's extension id for a manifest ``key`` (base64 DER public key): the first 32 hex
    digits of its SHA-256, written with the letters a-p."""
    import base64

    digest = hashlib.sha256(base64.b64decode(key_b64)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


def default_extension_ids(manifest: Path = EXTENSION_MANIFEST) -> list[str]:
    """``PLAKWACHT_EXTENSION_IDS`` (comma-separated), else the id from the companion's manifest key."""
    chosen = os.environ.get("PLAKWACHT_EXTENSION_IDS", "")
    if chosen.strip():
        return [i.strip() for i in chosen.split(",") if i.strip()]
    try:
        return [extension_id_from_key(json.loads(manifest.read_text(encoding="utf-8"))["key"])]
    except (OSError, ValueError, KeyError):
        return []


def _id(prefix: str, rel: str) -> str:
    return prefix + hashlib.sha1(rel.encode("utf-8")).hexdigest()[:24]


def _guid(rel: str) -> str:
    return str(uuid.uuid5(COMPONENT_NS, rel.lower())).upper()


def wxs(files: dict[str, Path], version: str, *, icon: Path | None = None, base: Path | None = None) -> str:
    """The WiX source. ``files``: relative Windows path inside the install folder -> source file.

    ``base``: the folder the .wxs is written to; wixl wants sources relative to it.
    """
    def src(path: Path) -> str:
        return os.path.relpath(path, base) if base is not None else str(path)

    tree: dict = {}
    for rel in sorted(files):
        node = tree
        parts = rel.split("\\")
        for d in parts[:-1]:
            node = node.setdefault(d, {})
        node.setdefault("", []).append(rel)
    components: list[str] = []
    out: list[str] = []

    def emit(node: dict, path: str, indent: str) -> None:
        for rel in node.get("", []):
            cid = _id("c", rel)
            components.append(cid)
            out.append(f'{indent}<Component Id="{cid}" Guid="{_guid(rel)}" Win64="yes">')
            out.append(f'{indent}  <File Id="{_id("f", rel)}" Name={quoteattr(rel.rsplit(chr(92), 1)[-1])} '
                       f'Source={quoteattr(src(files[rel]))} KeyPath="yes"/>')
            out.append(f"{indent}</Component>")
        for name in sorted(k for k in node if k):
            sub = f"{path}\\{name}" if path else name
            out.append(f'{indent}<Directory Id="{_id("d", sub)}" Name={quoteattr(name)}>')
            emit(node[name], sub, indent + "  ")
            out.append(f"{indent}</Directory>")

    emit(tree, "", "          ")
    v = msi_version(version)
    reg = [
        # start at login for every user
        f'<RegistryValue Root="HKLM" Key="{RUN_KEY}" Name="Plakwacht" Type="string" '
        f'Value="&quot;[INSTALLDIR]plakwacht.exe&quot;"/>',
        # the browser companion's native host, per machine, for Edge and Chrome
        *(f'<RegistryValue Root="HKLM" Key="{k}" Type="string" Value="[INSTALLDIR]{HOST_MANIFEST}"/>'
          for k in HOST_KEYS),
        # the event source
        f'<RegistryValue Root="HKLM" Key="{EVENT_SOURCE_KEY}" Name="EventMessageFile" Type="string" '
        f'Value="{EVENT_MESSAGE_FILE}"/>',
        f'<RegistryValue Root="HKLM" Key="{EVENT_SOURCE_KEY}" Name="TypesSupported" Type="integer" Value="7"/>',
        # where it is installed, for scripts (and the key path of this component)
        f'<RegistryValue Root="HKLM" Key="{PRODUCT_KEY}" Name="InstallDir" Type="string" Value="[INSTALLDIR]" '
        f'KeyPath="yes"/>',
        f'<RegistryValue Root="HKLM" Key="{PRODUCT_KEY}" Name="Version" Type="string" Value="{v}"/>',
    ]
    icon_xml = ""
    if icon is not None:
        icon_xml = (f'    <Icon Id="plakwacht.ico" SourceFile={quoteattr(src(icon))}/>\n'
                    '    <Property Id="ARPPRODUCTICON" Value="plakwacht.ico"/>\n')
    body = "\n".join(out)
    comp_refs = "\n".join(f'      <ComponentRef Id="{c}"/>' for c in components)
    regs = "\n".join("          " + r for r in reg)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="Plakwacht" Language="1043" Codepage="1252" Version="{v}"
           Manufacturer="{MANUFACTURER}" UpgradeCode="{UPGRADE_CODE}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine"
             Description="Plakwacht {v}" Manufacturer="{MANUFACTURER}"
             Comments="Waarschuwt voordat persoonsgegevens in een AI-chat belanden."/>
    <Media Id="1" Cabinet="plakwacht.cab" EmbedCab="yes"/>
    <MajorUpgrade DowngradeErrorMessage="Er is al een nieuwere versie van Plakwacht geinstalleerd. Verwijder die eerst als u deze versie wilt gebruiken."/>
    <Property Id="ARPURLINFOABOUT" Value="https://www.uwv.nl"/>
{icon_xml}    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="Plakwacht">
{body}
          <Component Id="MachineRegistry" Guid="{_guid('::registry')}" Win64="yes">
{regs}
          </Component>
        </Directory>
      </Directory>
      <Directory Id="ProgramMenuFolder">
        <Component Id="StartMenu" Guid="{_guid('::startmenu')}" Win64="yes">
          <Shortcut Id="StartMenuShortcut" Name="Plakwacht" Description="Klembordwacht voor AI-chats"
                    Target="[INSTALLDIR]plakwacht.exe" WorkingDirectory="INSTALLDIR"/>
          <RegistryValue Root="HKLM" Key="{PRODUCT_KEY}" Name="StartMenu" Type="integer" Value="1" KeyPath="yes"/>
        </Component>
      </Directory>
    </Directory>
    <Feature Id="Plakwacht" Title="Plakwacht" Level="1">
{comp_refs}
      <ComponentRef Id="MachineRegistry"/>
      <ComponentRef Id="StartMenu"/>
    </Feature>
  </Product>
</Wix>
"""


def collect(dist: Path, extras: dict[str, Path]) -> dict[str, Path]:
    files = {}
    for p in sorted(dist.rglob("*")):
        if p.is_file():
            files["\\".join(p.relative_to(dist).parts)] = p.resolve()
    files.update(extras)
    return files


def build(dist: Path, out: Path, version: str | None = None, extension_ids=(), wixl: str = "wixl",
          keep_wxs: Path | None = None) -> Path:
    """Writes ``out``; returns it. Raises ``RuntimeError`` with wixl's message when it fails."""
    version = version or project_version()
    if not (dist / "plakwacht.exe").is_file():
        raise RuntimeError(f"{dist} has no plakwacht.exe: build the Windows program first")
    with tempfile.TemporaryDirectory(prefix="plakwacht-msi-") as tmp:
        stage = Path(tmp)
        (stage / HOST_MANIFEST).write_text(json.dumps(host_manifest(extension_ids), indent=2) + "\n",
                                           encoding="utf-8")
        extras = {HOST_MANIFEST: stage / HOST_MANIFEST}
        icon = next((p for p in (Path(__file__).resolve().parents[1] / "plakwacht.ico",) if p.is_file()), None)
        source = wxs(collect(dist, extras), version, icon=icon, base=stage)
        wxs_path = stage / "plakwacht.wxs"
        wxs_path.write_text(source, encoding="utf-8")
        if keep_wxs is not None:
            shutil.copyfile(wxs_path, keep_wxs)
        out.parent.mkdir(parents=True, exist_ok=True)
        r = subprocess.run([wixl, "-a", "x64", "-o", str(out), str(wxs_path)], capture_output=True, text=True)
        if r.returncode != 0 or not out.is_file():
            raise RuntimeError(f"wixl failed ({r.returncode}): {r.stderr.strip()[-2000:]}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dist", type=Path, required=True, help="the one-folder Windows build (dist/plakwacht)")
    ap.add_argument("--out", type=Path, required=True, help="the .msi to write")
    ap.add_argument("--version", help="override the version (CI's upgrade test); default: pyproject.toml")
    ap.add_argument("--extension-id", action="append", default=[],
                    help="browser companion extension id (default: PLAKWACHT_EXTENSION_IDS, else the key in "
                         "browser/extension/manifest.json)")
    ap.add_argument("--keep-wxs", type=Path, help="also write the WiX source here")
    a = ap.parse_args(argv)
    ids = a.extension_id or default_extension_ids()
    if not ids:
        print("build_msi: no browser companion extension id; the host manifest allows no extension yet",
              file=sys.stderr)
    try:
        out = build(a.dist, a.out, a.version, ids, keep_wxs=a.keep_wxs)
    except RuntimeError as exc:
        print(f"build_msi: {exc}", file=sys.stderr)
        return 1
    print(f"build_msi: {out} ({out.stat().st_size / 1e6:.1f} MB, version {msi_version(a.version or project_version())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
