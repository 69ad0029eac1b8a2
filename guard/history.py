"""The history: every warning and what the person decided — never the text itself.

One SQLite file in the data dir (WAL, ``synchronous=FULL``: a commit survives ``kill -9`` and a
power cut). A row holds the time, the site, the kind of window, the guidelines, how many findings of
each type, the categories, a masked preview (:mod:`guard.masking`), the decision with its reason,
and a keyed hash of the text (:mod:`guard.hashing`) so the same text can be recognised again.

Entries older than the retention period are deleted each time the store opens. A damaged file is
moved aside (``history.db.corrupt-<time>``), a fresh one is started and ``problems`` says so in
plain Dutch.
"""
from __future__ import annotations

import collections
import csv
import datetime as dt
import io
import json
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from guard import paths
from guard.alert import preview_line
from guard.vocabulary import Decision, WindowKind, decision_label, window_kind_label

log = logging.getLogger(__name__)

FILE_NAME = "history.db"
SCHEMA_VERSION = 1
DEFAULT_RETENTION_DAYS = 90
BUSY_TIMEOUT_MS = 5000
#: The tray app runs for weeks: besides on open, old entries are purged at most this often on add().
PURGE_INTERVAL_S = 6 * 3600

#: The values a row's window kind and decision may take (guard.vocabulary holds them and their Dutch words).
WINDOW_KINDS = tuple(WindowKind)
DECISIONS = tuple(Decision)

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # fixed width, so text order is time order
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    site TEXT NOT NULL,
    window_kind TEXT NOT NULL,
    guidelines TEXT NOT NULL,      -- ",3,5," so that one guideline can be matched with LIKE
    finding_counts TEXT NOT NULL,  -- JSON object type -> count
    categories TEXT NOT NULL,      -- JSON list
    preview TEXT NOT NULL,         -- masked, see guard.masking
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    content_hash TEXT NOT NULL     -- keyed HMAC, see guard.hashing
)""",
    "CREATE INDEX IF NOT EXISTS entries_time ON entries(time)",
)


@dataclass
class HistoryEntry:
    """One warning as the history keeps it.

    Attributes:
        id: the row id, None before it is stored.
        time: when the warning happened, UTC aware.
        site: the site's name as the policy calls it ("Mistral Le Chat", "ChatGPT"), or "".
        window_kind: one of :data:`WINDOW_KINDS`.
        guidelines: the guideline numbers cited.
        finding_counts: how many findings of each type, e.g. ``{"BSN": 1, "PERSON": 2}``.
        categories: the document categories, e.g. ``["EMAIL_MESSAGE"]``.
        preview: masked previews only (see :mod:`guard.masking`).
        decision: one of :data:`DECISIONS`.
        reason: the person's reason for "paste anyway" (their words, not the clipboard's).
        content_hash: keyed hash of the text (:meth:`guard.hashing.KeyedHasher.digest`).
    """

    id: int | None
    time: dt.datetime
    site: str
    window_kind: str
    guidelines: list[int] = field(default_factory=list)
    finding_counts: dict[str, int] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    preview: str = ""
    decision: str = Decision.PENDING
    reason: str = ""
    content_hash: str = ""


class HistoryStore:
    """The history file. Safe to use from several threads and next to other processes.

    Args:
        path: the database file (usually ``data_dir()/history.db``).
        retention_days: entries older than this are deleted on open; None keeps everything.

    Attributes:
        problems: plain-Dutch messages for the person (a damaged file that was replaced).
    """

    def __init__(self, path: Path, retention_days: int | None = DEFAULT_RETENTION_DAYS):
        self.path = Path(path)
        self.problems: list[str] = []
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self.retention_days = retention_days
        self._last_purge = time.monotonic()
        self._open()
        if retention_days is not None:
            self.purge(retention_days)

    # -- opening ------------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc) and not isinstance(exc, _NewerSchema):
                raise
            self._replace_damaged(exc)
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        paths.create_private_file(self.path)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check[:80]}")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":  # e.g. a network share without shared memory; rollback journal still safe
                log.info("history uses journal mode %s", mode)
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left in free pages
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate(db)
        except BaseException:
            db.close()
            raise
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                paths.make_private(extra)
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _NewerSchema(version)
        if version == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            if db.execute("PRAGMA user_version").fetchone()[0] == 0:
                for statement in _SCHEMA:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _replace_damaged(self, exc: Exception) -> None:
        log.warning("history database unusable (%s), moved aside", type(exc).__name__)
        aside = paths.move_aside(self.path)
        for suffix in ("-wal", "-shm", "-journal"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                # The WAL belongs with the damaged file it was written for; never replay it on a new one.
                if aside is not None:
                    _rename_quietly(extra, aside.with_name(aside.name + suffix))
                else:
                    extra.unlink(missing_ok=True)
        if isinstance(exc, _NewerSchema):
            text = "De geschiedenis is gemaakt door een nieuwere versie van Plakwacht."
        else:
            text = "Het bestand met de geschiedenis was beschadigd."
        self.problems.append(text + " Plakwacht begint met een nieuwe, lege geschiedenis."
                             + (f" Het oude bestand staat in {aside.name}." if aside else ""))

    def _run(self, fn):
        """Run ``fn(db)`` under the lock; damage found mid-use is repaired once (fresh file)."""
        with self._lock:
            if self._db is None:
                raise RuntimeError("history store is closed")
            try:
                return fn(self._db)
            except sqlite3.DatabaseError as exc:
                if not _is_corruption(exc):
                    raise
                self._db.close()
                self._replace_damaged(exc)
                self._db = self._connect()
                return fn(self._db)

    # -- writing ------------------------------------------------------------------------------
    def add(self, entry: HistoryEntry) -> int:
        """Store an entry; returns its id (also set on ``entry``). Committed when this returns."""
        if entry.window_kind not in WINDOW_KINDS:
            raise ValueError(f"unknown window kind {entry.window_kind!r}")
        if entry.decision not in DECISIONS:
            raise ValueError(f"unknown decision {entry.decision!r}")
        row = (
            _time_text(entry.time), _clean(entry.site), entry.window_kind,
            _guidelines_text(entry.guidelines),
            json.dumps({_clean(str(k)): int(v) for k, v in entry.finding_counts.items()}, sort_keys=True),
            json.dumps([_clean(str(c)) for c in entry.categories]),
            _clean(entry.preview), entry.decision, _clean(entry.reason), _clean(entry.content_hash),
        )

        def insert(db):
            cur = db.execute(
                "INSERT INTO entries (time, site, window_kind, guidelines, finding_counts, categories,"
                " preview, decision, reason, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?)", row)
            return cur.lastrowid

        entry.id = self._run(insert)
        if self.retention_days is not None and time.monotonic() - self._last_purge >= PURGE_INTERVAL_S:
            self.purge(self.retention_days)
        return entry.id

    def update_decision(self, entry_id: int, decision: str, reason: str = "") -> None:
        """Record what the person chose for an earlier entry."""
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        changed = self._run(lambda db: db.execute(
            "UPDATE entries SET decision = ?, reason = ? WHERE id = ?",
            (decision, _clean(reason), int(entry_id))).rowcount)
        if not changed:
            log.info("update_decision: no entry %s (deleted or purged)", entry_id)

    def purge(self, retention_days: int) -> int:
        """Delete entries older than ``retention_days``; returns how many."""
        self._last_purge = time.monotonic()
        cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=retention_days)
        n = self._run(lambda db: db.execute("DELETE FROM entries WHERE time < ?", (_time_text(cutoff),)).rowcount)
        if n:
            log.info("purged %d history entries older than %d days", n, retention_days)
        return n

    def delete_all(self) -> int:
        """Delete every entry and leave no trace of them in the file or its WAL."""
        def wipe(db):
            n = db.execute("DELETE FROM entries").rowcount
            db.execute("DELETE FROM sqlite_sequence WHERE name = 'entries'")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("VACUUM")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return n

        n = self._run(wipe)
        log.info("history deleted (%d entries)", n)
        return n

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> "HistoryStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------------------
    def entries(self, since: dt.datetime | None = None, until: dt.datetime | None = None,
                site: str | None = None, decision: str | None = None, guideline: int | None = None,
                limit: int | None = None) -> list[HistoryEntry]:
        """Entries, newest first.

        Args:
            since: from this moment on (inclusive); naive datetimes count as UTC.
            until: before this moment (exclusive).
            site: the site's name contains this (case-insensitive, e.g. "chatgpt").
            decision: exactly this decision.
            guideline: cites this guideline number.
            limit: at most this many.
        """
        where, params = [], []
        if since is not None:
            where.append("time >= ?")
            params.append(_time_text(since))
        if until is not None:
            where.append("time < ?")
            params.append(_time_text(until))
        if site:
            where.append("instr(lower(site), lower(?)) > 0")
            params.append(site)
        if decision:
            where.append("decision = ?")
            params.append(decision)
        if guideline is not None:
            where.append("guidelines LIKE ?")
            params.append(f"%,{int(guideline)},%")
        sql = "SELECT * FROM entries" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY time DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        rows = self._run(lambda db: db.execute(sql, params).fetchall())
        return [_entry(row) for row in rows]

    def get(self, entry_id: int) -> HistoryEntry | None:
        rows = self._run(lambda db: db.execute("SELECT * FROM entries WHERE id = ?", (int(entry_id),)).fetchall())
        return _entry(rows[0]) if rows else None

    def count(self) -> int:
        return self._run(lambda db: db.execute("SELECT count(*) FROM entries").fetchone()[0])

    def weekly_counts(self, weeks: int = 12, today: dt.date | None = None) -> list[tuple[dt.date, int]]:
        """Warnings per week (local time), oldest first, the current week last; empty weeks count 0."""
        today = today or dt.datetime.now().astimezone().date()
        this_monday = today - dt.timedelta(days=today.weekday())
        first = this_monday - dt.timedelta(weeks=weeks - 1)
        start = dt.datetime.combine(first, dt.time()).astimezone() - dt.timedelta(days=1)  # slack for time zones
        rows = self._run(lambda db: db.execute("SELECT time FROM entries WHERE time >= ?",
                                               (_time_text(start),)).fetchall())
        counts = collections.Counter()
        for (text,) in rows:
            day = _parse_time(text).astimezone().date()
            counts[day - dt.timedelta(days=day.weekday())] += 1
        return [(first + dt.timedelta(weeks=i), counts.get(first + dt.timedelta(weeks=i), 0)) for i in range(weeks)]

    # -- export -------------------------------------------------------------------------------
    def export_csv(self, path: Path, entries: list[HistoryEntry] | None = None) -> int:
        """Write entries (default: all) as CSV for Excel (UTF-8 with BOM, ``;``); returns the count.

        Cells that Excel would run as a formula get a leading apostrophe.
        """
        rows = self.entries() if entries is None else entries
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for e in rows:
            writer.writerow([_cell(v) for v in csv_row(e)])
        paths.write_private_atomic(Path(path), ("\ufeff" + buf.getvalue()).encode("utf-8"))
        return len(rows)


CSV_HEADER = ("nummer", "tijd", "site", "venster", "richtlijnen", "vondsten", "soorten tekst",
              "voorbeeld (gemaskeerd)", "keuze", "reden", "kenmerk")


def csv_row(e: HistoryEntry) -> list[str]:
    """One entry as the export and ``plakwacht history --json`` show it."""
    return [
        str(e.id), e.time.astimezone().isoformat(timespec="seconds"), e.site,
        window_kind_label(e.window_kind),
        ", ".join(str(g) for g in e.guidelines),
        ", ".join(f"{k} {v}" for k, v in sorted(e.finding_counts.items())),
        ", ".join(e.categories), e.preview, decision_label(e.decision), e.reason,
        e.content_hash[:16],
    ]


def make_entry(analysis, verdict, text: str, hasher, site_name: str, window_kind: str,
               decision: str = Decision.PENDING, now: dt.datetime | None = None) -> HistoryEntry:
    """Build the history entry for one warning. ``text`` is used only to mask and hash, never kept.

    Args:
        analysis: the :class:`detectors.model.Analysis` of ``text``.
        verdict: the :class:`guard.verdict.Verdict`.
        text: the clipboard text the analysis is about.
        hasher: a :class:`guard.hashing.KeyedHasher`.
        site_name: the site's name ("" if none).
        window_kind: one of :data:`WINDOW_KINDS`.
        decision: the decision so far.
        now: the time (for tests); default now, UTC.
    """
    counts = collections.Counter(f.type for f in analysis.findings)
    return HistoryEntry(
        id=None,
        time=now or dt.datetime.now(dt.timezone.utc),
        site=site_name or "",
        window_kind=window_kind,
        guidelines=list(verdict.numbers),
        finding_counts=dict(sorted(counts.items())),
        categories=list(analysis.category_names),
        preview=preview_line(analysis, text),
        decision=decision,
        reason="",
        content_hash=hasher.digest(text),
    )


# -- helpers ----------------------------------------------------------------------------------
class _NewerSchema(sqlite3.DatabaseError):
    def __init__(self, version: int):
        super().__init__(f"history schema {version} is newer than {SCHEMA_VERSION}")


def _is_corruption(exc: Exception) -> bool:
    if type(exc) is not sqlite3.DatabaseError:  # not "locked", not a constraint, not a bad query
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    message = str(exc).lower()
    return any(w in message for w in ("malformed", "not a database", "quick_check", "corrupt"))


def _rename_quietly(src: Path, dest: Path) -> None:
    try:
        src.replace(dest)
    except OSError:
        src.unlink(missing_ok=True)


def _time_text(when: dt.datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).strftime(_TIME_FORMAT)


def _parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)  # reads the trailing "Z" as UTC (Python 3.11+)


def _guidelines_text(numbers) -> str:
    return "," + ",".join(str(int(n)) for n in numbers) + "," if numbers else ""


def _clean(text: str) -> str:
    """Lone surrogates (a malformed Windows clipboard) cannot be stored as UTF-8: replace them."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if text else text


def _cell(value: str) -> str:
    value = value.replace("\x00", "")  # spreadsheet programs stop reading a cell at NUL
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _entry(row) -> HistoryEntry:
    (id_, time, site, kind, guidelines, counts, categories, preview, decision, reason, content_hash) = row
    return HistoryEntry(
        id=id_, time=_parse_time(time), site=site, window_kind=kind,
        guidelines=[int(g) for g in guidelines.strip(",").split(",") if g],
        finding_counts=json.loads(counts), categories=json.loads(categories), preview=preview,
        decision=decision, reason=reason, content_hash=content_hash,
    )
