"""The guard's state machine: clipboard and active window in, "make it safe" and warnings out.

Qt-free. The UI feeds it :meth:`Monitor.on_clipboard_change` and :meth:`Monitor.on_window_change`
(on the GUI thread) and turns its callbacks into dialogs and tray states.

What it does:

- Every clipboard change is analysed off the GUI thread (the latest change wins; an identical text
  is never analysed twice), so that when the person switches to a GenAI site the answer is already
  there and the clipboard can be made safe at once.
- Active window is Le Chat (or a forbidden GenAI site) and the clipboard holds a text the policy
  flags: the original is *held* in memory, the clipboard gets a short Dutch placeholder, and a
  warning is raised. Leaving the site, quitting, pausing, or choosing "Toch plakken" gives the
  original back whole (all its formats).
- One warning per content and site: switching back and forth brings the same warning back
  (same history row), it does not make a new one.
- A text copied *on* a GenAI site is not held for that site: it came from there.
- Without window detection (Wayland, unknown desktops) the guard cannot know where a text goes:
  it warns once per flagged copy without holding the clipboard.

Clipboard text lives in memory only. It is never logged, never stored, never put in an exception.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from detectors.model import Analysis
from guard.alert import Alert
from guard.clipboard import ClipSnapshot
from guard.history import make_entry as history_entry
from guard.policy import ALLOWED_GENAI, FORBIDDEN_GENAI, OTHER, Policy, SiteMatch
from guard.verdict import ALLOWLIST, CLEAR, PASTE_ANYWAY, REDACT, Verdict, evaluate
from guard.vocabulary import NOT_CHECKED, UNKNOWN_SITE, AlertKind, Decision, TrayState, UncheckedReason, WindowKind
from guard.windows.base import WindowInfo
from guard.worker import LatestWinsWorker

log = logging.getLogger(__name__)

#: What the clipboard holds while Plakwacht keeps a text back. Pasted by mistake, it explains itself.
PLACEHOLDER = ("[Plakwacht heeft deze tekst tegengehouden. "
               "Kies in het venster van Plakwacht wat je wilt doen.]")

#: Texts longer than this are not analysed: they are warned about as "not checked" on a GenAI site.
MAX_CHARS = 300_000
#: Past warnings remembered for "one warning per content and site" (keys only, no text).
MAX_ALERTS = 1000
#: How long a held text may wait for its analysis before the person gets a "not checked" warning.
ANALYSIS_DEADLINE_S = 1.5

# The words (decisions, alert kinds, tray states) live in guard.vocabulary; these short names are
# what the state machine below reads.
PENDING, LEFT_SITE, DISMISSED = Decision.PENDING, Decision.LEFT_SITE, Decision.DISMISSED
FLAGGED, UNCHECKED = AlertKind.FLAGGED, AlertKind.UNCHECKED
STARTING, ACTIVE, PAUSED, NO_WINDOWS = TrayState.STARTING, TrayState.ACTIVE, TrayState.PAUSED, TrayState.NO_WINDOWS


class _Status(StrEnum):
    """Where one clipboard content stands (internal; an unchecked warning says why with UncheckedReason)."""

    PENDING = "pending"      # waiting for its analysis
    DONE = "done"            # analysed
    TOO_LARGE = UncheckedReason.TOO_LARGE.value  # over MAX_CHARS: never analysed
    FAILED = UncheckedReason.FAILED.value        # the analysis raised
    SKIP = "skip"            # nothing to guard: no text, concealed, or gone from the clipboard


@dataclass(eq=False)
class _Content:
    key: str
    snap: ClipSnapshot
    status: _Status
    origin: str | None = None  # GenAI site that was active when it was copied
    analysis: Analysis | None = None


@dataclass(eq=False)
class _Hold:
    content: _Content
    site: SiteMatch
    deadline: float | None = None
    alert: Alert | None = None


def _noop(*_args) -> None:
    return None


class Monitor:
    """The guard. All methods run on one thread (the GUI thread); analysis runs on ``runner``.

    Args:
        clipboard: adapter with ``write_text(text)``, ``clear()``, ``restore(snapshot)``.
        detector: object with ``analyze(text) -> Analysis``; ``None`` while it is still loading
            (see :meth:`set_detector`).
        policy: the policy in force.
        history: a ``HistoryStore`` (or ``None``: no history).
        allowlist: an ``Allowlist`` (or ``None``).
        settings: a ``Settings`` (``paused_until``, ``warn_without_window_detection``).
        hasher: a ``KeyedHasher`` for the history's content hash.
        runner: object with ``submit(job)``; default a :class:`LatestWinsWorker`.
        post: hands a callable to the GUI thread (from the runner's thread); default: call it.
        now: the wall clock (UTC aware), for pauses.
        monotonic: a monotonic clock in seconds, for deadlines.
        window_detection: ``False`` when the window backend is not available.
        own_pid: this process's pid: its own windows (the warning) never count as a site change.
        make_entry: builds a history row (default ``guard.history.make_entry``).
    """

    def __init__(self, clipboard, detector, policy: Policy, *, history=None, allowlist=None, settings=None,
                 hasher=None, runner=None, post: Callable[[Callable[[], None]], None] | None = None,
                 now: Callable[[], dt.datetime] | None = None, monotonic: Callable[[], float] | None = None,
                 window_detection: bool = True, own_pid: int | None = None, max_chars: int = MAX_CHARS,
                 deadline_s: float = ANALYSIS_DEADLINE_S, make_entry=None):
        self.clipboard = clipboard
        self.detector = detector
        self.policy = policy
        self.history = history
        self.allowlist = allowlist
        self.settings = settings
        self.hasher = hasher
        self.runner = runner if runner is not None else LatestWinsWorker()
        self._post = post or (lambda fn: fn())
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.monotonic = monotonic or time.monotonic
        self.window_detection = window_detection
        self.own_pid = own_pid
        self.max_chars = max_chars
        self.deadline_s = deadline_s
        self._make_entry = make_entry or history_entry
        # Callbacks the UI sets.
        self.on_alert: Callable[[Alert], None] = _noop          # show (or bring back) a warning
        self.on_alert_closed: Callable[[Alert], None] = _noop   # the warning is moot: close it
        self.on_status: Callable[[], None] = _noop              # tray state may have changed

        self._key_secret = secrets.token_bytes(32)  # in-memory content keys, never stored
        self._cache: OrderedDict[str, Analysis] = OrderedDict()
        self._in_flight: str | None = None
        self._current: _Content | None = None
        self._window: WindowInfo | None = None
        self._site = SiteMatch(OTHER)
        self._held: _Hold | None = None
        self._alerts: dict[tuple[str, str | None], Alert] = {}
        self._accepted: set[tuple[str, str | None]] = set()
        self._ids = itertools.count(1)
        self._was_paused = False
        self.analyses = 0  # how many texts were analysed (tests, diagnostics)

    # -- state for the tray ------------------------------------------------------------------
    def status(self) -> str:
        if self.paused:
            return PAUSED
        if self.detector is None:
            return STARTING
        if not self.window_detection:
            return NO_WINDOWS
        return ACTIVE

    @property
    def paused(self) -> bool:
        until = getattr(self.settings, "paused_until", None)
        return until is not None and self.now() < until

    @property
    def held(self) -> bool:
        return self._held is not None

    @property
    def site(self) -> SiteMatch:
        return self._site

    def open_alerts(self) -> list[Alert]:
        return [a for a in self._alerts.values() if a.decision == PENDING]

    # -- inputs ------------------------------------------------------------------------------
    def set_detector(self, detector) -> None:
        """The detector finished loading: analyse what is waiting."""
        self.detector = detector
        c = self._current
        if c is not None and c.status == _Status.PENDING:
            self._submit(c)
        self.on_status()

    def on_clipboard_change(self, snap: ClipSnapshot) -> None:
        if snap.own:
            return  # Plakwacht's own write: the state was set when it was written
        if self._held is not None:
            # The person copied something new: the held text is no longer what they want to paste.
            self._drop_hold(DISMISSED)
        text = snap.text
        if snap.concealed or not text or not text.strip():
            self._current = _Content("", snap, _Status.SKIP)
            return
        key = self._content_key(text)
        origin = self._site.site if self._site.genai else None
        content = _Content(key, snap, _Status.PENDING, origin=origin)
        if key in self._cache:
            self._cache.move_to_end(key)
            content.analysis, content.status = self._cache[key], _Status.DONE
        elif len(text) > self.max_chars:
            content.status = _Status.TOO_LARGE
        self._current = content
        if content.status == _Status.PENDING:
            self._submit(content)
        self._evaluate()

    def on_window_change(self, window: WindowInfo | None) -> None:
        if window is None:
            return  # window managers report "none" for a moment while switching
        if self.own_pid is not None and window.pid == self.own_pid:
            return  # our own warning came to the front: the person did not leave the site
        self._window = window
        self._site = self.policy.classify(window)
        self._evaluate()

    def tick(self) -> None:
        """Call a few times a second: deadlines for slow analyses, and the end of a pause."""
        paused = self.paused
        if paused != self._was_paused:
            self._was_paused = paused
            self.on_status()
            if not paused:
                self._evaluate()
        h = self._held
        if h is not None and h.alert is None and h.deadline is not None and self.monotonic() >= h.deadline:
            self._raise_unchecked(h)

    # -- the person's choices ----------------------------------------------------------------
    def decide(self, alert: Alert, decision: str, reason: str = "") -> None:
        """Carry out a choice from the warning.

        Raises:
            ValueError: the choice was not offered, or "Toch plakken" without a reason.
        """
        if alert.decision != PENDING:
            log.info("warning %d was already settled (%s)", alert.id, alert.decision)
            return
        if decision not in alert.actions and decision != DISMISSED:
            raise ValueError(f"keuze {decision!r} wordt bij deze waarschuwing niet aangeboden")
        reason = " ".join(reason.split())[:200]
        if decision == PASTE_ANYWAY and not reason:
            raise ValueError("Toch plakken kan alleen met een reden.")
        hold = self._held if self._held is not None and self._held.alert is alert else None
        is_current = self._current is not None and self._current.key == alert.key
        akey = (alert.key, alert.site.site if alert.site else None)
        if decision == CLEAR:
            if hold is not None or is_current:
                self.clipboard.clear()
        elif decision == REDACT:
            if hold is not None or is_current:
                self.clipboard.write_text(alert.redacted())
        elif decision in (PASTE_ANYWAY, ALLOWLIST):
            if decision == ALLOWLIST and self.allowlist is not None:
                self.allowlist.add(alert.text)
            self._accepted.add(akey)
            if hold is not None:
                self.clipboard.restore(hold.content.snap)
        elif decision == DISMISSED and hold is not None:
            self.clipboard.restore(hold.content.snap)
        if hold is not None:
            self._held = None
        if decision in (CLEAR, REDACT) and (hold is not None or is_current):
            self._current = _Content("", ClipSnapshot(), _Status.SKIP)  # the original is gone from the clipboard
        self._set_decision(alert, decision, reason if decision == PASTE_ANYWAY else "")
        self.on_status()

    def pause(self, until: dt.datetime) -> None:
        """Stop guarding until ``until``; a held text is given back."""
        if self.settings is not None:
            self.settings.paused_until = until
        self._was_paused = True
        self._drop_hold(DISMISSED, restore=True)
        self.on_status()

    def resume(self) -> None:
        if self.settings is not None:
            self.settings.paused_until = None
        self._was_paused = False
        self.on_status()
        self._evaluate()

    def shutdown(self) -> None:
        """Give a held text back and stop the worker (on quit, SIGTERM, SIGINT)."""
        self._drop_hold(DISMISSED, restore=True)
        stop = getattr(self.runner, "stop", None)
        if stop is not None:
            stop()

    # -- internals ---------------------------------------------------------------------------
    def _content_key(self, text: str) -> str:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key_secret,
                               digest_size=16).hexdigest()

    def _submit(self, content: _Content) -> None:
        detector = self.detector
        if detector is None or self._in_flight == content.key:
            return
        self._in_flight = content.key
        key, text = content.key, content.snap.text

        def job() -> None:
            cached = self._cache.get(key)  # finished while this job waited: no second analysis
            if cached is not None:
                self._post(lambda: self._on_result(key, cached))
                return
            try:
                analysis = detector.analyze(text)
            except Exception as exc:  # the message may quote the text: log the type only
                log.error("analysis failed: %s", type(exc).__name__)
                analysis = None
            self._post(lambda: self._on_result(key, analysis))

        self.runner.submit(job)

    def _on_result(self, key: str, analysis: Analysis | None) -> None:
        if self._in_flight == key:
            self._in_flight = None
        if analysis is not None and key not in self._cache:
            self.analyses += 1
            self._cache[key] = analysis
            while len(self._cache) > 256:
                self._cache.popitem(last=False)
        c = self._current
        if c is None or c.key != key:
            # A newer copy replaced this one (latest wins); make sure the newest one is analysed.
            if c is not None and c.status == _Status.PENDING:
                self._submit(c)
            return
        c.analysis, c.status = analysis, (_Status.DONE if analysis is not None else _Status.FAILED)
        h = self._held
        if h is not None and h.content is c:
            if analysis is None:
                if h.alert is None:
                    self._raise_unchecked(h)
                return
            verdict = evaluate(analysis, self.policy, h.site)
            previous = h.alert
            if not verdict.warn or self._allowlisted(c, h.site):
                self._drop_hold(DISMISSED, restore=True)
                return
            if previous is not None and previous.kind == UNCHECKED:
                self._set_decision(previous, DISMISSED)
                self.on_alert_closed(previous)
                h.alert = None
            if h.alert is None:
                h.alert = self._raise(c, h.site, verdict, FLAGGED, held=True)
            return
        self._evaluate()

    def _allowlisted(self, c: _Content, site: SiteMatch | None = None) -> bool:
        """Marked public by the person; never on a forbidden site (guideline 3 is about the site)."""
        if site is not None and site.kind == FORBIDDEN_GENAI:
            return False
        try:
            return self.allowlist is not None and self.allowlist.contains(c.snap.text)
        except Exception as exc:
            log.warning("allowlist check failed: %s", type(exc).__name__)
            return False

    def _evaluate(self) -> None:
        """Decide what the current clipboard and window call for."""
        if self.paused:
            return
        h, site = self._held, self._site
        if h is not None:
            if (site.kind, site.site) != (h.site.kind, h.site.site):
                self._drop_hold(LEFT_SITE, restore=True)
            else:
                return
        c = self._current
        if c is None or c.status == _Status.SKIP:
            return
        if not self.window_detection:
            self._evaluate_blind(c)
            return
        if not site.genai or c.origin == site.site or (c.key, site.site) in self._accepted:
            return
        if self._allowlisted(c, site):
            return
        if c.status == _Status.PENDING:
            # Not analysed yet: make it safe now, decide when the analysis arrives.
            self._hold(c, site, deadline=self.monotonic() + self.deadline_s)
            return
        if c.status in (_Status.TOO_LARGE, _Status.FAILED):
            h = self._hold(c, site)
            self._raise_unchecked(h)
            return
        verdict = evaluate(c.analysis, self.policy, site)
        if not verdict.warn:
            return
        h = self._hold(c, site)
        h.alert = self._raise(c, site, verdict, FLAGGED, held=True)

    def _evaluate_blind(self, c: _Content) -> None:
        if c.status != _Status.DONE or not getattr(self.settings, "warn_without_window_detection", True):
            return
        if (c.key, None) in self._alerts or (c.key, None) in self._accepted or self._allowlisted(c):
            return
        verdict = evaluate(c.analysis, self.policy, None)
        if verdict.warn:
            # Nothing is held, so "Toch plakken" has nothing to give back: offer "Begrepen" instead.
            actions = tuple(a for a in verdict.actions if a != PASTE_ANYWAY) + (DISMISSED,)
            verdict = Verdict(True, verdict.guidelines, None, actions)
            self._raise(c, None, verdict, FLAGGED, held=False)

    def _hold(self, c: _Content, site: SiteMatch, deadline: float | None = None) -> _Hold:
        self.clipboard.write_text(PLACEHOLDER)
        self._held = _Hold(c, site, deadline)
        log.info("clipboard held for %s (%s)", site.site, site.kind)
        return self._held

    def _drop_hold(self, decision: str, restore: bool = False) -> None:
        h = self._held
        if h is None:
            return
        self._held = None
        if restore:
            self.clipboard.restore(h.content.snap)
            log.info("held clipboard given back (%s)", decision)
        if h.alert is not None and h.alert.decision == PENDING:
            self._set_decision(h.alert, decision)
            self.on_alert_closed(h.alert)

    def _raise_unchecked(self, h: _Hold) -> None:
        c = h.content
        actions = (CLEAR, PASTE_ANYWAY)
        rules = ()
        if h.site.kind == FORBIDDEN_GENAI:
            site_rule = self.policy.guideline_for("site")
            rules = (site_rule,) if site_rule else ()
        verdict = Verdict(True, rules, h.site, actions)
        if c.status in (_Status.TOO_LARGE, _Status.FAILED):
            why = UncheckedReason(c.status)
        else:
            why = UncheckedReason.STARTING if self.detector is None else UncheckedReason.SLOW
        h.alert = self._raise(c, h.site, verdict, UNCHECKED, held=True, unchecked_reason=why)

    def _raise(self, c: _Content, site: SiteMatch | None, verdict: Verdict, kind: str, held: bool,
               unchecked_reason: str = "") -> Alert:
        akey = (c.key, site.site if site else None)
        existing = self._alerts.get(akey)
        if existing is not None and existing.kind == kind:
            # One warning per content and site: bring the same one back.
            if existing.decision != PENDING:
                self._set_decision(existing, PENDING)
            existing.held = held
            existing.text = c.snap.text or ""  # dropped when it was settled
            self.on_alert(existing)
            return existing
        analysis = c.analysis if (kind == FLAGGED and c.analysis is not None) else Analysis(
            text_length=len(c.snap.text or ""))
        alert = Alert(next(self._ids), kind, verdict, analysis, site, held, key=c.key, text=c.snap.text or "",
                      text_length=len(c.snap.text or ""), unchecked_reason=unchecked_reason)
        alert.history_id = self._record(alert)
        self._alerts[akey] = alert
        if len(self._alerts) > MAX_ALERTS:  # keep the memory of past warnings bounded
            for old_key in [k for k, a in self._alerts.items() if a.decision != PENDING][:len(self._alerts) // 4]:
                del self._alerts[old_key]
        log.info("warning %d: %s on %s, guidelines %s", alert.id, kind,
                 site.site if site else "onbekend venster", verdict.numbers)
        self.on_alert(alert)
        return alert

    def _record(self, alert: Alert) -> int | None:
        if self.history is None:
            return None
        try:
            site = alert.site
            kind = site.kind if site is not None else WindowKind.UNKNOWN
            name = site.site if site is not None and site.site else (UNKNOWN_SITE if site is None else "")
            entry = self._make_entry(alert.analysis, alert.verdict, alert.text, self.hasher, name, kind, PENDING)
            if alert.kind == UNCHECKED:
                entry.categories = list(entry.categories) + [NOT_CHECKED]
            return self.history.add(entry)
        except Exception as exc:  # history trouble must not stop the guard
            log.error("history row not written: %s", type(exc).__name__)
            return None

    def _set_decision(self, alert: Alert, decision: str, reason: str = "") -> None:
        alert.decision = decision
        if decision != PENDING:
            alert.text = ""  # a settled warning no longer needs the text: do not keep it in memory
        if self.history is not None and alert.history_id is not None:
            try:
                self.history.update_decision(alert.history_id, decision, reason)
            except Exception as exc:
                log.error("history decision not written: %s", type(exc).__name__)


__all__ = [
    "ACTIVE", "ANALYSIS_DEADLINE_S", "DISMISSED", "FLAGGED", "LEFT_SITE", "MAX_CHARS", "Monitor", "NO_WINDOWS",
    "PAUSED", "PENDING", "PLACEHOLDER", "STARTING", "UNCHECKED",
]
