"""Dates that the text gives as a birth date; other dates are left alone."""
import datetime

import pytest
import regex

from detectors.recognizers.nl_date_of_birth_recognizer import NlDateOfBirthRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return NlDateOfBirthRecognizer()


def found(recognizer, text, threshold=0.5):
    results = recognizer.analyze(text, ["DATE_OF_BIRTH"], None, regex_flags=regex.M)
    return [text[r.start:r.end] for r in results if r.score >= threshold]


@pytest.mark.parametrize("text, expected", [
    ("Zij is geboren op 3 maart 1990 in Leiden.", ["3 maart 1990"]),
    ("geb. 12/3/85", ["12/3/85"]),
    ("Geboortedatum: 1985-03-12", ["1985-03-12"]),
    ("Geboortedatum eigenaar: 1 mei 1995", ["1 mei 1995"]),
    ("Ik ben geboren op negentien augustus 1969.", ["negentien augustus 1969"]),
    ("Date of birth: 7 July 1988", ["7 July 1988"]),
    ("Born on July 7, 1988 in Gdansk", ["July 7, 1988"]),
    ("geboren te Rotterdam op 12.03.1985", ["12.03.1985"]),
    ("Geboortedatum cliënt gecontroleerd: 19-05-1987.", ["19-05-1987"]),
    ("Geboortedatum:\n05-11-1966", ["05-11-1966"]),
    # (Markdown emphasis around the label or the date: a README or a chat pasted with its marks)
    ("- **Geboortedatum:** 1982-03-08 (43 jaar)", ["1982-03-08"]),
    ("*Geboortedatum:* 08-03-1982", ["08-03-1982"]),
    ("Geboortedatum: **14 mei 1979**", ["14 mei 1979"]),
    ("| __Date of birth:__ 2 June 1990 |", ["2 June 1990"]),
    ("mijn zoon Daan (geboren 22 juni 2006) heeft een vraag", ["22 juni 2006"]),
    ("Jan de Vries (12-03-1985) en P. Bakker (01-01-1990) zijn broers.", ["12-03-1985", "01-01-1990"]),
    ("Geb.datum 2 okt. 1979", ["2 okt. 1979"]),
    ("Ik ben op 12 maart 1985 geboren.", ["12 maart 1985"]),
    ("Mijn dochter is 3-4-2010 geboren in Delft.", ["3-4-2010"]),
    # the month as a word between dashes or slashes, as CVs and forms write it
    ("Geboren: 25-Mei-1978 te Paramaribo", ["25-Mei-1978"]),
    ("geb. 3/feb/1990", ["3/feb/1990"]),
    # an XML record: the element says what the date is (HL7 also writes it as 19750913)
    ("<patient>\n  <geboortedatum>1981-06-30</geboortedatum>\n</patient>", ["1981-06-30"]),
    ('<birthDate value="1979-02-11"/>', ["1979-02-11"]),
    ('<geboortedatum value="19750913" xsi:type="TS">13 sep 1975</geboortedatum>', ["19750913", "13 sep 1975"]),
])
def test_birth_date_is_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "De betaling volgt op 24-07-2025.",
    "De regeling geldt sinds 12-mei-2020.",
    "<ingangsdatum>2024-01-01</ingangsdatum>",
    '<geboortedatum value="20991231"/>',
    "Hij is geboren in 1980 en sinds 1 maart 2024 ziek.",
    "U heeft op 14 april 2025 een WW-uitkering aangevraagd.",
    "Geldig tot 14-03-2031.",
    "Spreekuur 11-06-2025, einde wachttijd 28-08-2025",
    "De Wet werk en inkomen naar arbeidsvermogen (1 januari 2006) geldt nog.",
    "Kamerbrief Voortgang (12-03-2024)",
    f"Mijn dochter Lisa Jansen ({datetime.date.today().strftime('%d-%m-%Y')}) is gisteren geboren.",
    "geboren: ja, datum aanvraag 12-03-2025",
    "Geboortedatum onbekend. Ziekmelding op 3 maart 2025.",
    "Op 12 maart 2025 belde de moeder van het pas geboren kind.",
    "Sinds 1 januari 2024 werkt hij niet meer, hij is in Marokko geboren.",
    "Geboortedatum 31-02",  # no year: not a full date
    "Vermeld uw geboortedatum, bijvoorbeeld: geboortedatum 01-01-1970.",
])
def test_other_dates_are_not_birth_dates(recognizer, text):
    assert found(recognizer, text) == []


def test_reason_never_contains_the_date(recognizer):
    (result,) = recognizer.analyze("Geboortedatum: 05-11-1966", ["DATE_OF_BIRTH"], None)
    assert "1966" not in result.analysis_explanation.textual_explanation


@pytest.mark.parametrize("text", [
    "geboren " * 6_000 + "12-03-1985",
    "geboren " + "abc " * 10_000 + "12-03-1985",
    "1" * 50_000,
    "1-" * 25_000,
    " " * 50_000,
    "(" * 20_000 + "12-03-1985" + ")" * 20_000,
    "Geboortedatum: " * 3_000,
    '"geboorte": {' * 8_000 + '"datum": "19690507"',
])
def test_adversarial_inputs_complete(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text, ["DATE_OF_BIRTH"], None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("text", [
    "Bent u geboren tussen 1 januari 1955 en 30 september 1955? Dan verandert uw AOW-leeftijd.",
    "Voor wie geboren is op 1 januari 1960 geldt een andere regel.",
    "Mensen geboren op 1 januari 1961 krijgen een brief.",
    "Retouradres Postbus 20018\nDe heer Jansen (geboren 12 maart 1950) was Kamerlid. Staatscourant 2025.",
])
def test_births_of_a_group_or_in_a_published_text_are_not_found(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "Geboortedatum;x\n" * 20_000,
    "a;Geboortedatum\n" + "x;12-03-1985\n" * 20_000,
    "Geboortedatum\t" * 20_000 + "\n" + "1\t" * 20_000,
    "| Geboortedatum |\n" + "|---|\n" * 20_000,
])
def test_adversarial_tables_complete(recognizer, text, cpu_limit):
    with cpu_limit(2.0):
        results = recognizer.analyze(text, ["DATE_OF_BIRTH"], None)
    assert all(0 <= r.start < r.end <= len(text) for r in results)


def test_a_birth_date_column_in_a_csv_list(recognizer):
    text = "Naam;Geboortedatum;Plaats\nJansen;12-03-1985;Utrecht\nBakker;onbekend;Zeist\n"
    assert found(recognizer, text) == ["12-03-1985"]


# -- rows of a person record pasted without a header (issue 12: tables from other systems) --------
@pytest.mark.parametrize("text, dates", [
    ("231856402;Brouwer;Femke;1984-02-11;WW;gestart\n380417226;Yilmaz;Emre;1979-09-30;WW;gestopt",
     ["1984-02-11", "1979-09-30"]),
    ("Koster\tLinda\t12-04-1966\tBreda\nDemir\tSelim\t03-11-1990\tTilburg", ["12-04-1966", "03-11-1990"]),
    # a CSV header whose cells hold commas inside quotes
    ('naam,adres,geboortedatum\nTeun Bos,"Molenweg 3, Epe",2001-06-17\nIlse Kok,"Dijk 8, Urk",1999-12-01',
     ["2001-06-17", "1999-12-01"]),
])
def test_old_dates_in_the_rows_of_a_person_record(text, dates):
    found = [text[r.start:r.end] for r in NlDateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])]
    assert found == dates


@pytest.mark.parametrize("text", [
    # recent dates in a log: a start date, a last contact
    "40017723;Dhr. S. Kartosen;12-11-2025;terugbellen\n40017958;Mw. L. Alkema;14-11-2025;brief",
    # a table of laws and years, no person in it
    "Wet;Ingang;Status\nWAO;01-07-1967;vervallen\nWIA;29-12-2005;geldt",
])
def test_dates_in_a_table_that_are_no_birth_dates(text):
    assert NlDateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"]) == []


@pytest.mark.parametrize("text, expected", [
    # fields of a record, a JSON object or a FHIR resource
    ('{"id": "c-017", "dob": "1948-03-12", "city": "Zwolle"}', ["1948-03-12"]),
    ("birthDate = '1981-04-02'", ["1981-04-02"]),
    ('{ geboortedatum: "30-06-1975", woonplaats: "Deventer" }', ["30-06-1975"]),
    # the BRP API's birth: the first "datum" inside "geboorte", nested or not
    ('"geboorte": {\n  "_embedded": {\n    "datum": {\n      "dag": 21,\n      "datum": "19720321",\n'
     '      "jaar": 1972\n    }\n  }\n}', ["19720321"]),
    ('{"geboorte": {"datum": {"datum": "1958-11-30"}, "plaats": {"omschrijving": "Tiel"}}}', ["1958-11-30"]),
])
def test_a_birth_date_field_of_a_record(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '{"created": "2024-03-12", "updated": "2024-05-01"}',
    # a date after the "geboorte" object closed belongs to something else
    '{"geboorte": {"plaats": {"omschrijving": "Tiel"}}, "verblijfplaats": {"datumVan": {"datum": "2019-04-01"}}}',
])
def test_other_date_fields_are_no_birth_dates(recognizer, text):
    assert found(recognizer, text) == []


def test_a_birth_date_column_with_a_snake_case_header(recognizer):
    # exports name their columns in snake_case: "geb_datum", "date_of_birth"
    text = "relatienr,naam,geb_datum,plaats\n88120,R. Doelman,1979-06-14,Tiel\n88121,S. Aydin,2002-11-03,Ede"
    assert found(recognizer, text) == ["1979-06-14", "2002-11-03"]


@pytest.mark.parametrize("text, expected", [
    # a DATETIME column of a database stores a birth date with a time of day
    ("INSERT INTO [dbo].[Bewoner] ([Voornaam], [Achternaam], [Geboortedatum]) VALUES\n"
     "('Trijntje','Hoekstra','1948-06-21 00:00:00'),\n('Sjoerd','Wiersma','1952-11-03 00:00:00');",
     ["1948-06-21 00:00:00", "1952-11-03 00:00:00"]),
    ("insert into patient (first_name, last_name, geboortedatum) values ('Noor', 'Kuipers', '1990-02-14 00:00');",
     ["1990-02-14 00:00"]),
])
def test_a_birth_date_column_with_a_time_of_day(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # a time stamp column of a log: a moment, not a birth date
    "INSERT INTO [dbo].[Log] ([Gebruiker], [Tijdstip]) VALUES ('Trijntje','2024-06-21 08:15:00');",
    "insert into afspraak (voornaam, achternaam, datum) values ('Noor', 'Kuipers', '2024-02-14 10:30');",
])
def test_time_stamps_in_other_columns_are_no_birth_dates(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    # a JSON seed in camelCase and in snake_case
    ('{\n  "firstName": "Femke",\n  "dateOfBirth": "1991-08-23",\n  "startDate": "2024-01-01"\n}', ["1991-08-23"]),
    ('{"date_of_birth": "1970-02-14", "hired_on": "2019-06-01"}', ["1970-02-14"]),
    # Suwinet's XML abbreviates the element: <Geboortedat>, a date written as 8 digits
    ("<ClientSuwi>\n  <Voornamen>Pieter</Voornamen>\n  <Geboortedat>19640517</Geboortedat>\n</ClientSuwi>",
     ["19640517"]),
])
def test_a_birth_date_key_as_code_spells_it(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_birth_date_column_with_excel_dates(recognizer):
    # Excel shows a date cell as day-month-year with the month as a word and two digits of the year
    text = ("Naam;Geboortedatum;Woonplaats\nE. Visser;7-okt-62;Assen\nR. Bulut;23-mrt-1988;Hengelo\n"
            "K. Dijkstra;onbekend;Sneek\n")
    assert found(recognizer, text) == ["7-okt-62", "23-mrt-1988"]


@pytest.mark.parametrize("text, expected", [
    # an Excel date in another column of the same export is no birth date
    ("Naam;Geboortedatum;Gestart\nE. Visser;1962-10-07;1-feb-24\n", ["1962-10-07"]),
    ('{"dateOfService": "2024-03-01", "dateOfIssue": "2023-12-12"}', []),
])
def test_other_dates_beside_a_birth_date_key_stay_dates(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a JSON key with more words glued to it, a time stamp as the value
    ('{"voornamen": "Ilse", "geboortedatumDatum": "1979-05-30", "geboortedatumJaar": 1979}', ["1979-05-30"]),
    ('{"achternaam": "Tromp", "geboortedatum": "1966-02-11T00:00:00.000Z"}', ["1966-02-11T00:00:00.000Z"]),
    # an XML element with other attributes before its value
    ('<geboortedatum conceptId="2.16.840.1.113883.2.4.3.11" value="19700621" xsi:type="TS"/>', ["19700621"]),
    # the BRP API writes the date out beside it
    ('"geboorte": {"datum": {"type": "Datum", "datum": "1971-08-25", "langFormaat": "25 augustus 1971"}}',
     ["1971-08-25", "25 augustus 1971"]),
    # a PHP seed array
    ("['voornaam' => 'Ilse', 'geboortedatum' => '1979-05-30']", ["1979-05-30"]),
])
def test_a_birth_date_field_in_more_shapes_of_data(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_an_xml_birth_date_as_attribute_and_as_text(recognizer):
    text = '<geboortedatum conceptId="2.16.840.1" value="19700621" xsi:type="TS">21 jun 1970</geboortedatum>'
    assert found(recognizer, text) == ["19700621", "21 jun 1970"]


@pytest.mark.parametrize("text, expected", [
    # an American export writes the month first; in a birth-date column that is still the date of birth
    ("patient_id,first_name,last_name,date_of_birth\n1,Hilde,Andras,5/16/1944\n2,Jan,Smit,12/23/1950",
     ["5/16/1944", "12/23/1950"]),
])
def test_a_month_first_date_in_a_birth_date_column(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "order_id,product,shipped\n1,Stoel,5/16/1944\n2,Tafel,12/23/1950",
    "Op 5/16/1944 schreef hij een brief aan zijn moeder.",
])
def test_a_month_first_date_outside_a_birth_date_column_is_no_birth_date(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    # a record that stores the birth date as a number (the BRP and StUF write a date as yyyymmdd)
    ('"voornamen": "Madonna",\n"geboortedatum": 19750307,\n"geboorteplaats": {', ["19750307"]),
    ("geboortedatum: 20010216\nwoonplaats: Zwolle", ["20010216"]),
    ('{"birthDate": 19881230, "gender": "F"}', ["19881230"]),
])
def test_a_birth_date_stored_as_a_number_in_a_record(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '"geboortedatum": 12345678,',  # no real day
    '"geboortedatumBekend": 20240101999,',  # longer than a date
    '"aantal_geboortes": 19750307,',  # not a birth-date key
])
def test_a_number_that_is_no_birth_date_in_a_record(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", [
    "Notitie Mantelzorgwoningen (18-12-2014)\n\nMet de invoering van de Wmo is de mantelzorg een taak van gemeenten.",
    "Raadsvoorstel Mantelzorgwoningen (18-12-2014)\n\nHet college stelt de raad voor de regels te wijzigen.",
    "Agenda Dorpsraad (03-05-2019)\n\n1. Opening\n2. Mededelingen",
])
def test_a_document_dated_in_brackets_after_its_title_has_no_birth_date(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Mevrouw Jansen (12-03-1980) is vandaag gebeld over haar aanvraag.", ["12-03-1980"]),
    ("Jan Bakker (04-11-1975) en zijn zoon kwamen langs.", ["04-11-1975"]),
])
def test_a_person_with_a_date_in_brackets_keeps_it(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('{"patientBirthDate": 19750307, "gender": "male"}', ["19750307"]),
    ("geb_datum = 19881230\nwoonplaats = Delft", ["19881230"]),
])
def test_a_birth_date_stored_as_a_number_under_a_longer_key(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a birth date given as a pair, its name in one key and its value in another (a BRP person list: the number,
    # and the date written out)
    ('{\n  "code": 310,\n  "descr": "geboortedatum",\n  "national": true,\n  "value": {\n    "code": "19310921",\n'
     '    "val": "19310921",\n    "descr": "21-09-1931"\n  }\n},', ["19310921", "19310921", "21-09-1931"]),
    ('[{"name": "voornaam", "value": "Sevda"}, {"name": "geboortedatum", "value": "1984-11-02"}]', ["1984-11-02"]),
    ('{"key": "dateOfBirth", "waarde": "07-03-1975"}', ["07-03-1975"]),
])
def test_a_birth_date_given_as_a_pair(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    '{"name": "geboortedatum", "value": "verplicht"}',
    '{"name": "ingangsdatum", "value": "1984-11-02"}',
    '{"descr": "geboortedatum", "type": "datum"}, {"descr": "datum aanvraag", "value": "2024-01-05"}',
])
def test_other_dates_given_as_a_pair_are_no_birth_date(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("unit", ['"descr": "geboortedatum", ', '"value": {"val": "19310921", ', '"key": "dob"'])
def test_birth_date_pairs_complete(recognizer, unit, cpu_limit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    with cpu_limit(2.0):
        assert isinstance(found(recognizer, text), list)


def test_a_pair_does_not_reach_into_the_next_object(recognizer):
    text = '[{"name": "geboortedatum", "type": "date", "required": true},\n {"type": "hidden", "value": "2026-03-14"}]'
    assert found(recognizer, text) == []
