"""Files for a forced install of the extension and the host on managed machines
(``plakwacht browser rollout``). What they do and how it was tested: docs/browser.md.

Generated into one folder:

- ``updates.xml``: the update manifest the browsers fetch (``ExtensionInstallForcelist`` entry
  ``<ID>;<URL of updates.xml>``); it names ``plakwacht.crx`` next to it;
- ``plakwacht.crx``: the packed extension (only with ``--key``; packed by Chromium itself);
- ``windows/plakwacht-browser-policies.reg``: Edge and Chrome policies (HKLM): force-install,
  ``NativeMessagingAllowlist`` = the Plakwacht host, and the per-machine host registration;
- ``linux/plakwacht.json``: the same policies for ``/etc/chromium/policies/managed/``,
  ``/etc/opt/chrome/policies/managed/`` and ``/etc/opt/edge/policies/managed/``;
- ``linux/nl.plakwacht.companion.json``: the host manifest for the system folders.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path, PureWindowsPath
from xml.sax.saxutils import quoteattr

from guard.browser.install import extension_dir, extension_id_from_key, host_manifest
from guard.browser.protocol import HOST_NAME

POLICY_KEYS = {"Microsoft Edge": r"SOFTWARE\Policies\Microsoft\Edge", "Google Chrome": r"SOFTWARE\Policies\Google\Chrome"}
HOST_KEYS = {"Microsoft Edge": r"SOFTWARE\Microsoft\Edge\NativeMessagingHosts",
             "Google Chrome": r"SOFTWARE\Google\Chrome\NativeMessagingHosts"}


def update_manifest(extension_id: str, crx_url: str, version: str) -> str:
    return ("<?xml version='1.0' encoding='UTF-8'?>\n"
            "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n"
            f"  <app appid={quoteattr(extension_id)}>\n"
            f"    <updatecheck codebase={quoteattr(crx_url)} version={quoteattr(version)}/>\n"
            "  </app>\n</gupdate>\n")


def policies(extension_id: str, update_url: str) -> dict:
    return {"ExtensionInstallForcelist": [f"{extension_id};{update_url}"],
            "NativeMessagingAllowlist": [HOST_NAME]}


def _reg_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def windows_reg(extension_id: str, update_url: str, host_manifest_path: str) -> str:
    lines = ["Windows Registry Editor Version 5.00", "",
             "; Plakwacht browserkoppeling: verplichte installatie in Edge en Chrome (gegenereerd door",
             "; 'plakwacht browser rollout'). Let op: een bestaande lijst ExtensionInstallForcelist heeft",
             "; misschien al een item \"1\"; kies dan een vrij nummer.", ""]
    for browser, key in POLICY_KEYS.items():
        lines += [f"; {browser}", f"[HKEY_LOCAL_MACHINE\\{key}\\ExtensionInstallForcelist]",
                  f'"1"={_reg_str(f"{extension_id};{update_url}")}', "",
                  f"[HKEY_LOCAL_MACHINE\\{key}\\NativeMessagingAllowlist]", f'"1"={_reg_str(HOST_NAME)}', ""]
    for browser, key in HOST_KEYS.items():
        lines += [f"; {browser}: waar de host staat (per computer)", f"[HKEY_LOCAL_MACHINE\\{key}\\{HOST_NAME}]",
                  f"@={_reg_str(host_manifest_path)}", ""]
    return "\r\n".join(lines) + "\r\n"


def public_key_b64(key_pem: Path) -> str:
    """The base64 DER public key of a PEM private key (``openssl``), for the extension ID."""
    out = subprocess.run(["openssl", "rsa", "-in", str(key_pem), "-pubout", "-outform", "DER"],
                         capture_output=True, check=True, timeout=30).stdout
    import base64

    return base64.b64encode(out).decode("ascii")


def pack(chromium: str, key_pem: Path, out_crx: Path) -> None:
    """Pack ``browser/extension`` with ``key_pem`` (Chromium's own packer). The manifest's
    development ``key`` is removed: the ID then comes from ``key_pem``."""
    with tempfile.TemporaryDirectory() as tmp:
        ext = Path(tmp) / "extension"
        shutil.copytree(extension_dir(), ext)
        manifest = json.loads((ext / "manifest.json").read_text(encoding="utf-8"))
        manifest.pop("key", None)
        (ext / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        subprocess.run([chromium, "--no-sandbox", f"--pack-extension={ext}", f"--pack-extension-key={key_pem}",
                        f"--user-data-dir={Path(tmp) / 'profile'}"], capture_output=True, timeout=120, check=True)
        shutil.copyfile(Path(tmp) / "extension.crx", out_crx)


def generate(out: Path, base_url: str, *, extension_id: str | None = None, key_pem: Path | None = None,
             chromium: str | None = None, windows_host_manifest: str = r"C:\Program Files\Plakwacht\nl.plakwacht.companion.json",
             linux_host_path: str = "/opt/plakwacht/plakwacht") -> dict:
    """Write the rollout files; returns ``{"extension_id", "files"}``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((extension_dir() / "manifest.json").read_text(encoding="utf-8"))
    if key_pem is not None:
        extension_id = extension_id_from_key(public_key_b64(key_pem))
    if extension_id is None:
        extension_id = extension_id_from_key(manifest["key"])
    base_url = base_url.rstrip("/") + "/"
    update_url = base_url + "updates.xml"
    files = []

    def write(rel: str, text: str, newline: str | None = None) -> None:
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline=newline)
        files.append(rel)

    write("updates.xml", update_manifest(extension_id, base_url + "plakwacht.crx", manifest["version"]))
    write("windows/plakwacht-browser-policies.reg", windows_reg(extension_id, update_url, windows_host_manifest), "")
    write("linux/plakwacht.json", json.dumps(policies(extension_id, update_url), indent=2) + "\n")
    write(f"linux/{HOST_NAME}.json", json.dumps(host_manifest(Path(linux_host_path), [extension_id]), indent=2) + "\n")
    write(f"windows/{HOST_NAME}.json", json.dumps(host_manifest(PureWindowsPath(windows_host_manifest).with_name(
        "plakwacht-cli.exe"), [extension_id]), indent=2) + "\n")
    if key_pem is not None and chromium:
        pack(chromium, key_pem, out / "plakwacht.crx")
        files.append("plakwacht.crx")
    return {"extension_id": extension_id, "files": files}
