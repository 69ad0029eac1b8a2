import pytest

from detectors.recognizers.nl_license_plate_recognizer import NlLicensePlateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlLicensePlateRecognizer()


def found(recognizer, text):
    results = recognizer.analyze(text=text, entities=["LICENSE_PLATE"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in results if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("stapt in een bestelauto met kenteken VLP-42-K, die", "VLP-42-K"),     # sidecode 11
    ("GZ-812-K staat voor de deur", "GZ-812-K"),                          # 9
    ("Kenteken auto: 4-KZB-71", "4-KZB-71"),                              # 8
    ("87-BDF-3", "87-BDF-3"),                                             # 7
    ("T-123-BX", "T-123-BX"),                                             # 10
    ("X-12-BNG", "X-12-BNG"),                                             # 12
    ("1-KB-123", "1-KB-123"),                                             # 13
    ("123-BX-4", "123-BX-4"),                                             # 14
    ("NB-12-FJ", "NB-12-FJ"),                                             # 4
    ("kenteken ZW-20-25", "ZW-20-25"),                                    # 1: old, needs a vehicle word
    ("mijn auto heeft GZ812K", "GZ812K"),
    ("voertuig GZ 812 K", "GZ 812 K"),
    # a record's field in English, camelCase or snake_case: an old sidecode, letters the RDW never issues
    ('vehicle: {\n  make: "FIAT",\n  licensePlate: "EA-TJ-42",\n}', "EA-TJ-42"),
    ('{"license_plate": "OE-KA-37"}', "OE-KA-37"),
])
def test_plate_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "COVID-19 maatregelen",
    "A-12-BC",                  # vowels are not used
    "EU-27 landen",
    "12-34-56",                 # no letters
    "formulier ZW-20-25",       # old sidecode without a vehicle word
    "code GZ812K",              # no dashes, no vehicle word
    "autorisatie GZ812K",       # 'auto' inside another word
    "adres 1051BD Amsterdam",   # a postcode, sidecode 2 without dashes
    "XX-99-99-99",
    "GZ-812-KX",
    "gz-812-k",
])
def test_not_a_plate(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", ["B-" * 25_000, "12-" * 16_000, "BDF" * 16_000, "GZ 812 " * 7_000])
def test_adversarial_input_completes(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text=text, entities=["LICENSE_PLATE"], nlp_artifacts=None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("plate, code", [
    ("GZ-812-K", "LL-DDD-L"), ("GZ812K", "LL-DDD-L"), ("GZ 812 K", "LL-DDD-L"), ("4-KZB-71", "D-LLL-DD"),
    ("1051BD", "DD-DD-LL"), ("A-12-BC", None), ("G2-812-K", None), ("GZ-81-2K", None), ("GZ812", None),
])
def test_sidecode(plate, code):
    from detectors.recognizers.nl_license_plate_recognizer import sidecode

    assert sidecode(plate) == code
