"""``plakwacht window [--watch]`` with a fake backend: Dutch output, classification, exit codes."""
from __future__ import annotations

import argparse
import io
import queue
import threading

import pytest

from guard.cli import build_parser
from guard.cli import window as cli
from guard.policy import load_policy
from guard.windows.base import WindowBackend, WindowInfo
from guard.windows.null import REASON_WAYLAND, NullBackend

CHAT = WindowInfo("Le Chat - Mistral AI - Google Chrome", "chrome.exe", 20, handle=1)
GPT = WindowInfo("ChatGPT - Google Chrome", "chrome.exe", 20, handle=1)
WORD = WindowInfo("Verslag ChatGPT.docx - Word", "WINWORD.EXE", 30, handle=2)
NEWTAB = WindowInfo("Nieuw tabblad - Google Chrome", "chrome.exe", 20, handle=1)


class FakeBackend(WindowBackend):
    name = "fake"
    event_driven = True

    def __init__(self, window=None, changes=()):
        self.window = window
        self.changes = list(changes)
        self.stopped = False

    def active_window(self):
        return self.window

    def start(self, on_change):
        def run():
            for w in self.changes:
                on_change(w)
            on_change(StopIteration)  # the CLI's test hook to end the watch loop
        threading.Thread(target=run, daemon=True).start()

    def stop(self):
        self.stopped = True


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def run(backend, policy, watch=False):
    out = io.StringIO()
    code = cli.main(argparse.Namespace(watch=watch, poll=False), backend=backend, policy=policy, out=out)
    return code, out.getvalue()


def test_registered_as_subcommand():
    args = build_parser().parse_args(["window", "--watch"])
    assert args.func is cli.main and args.watch


def test_allowed_site(policy):
    code, out = run(FakeBackend(CHAT), policy)
    assert code == 0
    assert "Venster:   Le Chat - Mistral AI - Google Chrome" in out
    assert "Programma: chrome.exe (proces 20)" in out
    assert "Oordeel:   Mistral Le Chat: toegestaan." in out


def test_forbidden_site_cites_guideline_3(policy):
    code, out = run(FakeBackend(GPT), policy)
    assert "ChatGPT: niet toegestaan (richtlijn 3). Gebruik alleen Mistral Le Chat (chat.mistral.ai)." in out


def test_title_outside_browser_is_no_site(policy):
    _, out = run(FakeBackend(WORD), policy)
    assert "Oordeel:   Geen browser en geen AI-chat." in out
    _, out = run(FakeBackend(NEWTAB), policy)
    assert "Een browser, maar geen AI-chat die Plakwacht kent." in out


def test_no_window(policy):
    code, out = run(FakeBackend(None), policy)
    assert code == 0 and "Er is nu geen actief venster." in out


def test_unavailable_backend_prints_reason_and_exits_2(policy):
    code, out = run(NullBackend(REASON_WAYLAND), policy)
    assert code == cli.EXIT_UNAVAILABLE
    assert out.strip() == REASON_WAYLAND


def test_watch_prints_a_line_per_change_and_stops_backend(policy):
    backend = FakeBackend(changes=[NEWTAB, CHAT, None, GPT])
    code, out = run(backend, policy, watch=True)
    lines = out.strip().splitlines()
    assert code == 0 and backend.stopped
    assert lines[0].startswith("Plakwacht volgt het actieve venster (fake, op gebeurtenissen)")
    assert len(lines) == 5
    assert lines[1].endswith("Nieuw tabblad - Google Chrome [chrome.exe] → Een browser, maar geen AI-chat die Plakwacht kent.")
    assert lines[2].endswith("[chrome.exe] → Mistral Le Chat: toegestaan. Plakwacht controleert wat je hier plakt.")
    assert lines[3].endswith("] Geen actief venster.")
    assert "ChatGPT: niet toegestaan (richtlijn 3)" in lines[4]


def test_watch_ends_cleanly_on_ctrl_c(policy):
    class Interrupting(queue.Queue):
        def get(self, *a, **kw):
            raise KeyboardInterrupt

    backend = FakeBackend(changes=[])
    out = io.StringIO()
    code = cli.main(argparse.Namespace(watch=True, poll=False), backend=backend, policy=policy, out=out,
                    events=Interrupting())
    assert code == 0 and backend.stopped
