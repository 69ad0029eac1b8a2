"""The latest-wins worker: the newest waiting job runs, older waiting ones are dropped."""
from __future__ import annotations

import threading
import time

from guard.worker import LatestWinsWorker


def test_latest_wins_worker_runs_only_the_newest_waiting_job():
    worker = LatestWinsWorker()
    started, release, done = threading.Event(), threading.Event(), threading.Event()
    ran = []

    def first():
        started.set()
        release.wait(5)
        ran.append("first")

    worker.submit(first)
    assert started.wait(5)
    worker.submit(lambda: ran.append("second"))
    worker.submit(lambda: (ran.append("third"), done.set()))
    release.set()
    assert done.wait(5)
    worker.stop()
    assert ran == ["first", "third"]


def test_worker_survives_a_failing_job(caplog):
    worker = LatestWinsWorker()
    failing, done = threading.Event(), threading.Event()

    def fail():
        failing.set()
        int("geheim 111222333")

    worker.submit(fail)
    assert failing.wait(5)
    worker.submit(done.set)
    assert done.wait(5)
    worker.stop()
    assert "ValueError" in caplog.text and "111222333" not in caplog.text  # the type, never the message


def test_stop_ends_the_thread_and_drops_a_waiting_job():
    worker = LatestWinsWorker()
    started, release = threading.Event(), threading.Event()
    ran = []

    def slow():
        started.set()
        release.wait(5)

    worker.submit(slow)
    assert started.wait(5)
    worker.submit(lambda: ran.append("waiting"))

    def release_once_stopping():
        deadline = time.monotonic() + 5
        while not worker._stopped and time.monotonic() < deadline:
            time.sleep(0.005)
        release.set()

    threading.Thread(target=release_once_stopping).start()
    worker.stop(timeout=5)
    assert not worker._thread.is_alive(), "the worker thread did not end"
    assert ran == []
