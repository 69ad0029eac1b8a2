"""The cyclic garbage collector stays out of a long analysis, and is back on afterwards."""
import gc
import threading

from detectors import gcpause


def test_no_collection_during_a_long_analysis(detector):
    text = "Van: Jan de Vries\nBeste Sanne, bel 06-12345678 of mail j.devries@example.nl.\n" * 3000
    runs = []

    def count(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(count)
    try:
        a = detector.analyze(text)
    finally:
        gc.callbacks.remove(count)
    assert a.findings
    assert len(runs) <= 1  # at most the one that was due, once it is switched back on (was: ~290)
    assert gc.isenabled()


def test_short_texts_leave_the_collector_alone():
    with gcpause.paused(100):
        assert gc.isenabled()


def test_overlapping_pauses_switch_it_on_once_the_last_ends():
    inside = threading.Event()
    release = threading.Event()

    def other():
        with gcpause.paused(10**6):
            inside.set()
            release.wait(10)

    with gcpause.paused(10**6):
        t = threading.Thread(target=other)
        t.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other analysis still runs
    release.set()
    t.join(10)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with gcpause.paused(10**6):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
