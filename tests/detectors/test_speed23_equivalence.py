"""The speed changes of the twenty-third round give what the code they replaced gave: the old code (Presidio's own)
is run next to the new on corpus texts and on generated ones.

- ``ReasonedPatternRecognizer.analyze`` runs Presidio's pattern loop itself: the same results (the same spans,
  scores, explanations and metadata, in the same order) as Presidio's ``PatternRecognizer.analyze``;
- the patterns of whole runs of eight digits or more (BSN, KvK, driving licence: ``AT_LONG_DIGIT_RUNS``) are tried
  only where a run of their length starts, read once per text (``long_digit_runs``), and those of grouped digits
  (BSN and KvK: ``AT_DIGIT_GROUPS``) only where a group may start (``digit_group_places``): the same matches as
  their ``finditer``, and nothing of a text is kept once its analysis is done;
- the license plate patterns without dashes are tried only at runs and chains of plate characters
  (``NlLicensePlateRecognizer.pattern_matches``): the same matches as their ``finditer``;
- the name finder tries ``_MINUTES_ACTOR`` only before the first names that ``_MINUTES_ACTOR_NAME`` finds
  (``_minutes_actor_matches``): the same matches as its ``finditer``;
- the case number recognizer tries ``_PREFIX_CODE`` only before the letters that ``_PREFIX_CODE_END`` finds
  (``_prefix_codes``): the same matches as its ``finditer``.
"""
from __future__ import annotations

import random

import regex
from presidio_analyzer import PatternRecognizer

from bench.speed_limits import DATA_EXPORTS
from detectors.names import finder
from detectors.recognizers import nl_case_number_recognizer as case_numbers
from detectors.recognizers import nl_license_plate_recognizer as plates
from detectors.recognizers import base
from detectors.recognizers.base import ReasonedPatternRecognizer
from tests.helpers.corpus import corpus_texts

#: Plate characters, other letters and digits, the separators the patterns read, and the characters of their edges.
_PLATE_PIECES = ("B", "D", "G", "Z", "X", "A", "E", "C", "b", "z", "e", "1", "2", "0", "9", "12", "GZ", "123", "BDF",
                 " ", " ", " ", "  ", "-", "-", ".", "/", "_", "\n", "\t", ",", "é", "Ø", "٣", "x")


def _generated(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PLATE_PIECES) for _ in range(rnd.randrange(1, 40))) for _ in range(count)]


def _texts() -> list[str]:
    exports = [make()[:100_000] for make in DATA_EXPORTS.values()]
    return corpus_texts()[::3] + exports + _generated(23, 20_000) + [
        "123456 B", "AB 12 CD", "A B C D E", "12 34 56 78", "X 1 2 3 4", "GZ812K", "1 2 3", "AB 123 C.d", "-AB 12 CD",
        "BB 12 CD-", "GZ812K GZ812K", "XX 99 ZZ 88 BB 77", "auto 1-ABC-23 en 12 ABC 3"]


def test_plate_patterns_without_dashes_match_where_finditer_does():
    rec = plates.NlLicensePlateRecognizer()
    flags = rec.global_regex_flags
    for pattern in rec.patterns:
        pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
        pattern.compiled_with_flags = flags
    fast = [p for p in rec.patterns if p.name in plates._AT_RUNS]
    assert len(fast) == 2
    for text in _texts():
        for pattern in fast:
            want = [m.span() for m in pattern.compiled_regex.finditer(text)]
            got = [m.span() for m in rec.pattern_matches(pattern, text, flags)]
            assert got == want, (pattern.name, text[:200])


def _described(results) -> list[tuple]:
    return [(r.entity_type, r.start, r.end, r.score, r.recognition_metadata,
             vars(r.analysis_explanation) if r.analysis_explanation is not None else None) for r in results]


def test_pattern_loop_gives_what_presidio_gives(detector):
    recognizers = [r for r in detector.recognizers if isinstance(r, ReasonedPatternRecognizer)]
    assert any(isinstance(r, plates.NlLicensePlateRecognizer) for r in recognizers)
    texts = corpus_texts()[1::4] + [make()[:100_000] for make in DATA_EXPORTS.values()] + _generated(230, 2_000)
    for rec in recognizers:
        for text in texts:
            want = PatternRecognizer.analyze(rec, text, rec.supported_entities)
            got = ReasonedPatternRecognizer.analyze(rec, text, rec.supported_entities)
            assert _described(got) == _described(want), (rec.name, text[:200])


#: First names (one with a hyphen), verbs of minutes, what may stand before a name (white space, bullets, numbers of
#: items, the punctuation that ends a sentence) and other words.
_ACTOR_PIECES = ("Jan", "Anne-Marie", "Marie", " opent", " vraagt", " zegt", "opent", " ", "  ", "\t", "\n", ". ", "; ",
                 "? ", ":", "-", "*", "•", "–", "1.", "12)", "3", "٣", ")", ".", "x", "de", "De", "Piet", "É", "é")


def test_minutes_actors_found_where_finditer_finds_them():
    rnd = random.Random(2323)
    generated = ["".join(rnd.choice(_ACTOR_PIECES) for _ in range(rnd.randrange(1, 40))) for _ in range(30_000)]
    for text in corpus_texts() + generated:
        for end in (100_000, 30):
            want = [m.span() for m in finder._MINUTES_ACTOR.finditer(text, 0, end)]
            got = [m.span() for m in finder._minutes_actor_matches(text, end)]
            assert got == want, text[:200]


#: Prefixes of codes (a court's, a register's, letters beyond ASCII), separators, years, serials and what may stand
#: around a code.
_CODE_PIECES = ("INC", "ZW", "WW", "BZW", "KVK", "UTR", "AMS", "RT", "ÄB", "É", "Ω", "a", "x", "INC-2025-004455",
                "ZW-9079250", "UTR 25/4418", "WW/2025/639477", "KVK-62685904", "-", "/", " ", "\t", "2025", "20", "25",
                "004455", "9079250", "4418", "٣٣", ".", ":", ",", "\n")


def test_prefix_codes_found_where_finditer_finds_them():
    rnd = random.Random(232)
    generated = ["".join(rnd.choice(_CODE_PIECES) for _ in range(rnd.randrange(1, 25))) for _ in range(40_000)]
    assert sum(1 for text in generated if case_numbers._PREFIX_CODE.search(text)) > 1_000
    for text in corpus_texts() + generated:
        want = [m.span() for m in case_numbers._PREFIX_CODE.finditer(text)]
        got = [m.span() for m in case_numbers._prefix_codes(text)]
        assert got == want, text[:200]


#: Digits alone and in runs of every length around eight, the characters of the patterns' edges, "kvk" before a
#: number, digits beyond ASCII (which ``\\d`` reads as digits too).
_DIGIT_PIECES = ("1", "0", "9", "12", "123", "1234", "12345678", "123456789", "1234567890", "111222333", "1234 5678",
                 "111.222.333", "1112.22.333", "12 345 678", "٣", "٣٣٣٣", "’", " ", " ", " ", "\n", "-", ".", ".", ",",
                 "/", "+", "_", ":", "a", "é", "KVK-", "kvk:", "NL-KvK-", "x1")


def test_digit_run_patterns_match_where_finditer_does(detector):
    rnd = random.Random(2300)
    generated = ["".join(rnd.choice(_DIGIT_PIECES) for _ in range(rnd.randrange(1, 30))) for _ in range(20_000)]
    texts = corpus_texts() + [make() for make in DATA_EXPORTS.values()] + generated
    checked = 0
    for rec in detector.recognizers:
        fast = set(getattr(rec, "AT_LONG_DIGIT_RUNS", ())) | set(getattr(rec, "AT_DIGIT_GROUPS", ()))
        if not fast:
            continue
        flags = rec.global_regex_flags
        patterns = [p for p in rec.patterns if p.name in fast]
        assert len(patterns) == len(fast)
        for pattern in patterns:
            compiled = regex.compile(pattern.regex, flags=flags)
            pattern.compiled_regex, pattern.compiled_with_flags = compiled, flags
            for text in texts:
                want = [m.span() for m in compiled.finditer(text)]
                got = [m.span() for m in rec.pattern_matches(pattern, text, flags)]
                assert got == want, (rec.name, pattern.name, text[:200])
                checked += bool(want)
    assert checked > 2_000


def test_digit_runs_and_groups_forget_the_text(detector):
    text = "Klant 123456782 belde over 12345678 en 1234567890, of 1234 5678."
    assert base.long_digit_runs(text) == [(6, 15), (27, 35), (39, 49)]
    assert 54 in base.digit_group_places(text)
    assert base.long_digit_runs.slot[0] is not None and base.digit_group_places.slot[0] is not None
    detector.analyze(text)
    assert base.long_digit_runs.slot[0] is None and base.digit_group_places.slot[0] is None
