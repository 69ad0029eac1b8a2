"""The guard with copied files and images: held at once, warned after, the right choices and history."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from guard.clipboard import ClipSnapshot
from guard.content import RawImage
from guard.content.clip import PLACEHOLDER as FILE_PLACEHOLDER
from guard.hashing import KeyedHasher
from guard.history import HistoryStore
from guard.monitor import FLAGGED, UNCHECKED, Monitor
from guard.policy import load_policy
from guard.verdict import ALLOWLIST, CLEAR, PASTE_ANYWAY, REDACT
from tests.content import render
from tests.helpers.fakes import (
    CHATGPT, LE_CHAT, WORD, Clock, FakeClipboard, FakeDetector, ManualRunner,
)

BSN = "111222333"
OWN_PID = 999


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture
def env(policy, tmp_path):
    clip, det, clock = FakeClipboard(), FakeDetector(), Clock()
    history = HistoryStore(tmp_path / "h" / "history.db")
    runner = ManualRunner()
    mon = Monitor(clip, det, policy, history=history, settings=SimpleNamespace(paused_until=None),
                  hasher=KeyedHasher(tmp_path / "h" / "key"), runner=runner, now=lambda: clock.wall,
                  monotonic=lambda: clock.t, own_pid=OWN_PID)
    shown = []
    mon.on_alert = shown.append
    yield SimpleNamespace(mon=mon, clip=clip, det=det, clock=clock, history=history, runner=runner, shown=shown,
                          dir=tmp_path)
    history.close()


def copy_files(env, *paths):
    snap = ClipSnapshot(None, ("text/uri-list", "x-special/gnome-copied-files"), files=tuple(str(p) for p in paths),
                        payload={"text/uri-list": b"..."})
    env.clip.snap = snap
    env.mon.on_clipboard_change(snap)
    return snap


def test_file_list_is_held_at_once_and_warned_after_the_check(env):
    secret = render.docx(env.dir / "Brief aan mevrouw De Vries.docx", [f"BSN {BSN}"])
    public = render.docx(env.dir / "persbericht.docx", ["Openbaar nieuws over de WW."])
    env.mon.on_window_change(WORD)
    original = copy_files(env, public, secret)
    env.mon.on_window_change(LE_CHAT)
    # Held before anything was read: the placeholder says it is being checked.
    assert env.clip.text == FILE_PLACEHOLDER and "wordt gecontroleerd" in FILE_PLACEHOLDER
    assert env.mon.held and not env.shown
    env.runner.run()  # the worker reads both files
    (alert,) = env.shown
    assert alert.kind == FLAGGED and alert.held
    assert alert.verdict.numbers == [4, 5]  # the upload guideline and personal data
    assert alert.actions == (CLEAR, PASTE_ANYWAY)  # no "Plakken zonder persoonsgegevens" for files
    assert REDACT not in alert.actions and ALLOWLIST not in alert.actions
    parts = alert.analysis.parts
    assert [p.name for p in parts] == ["persbericht.docx", "Brief aan mevrouw De Vries.docx"]
    assert not parts[0].groups and parts[1].groups[0].kind == "BSN"
    # History: "2 bestanden", the masked BSN, never a file name or the number.
    (row,) = env.history.entries()
    assert row.preview.startswith("2 bestanden") and BSN not in row.preview
    assert "Vries" not in repr(row) and "persbericht" not in repr(row)
    env.mon.decide(alert, PASTE_ANYWAY, "mag van teamleider")
    assert env.clip.snap is original  # the file list comes back whole


def test_public_files_are_given_back_without_a_warning(env):
    public = render.docx(env.dir / "persbericht.docx", ["Openbaar nieuws over de WW."])
    env.mon.on_window_change(WORD)
    original = copy_files(env, public)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == FILE_PLACEHOLDER
    env.runner.run()
    assert not env.shown and env.clip.snap is original and not env.mon.held


def test_encrypted_file_is_warned_as_not_checked(env):
    locked = render.encrypted_pdf(env.dir / "beveiligd.pdf", [f"BSN {BSN}"])
    env.mon.on_window_change(WORD)
    copy_files(env, locked)
    env.mon.on_window_change(LE_CHAT)
    env.runner.run()
    (alert,) = env.shown
    assert alert.analysis.unchecked and alert.analysis.parts[0].code == "encrypted"
    assert alert.verdict.numbers == [4]
    (row,) = env.history.entries()
    assert "NIET_GECONTROLEERD" in row.categories and row.preview == "1 bestand"


def test_forbidden_site_cites_guideline_3(env):
    public = render.docx(env.dir / "persbericht.docx", ["Openbaar nieuws over de WW."])
    env.mon.on_window_change(WORD)
    copy_files(env, public)
    env.mon.on_window_change(CHATGPT)
    env.runner.run()
    (alert,) = env.shown
    assert alert.verdict.numbers[0] == 3 and alert.actions == (CLEAR, PASTE_ANYWAY)


def test_a_check_that_takes_too_long_is_warned_as_not_checked(env):
    secret = render.docx(env.dir / "brief.docx", [f"BSN {BSN}"])
    env.mon.on_window_change(WORD)
    copy_files(env, secret)
    env.mon.on_window_change(LE_CHAT)
    env.clock.advance(5)  # the 1.5 s text deadline does not apply to files
    env.mon.tick()
    assert not env.shown
    env.clock.advance(7)
    env.mon.tick()
    (alert,) = env.shown
    assert alert.kind == UNCHECKED and alert.analysis.parts[0].name == "brief.docx"
    (row,) = env.history.entries()
    assert row.preview == "1 bestand" and "NIET_GECONTROLEERD" in row.categories
    env.runner.run()  # the result arrives after all: the warning becomes the real one
    assert env.shown[-1].kind == FLAGGED


def test_clipboard_image_is_read_and_warned(env, policy):
    img, data = render.personal_screenshot(seed=2)
    from tests.content.test_images import raw

    env.mon.detector = __import__("detectors").get_detector()
    snap = ClipSnapshot(None, ("image/png",), image=raw(img))
    env.clip.snap = snap
    env.mon.on_window_change(WORD)
    env.mon.on_clipboard_change(snap)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == FILE_PLACEHOLDER
    env.runner.run()
    (alert,) = env.shown
    assert alert.analysis.source == "afbeelding" and alert.verdict.numbers == [4, 5]
    (row,) = env.history.entries()
    assert row.preview.startswith("1 afbeelding") and data["bsn"] not in row.preview


def test_the_same_image_is_checked_once(env):
    image = RawImage(4, 4, bytes(16))
    for _ in range(2):
        env.mon.on_clipboard_change(ClipSnapshot(None, ("image/png",), image=image))
        if env.runner.job:
            env.runner.run()
    assert env.mon.analyses == 1


def test_snapshot_repr_shows_no_file_names():
    snap = ClipSnapshot(None, ("text/uri-list",), files=("/home/jan/Brief aan De Vries.docx",))
    assert "Vries" not in repr(snap) and "files=1" in repr(snap)


def test_no_file_name_or_content_in_any_log_record(env, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    secret = render.docx(env.dir / "Dossier Kees Geheimnaam.docx", [f"BSN {BSN}"])
    broken = env.dir / "Kapot Geheimnaam.pdf"
    broken.write_bytes(b"%PDF-1.4 kapot " + BSN.encode())
    env.mon.on_window_change(WORD)
    copy_files(env, secret, broken)
    env.mon.on_window_change(LE_CHAT)
    env.runner.run()
    assert env.shown
    assert "Geheimnaam" not in caplog.text and BSN not in caplog.text
    for p in env.dir.rglob("*"):
        if p.is_file() and p.suffix not in (".docx", ".pdf"):
            assert BSN.encode() not in p.read_bytes() and b"Geheimnaam" not in p.read_bytes(), p
