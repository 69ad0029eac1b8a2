#!/usr/bin/env python3
"""Speed, memory and quality of Plakwacht's detectors, beside Presidio-as-shipped and Deduce.

Usage (from the project root):
    uv run python bench/benchmark.py [--corpus ../shared/eval/dev.jsonl] [--runs 200] [--json]

Deduce (GPL; it pins ``regex<2025``) is never a dependency of Plakwacht: its worker runs in an
environment of its own, ``uv run --isolated --no-project --with deduce==VERSION python``, built
and cached by uv on first use (needs PyPI once). ``--systems plakwacht,presidio`` leaves it out.

Wall-clock figures depend on what else the machine does; the ``cpu_`` columns are the process's
own CPU time and are the steadier measure on a shared machine.

Every system runs in a fresh subprocess, so start-up and resident memory are its own. Quality uses
the scoring code of ``shared/eval/score.py`` on the same corpus.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev.jsonl"

# --- the worker: runs inside a subprocess, one system, prints one JSON object ------------------
WORKER = r'''
import json, resource, statistics, sys, time
system, corpus_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(l) for l in open(corpus_path, encoding="utf-8") if l.strip()]
t0 = time.perf_counter(); c0 = time.process_time()
if system == "plakwacht":
    from detectors.engine import Detector
    from guard.policy import load_policy
    from guard.verdict import evaluate
    det = Detector(); policy = load_policy()
    def run(text):
        a = det.analyze(text)
        v = evaluate(a, policy)
        return {"warn": v.warn, "guidelines": v.numbers, "categories": a.category_names,
                "findings": [{"type": f.type, "start": f.start, "end": f.end, "score": f.score} for f in a.findings]}
elif system == "presidio":
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer
    from detectors.nlp import PlakwachtNlpEngine
    nlp = PlakwachtNlpEngine(); nlp.load()
    reg = RecognizerRegistry(supported_languages=["nl"])
    reg.load_predefined_recognizers(languages=["nl"], nlp_engine=nlp)
    reg.recognizers = [r for r in reg.recognizers if r.name != "PhoneRecognizer"]
    reg.add_recognizer(PhoneRecognizer(supported_language="nl", supported_regions=("NL",)))
    eng = AnalyzerEngine(registry=reg, nlp_engine=nlp, supported_languages=["nl"])
    MAP = {"IBAN_CODE": "IBAN", "EMAIL_ADDRESS": "EMAIL_ADDRESS", "PHONE_NUMBER": "PHONE_NUMBER",
           "IP_ADDRESS": "IP_ADDRESS", "PERSON": "PERSON", "LOCATION": "ADDRESS", "NL_BSN": "BSN"}
    def run(text):
        res = eng.analyze(text, language="nl", score_threshold=0.5)
        f = [{"type": MAP.get(r.entity_type, r.entity_type), "start": r.start, "end": r.end, "score": r.score} for r in res]
        return {"warn": bool(f), "guidelines": [5] if f else [], "categories": [], "findings": f}
elif system == "deduce":
    from deduce import Deduce
    deduce_engine = Deduce()
    MAP = {"persoon": "PERSON", "patient": "PERSON", "bsn": "BSN", "telefoonnummer": "PHONE_NUMBER",
           "emailadres": "EMAIL_ADDRESS", "locatie": "ADDRESS", "iban": "IBAN", "ip_adres": "IP_ADDRESS",
           "id": "CASE_NUMBER", "url": "URL"}
    def run(text):
        doc = deduce_engine.deidentify(text)
        f = [{"type": MAP.get(a.tag, a.tag.upper()), "start": int(a.start_char), "end": int(a.end_char), "score": 1.0}
             for a in doc.annotations]
        return {"warn": bool(f), "guidelines": [5] if f else [], "categories": [], "findings": f}
start_s = time.perf_counter() - t0; start_cpu = time.process_time() - c0
results = {}
for d in docs:
    t = time.perf_counter(); r = run(d["text"]); r["ms"] = (time.perf_counter() - t) * 1000
    results[d["id"]] = r
# speed on 2 KB texts cut from the corpus, and on one 100 KB text
blob = "\n\n".join(d["text"] for d in docs)
two_kb = [blob[i:i + 2048] for i in range(0, min(len(blob) - 2048, 2048 * 40), 2048)]
times, cpu = [], []
for i in range(runs):
    t = time.perf_counter(); c = time.process_time()
    run(two_kb[i % len(two_kb)])
    cpu.append((time.process_time() - c) * 1000); times.append((time.perf_counter() - t) * 1000)
big = (blob * (100_000 // len(blob) + 1))[:100_000]
t = time.perf_counter(); c = time.process_time(); run(big)
big_ms = (time.perf_counter() - t) * 1000; big_cpu = (time.process_time() - c) * 1000
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"results": results, "start_s": start_s, "p50_2kb_ms": statistics.median(times),
                  "p95_2kb_ms": sorted(times)[int(len(times) * 0.95) - 1], "ms_100kb": big_ms, "rss_mb": rss_mb,
                  "cpu_p50_2kb_ms": statistics.median(cpu), "cpu_ms_100kb": big_cpu,
                  "start_cpu_s": start_cpu}))
'''


def load_score_module():
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The Deduce version the README's figures were taken with.
DEDUCE = "deduce==3.0.6"


def python_for(system: str) -> list[str]:
    """The interpreter a system's worker runs in: Deduce gets an isolated environment of its own."""
    if system == "deduce":
        uv = shutil.which("uv")
        if uv is None:
            raise RuntimeError("uv not found: Deduce runs in its own environment made by uv")
        return [uv, "run", "--isolated", "--no-project", "--python", f"{sys.version_info[0]}.{sys.version_info[1]}",
                "--with", DEDUCE, "python"]
    return [sys.executable]


def measure(system: str, corpus: Path, runs: int) -> dict | None:
    t = time.perf_counter()
    proc = subprocess.run([*python_for(system), "-c", WORKER, system, str(corpus.resolve()), str(runs)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.stderr.write(f"{system}: failed\n{proc.stderr[-2000:]}\n")
        return None
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_s"] = time.perf_counter() - t
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--systems", default="plakwacht,presidio,deduce")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    score = load_score_module()
    docs = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = {}
    for system in args.systems.split(","):
        m = measure(system, args.corpus, args.runs)
        if m is None:
            continue
        q = score.score(docs, m["results"])
        rows[system] = {k: round(v, 3) if isinstance(v, float) else v for k, v in {
            "warn_recall": q["warn_recall"], "false_warn_rate": q["false_warn_rate"],
            "guideline_accuracy": q["guideline_accuracy"], "entity_f1": q["entity_f1"],
            "entity_precision": q["entity_precision"], "entity_recall": q["entity_recall"],
            "start_s": m["start_s"], "p50_2kb_ms": m["p50_2kb_ms"], "p95_2kb_ms": m["p95_2kb_ms"],
            "ms_100kb": m["ms_100kb"], "rss_mb": m["rss_mb"], "start_cpu_s": m["start_cpu_s"],
            "cpu_p50_2kb_ms": m["cpu_p50_2kb_ms"], "cpu_ms_100kb": m["cpu_ms_100kb"]}.items()}
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    cols = ["warn_recall", "false_warn_rate", "guideline_accuracy", "entity_f1", "start_s", "start_cpu_s",
            "p50_2kb_ms", "cpu_p50_2kb_ms", "p95_2kb_ms", "ms_100kb", "cpu_ms_100kb", "rss_mb"]
    print(f"corpus: {args.corpus} ({len(docs)} texts); machine: {os.cpu_count()} cores")
    print("| system | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for system, r in rows.items():
        print(f"| {system} | " + " | ".join(str(r[c]) for c in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
