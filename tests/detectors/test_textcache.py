"""No word of an analysed text stays behind in the detector's caches once the analysis is done:
the caches that make one long text fast must not keep a person's name from one clipboard to the
next (a crash dump or a memory snapshot would show it)."""
from __future__ import annotations

import gc

from detectors import tables
from detectors.categories import _text, health_terms
from detectors.recognizers import nl_address_recognizer, rules


def _holds(obj, needle: str, depth: int = 0) -> bool:
    if depth > 3:
        return False
    if isinstance(obj, str):
        return needle in obj
    if isinstance(obj, dict):
        return any(_holds(k, needle, depth + 1) or _holds(v, needle, depth + 1) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return any(_holds(x, needle, depth + 1) for x in obj)
    return False


def test_no_word_of_the_text_stays_in_a_cache(detector):
    name = "Wubbolt Quaranteijn"  # a name no list or test text has
    detector.analyze(f"Naam: {name}\nGeboortedatum: 03-04-1971\nHij heeft een hernia. Bel {name} terug.")
    gc.collect()
    kept = [obj.get("__name__", list(obj)[:3]) for obj in gc.get_objects()
            if isinstance(obj, dict) and obj is not globals() and _holds(obj, "Quaranteijn")]
    assert not kept
    # functools caches keep their keys out of reach: none of those that take words or lines of the
    # text may hold anything once the analysis is over
    for cached in (health_terms.word_weight, health_terms._potential, _text.segments, rules.looks_public, tables._lowered,
                   tables._header_lines, tables._header_index, tables.sql_tables, tables.sql_bare_rows,
                   rules.sql_person_rows, rules.tuple_row_cells,
                   nl_address_recognizer._cached_candidates):
        assert cached.cache_info().currsize == 0, cached.__wrapped__.__name__


def test_no_word_of_the_text_stays_in_spacys_vocabulary(detector):
    # spaCy interns every string its tokenizer meets, for the life of the process, unless it is
    # tokenized inside a memory zone: a clipboard's name or birth date would stay readable in
    # memory (and in a crash dump) long after the warning was closed
    nlp = detector._engine.nlp_engine.nlp["nl"]
    words = ["Gerlof", "Zwinderquaat", "17-09-1968"]
    text = (f"Naam: {words[0]} {words[1]}\nGeboortedatum: {words[2]}\n"
            f"Hij heeft een hernia. Bel {words[0]} {words[1]} terug op 020-5551234.")
    found = detector.analyze(text).findings
    assert {f.type for f in found} >= {"PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"}
    for word in words:
        assert word not in nlp.vocab.strings, word


def test_one_memory_zone_at_a_time_across_threads(detector, monkeypatch):
    # a zone's end frees what was made in it, also what another thread's analysis would still read:
    # a second analysis waits for the first one's zone (the guard analyses on several threads)
    import contextlib
    import threading

    real = detector._nlp
    inside = []
    first_in, overlap = threading.Event(), threading.Event()

    class Watched:
        def __getattr__(self, name):
            return getattr(real, name)

        @contextlib.contextmanager
        def memory_zone(self):
            inside.append(1)
            if len(inside) > 1:
                overlap.set()
            first_in.set()
            try:
                with real.memory_zone():
                    if len(inside) == 1 and threading.current_thread().name == "first":
                        overlap.wait(1.0)  # without the lock the second analysis comes in here
                    yield
            finally:
                inside.pop()

    monkeypatch.setattr(detector, "_nlp", Watched())
    first = threading.Thread(target=detector.analyze, args=("Bel Gerlof Zwinderquaat op 0612345678.",), name="first")
    first.start()
    assert first_in.wait(30)
    second = detector.analyze("Mail Wietske Brouwer: w.brouwer@example.nl.")
    first.join(30)
    assert not overlap.is_set()
    assert {f.type for f in second.findings} >= {"EMAIL_ADDRESS"}
