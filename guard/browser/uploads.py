"""File drops, pasted files and file inputs on GenAI sites (issue 13 part 3). Qt-free.

The extension holds an upload on a GenAI host and sends its files in ``upload`` + ``chunk``
messages (:mod:`guard.browser.protocol`). :class:`Reassembly` puts the bytes together per
connection, within the caps (20 files, 50 MB a file, chunks in order, no byte more than
announced; files past the 20th are named but send no bytes). :class:`UploadGuard` checks a complete upload off the GUI thread with
``guard.content.check_bytes``, decides with ``guard.verdict.evaluate`` for the upload's host, and
answers ``{"type": "verdict", "id", "allow"}``: at once when nothing is found on the allowed
site, else after the person's choice in the warning ("Toch plakken" with a reason lets it go).

The bytes live in memory only, and only until the check has read them; nothing about a file's
content or name is logged; the history row says "bestand"/"afbeelding" and the count.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from detectors.model import CategoryHit, Finding
from guard.browser import protocol

log = logging.getLogger(__name__)

#: Uploads a connection may have open at once (bounds the memory one page can take).
MAX_OPEN = 2


@dataclass(eq=False)
class Upload:
    """One held upload: its files' names, announced sizes and the bytes received so far."""

    id: str
    host: str
    how: str
    names: list[str]
    sizes: list[int]
    data: list[bytearray] = field(default_factory=list)

    def __post_init__(self):
        self.data = [bytearray() for _ in self.names]

    def takes_bytes(self, i: int) -> bool:
        """The extension sends this file's bytes: one of the first 20, at most 50 MB."""
        return i < protocol.MAX_FILES and self.sizes[i] <= protocol.MAX_FILE_BYTES

    @property
    def complete(self) -> bool:
        return all(not self.takes_bytes(i) or len(d) == self.sizes[i] for i, d in enumerate(self.data))

    def release(self) -> None:
        self.data = []


class Reassembly:
    """Open uploads per connection. Every error is a :class:`protocol.ProtocolError` (no content)."""

    def __init__(self, max_open: int = MAX_OPEN):
        self.max_open = max_open
        self._open: dict[tuple[object, str], Upload] = {}

    def start(self, conn, message: dict) -> Upload | None:
        """A checked ``upload`` message; returns the upload when it needs no bytes (empty or too large)."""
        key = (conn, message["id"])
        if key in self._open:
            raise protocol.ProtocolError("upload id in use")
        if sum(1 for c, _ in self._open if c is conn) >= self.max_open:
            raise protocol.ProtocolError("too many uploads at once")
        up = Upload(message["id"], message["host"], message["how"],
                    [f["name"] for f in message["files"]], [f["size"] for f in message["files"]])
        if up.complete:
            return up
        self._open[key] = up
        return None

    def chunk(self, conn, message: dict) -> Upload | None:
        """A checked ``chunk`` message; returns the upload once all its bytes are in."""
        up = self._open.get((conn, message["id"]))
        if up is None:
            raise protocol.ProtocolError("chunk for an unknown upload")
        i = message["file"]
        try:
            if i >= len(up.names) or not up.takes_bytes(i):
                raise protocol.ProtocolError("chunk for a file that takes none")
            buf = up.data[i]
            if message["offset"] != len(buf):
                raise protocol.ProtocolError("chunk out of order")
            data = protocol.decode_chunk(message)
            if len(buf) + len(data) > up.sizes[i]:
                raise protocol.ProtocolError("more bytes than announced")
        except protocol.ProtocolError:
            self._open.pop((conn, message["id"]), None)
            up.release()
            raise
        buf += data
        if up.complete:
            del self._open[(conn, message["id"])]
            return up
        return None

    def drop(self, conn) -> None:
        """The connection went away: forget its unfinished uploads."""
        for key in [k for k in self._open if k[0] is conn]:
            self._open.pop(key).release()

    def open_count(self) -> int:
        return len(self._open)


def combine(results: list, source: str, ms: float = 0.0):
    """One ``FileAnalysis`` of several files (each a ``FileAnalysis`` of one file)."""
    from guard.content import FileAnalysis

    findings: list[Finding] = []
    categories: list[CategoryHit] = []
    seen = set()
    for r in results:
        findings.extend(r.findings)
        for c in r.categories:
            if c.name not in seen:
                seen.add(c.name)
                categories.append(c)
    parts = tuple(p for r in results for p in r.parts)
    return FileAnalysis(findings=findings, categories=categories, ms=ms,
                        text_length=sum(p.chars for p in parts), source=source, parts=parts,
                        fingerprint="upload")


def check_upload(up: Upload, detector, limits=None, check_bytes=None, clock=time.monotonic):
    """Check every file of a complete upload (runs on a worker thread); releases the bytes.

    The time limit (``limits.total_seconds``, 10 s) is for all files together, as for a copied
    file list: a file after it has run out is "kon niet worden gecontroleerd".
    """
    from guard.content import DEFAULT_LIMITS, IMAGE, UNCHECKED, FileAnalysis, FilePart, kind_of
    from guard.content import check_bytes as default_check

    limits = limits or DEFAULT_LIMITS
    check_bytes = check_bytes or default_check
    results = []
    kinds = set()
    end = clock() + limits.total_seconds
    try:
        for i, name in enumerate(up.names):
            fmt, kind = kind_of(name)
            kinds.add(kind)
            left = end - clock()
            if left <= 0:
                part = FilePart(name, kind, fmt, UNCHECKED, "timeout",
                                "het controleren duurde te lang; probeer minder bestanden tegelijk")
                results.append(FileAnalysis(source=kind, parts=(part,)))
            elif i >= min(limits.max_files, protocol.MAX_FILES):
                part = FilePart(name, kind, fmt, UNCHECKED, "too_many",
                                f"Plakwacht controleert hoogstens {limits.max_files} bestanden tegelijk")
                results.append(FileAnalysis(source=kind, parts=(part,)))
            elif up.sizes[i] > min(limits.max_file_bytes, protocol.MAX_FILE_BYTES):
                mb = limits.max_file_bytes // (1024 * 1024)
                part = FilePart(name, kind, fmt, UNCHECKED, "too_large", f"het bestand is groter dan {mb} MB")
                results.append(FileAnalysis(source=kind, parts=(part,)))
            elif detector is None:
                part = FilePart(name, kind, fmt, UNCHECKED, "starting",
                                "Plakwacht is nog aan het opstarten; probeer het over een minuut opnieuw")
                results.append(FileAnalysis(source=kind, parts=(part,)))
            else:
                results.append(check_bytes(bytes(up.data[i]), name, detector, replace(limits, total_seconds=left)))
                up.data[i] = bytearray()  # read: let it go
    finally:
        up.release()
    return combine(results, IMAGE if kinds == {IMAGE} else "bestand")


class UploadGuard:
    """Decides about complete uploads; all methods except the worker job run on the GUI thread.

    Args:
        policy: the :class:`guard.policy.Policy` (its GenAI sites' hosts and guidelines).
        send: ``send(conn, message)`` to the extension behind ``conn`` (through the host).
        post: runs a callable on the GUI thread (``Monitor``'s ``post``).
        detector: returns the current detector, or ``None`` while it loads.
        on_alert: shows a warning (an :class:`guard.alert.Alert` whose ``key`` starts with ``upload:``).
        history: the history (or ``None``); rows say "bestand"/"afbeelding" and the count.
        on_event: ``on_event(name, **data)`` for the app's test events (no names, no content).
        run: runs a job off the GUI thread (default: one worker thread, in order).
    """

    KEY_PREFIX = "upload:"

    def __init__(self, policy, *, send: Callable, post: Callable, detector: Callable, on_alert: Callable,
                 history=None, hasher=None, on_event: Callable | None = None, run: Callable | None = None,
                 check_bytes=None, ids=None):
        self.policy = policy
        self.send = send
        self.post = post
        self.detector = detector
        self.on_alert = on_alert
        self.history = history
        self.hasher = hasher
        self.on_event = on_event or (lambda name, **data: None)
        self._check_bytes = check_bytes
        self._executor = None
        self._run = run or self._submit
        self._ids = ids or itertools.count(10_000)
        self.reassembly = Reassembly()
        self._waiting: dict[int, tuple[object, str]] = {}  # alert id → (conn, upload id)
        self._lock = threading.Lock()

    # -- the channel ------------------------------------------------------------------------------
    def hosts(self) -> list[str]:
        """The GenAI hosts of the policy (allowed and forbidden sites)."""
        return sorted({h for s in self.policy.sites for h in s.hosts if protocol._is_host(h)})

    def sites_message(self) -> dict:
        return {"type": "sites", "hosts": self.hosts()}

    def handle(self, conn, message: dict) -> None:
        """An ``upload`` or ``chunk`` message (raises :class:`protocol.ProtocolError`)."""
        if message["type"] == "upload":
            up = self.reassembly.start(conn, message)
        else:
            up = self.reassembly.chunk(conn, message)
        if up is not None:
            self._complete(conn, up)

    def disconnected(self, conn) -> None:
        self.reassembly.drop(conn)

    def site_for(self, host: str):
        from guard.windows.base import WindowInfo

        return self.policy.classify(WindowInfo(title="", process="", url=f"https://{host}/"))

    def _complete(self, conn, up: Upload) -> None:
        site = self.site_for(up.host)
        if not site.genai:
            up.release()
            self._answer(conn, up.id, True, count=len(up.names), site="")
            return
        detector = self.detector()

        def job() -> None:
            try:
                analysis = check_upload(up, detector, check_bytes=self._check_bytes)
            except Exception as exc:  # never let a file through because a check failed
                log.error("upload check failed: %s", type(exc).__name__)
                analysis = None
            self.post(lambda: self._checked(conn, up, site, analysis))

        self._run(job)

    def _submit(self, job: Callable[[], None]) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="plakwacht-upload")
        self._executor.submit(job)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    # -- deciding ----------------------------------------------------------------------------------
    def _checked(self, conn, up: Upload, site, analysis) -> None:
        from guard.alert import Alert
        from guard.content import FileAnalysis, FilePart, UNCHECKED, kind_of
        from guard.verdict import CLEAR, PASTE_ANYWAY, Verdict, evaluate
        from guard.vocabulary import AlertKind

        if analysis is None:
            parts = tuple(FilePart(n, kind_of(n)[1], kind_of(n)[0], UNCHECKED, "damaged",
                                   "het bestand kon niet worden gelezen") for n in up.names)
            analysis = FileAnalysis(source="bestand", parts=parts)
        verdict = evaluate(analysis, self.policy, site)
        if not verdict.warn:
            self._answer(conn, up.id, True, count=len(up.names), site=site.site)
            return
        verdict = Verdict(True, verdict.guidelines, site, (CLEAR, PASTE_ANYWAY))
        kind = AlertKind.UNCHECKED if (analysis.unchecked and not analysis.flagged) else AlertKind.FLAGGED
        alert = Alert(next(self._ids), kind, verdict, analysis, site, held=False,
                      key=self.KEY_PREFIX + up.id, text="", text_length=0)
        alert.history_id = self._record(alert)
        with self._lock:
            self._waiting[alert.id] = (conn, up.id)
        log.info("upload warning %d on %s, guidelines %s", alert.id, site.site, verdict.numbers)
        self.on_event("upload_held", id=alert.id, count=len(up.names), site=site.site,
                      guidelines=verdict.numbers)
        self.on_alert(alert)

    def owns(self, alert) -> bool:
        return str(getattr(alert, "key", "")).startswith(self.KEY_PREFIX)

    def decide(self, alert, decision: str, reason: str = "") -> None:
        """The person's choice in the warning: "Toch plakken" (with a reason) lets the upload go."""
        from guard.verdict import PASTE_ANYWAY
        from guard.vocabulary import Decision

        if alert.decision != Decision.PENDING:
            return
        if decision not in alert.actions and decision != Decision.DISMISSED:
            raise ValueError(f"keuze {decision!r} wordt bij deze waarschuwing niet aangeboden")
        reason = " ".join(reason.split())[:200]
        if decision == PASTE_ANYWAY and not reason:
            raise ValueError("Toch plakken kan alleen met een reden.")
        if decision == PASTE_ANYWAY:
            from guard.reason import mask_reason

            reason = mask_reason(reason, self.detector())[0]
        else:
            reason = ""
        alert.decision = decision
        if self.history is not None and alert.history_id is not None:
            try:
                self.history.update_decision(alert.history_id, decision, reason)
            except Exception as exc:
                log.error("history decision not written: %s", type(exc).__name__)
        with self._lock:
            waiting = self._waiting.pop(alert.id, None)
        if waiting is not None:
            self._answer(waiting[0], waiting[1], decision == PASTE_ANYWAY, count=len(alert.analysis.parts),
                         site=alert.site_name)

    def _answer(self, conn, upload_id: str, allow: bool, count: int, site: str) -> None:
        try:
            self.send(conn, {"type": "verdict", "id": upload_id, "allow": allow})
        except Exception as exc:  # the browser went away: the upload stays blocked there
            log.info("upload verdict not delivered: %s", type(exc).__name__)
        self.on_event("upload", allow=allow, count=count, site=site)

    def _record(self, alert) -> int | None:
        if self.history is None:
            return None
        from guard.history import make_entry
        from guard.vocabulary import Decision

        try:
            entry = make_entry(alert.analysis, alert.verdict, "", self.hasher, alert.site_name,
                               alert.site.kind, Decision.PENDING)
            return self.history.add(entry)
        except Exception as exc:
            log.error("history row not written: %s", type(exc).__name__)
            return None


__all__ = ["MAX_OPEN", "Reassembly", "Upload", "UploadGuard", "check_upload", "combine"]
