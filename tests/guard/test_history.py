"""The history store: round trip, filters, retention, damage, kill -9, permissions, no leaks."""
from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import random
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors.model import Analysis, CategoryHit, Finding
from guard import history, logs, paths
from guard.alert import PREVIEW_ITEMS
from guard.allowlist import Allowlist
from guard.hashing import KeyedHasher
from guard.history import DECISIONS, WINDOW_KINDS, HistoryEntry, HistoryStore, make_entry
from guard.policy import ALLOWED_GENAI, SiteMatch, load_policy
from guard.settings import Settings
from guard.verdict import evaluate

from .conftest import POSIX, mode

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc
NOW = dt.datetime.now(UTC)


def entry(**kw) -> HistoryEntry:
    base = dict(id=None, time=NOW, site="Mistral Le Chat", window_kind="allowed_genai", guidelines=[5],
                finding_counts={"BSN": 1}, categories=[], preview="111•••33", decision="pending",
                reason="", content_hash="ab" * 32)
    base.update(kw)
    return HistoryEntry(**base)


@pytest.fixture
def store(tmp_path):
    s = HistoryStore(tmp_path / "map met spatie" / "history.db")
    yield s
    s.close()


# -- basics ---------------------------------------------------------------------------------------
def test_add_get_round_trip(store):
    e = entry(guidelines=[4, 5], finding_counts={"BSN": 2, "PERSON": 1}, categories=["EMAIL_MESSAGE"],
              preview="111•••33, J••• de V•••")
    new_id = store.add(e)
    assert e.id == new_id
    assert store.get(new_id) == e
    assert store.count() == 1


def test_schema_version_and_wal(store):
    db = sqlite3.connect(store.path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = [r[1] for r in db.execute("PRAGMA table_info(entries)")]
    finally:
        db.close()
    assert "text" not in columns and "clipboard" not in columns
    assert columns == ["id", "time", "site", "window_kind", "guidelines", "finding_counts", "categories",
                       "preview", "decision", "reason", "content_hash"]


def test_update_decision(store):
    i = store.add(entry())
    store.update_decision(i, "paste_anyway", "Dit is een testdossier zonder echte persoon.")
    got = store.get(i)
    assert (got.decision, got.reason) == ("paste_anyway", "Dit is een testdossier zonder echte persoon.")
    store.update_decision(9999, "clear")  # gone meanwhile (purged, deleted): no error
    with pytest.raises(ValueError):
        store.update_decision(i, "iets anders")


def test_add_refuses_unknown_values(store):
    with pytest.raises(ValueError):
        store.add(entry(decision="misschien"))
    with pytest.raises(ValueError):
        store.add(entry(window_kind="tv"))
    assert store.count() == 0


def test_naive_time_counts_as_utc(store):
    i = store.add(entry(time=dt.datetime(2026, 11, 28, 9, 30)))
    assert store.get(i).time == dt.datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def test_lone_surrogates_are_replaced_not_fatal(store):
    i = store.add(entry(preview="a\ud800b", reason="\udfff"))
    assert store.get(i).preview == "a\ufffdb" and store.get(i).reason == "\ufffd"


# -- queries --------------------------------------------------------------------------------------
def test_entries_filters_and_order(store):
    day = dt.timedelta(days=1)
    a = store.add(entry(time=NOW - 3 * day, site="ChatGPT", window_kind="forbidden_genai", guidelines=[3, 5]))
    b = store.add(entry(time=NOW - 2 * day, decision="clear", guidelines=[4], finding_counts={},
                        categories=["DRAFT"]))
    c = store.add(entry(time=NOW - 1 * day, guidelines=[5, 13]))
    d = store.add(entry(time=NOW - 1 * day, site="Claude", window_kind="forbidden_genai", guidelines=[3]))
    ids = lambda es: [e.id for e in es]  # noqa: E731
    assert ids(store.entries()) == [d, c, b, a]  # newest first; same time: last added first
    assert ids(store.entries(limit=2)) == [d, c]
    assert ids(store.entries(since=NOW - 2 * day)) == [d, c, b]
    assert ids(store.entries(until=NOW - 2 * day)) == [a]
    assert ids(store.entries(site="chatgpt")) == [a]
    assert ids(store.entries(site="le chat")) == [c, b]
    assert ids(store.entries(decision="clear")) == [b]
    assert ids(store.entries(guideline=3)) == [d, a]
    assert ids(store.entries(guideline=1)) == []  # ",13," must not match 1 or 3
    assert ids(store.entries(guideline=13)) == [c]
    assert ids(store.entries(site="ChatGPT", guideline=5, since=NOW - 10 * day)) == [a]


def test_weekly_counts(store):
    today = dt.date(2026, 11, 26)  # a Thursday
    def at(day):  # noqa: E306 - local noon, so the local week is unambiguous in any time zone
        return dt.datetime.combine(day, dt.time(12)).astimezone()
    for day in (dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 22), dt.date(2026, 11, 2),
                dt.date(2026, 8, 1)):
        store.add(entry(time=at(day)))
    weeks = store.weekly_counts(weeks=4, today=today)
    assert weeks == [(dt.date(2026, 11, 2), 1), (dt.date(2026, 11, 9), 0), (dt.date(2026, 11, 16), 1),
                     (dt.date(2026, 11, 23), 2)]


# -- retention ------------------------------------------------------------------------------------
def test_purge_on_open(tmp_path):
    path = tmp_path / "history.db"
    with HistoryStore(path) as s:
        s.add(entry(time=NOW - dt.timedelta(days=100), content_hash="oud"))
        s.add(entry(time=NOW - dt.timedelta(days=20), content_hash="recent"))
    with HistoryStore(path, retention_days=None) as s:
        assert s.count() == 2  # None keeps everything
    with HistoryStore(path) as s:  # default: 90 days
        assert [e.content_hash for e in s.entries()] == ["recent"]
    with HistoryStore(path, retention_days=7) as s:
        assert s.count() == 0


def test_long_running_store_purges_on_add(tmp_path, monkeypatch):
    with HistoryStore(tmp_path / "history.db", retention_days=30) as s:
        s.add(entry(time=NOW - dt.timedelta(days=40), content_hash="oud"))  # e.g. the clock moved on
        assert s.count() == 1  # not yet: the last purge was just now
        monkeypatch.setattr(history, "PURGE_INTERVAL_S", 0)
        s.add(entry(content_hash="nieuw"))
        assert [e.content_hash for e in s.entries()] == ["nieuw"]


def test_delete_all_leaves_no_trace_in_the_files(tmp_path):
    path = tmp_path / "history.db"
    marker = "Z•••QX-MARKEER-7731"
    with HistoryStore(path) as s:
        for _ in range(50):
            s.add(entry(preview=marker, reason=marker))
        assert s.delete_all() == 50
        assert s.count() == 0
        assert not _files_containing(tmp_path, marker)
        assert s.add(entry()) >= 1  # still usable
    assert not _files_containing(tmp_path, marker)


# -- export ---------------------------------------------------------------------------------------
def test_export_csv_for_excel(store, tmp_path):
    store.add(entry(reason="=HYPERLINK(\"http://x\")", preview="J••• \x00de V•••", guidelines=[4, 5]))
    target = tmp_path / "uitvoer met spatie.csv"
    assert store.export_csv(target) == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(history.CSV_HEADER)
    row = dict(zip(rows[0], rows[1]))
    assert row["reden"] == "'=HYPERLINK(\"http://x\")"  # never runs as a formula
    assert row["voorbeeld (gemaskeerd)"] == "J••• de V•••"
    assert row["richtlijnen"] == "4, 5" and row["keuze"] == "nog geen keuze"
    if POSIX:
        assert mode(target) == 0o600


# -- make_entry -----------------------------------------------------------------------------------
def test_make_entry_masks_and_counts(tmp_path, monkeypatch):
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)
    text = "Van: Jan de Vries\nBSN 111222333, tel 0612345678. Groet, Jan de Vries"
    analysis = Analysis(
        findings=[Finding("PERSON", 5, 17, 0.9), Finding("BSN", 22, 31, 1.0), Finding("PHONE_NUMBER", 37, 47, 0.9),
                  Finding("PERSON", 56, 68, 0.9)],
        categories=[CategoryHit("EMAIL_MESSAGE", 0.9, "kopregels", 0, 4)])
    assert text[22:31] == "111222333" and text[56:68] == "Jan de Vries"
    policy = load_policy()
    verdict = evaluate(analysis, policy, SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True))
    hasher = KeyedHasher(tmp_path / "hash.key")
    e = make_entry(analysis, verdict, text, hasher, "Mistral Le Chat", "allowed_genai")
    assert e.id is None and e.time.tzinfo is not None
    assert (e.site, e.window_kind, e.decision, e.reason) == ("Mistral Le Chat", "allowed_genai", "pending", "")
    assert e.guidelines == [4, 5]
    assert e.finding_counts == {"BSN": 1, "PERSON": 2, "PHONE_NUMBER": 1}
    assert e.categories == ["EMAIL_MESSAGE"]
    assert e.preview == "J••• de V•••, 111•••33, 061•••78"  # the repeated name once
    assert e.content_hash == hasher.digest(text)
    for secret in ("111222333", "0612345678", "Vries", "Jan "):
        assert secret not in e.preview


def test_make_entry_caps_the_preview(tmp_path):
    text = " ".join(f"Naam{i:02d}" for i in range(20))
    findings = [Finding("PERSON", i * 7, i * 7 + 6, 0.9) for i in range(20)]
    e = make_entry(Analysis(findings=findings), evaluate(Analysis(findings=findings), load_policy()), text,
                   KeyedHasher(tmp_path / "k"), "", "unknown")
    # Every name masks to "N•••": one distinct preview.
    assert e.preview == "N•••"
    text = " ".join(f"{chr(65 + i)}aam" for i in range(20))
    findings = [Finding("PERSON", i * 5, i * 5 + 4, 0.9) for i in range(20)]
    e = make_entry(Analysis(findings=findings), evaluate(Analysis(findings=findings), load_policy()), text,
                   KeyedHasher(tmp_path / "k"), "", "unknown")
    assert e.preview.endswith("(+14)") and e.preview.count("•••") == PREVIEW_ITEMS


# -- concurrency ----------------------------------------------------------------------------------
def test_threads_and_a_second_process_share_the_file(tmp_path):
    path = tmp_path / "history.db"
    tray, cli = HistoryStore(path), HistoryStore(path)  # the tray app and `plakwacht history`
    ids: list[int] = []
    lock = threading.Lock()

    def work(n):
        for i in range(25):
            new = (tray if i % 2 else cli).add(entry(content_hash=f"{n}-{i}"))
            with lock:
                ids.append(new)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 100
    assert tray.count() == cli.count() == 100
    tray.close()
    cli.close()


# -- damage ---------------------------------------------------------------------------------------
def _check_fresh_after_damage(path: Path, expected_words: str):
    s = HistoryStore(path)
    try:
        assert len(s.problems) == 1
        assert expected_words in s.problems[0] and "nieuwe, lege geschiedenis" in s.problems[0]
        assert s.count() == 0
        assert s.add(entry()) == 1
    finally:
        s.close()
    aside = list(path.parent.glob("history.db.corrupt-*"))
    assert len(aside) == 1
    return aside[0]


def test_garbage_file_is_moved_aside(tmp_path):
    path = tmp_path / "history.db"
    path.write_bytes(b"dit is geen database\n" * 500)
    aside = _check_fresh_after_damage(path, "beschadigd")
    assert aside.read_bytes().startswith(b"dit is geen database")


def test_damaged_pages_are_moved_aside(tmp_path):
    path = tmp_path / "history.db"
    with HistoryStore(path) as s:
        for i in range(300):
            s.add(entry(preview="x" * 200, content_hash=str(i)))
    size = path.stat().st_size
    assert size > 40_000
    with open(path, "r+b") as fh:  # overwrite some b-tree pages in the middle with junk
        rnd = random.Random(7)
        for page in (3, 5, 8):
            fh.seek(page * 4096)
            fh.write(bytes(rnd.randrange(256) for _ in range(4096)))
    _check_fresh_after_damage(path, "beschadigd")


def test_newer_schema_is_moved_aside_not_overwritten(tmp_path):
    path = tmp_path / "history.db"
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    aside = _check_fresh_after_damage(path, "nieuwere versie")
    db = sqlite3.connect(aside)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    finally:
        db.close()


# -- kill -9 --------------------------------------------------------------------------------------
@pytest.mark.slow
def test_survives_kill_9_mid_write(tmp_path):
    path = tmp_path / "history met spatie.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    rnd = random.Random(20261128)
    committed: set[int] = set()
    for round_ in range(20):
        proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("history_writer.py")), str(path),
                                 str(round_)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        try:
            if proc.stdout.readline() != b"open\n":
                proc.kill()
                pytest.fail("writer did not start: " + proc.communicate()[1].decode(errors="replace"))
            for _ in range(rnd.randint(0, 40)):
                line = proc.stdout.readline()
                assert line.endswith(b"\n")
                committed.add(int(line))
            if rnd.random() < 0.5:
                # The kill lands anywhere in the loop: inside a commit, between writes, mid-print.
                threading.Event().wait(rnd.uniform(0, 0.01))
        finally:
            proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
            rest, _ = proc.communicate()
        for line in rest.splitlines(keepends=True):
            if line.endswith(b"\n"):  # a line cut off by the kill proves nothing; skip it
                committed.add(int(line))
        assert proc.returncode != 0
    assert len(committed) > 20
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in db.execute("SELECT id FROM entries")}
    finally:
        db.close()
    assert committed <= present
    with HistoryStore(path) as s:  # and the app opens it without complaint
        assert s.problems == []


# -- permissions ----------------------------------------------------------------------------------
@pytest.mark.skipif(not POSIX, reason="Windows keeps the profile private through its ACL")
def test_files_are_owner_only(data_dir):
    old = os.umask(0o022)
    try:
        folder = paths.data_dir()
        s = HistoryStore(folder / history.FILE_NAME)
        s.add(entry())
        files = {p.name: mode(p) for p in folder.iterdir()}
        s.close()
    finally:
        os.umask(old)
    assert mode(folder) == 0o700
    assert files == {"history.db": 0o600, "history.db-wal": 0o600, "history.db-shm": 0o600}


# -- property: round trip -------------------------------------------------------------------------
tricky = st.text(st.one_of(st.characters(blacklist_categories=("Cs",)),
                           st.sampled_from(["\x00", "\u200f", "\u202e", "\u200d", "😀", "💻", "'", ";", "\n"])),
                 max_size=80)
entries_strategy = st.builds(
    HistoryEntry,
    id=st.none(),
    time=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                      timezones=st.sampled_from([UTC, dt.timezone(dt.timedelta(hours=2)),
                                                 dt.timezone(dt.timedelta(hours=-9, minutes=-30))])),
    site=tricky, window_kind=st.sampled_from(WINDOW_KINDS),
    guidelines=st.lists(st.integers(1, 99), max_size=5),
    finding_counts=st.dictionaries(tricky, st.integers(0, 2**40), max_size=4),
    categories=st.lists(tricky, max_size=3), preview=tricky, decision=st.sampled_from(DECISIONS),
    reason=tricky, content_hash=tricky)


def test_round_trip_property(tmp_path):
    store = HistoryStore(tmp_path / "history.db", retention_days=None)

    @given(e=entries_strategy)
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def check(e):
        new_id = store.add(e)
        got = store.get(new_id)
        assert got == e
        assert got.time.utcoffset() == dt.timedelta(0)

    try:
        check()
    finally:
        store.close()


# -- canary: the text never reaches a file -----------------------------------------------------------
CANARY = "KNRX7Q" + os.urandom(6).hex().upper()


def _files_containing(folder: Path, needle: str) -> list[Path]:
    forms = {needle.encode("utf-8"), needle.encode("utf-16-le"), needle.lower().encode("utf-8")}
    hits = []
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if any(f in data for f in forms):
                hits.append(p)
    return hits


def test_canary_text_never_lands_in_the_data_dir(data_dir, monkeypatch):
    monkeypatch.delenv("PLAKWACHT_POLICY", raising=False)
    root = logging.getLogger()
    before = list(root.handlers), root.level
    log_file = logs.setup(logging.DEBUG)
    try:
        folder = paths.data_dir()
        hasher = KeyedHasher(folder / "hash.key")
        allow = Allowlist(folder / "allowlist.json", hasher)
        settings_ = Settings(policy_file="")
        settings_.save(folder / "settings.json")
        policy = load_policy()
        s = HistoryStore(folder / history.FILE_NAME)
        site = SiteMatch(ALLOWED_GENAI, "Mistral Le Chat", True)
        for i in range(5):
            name = f"{CANARY}a Jansen"
            number = f"{CANARY}{i}"
            text = f"Beste {name},\nUw dossier {number} is bijgewerkt. Geheim: {CANARY}{CANARY}.\n"
            analysis = Analysis(findings=[Finding("PERSON", text.index(name), text.index(name) + len(name), 0.9),
                                          Finding("CASE_NUMBER", text.index(number), text.index(number) + len(number), 0.9)],
                                categories=[CategoryHit("CLASSIFIED", 0.9, "markering", text.index("Geheim"),
                                                        text.index("Geheim") + 6)])
            verdict = evaluate(analysis, policy, site)
            e = make_entry(analysis, verdict, text, hasher, site.site, site.kind)
            entry_id = s.add(e)
            s.update_decision(entry_id, "paste_anyway", "testtekst, geen echte klant")
            if i == 0:
                allow.add(text)
        s.export_csv(folder / "export.csv")
        # WAL and shm exist while the store is open: scan them too.
        assert (folder / "history.db-wal").exists()
        for handler in root.handlers:
            handler.flush()
        assert log_file.exists()
        assert _files_containing(folder, CANARY) == []
        s.close()
        assert _files_containing(folder, CANARY) == []
        names = sorted(p.name for p in folder.rglob("*") if p.is_file())
        assert {"history.db", "hash.key", "allowlist.json", "settings.json", "plakwacht.log"} <= set(names)
    finally:
        for handler in list(root.handlers):
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before[1])
