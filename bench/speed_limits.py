#!/usr/bin/env python3
"""Issue 12's speed and memory limits for the detector, measured (no asserts: a report).

    uv run python bench/speed_limits.py [--corpus ../shared/eval/dev.jsonl] [--skip-10mb]

Prints one line per limit: the detector build, 2 KB p50, 100 KB, 10 MB (time and peak resident
memory, measured in a fresh process), and the slowest of a set of adversarial 1 MB inputs. Both
wall and CPU time: on a shared machine the CPU figure is the steadier one.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev.jsonl"

TEN_MB = r'''
import json, resource, sys, time
docs = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
blob = "\n\n".join(docs)
text = (blob * (10_000_000 // len(blob) + 1))[:10_000_000]
from detectors.engine import Detector
det = Detector()
t = time.perf_counter(); c = time.process_time()
a = det.analyze(text)
print(json.dumps({"wall_s": time.perf_counter() - t, "cpu_s": time.process_time() - c,
                  "findings": len(a.findings),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''

ADVERSARIAL = {
    "Van De Van Der (capitals)": "Van De Van Der ",
    "Jan (one first name)": "Jan ",
    "J. (initials)": "J. ",
    "adres: (labels)": "adres: ",
    "Kerkstraat (streets)": "Kerkstraat ",
    "1 (digits and spaces)": "1 ",
    "06- (phone separators)": "06-",
    "a@ (mail)": "a@",
    "dossiernummer (case words)": "dossiernummer ",
    "ziek (health word)": "ziek ",
    "VERTROUWELIJK (markings)": "VERTROUWELIJK ",
    "jan de vries (lower case)": "jan de vries ",
    "JAN DE VRIES (capitals)": "JAN DE VRIES ",
    "Jan de Vries (real names)": "Jan de Vries ",
    "Beste Jan de Vries, (a name per 20 characters)": "Beste Jan de Vries, ",
}


def _rows(make_row, size: int = 1_000_000) -> str:
    """Distinct rows until ``size`` characters: a real export repeats no person."""
    out, n, i = [], 0, 0
    while n < size:
        row = make_row(i)
        out.append(row)
        n += len(row)
        i += 1
    return "".join(out)[:size]


_STREETS = ("Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Beukenlaan", "Nieuwe Gracht")
_NAMES = ("Jan de Vries", "Fatima el Amrani", "Piet Bakker", "Sanne Jansen", "Mehmet Yilmaz", "Anna Kowalska")


def _sql_row(i: int) -> str:
    return (f"('{_STREETS[i % 6]}', '{i % 300 + 1}', '06{10000000 + i * 7919 % 89999999:08d}', "
            f"'{1000 + i % 8999} {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}'),\n")


def _csv_row(i: int) -> str:
    name = _NAMES[i % 6]
    return (f"{name};{name.split()[0].lower()}{i}@example.nl;06-{10000000 + i * 104729 % 89999999:08d};"
            f"{_STREETS[i % 6]} {i % 300 + 1};{1000 + i % 8999} {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}\n")


def _json_row(i: int) -> str:
    name = _NAMES[i % 6]
    return (f'  {{"id": {i}, "naam": "{name}", "geboortedatum": "{1940 + i % 60}-{1 + i % 12:02d}-{1 + i % 28:02d}", '
            f'"email": "{name.split()[0].lower()}{i}@example.nl"}},\n')


#: Exports that are dense with personal data, every row different (a pasted customer table or SQL dump).
DATA_EXPORTS = {
    "SQL INSERT rows (street, number, mobile, postcode)": lambda: (
        "INSERT INTO k (straat, huisnummer, telefoon, postcode) VALUES " + _rows(_sql_row)),
    "CSV rows (name, e-mail, mobile, address, postcode)": lambda: (
        "naam;email;telefoon;adres;postcode\n" + _rows(_csv_row)),
    "JSON records (name, birth date, e-mail)": lambda: "[\n" + _rows(_json_row),
}


def timed(fn, *args):
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--skip-10mb", action="store_true")
    args = ap.parse_args()
    docs = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    blob = "\n\n".join(docs)

    import detectors.engine  # noqa: F401 - imports (spaCy, Presidio) are not the build
    from detectors.engine import Detector

    det, build_ms, build_cpu = timed(Detector)
    print(f"detector build: {build_ms / 1000:.2f} s wall, {build_cpu / 1000:.2f} s cpu (limit 2 s)")

    pieces = [blob[i:i + 2048] for i in range(0, min(len(blob) - 2048, 2048 * 50), 2048)]
    walls, cpus = [], []
    for _ in range(3):
        for p in pieces:
            _, w, c = timed(det.analyze, p)
            walls.append(w)
            cpus.append(c)
    print(f"2 KB p50: {statistics.median(walls):.1f} ms wall, {statistics.median(cpus):.1f} ms cpu "
          f"({len(walls)} runs; limit 5 ms)")

    big = (blob * (100_000 // len(blob) + 1))[:100_000]
    runs = [timed(det.analyze, big) for _ in range(5)]
    print(f"100 KB: median {statistics.median(r[1] for r in runs):.0f} ms wall, "
          f"{statistics.median(r[2] for r in runs):.0f} ms cpu (5 runs; limit 150 ms)")

    worst = ("", 0.0, 0.0)
    for name, unit in ADVERSARIAL.items():
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        _, w, c = timed(det.analyze, text)
        print(f"  1 MB of {name}: {w / 1000:.2f} s wall, {c / 1000:.2f} s cpu")
        if c > worst[2]:
            worst = (name, w, c)
    for name, make in DATA_EXPORTS.items():
        _, w, c = timed(det.analyze, make())
        print(f"  1 MB of {name}: {w / 1000:.2f} s wall, {c / 1000:.2f} s cpu")
        if c > worst[2]:
            worst = (name, w, c)
    print(f"slowest 1 MB adversarial input: {worst[0]}, {worst[1] / 1000:.2f} s wall, {worst[2] / 1000:.2f} s cpu "
          f"(limit 2 s)")

    if not args.skip_10mb:
        proc = subprocess.run([sys.executable, "-c", TEN_MB, str(args.corpus)], capture_output=True, text=True,
                              cwd=ROOT)
        if proc.returncode:
            print("10 MB: failed\n" + proc.stderr[-2000:])
            return 1
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"10 MB: {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s cpu, peak resident {r['peak_rss_mb']:.0f} MB "
              f"(limits 10 s, 400 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
