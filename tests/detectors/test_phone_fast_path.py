"""The phone recognizer's fast path for plain national numbers gives what phonenumbers gives.

``simple_window`` stands in for ``PhoneNumberMatcher(window, region, leniency=VALID)`` (NL, and BE
for a Belgian text) on windows that are one plain number between border characters, and
``number_type`` for ``phonenumbers.number_type``, with the metadata's patterns compiled once. These tests compare
them with phonenumbers itself on every short prefix of the national numbering plan, every border
character and number shape, and on the recognizer's whole output over the corpora and data exports.
"""
from __future__ import annotations

import random

import phonenumbers
import pytest

from detectors.recognizers import nl_phone_recognizer as ph
from tests.helpers.corpus import corpus_texts

BORDERS = ["", " ", "\t", "\r", "\n", ";", ",", "'", '"', "|", ":", "=", "<", ">"]


REGIONS = [("NL", 31), ("BE", 32)]


def _matcher(window: str, region: str) -> list:
    return list(phonenumbers.PhoneNumberMatcher(window, region, leniency=phonenumbers.Leniency.VALID))


def _same(fast: list, slow: list) -> bool:
    return fast == slow and all(vars(a.number) == vars(b.number) for a, b in zip(fast, slow))


def _shapes(nsn: str) -> list[str]:
    """The number (9 national digits) written as the fast path takes it: compact or with one hyphen."""
    national = "0" + nsn
    return [national, national[:2] + "-" + national[2:], national[:3] + "-" + national[3:],
            national[:4] + "-" + national[4:]]


def test_metadata_has_the_assumed_shape():
    assert set(ph._TABLES) == {"NL", "BE"}  # otherwise the fast path is off and phonenumbers decides


@pytest.mark.parametrize("combine", [True, False])
@pytest.mark.parametrize("region,code", REGIONS)
def test_number_type_matches_phonenumbers_for_every_prefix(region, code, combine, monkeypatch):
    table = ph._TABLES[region]
    assert table._combine  # the metadata patterns have no groups: one alternation per length
    monkeypatch.setattr(table, "_combine", combine)
    table.memo.clear()
    rnd = random.Random(12)
    numbers = set()
    for length in range(1, 13):
        for prefix in range(1, 1000):
            head = str(prefix)
            if len(head) > length:
                continue
            for _ in range(2):
                numbers.add(head + "".join(rnd.choice("0123456789") for _ in range(length - len(head))))
    for nsn in sorted(numbers):
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
        assert ph.number_type(number) == phonenumbers.number_type(number), nsn
    table.memo.clear()
    # other countries and a kept leading zero go to phonenumbers itself
    for text in ("+49 30 1234567", "+32 2 123 45 67", "+31 20 123 4567", "+1 202 555 0143"):
        number = phonenumbers.parse(text)
        assert ph.number_type(number) == phonenumbers.number_type(number)


@pytest.mark.parametrize("region", [r for r, _ in REGIONS])
def test_windows_match_phonenumbers_on_every_three_digit_prefix(region):
    rnd = random.Random(7)
    checked = 0
    for prefix in range(100, 1000):
        for _ in range(2):
            nsn = str(prefix) + "".join(rnd.choice("0123456789") for _ in range(6))
            for shape in _shapes(nsn):
                window = rnd.choice(BORDERS) + shape + rnd.choice(BORDERS)
                fast = ph.simple_window(window, region)
                assert fast is not None, window
                assert _same(fast, _matcher(window, region)), window
                checked += 1
    assert checked == 900 * 2 * 4


@pytest.mark.parametrize("region", [r for r, _ in REGIONS])
@pytest.mark.parametrize("pre", BORDERS)
def test_windows_match_phonenumbers_with_every_border(pre, region):
    rnd = random.Random(len(pre) and ord(pre))
    for post in BORDERS:
        for nsn in ("612345678", "698765432", "201234567", "881234567", "851234567", "662345678", "101234567",
                    "800123456", "900123456", "970123456", "512345678", "301234567", "111234567",
                    "471234567", "212345678", "412345678", "781234567", "903123456",
                    str(rnd.randrange(100_000_000, 1_000_000_000))):
            for shape in _shapes(nsn):
                window = pre + shape + post
                fast = ph.simple_window(window, region)
                assert fast is not None and _same(fast, _matcher(window, region)), window


def test_other_windows_go_to_phonenumbers():
    for window in ("06 12345678", "+31612345678", "0031612345678", "(06)12345678", "06-1234-5678", "061234567",
                   "06123456789", "a0612345678", "0612345678b", "[0612345678]", "0612345678.", "/0612345678",
                   "0012345678", "06‑12345678", "06–12345678", "０612345678", "%0612345678", "€0612345678",
                   "06--12345678", "'0612345678''"):
        assert ph.simple_window(window) is None and ph.simple_window(window, "BE") is None, window
    assert ph.simple_window("0612345678", "DE") is None  # no table: phonenumbers


def _texts():
    yield from corpus_texts()
    from bench.speed_limits import DATA_EXPORTS

    for make in DATA_EXPORTS.values():
        yield make()[:60_000]
    rnd = random.Random(3)
    # generated rows: every border, shape and prefix class, with names and phone words around them
    rows = []
    for i in range(3000):
        nsn = str(rnd.randrange(100_000_000, 1_000_000_000))
        shape = rnd.choice(_shapes(nsn))
        rows.append(rnd.choice(["", "tel ", "Jan de Vries;", "bel ons op ", "mobiel: ", "'", "(", "+31 "])
                    + shape + rnd.choice(["", ";", "'),", " (werk)", ".", "-1", "\n", " of 020-1234567"]))
    yield "naam;telefoon\n" + "\n".join(rows)
    # a Belgian text: a number that is not valid in NL is tried as a Belgian one
    yield "Klanten in België (Gent)\nnaam;telefoon\n" + "\n".join(rows)


def _results(rec, text):
    return [(r.start, r.end, r.score, r.analysis_explanation.textual_explanation)
            for r in rec.analyze(text, ["PHONE_NUMBER"])]


def test_recognizer_output_is_the_same_without_the_fast_path(monkeypatch):
    rec = ph.NlPhoneRecognizer()
    texts = list(_texts())
    fast = [_results(rec, t) for t in texts]
    monkeypatch.setattr(ph, "_TABLES", {})
    slow = [_results(rec, t) for t in texts]
    for t, a, b in zip(texts, fast, slow):
        assert a == b, t[:200]
    assert sum(map(len, fast)) > 3000


def test_every_border_the_fast_path_takes_is_tested():
    for code in list(range(0x250)) + [0x2010, 0x2013, 0x2212, 0x3000, 0xFF0D, 0xFF10]:
        c = chr(code)
        for window in (c + "0612345678", "0612345678" + c):
            if ph.simple_window(window) is not None:
                assert c in BORDERS, repr(c)
