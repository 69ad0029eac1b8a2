"""End to end with the browser companion: real Chromium with the extension, real native messaging
host, the real app, real X11 clipboard and focus (issue 11).

Chromium runs with ``--load-extension=browser/extension`` and ``--host-resolver-rules`` that map
chat.mistral.ai, www.uwv.nl, mijn.uwv.nl, chatgpt.com, nl.wikipedia.org and an invented intranet
host to one local HTTPS server (self-signed certificate made at test time). The host manifest sits
in the fresh profile's ``NativeMessagingHosts`` folder and starts ``python -m guard.browser.host``.
Issue 13: the Le Chat page has a file input whose own handler reports what it received to the
server (``/got``); files are put into it over the DevTools protocol (``tests/helpers/cdp.py``).
"""
from __future__ import annotations

import http.server
import json
import os
import shutil
import signal
import ssl
import subprocess
import threading
from pathlib import Path

import pytest

from guard.browser.install import default_extension_ids, host_command, host_manifest
from guard.browser.protocol import HOST_NAME
from guard.monitor import PLACEHOLDER
from tests.e2e.conftest import ROOT, App, wait_until

EXTENSION = ROOT / "browser" / "extension"
CHROMIUM_BIN = "/usr/lib/chromium/chromium" if os.path.exists("/usr/lib/chromium/chromium") else shutil.which(
    "chromium")
PARAGRAPH = ("Voor vragen over deze regeling kunt u contact opnemen met Marieke van den Berg, "
             "telefoon 06 43218765.")
INTRANET = "intranet.werkplek.test"
PAGES = {  # host → (title, body)
    "chat.mistral.ai": ("Le Chat - Mistral AI", "<textarea rows='5' cols='60'></textarea>"
                        "<input type='file' id='f' multiple>"
                        "<div id='drop' style='width:400px;height:120px;border:1px dashed'>Sleep hier</div>"
                        "<script>"
                        "document.getElementById('f').addEventListener('change', (e) => fetch('/got?n=' +"
                        " e.target.files.length + '&name=' + encodeURIComponent(e.target.files[0].name)));"
                        "const d = document.getElementById('drop');"
                        "d.addEventListener('dragover', (e) => e.preventDefault());"
                        "d.addEventListener('drop', (e) => { e.preventDefault(); fetch('/got?drop=' +"
                        " e.dataTransfer.files.length + '&name=' + encodeURIComponent(e.dataTransfer.files[0].name)); });"
                        "</script>"),
    "www.uwv.nl": ("Persbericht UWV", f"<p>{PARAGRAPH}</p>"),
    INTRANET: ("Intranet nieuws", f"<p>{PARAGRAPH}</p>"),
    "mijn.uwv.nl": ("Mijn berichten", f"<p>{PARAGRAPH}</p>"),
    "chatgpt.com": ("Welkom terug", "<p>Waar kan ik mee helpen?</p>"),
    "nl.wikipedia.org": ("Claude Debussy - Wikipedia", "<p>Claude Debussy was een Franse componist.</p>"),
}

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl for the test certificate")


RECEIVED: list[str] = []  # what the Le Chat page's own file-input handler got ("/got?n=1&name=...")


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path.startswith("/got?"):
            RECEIVED.append(self.path)
            self.send_response(204)
            self.end_headers()
            return
        host = (self.headers.get("Host") or "").split(":")[0]
        title, body = PAGES.get(host, ("Onbekend", ""))
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body>{body}</body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_server(tmp_path_factory):
    d = tmp_path_factory.mktemp("tls")
    san = ",".join(f"DNS:{h}" for h in PAGES)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "k.pem"),
                    "-out", str(d / "c.pem"), "-days", "2", "-subj", "/CN=plakwacht-test",
                    "-addext", f"subjectAltName={san}"], check=True, capture_output=True, timeout=60)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(d / "c.pem", d / "k.pem")
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def companion(desktop, site_server, tmp_path_factory):
    """The app with its own channel, and Chromium with the extension: one window per host."""
    work = tmp_path_factory.mktemp("companion")
    channel_env = {"PLAKWACHT_BROWSER_CHANNEL": str(work / "chan" / "b.sock")}
    profile = work / "profile"
    (profile / "NativeMessagingHosts").mkdir(parents=True)
    manifest = host_manifest(host_command(work / "hostdata"), default_extension_ids())
    (profile / "NativeMessagingHosts" / f"{HOST_NAME}.json").write_text(json.dumps(manifest), encoding="utf-8")

    app = App(desktop, work, extra_env=channel_env)
    app.wait_event("ready", timeout=180)
    rules = ", ".join(f"MAP {h} 127.0.0.1:{site_server}" for h in PAGES)
    base = [CHROMIUM_BIN, "--no-sandbox", "--test-type", "--no-first-run", "--no-default-browser-check",
            "--disable-gpu", "--password-store=basic", "--disable-sync", "--disable-component-update",
            "--disable-features=Translate,HttpsUpgrades", f"--user-data-dir={profile}",
            f"--load-extension={EXTENSION}", f"--host-resolver-rules={rules}", "--ignore-certificate-errors",
            "--window-position=0,30", "--window-size=1000,700", "--remote-debugging-port=0"]
    env = {**desktop.env, **channel_env}
    windows = {}
    for i, (host, (title, _body)) in enumerate(PAGES.items()):
        desktop.spawn(base + (["--new-window"] if i else []) + [f"https://{host}/"], f"chromium-{i}.log", env=env)
        windows[host] = desktop.find_window(title, timeout=60)
    app.wait_event("browser", timeout=60, active=True)
    app.profile = profile
    yield app, windows
    if app.proc.poll() is None:
        app.proc.send_signal(signal.SIGTERM)
        try:
            app.proc.wait(20)
        except subprocess.TimeoutExpired:
            app.proc.kill()


def go(desktop, app, windows, host):
    """Bring ``host``'s window to the front and wait until the app has judged it with the tab's host."""
    desktop.activate(windows[host])
    return app.wait_event("window", host=host, host_source="extensie")


def copy_paragraph(desktop, app, windows, host):
    go(desktop, app, windows, host)
    shape = dict(line.split("=", 1) for line in desktop.run(
        ["xdotool", "getwindowgeometry", "--shell", str(windows[host])]).stdout.split())
    desktop.run(["xdotool", "mousemove", str(int(shape["X"]) + 300), str(int(shape["Y"]) + 250), "click", "1"])
    app.mark()
    desktop.key("ctrl+a")
    desktop.key("ctrl+c")  # a real copy in Chromium
    wait_until(lambda: PARAGRAPH in (desktop.paste() or ""), 10, "the paragraph on the clipboard")
    app.wait_event("clipboard", own=False)  # the app took the copy in while this window was in front
    app.wait_event("browser_copy", host=host)


def test_claude_debussy_on_an_ordinary_host_is_not_a_forbidden_site(desktop, companion):
    app, windows = companion
    event = go(desktop, app, windows, "nl.wikipedia.org")
    assert event["kind"] == "other" and event["site"] == ""


def test_chatgpt_com_with_a_neutral_title_is_the_forbidden_site(desktop, companion):
    app, windows = companion
    event = go(desktop, app, windows, "chatgpt.com")
    assert event["kind"] == "forbidden_genai" and event["site"] == "ChatGPT"


def test_a_paragraph_copied_from_www_uwv_nl_passes_on_le_chat(desktop, companion):
    app, windows = companion
    copy_paragraph(desktop, app, windows, "www.uwv.nl")
    before = len(app.history())
    go(desktop, app, windows, "chat.mistral.ai")
    app.wait_event("public_source", host="www.uwv.nl")
    assert PARAGRAPH in desktop.paste()
    assert app.events_since_mark("alert") == []
    assert len(app.history()) == before  # no history row for a public-source text
    desktop.activate(windows["www.uwv.nl"])


@pytest.mark.parametrize("host", [INTRANET, "mijn.uwv.nl"])
def test_the_same_paragraph_from_a_non_public_host_is_held_and_warned(desktop, companion, host):
    app, windows = companion
    copy_paragraph(desktop, app, windows, host)
    go(desktop, app, windows, "chat.mistral.ai")
    alert = app.wait_event("alert")
    assert alert["held"] and alert["site"] == "Mistral Le Chat"
    assert set(alert["guidelines"]) & {4, 5}
    assert desktop.paste() == PLACEHOLDER
    assert app.events_since_mark("public_source") == []
    desktop.activate(windows[host])  # leaving the site gives the text back
    app.wait_event("alert_closed", id=alert["id"], decision="left_site")
    assert PARAGRAPH in desktop.paste()


def _docx(path: Path, text: str) -> Path:
    import docx

    doc = docx.Document()
    for line in text.split("\n"):
        doc.add_paragraph(line)
    doc.save(path)
    return path


def test_a_file_input_on_le_chat_blocks_a_docx_with_a_bsn_and_lets_a_public_one_through(desktop, companion, tmp_path):
    """Issue 13 part 3: the extension holds the input's files (and then a drop), Plakwacht checks them and warns."""
    from tests.helpers.cdp import Page, debugging_port, drop_files, page_target

    app, windows = companion
    secret = _docx(tmp_path / "klantbrief.docx", "Klantbrief\nDe heer Jan de Vries, BSN 111222333, "
                                                 "woont op Dorpsstraat 12, 1234 AB Utrecht.")
    public = _docx(tmp_path / "persbericht.docx", "Persbericht\nDe Algemene verordening gegevensbescherming "
                                                  "geldt sinds 2018 in de hele Europese Unie.")
    go(desktop, app, windows, "chat.mistral.ai")
    page = Page(page_target(wait_until(lambda: debugging_port(app.profile), 20, "DevTools port"),
                            "https://chat.mistral.ai/"))
    try:
        RECEIVED.clear()
        app.mark()
        page.set_files("#f", [secret])
        held = app.wait_event("upload_held", timeout=60)
        alert = app.wait_event("alert", id=held["id"])
        assert alert["site"] == "Mistral Le Chat" and not alert["held"]
        assert set(alert["guidelines"]) & {4, 5} and alert["actions"] == ["clear", "paste_anyway"]
        assert page.evaluate("document.getElementById('f').files.length") == 0  # the input was emptied
        row = next(r for r in app.history() if r["id"] == alert["history_id"])
        assert row["preview"].startswith("1 bestand") and "klantbrief" not in json.dumps(row)

        page.set_files("#f", [public])
        app.wait_event("upload", allow=True, count=1, site="Mistral Le Chat", timeout=60)
        wait_until(lambda: RECEIVED, 20, "the page's own handler to get the public file")
        assert RECEIVED == ["/got?n=1&name=persbericht.docx"]  # and never the letter with the BSN

        # The same for a real (trusted) drag of the files onto the page's drop zone.
        RECEIVED.clear()
        app.mark()
        drop_files(page, "#drop", [secret])
        held = app.wait_event("upload_held", timeout=60)
        assert set(held["guidelines"]) & {4, 5} and held["count"] == 1
        drop_files(page, "#drop", [public])
        app.wait_event("upload", allow=True, count=1, site="Mistral Le Chat", timeout=60)
        wait_until(lambda: RECEIVED, 20, "the page's own drop handler to get the public file")
        assert RECEIVED == ["/got?drop=1&name=persbericht.docx"]
    finally:
        page.close()


def test_zz_without_the_extension_titles_decide_again(desktop, companion, tmp_path):
    """A second app on its own channel, with no extension connected: the title makes Debussy 'Claude'."""
    app, windows = companion
    desktop.activate(windows["chatgpt.com"])
    desktop.copy("Een gewone zin zonder gegevens.")
    other = App(desktop, tmp_path, extra_env={"PLAKWACHT_BROWSER_CHANNEL": str(tmp_path / "c2" / "b.sock")})
    try:
        other.wait_event("ready", timeout=180)
        other.mark()
        desktop.activate(windows["nl.wikipedia.org"])
        event = other.wait_event("window", site="Claude")
        assert event["kind"] == "forbidden_genai" and event["host"] is None and event["host_source"] == "venstertitel"
    finally:
        other.proc.send_signal(signal.SIGTERM)
        other.proc.wait(30)
