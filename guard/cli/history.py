"""``plakwacht history``: show, export or delete the history of warnings.

- ``plakwacht history [--since DATUM] [--site SITE] [--limit N]``: a table, newest first;
- ``--json``: one JSON object per line (same filters);
- ``--export BESTAND.csv``: a CSV file for Excel (same filters);
- ``--delete-all --ja``: delete everything (``--ja`` confirms).

The history never holds the copied text, so neither does anything this command prints.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

EXIT_OK, EXIT_NOT_CONFIRMED, EXIT_ERROR = 0, 1, 2
DEFAULT_LIMIT = 50
PREVIEW_WIDTH = 40


def register(sub) -> None:
    p = sub.add_parser("history", help="bekijk, bewaar of wis de geschiedenis van meldingen",
                       description="Laat zien waarvoor Plakwacht heeft gewaarschuwd en wat je toen koos. "
                                   "De geschiedenis bevat nooit de tekst zelf, alleen gemaskeerde voorbeelden.")
    p.add_argument("--since", metavar="DATUM", type=parse_date,
                   help="alleen meldingen vanaf deze dag (jjjj-mm-dd of dd-mm-jjjj)")
    p.add_argument("--site", metavar="SITE", help="alleen meldingen op deze site, bv. chatgpt of 'le chat'")
    p.add_argument("--limit", metavar="N", type=_positive_int,
                   help=f"hoogstens N meldingen (standaard {DEFAULT_LIMIT} in de tabel, alles bij --json en --export)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="één JSON-object per regel")
    mode.add_argument("--export", metavar="BESTAND.csv", help="bewaar de meldingen als CSV-bestand (voor Excel)")
    mode.add_argument("--delete-all", action="store_true", help="wis de hele geschiedenis (bevestig met --ja)")
    p.add_argument("--ja", action="store_true", help="bevestig --delete-all")
    p.set_defaults(func=main)


def parse_date(text: str) -> dt.datetime:
    """A day as the start of that day in local time (aware)."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            day = dt.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return day.astimezone()  # naive → local midnight, made aware
    import argparse

    raise argparse.ArgumentTypeError(f"'{text}' is geen datum. Schrijf bijvoorbeeld 2026-11-28 of 28-11-2026.")


def _positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geldig aantal. Geef een getal van 1 of meer.")
    return value


def main(args) -> int:
    from guard import paths
    from guard.history import FILE_NAME, HistoryStore
    from guard.settings import FILE_NAME as SETTINGS_FILE, Settings

    _set_output_encoding(utf8=bool(args.json))
    if getattr(args, "ja", False) and not args.delete_all:
        print("plakwacht: --ja hoort bij --delete-all.", file=sys.stderr)
        return EXIT_ERROR
    try:
        folder = paths.data_dir()
        settings = Settings.load(folder / SETTINGS_FILE)
        store = HistoryStore(folder / FILE_NAME, retention_days=settings.retention_days)
    except OSError as exc:
        print(f"plakwacht: de geschiedenis kan niet worden geopend ({exc.strerror}). "
              "Controleer of de map bestaat en of je er mag schrijven.", file=sys.stderr)
        return EXIT_ERROR
    for problem in settings.problems + store.problems:
        print(f"plakwacht: {problem}", file=sys.stderr)
    with store:
        if args.delete_all:
            return _delete_all(store, args.ja)
        limit = args.limit or (None if (args.json or args.export) else DEFAULT_LIMIT)
        entries = store.entries(since=args.since, site=args.site, limit=limit)
        if args.export:
            return _export(store, entries, Path(args.export))
        if args.json:
            for e in entries:
                print(json.dumps(entry_dict(e), ensure_ascii=False))
            return EXIT_OK
        total = store.count()
        print(table(entries, filtered=bool(args.since or args.site)))
        if limit and len(entries) == limit and total > limit:
            print(f"Dit zijn de nieuwste {limit}. Meer zien? Gebruik --limit of --export.")
        return EXIT_OK


def _set_output_encoding(utf8: bool) -> None:
    """JSON lines are UTF-8 on every OS; a table never crashes on a character the console lacks.

    Redirected output on Windows uses the ANSI code page (cp1252), which has no emoji or RTL marks.
    """
    for stream, encoding in ((sys.stdout, "utf-8" if utf8 else None), (sys.stderr, None)):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if encoding:
                reconfigure(encoding=encoding, errors="replace")
            else:
                reconfigure(errors="replace")
        except (ValueError, OSError):  # a stream already written to in another encoding
            pass


def _delete_all(store, confirmed: bool) -> int:
    n = store.count()
    if not confirmed:
        print(f"Dit wist de hele geschiedenis ({_meldingen(n)}). Dat kan niet ongedaan worden gemaakt.\n"
              "Weet je het zeker? Typ dan: plakwacht history --delete-all --ja")
        return EXIT_NOT_CONFIRMED
    store.delete_all()
    print(f"De geschiedenis is gewist ({_meldingen(n)}).")
    return EXIT_OK


def _export(store, entries, target: Path) -> int:
    try:
        n = store.export_csv(target, entries)
    except OSError as exc:
        print(f"plakwacht: {target} kan niet worden opgeslagen ({exc.strerror}). "
              "Kies een map die bestaat en waarin je mag schrijven.", file=sys.stderr)
        return EXIT_ERROR
    print(f"{_meldingen(n).capitalize()} opgeslagen in {target}.")
    return EXIT_OK


def entry_dict(e) -> dict:
    """One entry as a JSON object (time in UTC, ISO 8601)."""
    return {
        "id": e.id, "time": e.time.isoformat(timespec="seconds"), "site": e.site,
        "window_kind": e.window_kind, "guidelines": e.guidelines, "finding_counts": e.finding_counts,
        "categories": e.categories, "preview": e.preview, "decision": e.decision, "reason": e.reason,
        "content_hash": e.content_hash,
    }


def table(entries, filtered: bool = False) -> str:
    """A readable Dutch table, newest first."""
    from guard.vocabulary import decision_label, label

    if not entries:
        if filtered:
            return "Geen meldingen gevonden die hierbij passen. Probeer het zonder --since of --site."
        return "Er staan nog geen meldingen in de geschiedenis."
    header = ("Tijd", "Site", "Richtlijn", "Gevonden", "Voorbeeld", "Keuze")
    rows = []
    for e in entries:
        found = [f"{n}× {label(t)}" for t, n in sorted(e.finding_counts.items())]
        found += [label(c) for c in e.categories]
        choice = decision_label(e.decision)
        if e.reason:
            choice += f" ({e.reason})"
        rows.append((
            e.time.astimezone().strftime("%d-%m-%Y %H:%M"),
            e.site or "-",
            ", ".join(str(g) for g in e.guidelines) or "-",
            ", ".join(found) or "-",
            _shorten(e.preview, PREVIEW_WIDTH) or "-",
            choice,
        ))
    rows = [tuple(_printable(c) for c in row) for row in rows]
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header) - 1)]
    lines = []
    for row in [header] + rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths)) + "  " + row[-1])
    lines.insert(1, "  ".join("-" * w for w in widths) + "  " + "-" * len(header[-1]))
    lines.append("")
    lines.append(f"{_meldingen(len(entries)).capitalize()}. De tekst zelf bewaart Plakwacht nooit.")
    return "\n".join(lines)


def _meldingen(n: int) -> str:
    return "1 melding" if n == 1 else f"{n} meldingen"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _printable(text: str) -> str:
    """No control characters on the terminal (a stored reason could hold escape codes)."""
    return "".join("�" if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d" else ch for ch in text)
