"""The engine as a whole: normalisation, chunking, overlaps, robustness."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors import engine
from detectors.engine import discover_recognizers, resolve_overlaps
from detectors.model import CATEGORIES, ENTITY_TYPES, Finding

BSN = "111222333"


def types(analysis):
    return [f.type for f in analysis.findings]


def test_every_discovered_recognizer_reports_a_known_type():
    classes = discover_recognizers()
    assert classes, "no recognizers found"
    for cls in classes:
        rec = cls()
        assert set(rec.supported_entities) <= set(ENTITY_TYPES), cls
        assert rec.supported_language == "nl"


def test_bsn_in_plain_sentence(detector):
    text = f"Het BSN van de klant is {BSN}."
    a = detector.analyze(text)
    assert types(a) == ["BSN"]
    f = a.findings[0]
    assert text[f.start:f.end] == BSN
    assert f.reason and BSN not in f.reason


def test_offsets_point_into_the_original_text_after_normalisation(detector):
    hidden = "1\u200b1\u200b1222333"
    text = f"BSN: {hidden} graag nakijken"
    a = detector.analyze(text)
    assert [text[f.start:f.end] for f in a.findings if f.type == "BSN"] == [hidden]


def test_full_width_digits(detector):
    text = "burgerservicenummer \uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13"
    a = detector.analyze(text)
    assert "BSN" in types(a)


@pytest.mark.parametrize("where", [0, engine.CHUNK - 5, engine.CHUNK - 200, engine.CHUNK + 3])
def test_long_text_finds_a_bsn_once_wherever_it_is(detector, where):
    filler = "lorem ipsum dolor sit amet " * (2 * engine.CHUNK // 27 + 1)
    text = filler[:where] + f" BSN {BSN} " + filler[where:]
    a = detector.analyze(text)
    bsns = [f for f in a.findings if f.type == "BSN"]
    assert len(bsns) == 1
    assert text[bsns[0].start:bsns[0].end] == BSN


def test_resolve_overlaps_keeps_the_longer_span():
    vat = Finding("VAT_NUMBER", 10, 24, 1.0)
    kvk_inside = Finding("KVK_NUMBER", 12, 21, 0.85)
    other = Finding("BSN", 30, 39, 1.0)
    assert resolve_overlaps([kvk_inside, other, vat]) == [vat, other]


def test_resolve_overlaps_drops_exact_duplicates():
    f = Finding("BSN", 0, 9, 1.0)
    assert resolve_overlaps([f, f]) == [f]


def test_empty_and_blank_texts(detector):
    for text in ("", " ", "\n\n\t", "\x00\x00"):
        a = detector.analyze(text)
        assert a.findings == [] and a.categories == []


def test_ten_megabyte_text_analyses(detector):
    text = ("Gewone regel tekst met cijfers 12 34 en woorden. " * 210_000)[:10 * 1024 * 1024]
    a = detector.analyze(text)
    assert a.text_length == len(text)


@pytest.mark.parametrize("text", [
    "1" * 50_000,
    " " * 50_000 + "x",
    "A " * 30_000,
    "Aa" * 30_000,
    "a@" * 20_000,
    ("1." * 20_000),
    ("06-" * 20_000),
    ("Van " * 20_000),
    "\\\\" * 20_000,
    ("Jan de " * 10_000),
])
def test_adversarial_inputs_complete(detector, text):
    # A catastrophic backtracker would hang here for minutes; completion is the assertion.
    a = detector.analyze(text)
    assert all(0 <= f.start < f.end <= len(text) for f in a.findings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
       | st.text(alphabet="0123456789 .-/@NLBabcJandeVries\u200b\n", max_size=400))
def test_any_text_analyses_without_error(detector, text):
    a = detector.analyze(text)
    spans = [(f.start, f.end) for f in a.findings]
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    assert all(f.type in ENTITY_TYPES and 0.5 <= f.score <= 1.0 for f in a.findings)
    assert all(c.name in CATEGORIES for c in a.categories)


def test_lone_surrogates_do_not_break_analysis(detector):
    text = "klant \udc80 met BSN 111222333"
    a = detector.analyze(text)
    assert [text[f.start:f.end] for f in a.findings if f.type == "BSN"] == ["111222333"]


def test_a_number_after_its_own_keyword_is_that_kind_of_number_not_a_bsn():
    bsn = Finding("BSN", 13, 22, 1.0)
    case = Finding("CASE_NUMBER", 13, 22, 0.85)
    assert resolve_overlaps([bsn, case]) == [case]
