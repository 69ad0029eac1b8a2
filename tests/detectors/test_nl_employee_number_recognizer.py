"""Personnel numbers: only a number right after a personnel-number word."""
import pytest
import regex

from detectors.recognizers.nl_employee_number_recognizer import (
    NlEmployeeNumberRecognizer,
)


@pytest.fixture(scope="module")
def recognizer():
    return NlEmployeeNumberRecognizer()


def found(recognizer, text, threshold=0.5):
    results = recognizer.analyze(text, ["EMPLOYEE_NUMBER"], None, regex_flags=regex.M)
    return [text[r.start:r.end] for r in results if r.score >= threshold]


@pytest.mark.parametrize("text, expected", [
    ("Werknemer: Gerrit Holt (personeelsnummer 0388215)", "0388215"),
    ("Employee: Tomasz W. (employee no. 0529374)", "0529374"),
    ("Kim Jansen, personeelsnummer 0471862", "0471862"),
    ("personeelsnr.: P-123456", "P-123456"),
    ("Personeelsnummer:\n0471862", "0471862"),
    ("P-nummer P123456 staat op je pas", "P123456"),
    ("Medewerkernummer is 20931", "20931"),
    ("Employee ID: 88412", "88412"),
    ("pers.nr. 551204", "551204"),
    ("Peter Koster, personeelsnummer 215, is ziek", "215"),
    # a year-and-sequence number with a hyphen
    ("Personeelsnummer 23-0918, afdeling inkoop", "23-0918"),
    ("medewerker (personeelsnr. 2019-00412) meldt zich ziek", "2019-00412"),
    # a pnr column
    ("pnr;naam;afdeling\n3021;Kaya;Inkoop", "3021"),
])
def test_personnel_number_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "nummer 0471862",
    "Vacaturenummer: 796840296",
    "Het personeelsbestand groeide met 12345 mensen.",
    "personeelsnummer: onbekend, bel 0471862",
    "Er werken 20931 medewerkers bij UWV.",
    "personeelsnummer 12",  # too short to be a number of a person
])
def test_other_numbers_are_not_personnel_numbers(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "personeelsnummer " * 5_000,
    "personeelsnummer " + " :" * 20_000 + "123456",
    "1" * 50_000,
    "P-" * 25_000,
])
def test_adversarial_inputs_complete(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text, ["EMPLOYEE_NUMBER"], None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("text, expected", [
    ("mijn personeelsnummer voor de mutatie is 0612345", ["0612345"]),
    ("personeelsnummer van Kim: 0471862", ["0471862"]),
    ("personeelsnummer staat niet in 0471862", []),  # no "is" or colon before the number
])
def test_a_few_words_may_stand_between_when_is_or_colon_introduces_the_number(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a log line or an API record: the key in snake_case and quotes before the colon
    ('{"event":"login_failed","employee_id":"E-330418","reason":"timeout"}', ["E-330418"]),
    ("staff_no = 'P-20931'", ["P-20931"]),
])
def test_a_personnel_number_under_a_key_of_a_record(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # seed data of an HR app: a "code" of an employee
    ("DB::table('employees')->insert([\n    'name' => 'R. Harsing',\n    'employeecode' => 'E0417',\n]);", ["E0417"]),
    ("medewerkerscode: 20931", ["20931"]),
])
def test_an_employee_code_is_a_personnel_number(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a message between an occupational health service and an insurer: the employee as an element
    ("<WerkgeverID>NL-KVK-12345678</WerkgeverID>\n<WerknemerID>EMP-987654</WerknemerID>", ["EMP-987654"]),
    ("<employee_id>E-330418</employee_id>", ["E-330418"]),
    ("medewerkerId: 20931", ["20931"]),
])
def test_an_employee_id_as_an_element_or_key(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_an_employee_id_element_is_no_case_number(detector):
    text = "<Inhoud>\n<WerknemerID>EMP-987654</WerknemerID>\n<Status>Actief</Status>\n</Inhoud>"
    assert [(f.type, text[f.start:f.end]) for f in detector.analyze(text).findings] == \
        [("EMPLOYEE_NUMBER", "EMP-987654")]
