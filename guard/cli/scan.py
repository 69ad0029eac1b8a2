"""``plakwacht scan``: report on texts from files or standard input.

Modes:
- default: a readable Dutch report per text (findings masked, why each fired, guidelines cited);
- ``--json``: one JSON object per file;
- ``--jsonl``: batch mode for other tools — JSON lines ``{"id","text"}`` in, one line out per
  input: ``{"id","warn","guidelines","categories","findings":[{"type","start","end","score"}],"ms"}``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_OK, EXIT_WARN, EXIT_ERROR = 0, 1, 2
MAX_BYTES = 10 * 1024 * 1024

class InputError(Exception):
    """Input that cannot be scanned; the message is Dutch and says what to do."""


def register(sub) -> None:
    p = sub.add_parser("scan", help="controleer tekst uit bestanden of standaardinvoer",
                       description="Controleer tekst op persoonsgegevens en interne inhoud. "
                                   "Zonder bestand leest Plakwacht de standaardinvoer.")
    p.add_argument("files", nargs="*", metavar="BESTAND")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="JSON per bestand")
    mode.add_argument("--jsonl", action="store_true",
                      help='JSON-regels {"id","text"} op standaardinvoer, één regel uit per invoer')
    p.set_defaults(func=main)


def decode(data: bytes, name: str) -> str:
    """Bytes to text, or :class:`InputError` for what is not text."""
    if not data.strip():
        raise InputError(f"{name}: het bestand is leeg. Er is niets te controleren.")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: het bestand is groter dan 10 MB. Controleer een kleiner stuk.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192] and data.count(b"\x00") > len(data) // 100 + 1:
        raise InputError(f"{name}: dit is geen tekstbestand. Plakwacht controleert alleen tekst.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: de tekst is niet als UTF-8 te lezen (fout bij byte {exc.start}). "
                         "Sla het bestand op als UTF-8 en probeer het opnieuw.") from None


def _read_inputs(files: list[str]) -> list[tuple[str, bytes]]:
    if not files:
        return [("standaardinvoer", sys.stdin.buffer.read())]
    out = []
    for name in files:
        path = Path(name)
        try:
            out.append((name, path.read_bytes()))
        except FileNotFoundError:
            raise InputError(f"{name}: dit bestand bestaat niet. Controleer de naam.") from None
        except IsADirectoryError:
            raise InputError(f"{name}: dit is een map, geen bestand.") from None
        except PermissionError:
            raise InputError(f"{name}: je hebt geen toestemming om dit bestand te lezen.") from None
        except OSError as exc:
            raise InputError(f"{name}: dit bestand kan niet worden gelezen ({exc.strerror}).") from None
    return out


def result_dict(rid, analysis, verdict) -> dict:
    """The ``--jsonl`` contract line for one text."""
    return {
        "id": rid,
        "warn": verdict.warn,
        "guidelines": verdict.numbers,
        "categories": analysis.category_names,
        "findings": [{"type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 3)}
                     for f in analysis.findings],
        "ms": round(analysis.ms, 2),
    }


def json_dict(name: str, text: str, analysis, verdict) -> dict:
    """``--json``: the ``--jsonl`` line plus a masked ``preview`` and the ``reason`` per finding."""
    from guard.alert import masked_items

    row = result_dict(name, analysis, verdict)
    by_span = {(i.kind, i.start, i.end): i for i in masked_items(analysis, text) if not i.category}
    for out in row["findings"]:
        item = by_span[(out["type"], out["start"], out["end"])]
        out["preview"], out["reason"] = item.preview, item.reason
    return row


def report(name: str, text: str, analysis, verdict) -> str:
    """A readable Dutch report; the text itself appears only masked."""
    from guard.alert import masked_items

    lines = [f"== {name}"]
    if not verdict.warn:
        lines.append("Geen persoonsgegevens of interne inhoud gevonden. Deze tekst mag naar Le Chat.")
        return "\n".join(lines)
    lines.append("Let op: deze tekst mag niet naar Le Chat.")
    for g in verdict.guidelines:
        lines.append(f"  Richtlijn {g.number}: {g.text}")
    items = masked_items(analysis, text)
    findings = [i for i in items if not i.category]
    categories = [i for i in items if i.category]
    if findings:
        lines.append("Gevonden persoonsgegevens:")
        for i in findings:
            lines.append(f"  - {i.label} {i.preview} (zekerheid {i.score:.2f}; {i.reason}) [{i.kind} {i.start}-{i.end}]")
    if categories:
        lines.append("Soort tekst:")
        for i in categories:
            lines.append(f"  - {i.label} ({i.reason}) [{i.kind}]")
    lines.append(f"({analysis.ms:.0f} ms)")
    return "\n".join(lines)


def main(args) -> int:
    from detectors import get_detector
    from guard.policy import load_policy
    from guard.verdict import evaluate

    policy = load_policy()
    for problem in policy.problems:
        print(f"plakwacht: {problem}", file=sys.stderr)
    if args.jsonl:
        return _jsonl(get_detector(), policy, evaluate)
    try:
        inputs = [(name, decode(data, name)) for name, data in _read_inputs(args.files)]
    except InputError as exc:
        print(f"plakwacht: {exc}", file=sys.stderr)
        return EXIT_ERROR
    detector = get_detector()
    any_warn = False
    for name, text in inputs:
        analysis = detector.analyze(text)
        verdict = evaluate(analysis, policy)
        any_warn |= verdict.warn
        if args.json:
            print(json.dumps(json_dict(name, text, analysis, verdict), ensure_ascii=False))
        else:
            print(report(name, text, analysis, verdict))
    return EXIT_WARN if any_warn else EXIT_OK


def _jsonl(detector, policy, evaluate) -> int:
    status = EXIT_OK
    out = sys.stdout
    for lineno, raw in enumerate(sys.stdin.buffer, 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw.decode("utf-8"))
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError
        except (UnicodeDecodeError, ValueError):
            print(f"plakwacht: regel {lineno} is geen JSON-object met een veld \"text\"; overgeslagen.",
                  file=sys.stderr)
            out.write(json.dumps({"id": None, "line": lineno, "error": "ongeldige invoer"}) + "\n")
            status = EXIT_ERROR
            continue
        analysis = detector.analyze(item["text"])
        verdict = evaluate(analysis, policy)
        out.write(json.dumps(result_dict(item.get("id"), analysis, verdict), ensure_ascii=False) + "\n")
        out.flush()
    return status
