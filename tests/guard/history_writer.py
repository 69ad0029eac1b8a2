"""Helper for the kill -9 test: add history entries in a loop, print each id once committed.

Usage: ``python history_writer.py DB_PATH SEED``. Not a test module (no ``test_`` prefix).
"""
from __future__ import annotations

import datetime as dt
import random
import sys

from guard.history import DECISIONS, HistoryEntry, HistoryStore


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(seed)
    store = HistoryStore(path, retention_days=None)
    out = sys.stdout.buffer  # bytes: "\n" on every OS, no text-mode "\r\n"
    out.write(b"open\n")
    out.flush()
    n = 0
    while True:
        n += 1
        entry = HistoryEntry(
            id=None, time=dt.datetime.now(dt.timezone.utc), site=rnd.choice(["Mistral Le Chat", "ChatGPT"]),
            window_kind="allowed_genai", guidelines=[5], finding_counts={"BSN": rnd.randint(1, 3)},
            categories=[], preview="111•••33 " + "x" * rnd.randint(0, 3000),  # big rows span pages
            decision="pending", reason="", content_hash=f"{seed}-{n}")
        entry_id = store.add(entry)
        # Only after add() returned (committed) does the parent learn the id.
        out.write(b"%d\n" % entry_id)
        out.flush()
        if n % 3 == 0:
            store.update_decision(entry_id, rnd.choice(DECISIONS), "reden")


if __name__ == "__main__":
    main()
