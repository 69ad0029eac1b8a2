#!/usr/bin/env python3
"""Name recall per group and case on names.jsonl, and false names on its `geen-naam` lines.

    python3 tests/corpus/score_names.py [tests/corpus/names.jsonl] [--cmd "uv run plakwacht scan --jsonl"] [--json]

Runs the detector command once over every line (the same JSON-lines protocol as ../shared/eval/score.py)
and reports, per group and per case (title / lower / upper):
  hit   - a PERSON finding overlaps the name (what score.py counts as found)
  whole - one PERSON finding covers the whole name (first name and surname, tussenvoegsels included)
and, on the `geen-naam` lines, how many texts got any PERSON finding and how many got a warning.
Standard library only.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import defaultdict


def run(cmd: str, rows: list[dict]) -> dict:
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    proc = subprocess.run(shlex.split(cmd), input=payload, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(2)
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            out[row["id"]] = row
    missing = [r["id"] for r in rows if r["id"] not in out]
    if missing:
        raise SystemExit(f"no result for {len(missing)} lines, e.g. {missing[:3]}")
    return out


def score(rows: list[dict], results: dict) -> dict:
    cells = defaultdict(lambda: {"n": 0, "hit": 0, "whole": 0})
    misses = defaultdict(list)
    neg = {"n": 0, "person": 0, "warn": 0}
    false_names = []
    for r in rows:
        res = results[r["id"]]
        persons = [(f["start"], f["end"]) for f in res.get("findings", []) if f["type"] == "PERSON"]
        if r["group"] == "geen-naam":
            neg["n"] += 1
            neg["person"] += bool(persons)
            neg["warn"] += bool(res.get("warn"))
            false_names += [r["text"][s:e] for s, e in persons]
            continue
        name = r["entities"][0][1]
        s = r["text"].find(name)
        e = s + len(name)
        hit = any(min(e, fe) > max(s, fs) for fs, fe in persons)
        whole = any(fs <= s and e <= fe for fs, fe in persons)
        for key in ((r["group"], r["case"]), (r["group"], "all"), ("ALL", r["case"]), ("ALL", "all")):
            c = cells[key]
            c["n"] += 1
            c["hit"] += hit
            c["whole"] += whole
        if not hit:
            misses[r["group"]].append(name)
    return {"cells": {f"{g}/{c}": v for (g, c), v in sorted(cells.items())}, "negatives": neg,
            "false_names": sorted(set(false_names)), "misses": {g: m for g, m in misses.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default="tests/corpus/names.jsonl")
    ap.add_argument("--cmd", default="uv run plakwacht scan --jsonl")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-misses", type=int, default=5, help="missed names to list per group")
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    m = score(rows, run(args.cmd, rows))
    if args.json:
        print(json.dumps(m, indent=1, ensure_ascii=False))
        return
    groups = sorted({k.split("/")[0] for k in m["cells"]} - {"ALL"}) + ["ALL"]
    print(f"{'group':12} {'n':>4} {'hit':>6} {'whole':>6} | {'title':>6} {'lower':>6} {'upper':>6}  (hit rate)")
    for g in groups:
        a = m["cells"][f"{g}/all"]
        rate = lambda c: f"{m['cells'][f'{g}/{c}']['hit'] / m['cells'][f'{g}/{c}']['n']:.3f}" if f"{g}/{c}" in m["cells"] else "  -  "
        print(f"{g:12} {a['n']:4} {a['hit'] / a['n']:6.3f} {a['whole'] / a['n']:6.3f} | {rate('title'):>6} {rate('lower'):>6} {rate('upper'):>6}")
    n = m["negatives"]
    print(f"geen-naam: {n['n']} texts, {n['person']} with a PERSON finding, {n['warn']} with a warning")
    if m["false_names"]:
        print("  false names: " + ", ".join(repr(x) for x in m["false_names"][:20]))
    for g, names in m["misses"].items():
        print(f"  missed {g}: " + ", ".join(names[: args.show_misses]))


if __name__ == "__main__":
    main()
