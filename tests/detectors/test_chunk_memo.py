"""An identical chunk of one text is analysed once (``Detector._analyze``): the same findings and categories as
analysing every chunk, on texts that repeat a phrase, a line or a whole table, and on texts of distinct chunks.

The chunks are made small here (the real ones are 100,000 characters) so that the texts stay a few KB long.
"""
from __future__ import annotations

import random

import pytest

from detectors import engine

_NAMES = ("Jan de Vries", "Fatima el Amrani", "Piet van der Berg", "Anna van 't Hof", "Mehmet Yilmaz", "Kees Bakker")
_STREETS = ("Kerkstraat", "Dorpsstraat", "Molenweg", "Nieuwe Gracht")


def _table(rng: random.Random, sep: str, header: bool, quoted: bool, rows: int) -> str:
    """A pasted table: name, e-mail, mobile, address, postcode and a free-text column that holds a name or a
    BSN in only some rows; some cells empty, one row of another shape in the middle."""
    out = []
    if header:
        out.append(sep.join(["naam", "email", "telefoon", "adres", "postcode", "opmerking"]))
    for i in range(rows):
        name = rng.choice(_NAMES)
        note = rng.choice(["", "terugbellen", f"contact via {rng.choice(_NAMES)}", "BSN 111222333", "geen"])
        cells = [name, f"{name.split()[0].lower()}{i}@example.nl", f"06-{rng.randrange(10**7, 10**8)}",
                 f"{rng.choice(_STREETS)} {rng.randrange(1, 300)}", f"{rng.randrange(1000, 9999)} AB", note]
        if rng.random() < 0.15:
            cells[rng.randrange(len(cells))] = ""
        if quoted:
            cells = ['"' + c + '"' for c in cells]
        out.append(sep.join(cells))
        if i == rows // 2:
            out.append("totaal: zie bijlage")
    return "\n".join(out) + "\n"


def _texts():
    rng = random.Random(19)
    tables = [_table(rng, sep, header, quoted, 25)
              for sep, header, quoted in [(";", True, False), (",", True, True), ("\t", False, False),
                                          (";", False, True), ("\t", True, True), (",", False, False)]]
    out = [(t * 12)[:9_000] for t in tables]  # a table pasted again and again: chunks repeat
    out += tables  # distinct chunks: nothing to reuse
    out.append(("Beste Jan de Vries, " * 500)[:9_000])
    out.append(("Jan de Vries,06-98765432,3A\n" * 400)[:9_000])
    out.append("naam;bsn\n" + ('"de Vries, Jan";111222333\n' * 300))
    return out


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(engine, "CHUNK", 1_500)
    monkeypatch.setattr(engine, "OVERLAP", 200)


def _as_tuples(a):
    return ([(f.type, f.start, f.end, f.score, f.reason) for f in a.findings], [repr(c) for c in a.categories])


@pytest.mark.parametrize("index", range(len(_texts())))
def test_reusing_chunks_changes_nothing(detector, small_chunks, monkeypatch, index):
    text = _texts()[index]
    reused = _as_tuples(detector.analyze(text))
    monkeypatch.setattr(engine, "REUSE_CHUNKS", False)
    assert reused == _as_tuples(detector.analyze(text))


def test_identical_chunks_are_analysed_once(detector, small_chunks, monkeypatch):
    text = ("Beste Jan de Vries, " * 500)[:9_000]
    calls = []
    original = type(detector)._analyze_chunk
    monkeypatch.setattr(type(detector), "_analyze_chunk", lambda self, chunk: calls.append(chunk) or original(
        self, chunk))
    detector.analyze(text)
    assert len(calls) == len(set(calls)) < len(list(engine._chunks(text)))


def test_a_repeated_phrase_of_1mb_stays_within_the_limit(detector, monkeypatch, cpu_limit):
    # 1 MB of a name per 20 characters in chunks of 20,000: about 50 chunks of which 5 distinct (all 50 analysed
    # took some 3 s of CPU time, a phrase repeated is what a stuck key or a paste loop gives)
    monkeypatch.setattr(engine, "CHUNK", 20_000)
    text = ("Beste Jan de Vries, " * 50_000)[:1_000_000]
    with cpu_limit(1.0):
        a = detector.analyze(text)
    assert a.findings and all(0 <= f.start < f.end <= len(text) for f in a.findings)
