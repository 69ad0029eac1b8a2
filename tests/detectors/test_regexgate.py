"""``regexgate.Gated`` answers as its pattern does: it only skips a scan where no needle is.

The proof has three parts, each checked here: the needles read from a pattern are consumed by every
match (generated texts: a match never lacks one); the lowered text shows a needle wherever the pattern
matches one case-insensitively (every Unicode code point tried, for ``re`` and for ``regex``); and the
gated patterns of the detector give what their patterns give on every corpus text and on generated
texts (search, finditer and findall, with start and end positions).
"""
from __future__ import annotations

import importlib
import pkgutil
import random
import re
import sys

import pytest
import regex

import detectors
from detectors import regexgate
from detectors.regexgate import MIN_GATED, Gated, gated, needles
from tests.helpers.corpus import corpus_texts


def _all_gated() -> dict[str, Gated]:
    found = {}
    for info in pkgutil.walk_packages(detectors.__path__, "detectors."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return dict(found.values())


GATED = _all_gated()


def test_the_detector_gates_its_slow_scans():
    names = set(GATED)
    assert {"detectors.names.context.ROLE_LIST_BLOCKERS", "detectors.recognizers.rules._PUBLIC_TEXT",
            "detectors.recognizers.nl_phone_recognizer._BELGIAN", "detectors.categories.documents._MT_DECIDES"} <= names
    for name, g in GATED.items():
        assert g.needles, name


@pytest.mark.parametrize("pattern, want", [
    (r"(?i)\b(?:notulen|actiepunt)\b", {"notulen", "actiepunt"}),
    (r"\bDWU\b(?!\))", {"dwu"}),
    (r"(?i)\bniet\s+voor\s+extern", {"extern"}),  # the longest run of a sequence
    (r"(?:ab|cd)x?", {"ab", "cd"}),
    (r"(?:ab|\d)", None),  # an alternative without a needle: none for the whole
    (r"(?:abc)?\d+", None),  # optional: no needle
    (r"(?:abc){2,}", {"abc"}),
    # (the parser takes the common "a" out of the alternatives: the rest of each is the needle)
    (r"(?m)^[ \t]*(?:aanwezig|afwezig)[ \t]*:", {"anwezig", "fwezig"}),
    (r"[a-z]+", None),
    (r"(?:memo|memorandum)", {"memo"}),  # a needle holding another is dropped
    (r"a(?=bc)d", {"ad"}),  # a look-ahead consumes nothing: "a" and "d" are consumed side by side
])
def test_needles_of_patterns(pattern, want):
    got = needles(re.compile(pattern))
    assert (set(got) if got else None) == want


def test_needles_of_a_regex_pattern_with_properties():
    rx = regex.compile(r"(?<![\p{L}])(?:Staatsblad|Kamerbrief)(?![\p{L}])")
    assert needles(rx) == {"staatsblad", "kamerbrief"}


def _generated(pattern_needles, n: int, seed: int) -> list[str]:
    """Texts of the needles in all cases, cut and glued, with the letters that fold oddly and filler."""
    rnd = random.Random(seed)
    pieces = list(pattern_needles) + [w.upper() for w in pattern_needles] + [w.title() for w in pattern_needles]
    pieces += [w[: len(w) // 2] for w in pattern_needles] + [w[len(w) // 2:] for w in pattern_needles]
    pieces += [" ", " ", "\n", "\t", ": ", ".", ",", "-", "?", "x", "Jan", "de", "1", "12", "2024",
               "\u0130", "\u0131", "\u017f", "\u212a", "é", "ë", "Ë", "ß"]
    out = []
    for _ in range(n):
        words = [rnd.choice(pieces) for _ in range(rnd.randrange(1, 60))]
        text = "".join(w + (" " if rnd.random() < 0.6 else "") for w in words)
        out.append(text + " " * max(0, MIN_GATED - len(text)) if rnd.random() < 0.7 else text)
    return out


def _same(g: Gated, text: str, rnd: random.Random) -> None:
    raw = g.pattern_obj

    def spans(it):
        return [(m.span(), m.groups()) for m in it]

    assert spans(g.finditer(text)) == spans(raw.finditer(text))
    assert g.findall(text) == raw.findall(text)
    for _ in range(3):
        a = rnd.randrange(-5, len(text) + 2)
        b = rnd.randrange(-5, len(text) + 20)
        m, o = g.search(text, a, b), raw.search(text, a, b)
        assert (m and m.span()) == (o and o.span())
        assert spans(g.finditer(text, a, b)) == spans(raw.finditer(text, a, b))
        assert g.findall(text, a, b) == raw.findall(text, a, b)
        if g._cannot(text, a, b):
            assert not any(True for _ in raw.finditer(text, a, b))  # the gate is a proof, not a guess


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_pattern_answers_as_its_pattern(name):
    g = GATED[name]
    rnd = random.Random(name)
    texts = corpus_texts()
    texts += [t[i:i + 2048] for t in texts if len(t) > 4096 for i in range(0, len(t), 2048)]
    texts += _generated(g.needles, 3000, 5)
    for text in texts:
        _same(g, text, rnd)
    regexgate._LOWERED.clear()
    regexgate._FOLDED.clear()


def test_every_needle_is_found_wherever_the_pattern_matches_a_case_of_it():
    """A character that a case-insensitive pattern matches to a needle character lowers to it, or is one
    of the odd characters, which the gates read as that needle character (every code point, for ``re`` and
    for ``regex``)."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    chars = {c for g in GATED.values() for n in g.needles for c in n}
    odd = set(regexgate._ODD)
    assert odd == {"\u0130", "\u0131", "\u017f"}
    for c in sorted(chars):
        for engine in (re, regex):
            matched = set(engine.findall("(?i)" + engine.escape(c), everything))
            assert all(x.lower() == c or x in odd for x in matched), (engine.__name__, c, matched)
            assert all(regexgate._folded(x) == c for x in matched), (engine.__name__, c, matched)
    regexgate._LOWERED.clear()
    regexgate._FOLDED.clear()
    # and lowering changes no length but for "İ"
    assert [ch for ch in everything if len(ch.lower()) != 1] == ["\u0130"]


def test_a_pattern_tried_where_its_needles_start_finds_the_first_match():
    """StartsAtNeedle tries its pattern only where a needle starts; the first match is the scan's, also with more
    places than it tries (then it scans) and with a needle in another case or an odd letter."""
    starts = [g for g in GATED.values() if isinstance(g, regexgate.StartsAtNeedle)]
    assert starts
    for g in starts:
        raw = g.pattern_obj
        texts = ["x " * MIN_GATED + f"{w} in {w.upper()} {w.title()} en{w} " * k
                 for w in g.needles for k in (1, 3, regexgate.MAX_NEEDLE_STARTS + 1)]
        texts += ["a" * MIN_GATED + " Gent, Yıldız uit Brussel", "agent urgent muziek " * 30 + "uz Leuven .be +32"]
        for text in texts:
            m, o = g.search(text), raw.search(text)
            assert (m and (m.span(), m.group())) == (o and (o.span(), o.group())), text
    regexgate._LOWERED.clear()
    regexgate._FOLDED.clear()


def test_a_text_with_an_odd_letter_is_read_with_it_as_the_letter_it_matches():
    g = gated(re.compile(r"(?i)\bintern\b"))
    for odd in ("\u0130", "\u0131"):
        text = "x" * MIN_GATED + f" {odd}ntern "
        assert not g._cannot(text, 0, sys.maxsize)
        assert g.search(text) is not None and g.search(text).group().lower().strip() != ""
        # (the gates read it, a text lowered for other readers is not given)
        assert regexgate.lowered_or_none(text) is None
        other = "x" * MIN_GATED + f" Y{odd}ld{odd}z extern "
        assert g._cannot(other, 0, sys.maxsize) and g.search(other) is None
        # the offsets stay: "İ" lowers to two characters, the gates read it as one
        assert len(regexgate._folded(other)) == len(other)
    g = gated(re.compile(r"(?i)\bkosten\b"))
    text = "x" * MIN_GATED + " ko\u017ften "
    assert not g._cannot(text, 0, sys.maxsize) and g.search(text) is not None
    # a long text with an odd letter is not folded (no copy of it), so not gated, as before
    long_text = "x " * (regexgate.MAX_FOLDED // 2) + " Y\u0131ld\u0131z"
    assert regexgate._folded(long_text) is None and not g._cannot(long_text, 0, sys.maxsize)
    regexgate._LOWERED.clear()
    regexgate._FOLDED.clear()


def test_no_lowered_text_stays_after_an_analysis(detector):
    name = "Wubbolt Quaranteijn"
    text = f"Naam: {name}\nGeboortedatum: 03-04-1971\n" + "Hij heeft een hernia en is ziek gemeld. " * 20
    detector.analyze(text)
    assert not regexgate._LOWERED
    detector.analyze(text.replace("Quaranteijn", "Y\u0131ld\u0131z"))  # (a text read with its odd letter folded)
    assert not regexgate._LOWERED and not regexgate._FOLDED


class _Recorder:
    """A pattern that records the positions it is called with (and matches nothing)."""

    pattern = "(?i)notulen"
    flags = re.I

    def __init__(self):
        self.calls = []

    def search(self, *args):
        self.calls.append(args[1:])

    def finditer(self, *args):
        self.calls.append(args[1:])
        return iter(())

    def findall(self, *args):
        self.calls.append(args[1:])
        return []


@pytest.mark.parametrize("method", ["search", "finditer", "findall"])
def test_positions_are_passed_on_only_as_the_caller_gave_them(method):
    # regex on Windows takes no end position beyond a C long: a default of sys.maxsize passed on broke every
    # call there ("string indices must be integers"), so an end the caller did not give is not passed on
    rec = _Recorder()
    g = Gated(rec, frozenset({"notulen"}))
    text = "De notulen van het overleg. " * 20  # (longer than MIN_GATED, holds the needle: not skipped)
    getattr(g, method)(text)
    getattr(g, method)(text, 5)
    getattr(g, method)(text, 5, 300)
    assert rec.calls == [(), (5,), (5, 300)]
    assert all(p < 2**31 for call in rec.calls for p in call)
