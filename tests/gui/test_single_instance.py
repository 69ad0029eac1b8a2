"""Single instance (issue 10 item 10): listen() is checked, and only the same user can reach the server."""
from __future__ import annotations

import logging
import os
import stat
import sys

import pytest
from PySide6.QtNetwork import QLocalServer

from ui import single_instance
from ui.single_instance import SingleInstance, server_names

POSIX = sys.platform != "win32"


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "d"
    d.mkdir(mode=0o700)
    os.chmod(d, 0o700)
    return d


def test_first_start_listens_second_knocks(qtbot, data_dir):
    knocks = []
    first = SingleInstance(data_dir, on_knock=lambda: knocks.append(1))
    assert first.acquire() and first.listening
    second = SingleInstance(data_dir)
    try:
        assert not second.acquire()
        qtbot.waitUntil(lambda: knocks == [1], timeout=5000)
    finally:
        first.release()
    third = SingleInstance(data_dir)
    assert third.acquire()  # the lock is free again
    third.release()


def test_name_is_not_guessable_from_the_folder(tmp_path):
    a, b = tmp_path / "a", tmp_path / "a2"
    a.mkdir(mode=0o700)
    b.mkdir(mode=0o700)
    assert server_names(a) == server_names(a)  # a second start finds the same name
    token_a = (a / single_instance.TOKEN_FILE).read_text()
    assert len(token_a) == 32 and token_a in server_names(a)[-1]
    assert server_names(a)[-1] != server_names(b)[-1]
    if POSIX:
        assert stat.S_IMODE((a / single_instance.TOKEN_FILE).stat().st_mode) == 0o600


@pytest.mark.skipif(not POSIX, reason="Unix socket permissions")
def test_socket_is_for_this_user_only(data_dir, tmp_path, monkeypatch):
    inst = SingleInstance(data_dir)
    assert inst.acquire()
    try:
        path = inst.name
        assert os.path.isabs(path), "the socket is not in a private folder"
        st = os.stat(path)
        assert stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid()
        folder = os.stat(os.path.dirname(path))
        assert not stat.S_IMODE(folder.st_mode) & 0o077
    finally:
        inst.release()
    # In a shared folder (a chosen data folder such as a home folder with 0755) the socket goes
    # elsewhere, never into that folder; in /tmp Qt's UserAccessOption leaves it 0700.
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    inst = SingleInstance(shared)
    assert inst.acquire()
    try:
        assert not str(inst.name).startswith(str(shared))
        full = inst.server.fullServerName()
        assert not stat.S_IMODE(os.stat(full).st_mode) & 0o077
    finally:
        inst.release()


def test_failing_listen_is_noticed(data_dir, caplog, monkeypatch):
    """Before: server.listen(name) was called and its result ignored."""
    blocked = str(data_dir / "geen-map" / "x.sock")
    monkeypatch.setattr(single_instance, "server_names", lambda _d: [blocked])
    inst = SingleInstance(data_dir)
    with caplog.at_level(logging.WARNING):
        assert inst.acquire()  # the lock is ours: the guard runs
    try:
        assert not inst.listening
        assert "could not listen" in caplog.text and "not listening" in caplog.text
    finally:
        inst.release()
    server = QLocalServer()
    assert not server.listen(blocked)  # the same call really fails
