import pytest

from detectors.recognizers.nl_bsn_recognizer import NlBsnRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlBsnRecognizer()


def found(recognizer, text):
    import regex

    return [(text[r.start:r.end], r.score) for r in recognizer.analyze(text, ["BSN"], None, regex_flags=regex.M)]


@pytest.mark.parametrize("text, expected", [
    ("BSN 111222333", "111222333"),
    ("bsn: 1112.22.333", "1112.22.333"),
    ("nummer 111.222.333.", "111.222.333"),
    ("111 222 333", "111 222 333"),
    ("burgerservicenummer 123456782", "123456782"),
])
def test_valid_bsn_is_found(recognizer, text, expected):
    assert [t for t, s in found(recognizer, text) if s >= 1.0] == [expected]


@pytest.mark.parametrize("text", [
    "BSN 111222334",           # fails the 11-proof
    "000000000",               # all zeros
    "1112223330",              # 10 digits
    "NL91ABNA0417164300",      # digits inside an IBAN
    "bedrag 111222333,50",     # a decimal amount
    "06-111222333",            # glued to other digits
    "AB111222333",
])
def test_invalid_or_embedded_numbers_are_not_bsn(recognizer, text):
    assert [t for t, s in found(recognizer, text) if s >= 0.5] == []


def test_eight_digit_bsn_counts_in_a_text_about_bsns(recognizer):
    text = "Het BSN 048165487 geeft een fout. Probeer hem zonder nul: 48165487"
    assert sorted(t for t, s in found(recognizer, text) if s >= 0.5) == ["048165487", "48165487"]


@pytest.mark.parametrize("text", [
    "Factuurnummer 48165487 is betaald.",           # valid with a 0 in front, but no BSN in sight
    "BSN onbekend; referentie 48165488",            # fails the 11-proof even with a 0
])
def test_eight_digit_numbers_without_bsn_text_or_checksum(recognizer, text):
    assert [t for t, s in found(recognizer, text) if s >= 0.5] == []


@pytest.mark.parametrize("text", [
    "RSIN: 123456782",                                       # an ANBI page gives its RSIN
    "Stichting De Brug\nRSIN of fiscaal nummer: 111222333\nKvK 41234567",
    "Fiscaal nummer (RSIN) 1112.22.333",
    "rsin 111 222 333 (ANBI-status sinds 2012)",
])
def test_an_organisations_rsin_is_not_a_bsn(recognizer, text):
    # the RSIN passes the same 11-proof, but belongs to a legal person without a BSN
    assert [t for t, s in found(recognizer, text) if s >= 0.5] == []


@pytest.mark.parametrize("text, expected", [
    ("RSIN/BSN: 123456782", "123456782"),                   # a form field for either: could be a person
    ("RSIN van de stichting staat op de site. BSN van de aanvrager: 111222333", "111222333"),
])
def test_a_bsn_near_the_word_rsin_is_still_a_bsn(recognizer, text, expected):
    assert [t for t, s in found(recognizer, text) if s >= 1.0] == [expected]


# -- a person's number as the key of a REST path of a Dutch government API ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("GET /haalcentraal/api/brp/ingeschrevenpersonen/999990019?fields=naam", "999990019"),
    ('Given "Kim" navigates to "zaken" with path "/persoon/111222333"', "111222333"),
    ("curl https://api.example.nl/personen/123456782 -H 'Accept: application/json'", "123456782"),
])
def test_a_bsn_as_the_person_in_an_api_path(recognizer, text, expected):
    assert [t for t, s in found(recognizer, text) if s >= 0.5] == [expected]


@pytest.mark.parametrize("text", [
    "GET /zaken/123456782/documenten",          # the id of a case, not of a person
    "/personen/111222334",                       # fails the 11-proof
    "https://example.org/docs/123456782/index.html",
])
def test_other_numbers_in_a_path_are_no_bsn(recognizer, text):
    assert [t for t, s in found(recognizer, text) if s >= 0.5] == []


@pytest.mark.parametrize("text", [
    # three groups of a row of figures in a table pass the 11-proof by chance ("489 419 355")
    "Werklozen x 1 000 395 466 489 419 355 318 381 435",
    "Mannen x 1 000\t196 233 233 188 154 141 184 213 216 260 346 340\n",
])
def test_three_groups_of_a_row_of_figures_are_no_bsn(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("BSN 489 419 355 2 kinderen", "489 419 355"),  # a label right before it
    ("Jan Smit, 489 419 355, 12-03-1980", "489 419 355"),
    ("Jan Smit 489 419 355 12-03-1980", "489 419 355"),  # (a date is no group of figures)
])
def test_a_bsn_in_groups_beside_other_text_is_still_a_bsn(recognizer, text, expected):
    assert [t for t, s in found(recognizer, text) if s >= 1.0] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a row number, an age or a table's tab beside a person's number: one group, or none (review of round 22)
    ("Overzicht deelnemers\n1 111 222 333 geboren 1980\n2 123 456 782 geboren 1975\n", ["111 222 333", "123 456 782"]),
    ("Cliënt: mevr. de Wit, 111 222 333 45 jaar", ["111 222 333"]),
    ("naam\tbsn\tleeftijd\nJ. Jansen\t111 222 333\t45\nP. Smit\t123 456 782\t61", ["111 222 333", "123 456 782"]),
    ("1\t111 222 333\tJ. Jansen", ["111 222 333"]),
])
def test_a_bsn_beside_a_row_number_an_age_or_a_tab_is_still_a_bsn(recognizer, text, expected):
    assert [t for t, s in found(recognizer, text) if s >= 1.0] == expected


@pytest.mark.parametrize("text", [
    # a letter's header copied from a PDF: the labels, then the values with the date first (round 23)
    "Postbus 90801\n2509 LV DEN HAAG\ndatum kenmerk contactpersoon doorkiesnummer\n15 juli 2003 200301457 A. Bos",
    "Datum Ons kenmerk\n12-03-2024 200301457\nOnderwerp: uw aanvraag",
])
def test_the_reference_in_a_letters_header_row_is_no_bsn(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "Datum BSN kenmerk\n12-03-2024 200301457",  # the header names a BSN
    "datum kenmerk\n15 juli 2003 kwam 200301457 binnen",  # not right after the date
    "Naam: Jan Bos\nBSN: 200301457",
])
def test_a_number_elsewhere_is_still_a_bsn(recognizer, text):
    assert [t for t, _ in found(recognizer, text)] == ["200301457"]


@pytest.mark.parametrize("text", [
    # (review of round 23) the number under another label than the letter's own reference
    "Datum Burgerservicenr. Kenmerk\n12-03-2024 200301457 2024/0456",
    "Datum Persoonsnummer Kenmerk\n12-03-2024 200301457 2024/0456",
    "Datum Uw kenmerk Ons kenmerk\n12-03-2024 200301457 ZW/2024/0771",
])
def test_a_bsn_under_a_person_label_in_a_letters_header_stays(recognizer, text):
    assert [t for t, _ in found(recognizer, text)] == ["200301457"]
