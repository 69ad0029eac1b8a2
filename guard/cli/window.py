"""``plakwacht window [--watch]``: which window is in front, and what the policy makes of it.

Without ``--watch`` one report and exit; with ``--watch`` one line per change until Ctrl+C.
Exit codes: 0 done, 2 this computer's windows cannot be seen (the reason is printed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import queue
import sys

EXIT_OK, EXIT_UNAVAILABLE = 0, 2


def register(sub) -> None:
    p = sub.add_parser("window", help="laat zien welk venster actief is en hoe Plakwacht het beoordeelt",
                       description="Laat zien welk venster nu actief is (titel en programma) en hoe het beleid "
                                   "dat venster beoordeelt. Handig om te controleren of Plakwacht een site herkent.")
    p.add_argument("--watch", action="store_true",
                   help="blijf kijken: één regel per wissel van venster of titel (stop met Ctrl+C)")
    p.add_argument("--json", action="store_true",
                   help="één JSON-object (met --watch: één per regel) met title, process, host, host_source "
                        "en het oordeel")
    # A switch for debugging: Windows polls instead of using WinEvent hooks.
    p.add_argument("--poll", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=main)


def judgement(window, policy) -> str:
    """One Dutch sentence: how the policy classifies ``window``."""
    from guard.policy import ALLOWED_GENAI, FORBIDDEN_GENAI

    if window is None:
        return "Geen actief venster."
    match = policy.classify(window)
    if match.kind == ALLOWED_GENAI:
        return f"{match.site}: toegestaan. Plakwacht controleert wat je hier plakt."
    if match.kind == FORBIDDEN_GENAI:
        g = policy.guideline_for("site")
        rule = f" (richtlijn {g.number})" if g else ""
        from guard.wording import allowed_tool_hint

        return f"{match.site}: niet toegestaan{rule}. {allowed_tool_hint(policy)}"
    if match.browser:
        return "Een browser, maar geen AI-chat die Plakwacht kent."
    return "Geen browser en geen AI-chat."


def describe(window) -> str:
    if window is None:
        return "Er is nu geen actief venster."
    process = window.process or "onbekend"
    pid = f" (proces {window.pid})" if window.pid else ""
    lines = [f"Venster:   {window.title or '(zonder titel)'}", f"Programma: {process}{pid}"]
    if window.url:
        lines.append(f"Adres:     {window.url}")
    return "\n".join(lines)


def with_host(window, policy, tray_state=...):
    """``(window, host, host_source)``: the tab's host from the running Plakwacht's browser companion."""
    from guard.browser import channel
    from guard.browser.state import with_host as _with_host

    if tray_state is ...:
        tray_state = channel.query(timeout=1.0) if window is not None else None
    return _with_host(window, (tray_state or {}).get("extensions", []), policy)


def as_json(window, policy, tray_state=...) -> dict:
    """The ``window --json`` object (contract in README)."""
    window, host, source = with_host(window, policy, tray_state)
    match = policy.classify(window)
    return {"title": window.title if window else None, "process": window.process if window else None,
            "host": host, "host_source": source, "kind": match.kind, "site": match.site or None,
            "browser": match.browser, "judgement": judgement(window, policy)}


def _line(window, policy, now: dt.datetime) -> str:
    stamp = now.strftime("%H:%M:%S")
    if window is None:
        return f"[{stamp}] {judgement(None, policy)}"
    return f"[{stamp}] {window.title or '(zonder titel)'} [{window.process or 'onbekend'}] → {judgement(window, policy)}"


def main(args, *, backend=None, policy=None, out=None, events: queue.Queue | None = None) -> int:
    """Run the command; ``backend``, ``policy``, ``out`` and ``events`` are for tests."""
    from guard.policy import load_policy
    from guard.windows import ENV_VAR, create_backend

    out = out or sys.stdout
    policy = policy or load_policy()
    for problem in policy.problems:
        print(f"plakwacht: {problem}", file=sys.stderr)
    if backend is None:
        env = dict(os.environ, **({ENV_VAR: "poll"} if getattr(args, "poll", False) else {}))
        backend = create_backend(env=env)
    if not backend.available:
        print(backend.reason or "Plakwacht kan op dit systeem niet zien welk venster actief is.", file=out)
        return EXIT_UNAVAILABLE
    as_json_ = getattr(args, "json", False)
    if not args.watch:
        window = backend.active_window()
        if as_json_:
            print(json.dumps(as_json(window, policy), ensure_ascii=False), file=out)
            return EXIT_OK
        window, host, source = with_host(window, policy)
        print(describe(window if source != "extensie" else _without_url(window)), file=out)
        if host:
            print(f"Site:      {host} (volgens de {'browserextensie' if source == 'extensie' else 'browser'})",
                  file=out)
        print(f"Oordeel:   {judgement(window, policy)}", file=out)
        return EXIT_OK
    return _watch(backend, policy, out, events if events is not None else queue.Queue(), as_json_)


def _without_url(window):
    import dataclasses

    return dataclasses.replace(window, url=None) if window is not None else None


def _watch(backend, policy, out, events: queue.Queue, as_json_: bool = False) -> int:
    mode = "op gebeurtenissen" if backend.event_driven else "door steeds te kijken"
    print(f"Plakwacht volgt het actieve venster ({backend.name}, {mode}). Stop met Ctrl+C.", file=out, flush=True)
    backend.start(events.put)
    try:
        while True:
            # A timeout keeps Ctrl+C working on Windows, where a blocking get() ignores it.
            try:
                window = events.get(timeout=0.5)
            except queue.Empty:
                continue
            if window is StopIteration:  # tests end the loop this way
                break
            if as_json_:
                print(json.dumps(as_json(window, policy), ensure_ascii=False), file=out, flush=True)
                continue
            window, host, _source = with_host(window, policy)
            line = _line(window, policy, dt.datetime.now())
            print(line + (f" [site {host}]" if host else ""), file=out, flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        backend.stop()
    return EXIT_OK
