"""``plakwacht browser host|install|status|rollout``: the browser companion (docs/browser.md).

- ``host``: the native messaging host; the browser starts it (a person never needs to);
- ``install [--browser edge|chrome|chromium|all] [--scope user|system] [--uninstall]``: register
  or remove the host for the browsers;
- ``status [--json]``: per browser whether the host is registered, and whether an extension is
  connected to the running Plakwacht now;
- ``rollout --out MAP --url URL [--key PEM]``: files for a forced install through browser policies.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def register(sub) -> None:
    p = sub.add_parser("browser", help="de browserkoppeling: installeren, controleren",
                       description="De browserkoppeling laat Plakwacht het adres van de site zien en waar je een "
                                   "tekst kopieerde. Nooit de tekst zelf.")
    bsub = p.add_subparsers(dest="browser_command", metavar="ACTIE", required=True)
    host = bsub.add_parser("host", help="de koppeling die de browser zelf start (niet zelf gebruiken)")
    host.add_argument("browser_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    host.set_defaults(func=run_host)
    inst = bsub.add_parser("install", help="meld de koppeling aan bij Edge, Chrome en Chromium",
                           description="Meld de koppeling aan (of af) bij de browser. Daarna moet de extensie "
                                       "Plakwacht browserkoppeling in de browser staan.")
    inst.add_argument("--browser", choices=("edge", "chrome", "chromium", "all"), default="all")
    inst.add_argument("--scope", choices=("user", "system"), default="user",
                      help="user: alleen voor jou; system: voor iedereen op deze computer (beheerder)")
    inst.add_argument("--uninstall", action="store_true", help="meld de koppeling af")
    inst.add_argument("--extension-id", action="append", metavar="ID",
                      help="ID van de extensie die de koppeling mag starten (standaard: die uit browser/extension)")
    inst.set_defaults(func=run_install)
    st = bsub.add_parser("status", help="is de koppeling aangemeld en is er nu een extensie verbonden?")
    st.add_argument("--json", action="store_true", help="één JSON-object")
    st.set_defaults(func=run_status)
    ro = bsub.add_parser("rollout", help="bestanden voor beheerders: verplichte installatie via browserbeleid")
    ro.add_argument("--out", required=True, metavar="MAP")
    ro.add_argument("--url", required=True, metavar="URL", help="waar updates.xml en plakwacht.crx komen te staan")
    ro.add_argument("--key", metavar="PEM", help="eigen sleutel van de organisatie om plakwacht.crx te maken")
    ro.add_argument("--extension-id", metavar="ID")
    ro.set_defaults(func=run_rollout)
    for action in bsub.choices.values():  # the global options also after the action: `browser status --data-dir X`
        action.add_argument("--data-dir", metavar="MAP", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        action.add_argument("--policy", metavar="BESTAND", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _browsers(choice: str) -> list[str]:
    from guard.browser.install import BROWSERS

    return list(BROWSERS) if choice == "all" else [choice]


def _installer():
    from guard import paths
    from guard.browser.install import Installer

    return Installer(paths.data_dir())


def run_host(args) -> int:
    from guard.browser import host

    return host.run(getattr(args, "browser_args", []))


def run_install(args, installer=None, out=None) -> int:
    from guard.browser.install import BROWSER_NAMES, default_extension_ids

    out = out or sys.stdout
    installer = installer or _installer()
    browsers = _browsers(args.browser)
    if args.uninstall:
        results = installer.uninstall(browsers, args.scope)
        for r in results:
            line = f"{BROWSER_NAMES[r.browser]}: afgemeld." if not r.problem else \
                f"{BROWSER_NAMES[r.browser]}: afmelden lukte niet ({r.problem})."
            print(line, file=out)
        return EXIT_FAILED if any(r.problem for r in results) else EXIT_OK
    ids = args.extension_id or default_extension_ids()
    if not ids:
        print("Plakwacht kan de extensie niet vinden. Geef haar ID op met --extension-id.", file=out)
        return EXIT_FAILED
    results = installer.install(browsers, args.scope, ids)
    for r in results:
        if r.registered:
            print(f"{BROWSER_NAMES[r.browser]}: aangemeld ({r.where}).", file=out)
        else:
            hint = " Probeer het als beheerder, of kies --scope user." if args.scope == "system" else ""
            print(f"{BROWSER_NAMES[r.browser]}: aanmelden lukte niet ({r.problem}).{hint}", file=out)
    if all(r.registered for r in results):
        print("Zet nu de extensie 'Plakwacht browserkoppeling' aan in de browser (of laat je beheerder dat doen).",
              file=out)
        return EXIT_OK
    return EXIT_FAILED


def status_data(installer, tray_state) -> dict:
    from guard.browser.install import BROWSERS

    from guard.browser.install import BROWSER_NAMES

    exts = (tray_state or {}).get("extensions", [])
    browsers = {}
    for b in BROWSERS:
        found = installer.status(b)
        browsers[b] = {"registered": bool(found), "scope": found[0][0] if found else None,
                       "manifest": str(found[0][1]) if found else None,
                       "connected": any(e.get("browser") == BROWSER_NAMES[b] for e in exts)}
    return {"browsers": browsers, "plakwacht_running": tray_state is not None,
            "connected": [{"browser": e.get("browser"), "extension": e.get("extension")} for e in exts]}


def run_status(args, installer=None, tray_state=..., out=None) -> int:
    from guard.browser import channel
    from guard.browser.install import BROWSER_NAMES

    out = out or sys.stdout
    installer = installer or _installer()
    if tray_state is ...:
        tray_state = channel.query()
    data = status_data(installer, tray_state)
    if args.json:
        print(json.dumps(data, ensure_ascii=False), file=out)
        return EXIT_OK
    for b, info in data["browsers"].items():
        name = BROWSER_NAMES[b]
        if info["registered"]:
            who = "voor iedereen op deze computer" if info["scope"] == "system" else "voor jou"
            now = " Extensie nu verbonden." if info["connected"] else ""
            print(f"{name}: koppeling aangemeld {who}.{now}", file=out)
        else:
            print(f"{name}: koppeling niet aangemeld. Aanmelden: plakwacht browser install --browser {b}", file=out)
    if not data["plakwacht_running"]:
        print("Plakwacht draait nu niet. Start Plakwacht; de browser maakt daarna vanzelf verbinding.", file=out)
    elif data["connected"]:
        names = ", ".join(sorted({c["browser"] for c in data["connected"]}))
        print(f"Browserkoppeling: actief ({names}).", file=out)
    else:
        print("Browserkoppeling: niet actief. Staat de extensie 'Plakwacht browserkoppeling' aan in de browser?",
              file=out)
    return EXIT_OK


def run_rollout(args, out=None) -> int:
    from guard.browser import rollout

    out = out or sys.stdout
    chromium = next((shutil.which(c) for c in ("chromium", "chromium-browser", "google-chrome", "msedge")
                     if shutil.which(c)), None)
    try:
        result = rollout.generate(Path(args.out), args.url, extension_id=args.extension_id,
                                  key_pem=Path(args.key) if args.key else None, chromium=chromium)
    except (OSError, ValueError, KeyError) as exc:
        print(f"De bestanden konden niet worden gemaakt ({type(exc).__name__}).", file=out)
        return EXIT_FAILED
    print(f"Extensie-ID: {result['extension_id']}", file=out)
    for f in result["files"]:
        print(f"  {Path(args.out) / f}", file=out)
    if args.key and "plakwacht.crx" not in result["files"]:
        print("plakwacht.crx is niet gemaakt: daarvoor is Chromium, Chrome of Edge nodig.", file=out)
    print("Zet updates.xml en plakwacht.crx op de webserver; zie docs/browser.md voor de rest.", file=out)
    return EXIT_OK
