"""``plakwacht scan FILE`` for documents and images (issue 13): read them as the guard does, report
as for a text. ``--json`` adds ``"read"``: the format, whether it was read, how many characters,
or why it could not be checked. ``scan --jsonl`` stays text-only.
"""
from __future__ import annotations

import json
from pathlib import Path

#: Formats that are not plain text: read by ``guard.content`` (txt, md, csv, json, xml, html stay text).
CONTENT_FORMATS = {"docx", "xlsx", "pptx", "odf", "pdf", "eml", "msg", "afbeelding"}


def is_content_file(name: str) -> bool:
    from guard.content import READERS

    entry = READERS.get(Path(name).suffix.lower().lstrip("."))
    return entry is not None and entry[0] in CONTENT_FORMATS


def scan_file(name: str, detector, policy, as_json: bool, out=print) -> bool:
    """Scan one document or image; returns whether it is warned about (found something, or unreadable)."""
    from guard.cli.scan import report, result_dict
    from guard.content import DEFAULT_LIMITS, FileAnalysis, FilePart, Unreadable, kind_of
    from guard.content.base import Deadline
    from guard.content.check import read_path
    from guard.masking import mask
    from guard.verdict import evaluate

    fmt, kind = kind_of(name)
    limits = DEFAULT_LIMITS
    try:
        text = read_path(name, limits, Deadline(limits.total_seconds))[: limits.max_chars]
    except Unreadable as exc:
        part = FilePart(Path(name).name, kind, fmt, "unchecked", exc.code, exc.message)
        verdict = evaluate(FileAnalysis(source=kind, parts=(part,)), policy)
        if as_json:
            out(json.dumps({"id": name, "warn": True, "guidelines": verdict.numbers, "categories": [],
                            "findings": [], "ms": 0.0,
                            "read": {"format": fmt, "kind": kind, "status": "unchecked", "code": exc.code,
                                     "problem": exc.message, "chars": 0}}, ensure_ascii=False))
        else:
            lines = [f"== {name}", f"Kon niet worden gecontroleerd: {exc.message}.",
                     "Upload of plak dit bestand alleen als je zeker weet dat het openbaar is."]
            lines += [f"  Richtlijn {g.number}: {g.text}" for g in verdict.guidelines]
            out("\n".join(lines))
        return True
    analysis = detector.analyze(text)
    part = FilePart(Path(name).name, kind, fmt, "read", chars=len(text))
    file_analysis = FileAnalysis(findings=list(analysis.findings), categories=list(analysis.categories),
                                 ms=analysis.ms, text_length=len(text), source=kind, parts=(part,))
    verdict = evaluate(file_analysis, policy)
    if as_json:
        row = result_dict(name, analysis, verdict)
        for f, item in zip(analysis.findings, row["findings"]):
            item["preview"] = mask(f.type, text[f.start:f.end])
            item["reason"] = f.reason
        row["read"] = {"format": fmt, "kind": kind, "status": "read", "code": "", "problem": "", "chars": len(text)}
        out(json.dumps(row, ensure_ascii=False))
    else:
        what = "tekst uit de afbeelding" if kind == "afbeelding" else f"{fmt}-bestand"
        body = report(name, text, analysis, verdict).split("\n", 1)
        count = f"{len(text):,}".replace(",", ".")
        out("\n".join([f"{body[0]} ({what}, {count} tekens gelezen)"] + body[1:]))
    return verdict.warn
