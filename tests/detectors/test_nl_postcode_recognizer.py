"""Postcodes that go with a person's address; not a Postbus's or a public body's."""
import pytest
import regex

from detectors.recognizers.nl_postcode_recognizer import NlPostcodeRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlPostcodeRecognizer()


def found(recognizer, text, threshold=0.5):
    results = recognizer.analyze(text, ["POSTCODE"], None, regex_flags=regex.M)
    return [text[r.start:r.end] for r in results if r.score >= threshold]


@pytest.mark.parametrize("text, expected", [
    ("Mijn adres is Dorpsstraat 5, 1234 AB Ergenshuizen.", "1234 AB"),
    ("Dhr. P. Jansen\nOude Gracht 12 bis\n3511 AP Utrecht", "3511 AP"),
    ("Nieuw adres: Van Limburg Stirumstraat 112-III, 1051BD Amsterdam", "1051BD"),
    ("Postcode: 9712 CP", "9712 CP"),
    ("postcode en woonplaats: 6541 XZ Nijmegen", "6541 XZ"),
    ("Anna Kowalski\nKastanjelaan 3a\n6541 XZ Nijmegen", "6541 XZ"),
    ("Adres: Rokin 84-2\n1012 KW Amsterdam", "1012 KW"),
    ("Betrokkene: M. Yilmaz, Laan van Nieuw Oost-Indië 214-C, 2593 BW Den Haag", "2593 BW"),
    ("Zip code: 8441 BT", "8441 BT"),
    ("J. de Vries | Kerkstraat 1 | 1234 AB Dorp | 06-12345678", "1234 AB"),
])
def test_personal_postcode_is_found(recognizer, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", [
    "Stuur uw bezwaar naar UWV, Postbus 58285, 1040 HG Amsterdam.",
    "UWV\nPostbus 58285\n1040 HG Amsterdam",
    "Antwoordnummer 12345, 1000 VB Amsterdam",
    "UWV | Postbus 58285 | 1040 HG Amsterdam | uwv.nl",
    "Stuur het naar UWV, Postbus 9150 - 7200 GZ Zutphen.",
    "Retouradres Postbus 90801 2509 LV Den Haag",
    "Bezoekadres: La Guardiaweg 94-114, 1043 DL Amsterdam",
    "De banenmarkt is in het stadhuis, Stadhuisplein 130, 5038 TC Tilburg.",
    "Vul uw postcode in, bijvoorbeeld 1234 AB.",
    "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPrinses Irenestraat 6\n2595 BD Den Haag",
    "Postcode: 1234 SS",   # SA, SD and SS are never used
    "Order 12345 AB",      # five digits
    "0123 AB",              # no postcode starts with 0
    "In 2024 EN 2025 groeide het aantal",  # a year and a word in capitals, no context
])
def test_public_or_invalid_postcode_is_not_found(recognizer, text):
    assert found(recognizer, text) == []


def test_bare_postcode_is_left_to_context_words(recognizer):
    results = recognizer.analyze("Ze komt uit 7415 CH, geloof ik.", ["POSTCODE"], None)
    assert [r.score for r in results] == [0.3]


def test_reason_never_contains_the_postcode(recognizer):
    (result,) = recognizer.analyze("Postcode: 9712 CP", ["POSTCODE"], None)
    assert "9712" not in result.analysis_explanation.textual_explanation


@pytest.mark.parametrize("text", [
    "1234 AB " * 6_000,
    "Postbus 1 " * 5_000,
    "Kerkstraat 1, 1234 AB\n" * 2_000,
    "1" * 50_000,
    " " * 50_000,
])
def test_adversarial_inputs_complete(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text, ["POSTCODE"], None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


def test_the_postcode_column_of_an_sql_dump(recognizer):
    text = ("INSERT INTO klant (id, naam, postcode, plaats) VALUES\n(1, 'Priya Ramdin', '6512 KD', 'Nijmegen'),\n"
            "(2, 'Gert Bos', '2518EX', 'Den Haag');")
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["POSTCODE"]) if r.score >= 0.5] == \
        ["6512 KD", "2518EX"]


@pytest.mark.parametrize("text, expected", [
    # a postcode typed in lower case into a form, kept so in its column or field
    ("INSERT INTO studenten (ov_nummer, achternaam, voornaam, postcode, plaats)\nVALUES (90000, \"Jong\", \"Mick\", "
     "\"2221 nm\", \"Katwijk\"),\n       (90001, \"Paul\", \"Paul\", \"2222aa\", \"leiden\");", ["2221 nm", "2222aa"]),
    ('{"naam": "Greet de Wit", "postcode": "3063 ha", "woonplaats": "Rotterdam"}', ["3063 ha"]),
    ("naam;postcode;plaats\nJan Bos;1234 ab;Ergens\nPiet Kok;5678 cd;Elders", ["1234 ab", "5678 cd"]),
    ("Naam: Greet de Wit\nPostcode: 3063 ha\nWoonplaats: Rotterdam", ["3063 ha"]),
])
def test_a_lower_case_postcode_in_its_column_or_field(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # in running text a number and two letters are no postcode, and a column of something else holds none
    "Ik heb 1234 ab en 5678 cd van de lijst gehaald.",
    '{"code": "1234 ab", "omschrijving": "test"}',
    '{"postcode": "1234 sa"}',
])
def test_lower_case_letters_elsewhere_are_no_postcode(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("unit", ['{"postcode": "1234 ab"}, ', "1234 ab ", "postcode;\n1234 ab\n"])
def test_lower_case_postcodes_complete(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)
