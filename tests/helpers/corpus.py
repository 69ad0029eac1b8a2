"""The texts of every labelled corpus, for tests that compare a fast path with the code it replaces."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def corpus_files() -> list[Path]:
    """``tests/corpus/*.jsonl`` and, where the shared folder is there, ``../shared/eval/dev.jsonl``."""
    shared = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    return sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) + ([shared] if shared.exists() else [])


def corpus_texts() -> list[str]:
    """The text of every line of :func:`corpus_files`, in order."""
    return [json.loads(line)["text"] for path in corpus_files()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
