"""``plakwacht scan``: report on texts from files or standard input.

Modes:
- default: a readable Dutch report per text (findings masked, why each fired, guidelines cited);
- ``--json``: one JSON object per file;
- ``--jsonl``: batch mode for other tools — JSON lines ``{"id","text"}`` in, one line out per
  input: ``{"id","warn","guidelines","categories","findings":[{"type","start","end","score"}],"ms"}``.
"""
from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

from guard.oserrors import dutch_os_error

EXIT_OK, EXIT_WARN, EXIT_ERROR = 0, 1, 2
MAX_BYTES = 10 * 1024 * 1024

class InputError(Exception):
    """Input that cannot be scanned; the message is Dutch and says what to do."""


def register(sub) -> None:
    p = sub.add_parser("scan", help="controleer tekst uit bestanden of standaardinvoer",
                       description="Controleer tekst op persoonsgegevens en interne inhoud. "
                                   "Zonder bestand leest Plakwacht de standaardinvoer.")
    p.add_argument("files", nargs="*", metavar="BESTAND", help="een of meer tekstbestanden (mag ook weg)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--klembord", action="store_true", help="controleer wat nu op het klembord staat")
    mode.add_argument("--json", action="store_true", help="JSON per bestand")
    mode.add_argument("--jsonl", action="store_true",
                      help='JSON-regels {"id","text"} op standaardinvoer, één regel uit per invoer')
    p.add_argument("--details", action="store_true",
                   help="toon ook hoe zeker Plakwacht is en waar in de tekst het iets vond")
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
    """Each input's bytes, never more than ``MAX_BYTES + 1`` of one (so "too large" is known without
    reading on: ``/dev/zero`` or an endless pipe once grew to 10.8 GB in 20 s)."""
    if not files:
        return [("standaardinvoer", sys.stdin.buffer.read(MAX_BYTES + 1))]
    from guard.cli.scan_files import is_content_file

    out = []
    for name in files:
        path = Path(name)
        if is_content_file(name) and path.is_file():
            out.append((name, None))  # a document or image: read by guard.content (issue 13)
            continue
        try:
            info = path.stat()
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{name}: dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp). "
                                 "Sla de tekst op in een bestand en controleer dat.")
            with open(path, "rb") as fh:
                out.append((name, fh.read(MAX_BYTES + 1)))
        except FileNotFoundError:
            raise InputError(f"{name}: dit bestand bestaat niet. Controleer de naam.") from None
        except IsADirectoryError:
            raise InputError(f"{name}: dit is een map, geen bestand.") from None
        except PermissionError:
            raise InputError(f"{name}: je hebt geen toestemming om dit bestand te lezen.") from None
        except OSError as exc:
            raise InputError(f"{name}: dit bestand kan niet worden gelezen ({dutch_os_error(exc)}).") from None
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


def report(name: str, text: str, analysis, verdict, policy=None, details: bool = False) -> str:
    """A readable Dutch report; the text itself appears only masked.

    Args:
        policy: the policy in force, for the allowed tool's name (never written in code).
        details: add each finding's score, place and type code (``--details``).
    """
    from guard.alert import masked_items
    from guard.wording import ai_chat, public_only_guideline

    tool = ai_chat(policy) if policy is not None else "een AI-chat"
    lines = [f"== {name}"]
    if not verdict.warn:
        lines.append("Plakwacht vond geen persoonsgegevens of interne inhoud.")
        g = public_only_guideline(policy) if policy is not None else None
        if g is not None:
            lines.append(f"Let wel: richtlijn {g.number} vraagt ook dan dat je alleen tekst die al openbaar is in "
                         f"{tool} plakt. Plakwacht kan niet zien of een tekst openbaar is; dat weet jij.")
        return "\n".join(lines)
    lines.append(f"Let op: deze tekst mag niet in {tool}.")
    for g in verdict.guidelines:
        lines.append(f"  Richtlijn {g.number}: {g.text}")
    items = masked_items(analysis, text)
    findings = [i for i in items if not i.category]
    categories = [i for i in items if i.category]
    if findings:
        lines.append("Gevonden persoonsgegevens (onleesbaar gemaakt), met de reden:")
        for i in findings:
            line = f"  - {i.label} {i.preview}: {i.reason}"
            if details:
                line += f" (zekerheid {round(i.score * 100)}%; teken {i.start + 1} tot en met {i.end}; type {i.kind})"
            lines.append(line)
    if categories:
        lines.append("Soort tekst:")
        for i in categories:
            line = f"  - {i.label}: {i.reason}"
            if details:
                line += f" (type {i.kind})"
            lines.append(line)
    if details:
        lines.append(f"(gecontroleerd in {analysis.ms:.0f} ms; zekerheid: hoe zeker Plakwacht is dat het klopt)")
    else:
        lines.append("Meer details (zekerheid, plaats in de tekst): plakwacht scan --details")
    return "\n".join(lines)


def read_clipboard() -> str:
    """What is on the clipboard now, through pyperclip (xclip/xsel on Linux; no Qt).

    Raises:
        InputError: no clipboard tool, or nothing (or no text) on the clipboard.
    """
    import pyperclip

    try:
        text = pyperclip.paste()
    except pyperclip.PyperclipException:
        raise InputError("het klembord kan niet worden gelezen. Op Linux heeft Plakwacht hiervoor xclip, xsel of "
                         "wl-clipboard nodig; installeer een daarvan.") from None
    if not isinstance(text, str) or not text.strip():
        raise InputError("er staat geen tekst op het klembord. Kopieer eerst een tekst en probeer het opnieuw.")
    return text


def main(args) -> int:
    from detectors import get_detector
    from guard.admin import load_admin_settings
    from guard.safeguards import policy_in_force
    from guard.verdict import evaluate

    policy = policy_in_force(None, load_admin_settings())  # the administrator's policy wins
    for problem in policy.problems:
        print(f"plakwacht: {problem}", file=sys.stderr)
    if args.jsonl:
        return _jsonl(get_detector(), policy, evaluate)
    try:
        if getattr(args, "klembord", False):
            if args.files:
                raise InputError("kies --klembord of bestanden, niet allebei.")
            inputs = [("klembord", read_clipboard())]
        else:
            inputs = [(name, None if data is None else decode(data, name)) for name, data in _read_inputs(args.files)]
    except InputError as exc:
        print(f"plakwacht: {exc}", file=sys.stderr)
        return EXIT_ERROR
    detector = get_detector()
    any_warn = False
    for name, text in inputs:
        if text is None:
            from guard.cli.scan_files import scan_file
            any_warn |= scan_file(name, detector, policy, args.json)
            continue
        analysis = detector.analyze(text)
        verdict = evaluate(analysis, policy)
        any_warn |= verdict.warn
        if args.json:
            print(json.dumps(json_dict(name, text, analysis, verdict), ensure_ascii=False))
        else:
            print(report(name, text, analysis, verdict, policy, details=getattr(args, "details", False)))
    return EXIT_WARN if any_warn else EXIT_OK


def _lines(stream):
    """``(line_number, bytes or None)`` per input line; None for a line over ``MAX_BYTES`` (its rest is
    skipped in chunks, so an endless line never fills the memory)."""
    lineno = 0
    while True:
        raw = stream.readline(MAX_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while True:  # skip to the end of this line
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, raw


def _jsonl(detector, policy, evaluate) -> int:
    """Every input line gets exactly one output line, in order; a bad line an error object (exit 2)."""
    status = EXIT_OK
    out = sys.stdout
    for lineno, raw in _lines(sys.stdin.buffer):
        if raw is not None and not raw.strip():
            continue
        try:
            line = _answer(raw, detector, policy, evaluate)
        except _BadLine as exc:
            print(f"plakwacht: regel {lineno}: {exc}; overgeslagen.", file=sys.stderr)
            line = json.dumps({"id": None, "line": lineno, "error": str(exc)}, ensure_ascii=False)
            status = EXIT_ERROR
        out.write(line + "\n")
        out.flush()
    return status


class _BadLine(Exception):
    """A line that gets an error object; the message is Dutch and never quotes the input."""


def _answer(raw: bytes | None, detector, policy, evaluate) -> str:
    if raw is None:
        raise _BadLine("de regel is groter dan 10 MB")
    try:
        item = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _BadLine('de regel is geen JSON-object met een veld "text"') from None
    except RecursionError:
        raise _BadLine("de regel is te diep genest") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise _BadLine('de regel is geen JSON-object met een veld "text"')
    try:
        analysis = detector.analyze(item["text"])
        verdict = evaluate(analysis, policy)
    except Exception as exc:  # the message may quote the text: the type only
        import logging

        logging.getLogger(__name__).error("analysis failed: %s", type(exc).__name__)
        raise _BadLine("de tekst kon niet worden gecontroleerd") from None
    row = result_dict(item.get("id"), analysis, verdict)
    try:
        return _utf8(json.dumps(row, ensure_ascii=False))
    except (UnicodeEncodeError, RecursionError, ValueError, TypeError):
        try:  # an id with a lone surrogate or deep nesting: answer with the id escaped, or without it
            return json.dumps(row, ensure_ascii=True)
        except (RecursionError, ValueError, TypeError):
            row["id"] = None
            return json.dumps(row)


def _utf8(line: str) -> str:
    line.encode("utf-8")  # raises for a lone surrogate, before anything is written
    return line
