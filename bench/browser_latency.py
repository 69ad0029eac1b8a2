"""With the browser companion: from a tab switch (Ctrl+Tab in Chromium) to "clipboard safe".

Real pieces end to end under Xvfb: the app (``ui.main``) with its real detector, Debian's Chromium
with ``--load-extension=browser/extension`` and the native host, a local HTTPS server behind
``--host-resolver-rules`` (as in tests/e2e/test_browser_e2e.py). One Chromium window has two tabs,
nl.wikipedia.org ("Claude Debussy - Wikipedia": a title that alone would count as Claude) and
chat.mistral.ai. A text with a BSN is on the clipboard (copied by xclip, so not a public source).

Per round: Ctrl+Tab to the Le Chat tab; the time from just before ``xdotool key`` to the app's
``window`` event that judged Le Chat (the app writes it after the placeholder is on the clipboard)
is "switch → safe"; it includes starting xdotool and X11 event delivery. Then Ctrl+Tab back.

For reference it also prints the time to the app's *first* window event of the round (mostly the
X11 title change): the same measuring chain without the extension's part.

Usage: ``uv run python bench/browser_latency.py [--rounds 30]``. Prints median, p95 and max in ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--verbose", action="store_true", help="every window event of each round")
    args = parser.parse_args()

    import http.server
    import ssl
    import subprocess
    import threading

    from guard.browser.install import default_extension_ids, host_command, host_manifest
    from guard.browser.protocol import HOST_NAME
    from tests.e2e.conftest import App, Desktop, wait_until
    from tests.e2e.test_browser_e2e import CHROMIUM_BIN, EXTENSION, PAGES, _Pages

    work = Path(tempfile.mkdtemp(prefix="plakwacht-browser-bench-"))
    ok = False
    desktop = Desktop(work)
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(work / "k.pem"),
                        "-out", str(work / "c.pem"), "-days", "2", "-subj", "/CN=bench", "-addext",
                        "subjectAltName=" + ",".join(f"DNS:{h}" for h in PAGES)], check=True, capture_output=True)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(work / "c.pem", work / "k.pem")
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]

        chan = {"PLAKWACHT_BROWSER_CHANNEL": str(work / "chan" / "b.sock")}
        profile = work / "profile"
        (profile / "NativeMessagingHosts").mkdir(parents=True)
        (profile / "NativeMessagingHosts" / f"{HOST_NAME}.json").write_text(
            json.dumps(host_manifest(host_command(work / "hostdata"), default_extension_ids())))
        app = App(desktop, work, extra_env=chan)
        app.wait_event("ready", timeout=300)
        rules = ", ".join(f"MAP {h} 127.0.0.1:{port}" for h in PAGES)
        desktop.spawn([CHROMIUM_BIN, "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu",
                       "--password-store=basic", "--disable-features=Translate,HttpsUpgrades",
                       f"--user-data-dir={profile}", f"--load-extension={EXTENSION}",
                       f"--host-resolver-rules={rules}", "--ignore-certificate-errors",
                       "https://nl.wikipedia.org/", "https://chat.mistral.ai/"], "chromium.log",
                      env={**desktop.env, **chan})
        app.wait_event("browser", timeout=60, active=True)
        wid = desktop.find_window("Claude Debussy", timeout=60)
        desktop.activate(wid)
        desktop.key("ctrl+1")
        app.wait_event("window", host="nl.wikipedia.org")
        desktop.copy("Dossier 12: de klant met BSN 111222333 belde over de uitkering.")
        def front() -> None:
            # The warning takes the focus; keys must go to Chromium, so insist until it has it.
            def done():
                desktop.run(["xdotool", "windowactivate", str(wid)], check=False)
                return desktop.active_window() == wid

            wait_until(done, 10, "Chromium in front", interval=0.2)

        times, firsts = [], []
        for _ in range(args.rounds):
            front()
            app.mark()
            t0 = time.time()
            desktop.key("ctrl+Tab")
            ev = app.wait_event("window", kind="allowed_genai", timeout=20)
            t1 = dt.datetime.fromisoformat(ev["time"]).timestamp()
            times.append((t1 - t0) * 1000)
            first = next(e for e in app.all_events()[app.seen:] if e["event"] == "window")
            firsts.append((dt.datetime.fromisoformat(first["time"]).timestamp() - t0) * 1000)
            if args.verbose:
                evs = [(round((dt.datetime.fromisoformat(e["time"]).timestamp() - t0) * 1000, 1), e.get("host"),
                        e.get("kind")) for e in app.all_events()[app.seen:] if e["event"] == "window"]
                print(evs)
            app.wait_event("alert")
            dialog = desktop.find_window("Let op")  # the warning; it takes the focus once shown
            wait_until(lambda: desktop.active_window() == dialog, 10, "the warning in front")
            front()
            app.mark()
            desktop.key("ctrl+Tab")
            app.wait_event("alert_closed")
            wait_until(lambda: "111222333" in (desktop.paste() or ""), 10, "the text back")
        def summary(values):
            values = sorted(values)
            p95 = values[min(len(values) - 1, int(round(0.95 * len(values))) - 1)]
            return f"median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, max {values[-1]:.1f} ms"

        print(f"tab switch → clipboard safe, with the extension, {len(times)} rounds: {summary(times)}")
        print(f"  for reference, tab switch → the app's first window event (mostly the X11 title change, "
              f"same clock): {summary(firsts)}")
        ok = True
        return 0
    finally:
        desktop.close()
        if ok:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"logs and events kept in {work}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
