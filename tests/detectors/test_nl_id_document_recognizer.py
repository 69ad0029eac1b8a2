import pytest
from stdnum.nl import identiteitskaartnummer

from detectors.recognizers.nl_id_document_recognizer import (
    NlIdDocumentRecognizer,
    is_strong_document_number,
)


@pytest.fixture(scope="module")
def recognizer():
    return NlIdDocumentRecognizer()


def ids(detector, text):
    return [text[f.start:f.end] for f in detector.analyze(text).findings if f.type == "ID_DOCUMENT"]


@pytest.mark.parametrize("text, expected", [
    ("Ter identificatie: het paspoortnummer van Daan is NW7H21KL4.", "NW7H21KL4"),
    ("kopie van mijn identiteitskaart (documentnummer IFR49P2K7, geldig tot 2031)", "IFR49P2K7"),
    ("Passport number: EK4871203 (Polish passport)", "EK4871203"),
    ("ID-kaart: BX12R45T6", "BX12R45T6"),
    ("Rijbewijs: C/CE, rijbewijsnummer 5083946172", "5083946172"),
    ("rijbewijs 4718293056 verloopt", "4718293056"),
    ("Mijn paspoort heeft nummer XR8475621.", "XR8475621"),
    ("Driving licence number: 5083946172", "5083946172"),
])
def test_document_number_with_context_is_found(detector, text, expected):
    assert ids(detector, text) == [expected]


@pytest.mark.parametrize("text", [
    "serienummer XK7Z92BD1",            # the shape, but no document word
    "NW7H21KL4",
    "paspoort NO7H21KL4",               # letter O never appears
    "paspoort NW7H21KLX",               # must end in a digit
    "paspoort nw7h21kl4",               # lower case: not how it is printed
    "paspoort NW7H21KL45",              # ten characters
    "nummer 5083946172",                # ten digits without rijbewijs
    "paspoort 5083946172",              # ten digits: only rijbewijs counts
    "rijbewijs, bel 0612345678",        # a phone number, not a licence
    "rijbewijs 1111111111",
])
def test_not_a_document_number(detector, text):
    assert ids(detector, text) == []


@pytest.mark.parametrize("number, strong", [
    ("NW7H21KL4", True), ("IFR49P2K7", True), ("EK4871203", False), ("ABCDEFGH1", False),
])
def test_strong_shape(number, strong):
    assert identiteitskaartnummer.is_valid(number)
    assert is_strong_document_number(number) is strong


def test_without_context_nothing_reaches_the_threshold(recognizer):
    text = "NW7H21KL4 EK4871203 5083946172"
    assert all(r.score < 0.5 for r in recognizer.analyze(text=text, entities=["ID_DOCUMENT"], nlp_artifacts=None))


def test_reason_for_a_driving_licence(recognizer):
    text = "rijbewijsnummer 5083946172"
    [res] = recognizer.analyze(text=text, entities=["ID_DOCUMENT"], nlp_artifacts=None)
    assert res.analysis_explanation.textual_explanation == NlIdDocumentRecognizer.REASON_DRIVING


@pytest.mark.parametrize("text", ["A" * 50_000, "AB" + "1" * 50_000, "rijbewijs " + "1" * 50_000,
                                  "NW7H21KL4" * 5_000])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["ID_DOCUMENT"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)
