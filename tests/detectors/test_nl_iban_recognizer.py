import pytest

from detectors.recognizers.nl_iban_recognizer import NlIbanRecognizer, is_valid_iban


@pytest.fixture(scope="module")
def recognizer():
    return NlIbanRecognizer()


def found(recognizer, text):
    results = recognizer.analyze(text=text, entities=["IBAN"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in results if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("IBAN: NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00"),
    ("rekening NL91ABNA0417164300.", "NL91ABNA0417164300"),
    ("nl91abna0417164300", "nl91abna0417164300"),
    ("Rekeningnummer: NL82SNSB9236815340\n", "NL82SNSB9236815340"),
    ("graag naar NL91 ABNA 0417 1643 00 1234 euro overmaken", "NL91 ABNA 0417 1643 00"),
    ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("Belgische rekening BE68539007547034", "BE68539007547034"),
    ("GB82 WEST 1234 5698 7654 32 (UK)", "GB82 WEST 1234 5698 7654 32"),
    ("(FR1420041010050500013M02606)", "FR1420041010050500013M02606"),
])
def test_valid_iban_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "NL91 ABNA 0417 1643 01",          # mod-97 fails
    "NL91ABNA041716430",               # one digit short
    "XX91ABNA0417164300",              # no such country
    "codeNL91ABNA0417164300",          # glued to a word
    "NL91-ABNA-0417-1643-00",          # not a way IBANs are written
    "ordernummer AB12CDEF3456789012",
    "NL00 ABNA 0000 0000 00",
    "1234 5678 9012 3456",
])
def test_invalid_or_embedded_iban_is_not_found(recognizer, text):
    assert found(recognizer, text) == []


def test_reason_is_dutch_and_never_the_number(recognizer):
    text = "NL91 ABNA 0417 1643 00"
    [res] = recognizer.analyze(text=text, entities=["IBAN"], nlp_artifacts=None)
    reason = res.analysis_explanation.textual_explanation
    assert "rekeningnummer" in reason and "0417" not in reason


def test_is_valid_iban_ignores_spaces_and_case():
    assert is_valid_iban("nl91 abna 0417 1643 00")
    assert not is_valid_iban("NL91")


@pytest.mark.parametrize("text", [
    "NL" + "9" * 50_000,
    "NL91 " + "ABCD " * 10_000,
    "A" * 50_000,
    " " * 50_000,
    "NL91ABNA" * 6_000,
])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["IBAN"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)
