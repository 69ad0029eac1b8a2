import pytest
from stdnum.nl import btw

from detectors.recognizers.nl_vat_recognizer import NlVatRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlVatRecognizer()


def found(recognizer, text):
    results = recognizer.analyze(text=text, entities=["VAT_NUMBER"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in results if r.score >= 0.5]


def test_invented_numbers_are_valid():
    # New style (mod 97-10, since 2020) and old style (a BSN/RSIN with the 11-proof).
    assert btw.is_valid("NL803830470B19") and btw.is_valid("NL111222333B01")


@pytest.mark.parametrize("text, expected", [
    ("Btw-id: NL803830470B19", "NL803830470B19"),
    ("btw-identificatienummer NL861638424B58.", "NL861638424B58"),
    ("NL 8038.30.470.B19", "NL 8038.30.470.B19"),
    ("NL 803 830 470 B19", "NL 803 830 470 B19"),
    ("NL803830470 B19", "NL803830470 B19"),
    ("nl803830470b19", "nl803830470b19"),
    ("oud nummer NL111222333B01", "NL111222333B01"),
    ("(NL111222333B02)", "NL111222333B02"),
])
def test_valid_vat_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "NL803830470B18",          # mod 97 fails
    "NL111222334B01",          # 11-proof fails
    "NL 8038.30.470.B01",
    "NL803830470B019",         # three digits after B
    "xNL803830470B19",         # glued to a word
    "BE0123456789",            # not Dutch
    "NL80383047B19",           # eight digits
    "NL803830470X19",
])
def test_invalid_vat_is_not_found(recognizer, text):
    assert found(recognizer, text) == []


def test_kvk_inside_a_vat_id_is_not_reported_separately(detector):
    text = "KvK-nummer 62685904, btw-id NL111222333B01 en kvk NL803830470B19"
    findings = detector.analyze(text).findings
    assert [(f.type, text[f.start:f.end]) for f in findings] == [
        ("KVK_NUMBER", "62685904"), ("VAT_NUMBER", "NL111222333B01"), ("VAT_NUMBER", "NL803830470B19")]


@pytest.mark.parametrize("text", ["NL" + "1" * 50_000, "NL " * 20_000, "NL1234.56.789.B" * 4_000])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["VAT_NUMBER"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)
