"""The latest-wins worker: one background thread that runs the newest job and drops older waiting ones.

The guard analyses every clipboard change off the GUI thread. When the person copies faster than the
detector answers, only the newest text matters: a job that has not started yet is replaced by the
next one, so at most one analysis runs and at most one waits.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class LatestWinsWorker:
    """One background thread that runs the newest submitted job; older waiting jobs are dropped."""

    def __init__(self, name: str = "plakwacht-analyse"):
        self._cond = threading.Condition()
        self._job: Callable[[], None] | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], None]) -> None:
        with self._cond:
            self._job = job  # replaces a job that has not started: latest wins
            self._cond.notify()

    def stop(self, timeout: float = 2.0) -> None:
        with self._cond:
            self._stopped = True
            self._job = None
            self._cond.notify()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._job is None and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                job, self._job = self._job, None
            try:
                job()
            except Exception as exc:  # a job must never kill the worker; no message: it may hold text
                log.error("background job failed: %s", type(exc).__name__)


__all__ = ["LatestWinsWorker"]
