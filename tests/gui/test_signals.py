"""SIGTERM/SIGINT → the app's quit, on the GUI thread; the previous handlers come back after."""
from __future__ import annotations

import os
import signal
import threading

from ui.signals import SignalWatch


def test_a_signal_calls_on_signal_on_the_gui_thread_and_uninstall_restores(qtbot, qapp):
    old = signal.getsignal(signal.SIGTERM)
    called = []
    watch = SignalWatch(qapp, lambda: called.append(threading.current_thread() is threading.main_thread()))
    try:
        assert watch.installed
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: called == [True])
    finally:
        watch.uninstall()
        watch.uninstall()  # twice is harmless
    assert signal.getsignal(signal.SIGTERM) is old


def test_outside_the_main_thread_nothing_is_installed(qapp):
    result = []
    thread = threading.Thread(target=lambda: result.append(SignalWatch(qapp, lambda: None)))
    thread.start()
    thread.join(10)
    (watch,) = result
    assert not watch.installed
    watch.uninstall()
