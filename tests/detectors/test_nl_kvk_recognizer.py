import pytest

from detectors.recognizers.nl_kvk_recognizer import NlKvkRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlKvkRecognizer()


def kvk(detector, text):
    return [text[f.start:f.end] for f in detector.analyze(text).findings if f.type == "KVK_NUMBER"]


@pytest.mark.parametrize("text, expected", [
    ("KvK-nummer: 80433987", "80433987"),
    ("De Klaver B.V. (KvK 31087333) heeft", "31087333"),
    ("ingeschreven bij de Kamer van Koophandel onder nummer 62685904.", "62685904"),
    ("inschrijfnummer handelsregister 12345670", "12345670"),
    ("kvk: 8043 3987", "8043 3987"),
    ("K.v.K. 80433987", "80433987"),
    ("Chamber of Commerce number 80433987", "80433987"),
    # the key of a field in code or test data, in camel case
    ("  kvkNumber: '69599084',", "69599084"),
    ('{ "KvKNummer": "31087333" }', "31087333"),
])
def test_kvk_with_context_is_found(detector, text, expected):
    assert kvk(detector, text) == [expected]


@pytest.mark.parametrize("text", [
    "ordernummer 80433987",                     # no KvK context
    "Het kvkloket belde over 80433987",         # a word that only starts with "kvk"
    "Het KvK-register telt 2.345.678 ondernemingen",
    "KvK 00000000",
    "KvK 11111111",
    "KvK 8043398",                              # seven digits
    "KvK 804339871",                            # nine digits
    "KvK-bedrag 80433987,50",                   # an amount
    "KvK NL803830470B19",                       # inside a btw-id
    "KvK 06 1234 5678",                         # digit groups of a phone number
])
def test_not_a_kvk_number(detector, text):
    assert kvk(detector, text) == []


def test_bsn_with_bsn_context_is_not_a_kvk_number(detector):
    text = "BSN 111222333"
    assert kvk(detector, text) == []


def test_without_context_the_score_stays_below_the_report_threshold(recognizer):
    results = recognizer.analyze(text="80433987", entities=["KVK_NUMBER"], nlp_artifacts=None)
    assert [r.score for r in results] == [0.2]


@pytest.mark.parametrize("text", ["9" * 50_000, "1234 " * 10_000, "12.34.56.78." * 4_000])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["KVK_NUMBER"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


# Issue 12 (c-ents): the answer in a chat to a question about a KvK number.
@pytest.mark.parametrize("text, expected", [
    ("Noor [09:12]: heeft iemand het kvk nr van die kapper aan de Markt? voor de LKS aanvraag\n"
     "Bas [09:14]: 71408826 volgens het handelsregister van vorig jaar\nNoor [09:14]: top", ["71408826"]),
    ("[10:02] Lisa: wat is het KvK-nummer van Bakkerij Smit?\n[10:03] Tom: 58823190", ["58823190"]),
    ("Kamer van Koophandel nummer van de eenmanszaak?\n\n- 40291177", ["40291177"]),
])
def test_issue12_kvk_answer_in_a_chat(detector, text, expected):
    assert kvk(detector, text) == expected


@pytest.mark.parametrize("text", [
    "Sem: is de kvk al gebeld?\nIris: ja, ordernummer 80433987 is verstuurd",   # a number of another kind
    "KvK-inschrijving aangevraagd.\nIn 2024 waren er 12345678 bezoekers op de site.",
])
def test_issue12_no_kvk_answer(detector, text):
    assert kvk(detector, text) == []


@pytest.mark.parametrize("text, expected", [
    # an identifier that spells out its register: a prefix joined to the number by a hyphen or colon
    ("<WerkgeverID>NL-KVK-12345678</WerkgeverID>", ["12345678"]),
    ('"werkgever": "KVK-62685904"', ["62685904"]),
    ("kvk:80433987", ["80433987"]),
])
def test_a_number_joined_to_its_register(detector, text, expected):
    assert kvk(detector, text) == expected


@pytest.mark.parametrize("text", [
    "NL-BTW-12345678",  # another register
    "ordernummer KVK-2-12345678",  # not joined to the number itself
])
def test_a_joined_prefix_of_another_register_is_no_kvk(detector, text):
    assert kvk(detector, text) == []
