"""Broken and hostile files never crash the check, never hang, and are never silently passed.

Valid documents of every kind, with bytes flipped, cut short or replaced at random (fixed seed):
each comes back as "read" or as "kon niet worden gecontroleerd" with a Dutch reason, in time.
"""
from __future__ import annotations

import random

from guard.content import READ, UNCHECKED, check_paths
from tests.content import render
from tests.content.test_readers import PERSONAL, run_with_limit


def originals(folder):
    return [
        render.docx(folder / "a.docx", PERSONAL), render.xlsx(folder / "a.xlsx", [["BSN", "111222333"]]),
        render.pptx(folder / "a.pptx", ["Titel"] + PERSONAL), render.pdf(folder / "a.pdf", PERSONAL),
        render.odt(folder / "a.odt", PERSONAL),
        render.msg(folder / "a.msg", {"__substg1.0_1000001F": "\n".join(PERSONAL)}),
    ]


def mutations(data: bytes, rng: random.Random):
    yield data[: rng.randint(0, len(data))]  # cut short
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):  # flipped bytes
        b[rng.randrange(len(b))] = rng.randrange(256)
    yield bytes(b)
    start = rng.randrange(len(data))
    yield data[:start] + bytes(rng.randrange(256) for _ in range(64)) + data[start + 64:]  # a garbled run


def test_broken_documents_are_read_or_unchecked_never_an_error(tmp_path, detector):
    rng = random.Random(13)
    folder = tmp_path / "orig"
    folder.mkdir()
    seen = {READ: 0, UNCHECKED: 0}
    for original in originals(folder):
        data = original.read_bytes()
        for round_ in range(8):
            for i, broken in enumerate(mutations(data, rng)):
                path = tmp_path / f"{round_}-{i}{original.suffix}"
                path.write_bytes(broken)
                result = run_with_limit(lambda p=path: check_paths([str(p)], detector), 15)
                (part,) = result.parts
                assert part.status in (READ, UNCHECKED)
                assert part.status == READ or (part.code and part.problem)
                seen[part.status] += 1
    assert seen[UNCHECKED] > 0 and seen[READ] > 0  # both paths were exercised
