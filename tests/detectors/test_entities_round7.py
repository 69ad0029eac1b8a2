"""Round 7, entities in seed data of other projects: id columns and zip columns of an SQL INSERT.
All texts are newly invented (no corpus line); each rule has public twins that must stay quiet.
"""
import pytest


def spans(analysis, text, kind=None):
    return [text[f.start:f.end] for f in analysis.findings
            if f.score >= 0.5 and (kind is None or f.type == kind)]


# -- an id column of a person's row in SQL seed data: the id leads to that person ----------------
@pytest.mark.parametrize("text, ids", [
    ("insert into client (id, client_ref_id, first_name, last_name, city)\n"
     "values (1, 'kl-ref-0041', 'Sanne', 'Brouwer', 'Zwolle'),\n"
     "       (2, 'kl-ref-0042', 'Daan', 'Hofstede', 'Assen');", ["kl-ref-0041", "kl-ref-0042"]),
    ("INSERT INTO bewoner (bewoner_id, voornaam, achternaam, geboortedatum, zorgdossier_id)\n"
     "VALUES ('bw-771', 'Henk', 'Ruiters', '1941-03-09', 'zd-2203');", ["bw-771", "zd-2203"]),
    ("insert into member (member_id, firstname, lastname, birth_date) values ('mbr-90311', 'Ilse', 'Kamp', "
     "'1990-07-14');", ["mbr-90311"]),
    # an appointment row points to its patient and doctor by their ids, without a name of its own
    ("insert into afspraak (afspraak_id, tijd, reden, patient_id, huisarts_id)\n"
     "values ('afs-0091', '2024-05-02 09:30', 'controle bloeddruk', 'pt-00417', 'ha-0022');", ["pt-00417", "ha-0022"]),
])
def test_an_id_column_of_a_person_row_is_a_case_number(detector, text, ids):
    found = spans(detector.analyze(text), text, "CASE_NUMBER")
    for i in ids:
        assert i in found


@pytest.mark.parametrize("text", [
    # a product table: a name column, but no person's name or birth date
    "INSERT INTO product (product_id, name, price) VALUES ('prd-001', 'Fiets', 299), ('prd-002', 'Bel', 9);",
    # a category table with ids
    "insert into category (category_id, parent_id, title) values ('cat-101', 'cat-100', 'Tuin');",
    # a person's row whose id cells are plain numbers or words without digits
    "insert into users (id, role_id, first_name, last_name) values (1, 'admin', 'Test', 'Gebruiker');",
    # a person's row whose own key is a plain counter
    "insert into users (user_id, first_name, last_name) values ('100231', 'Test', 'Gebruiker');",
    # an order table: ids of orders and products, not of people
    "insert into order_line (order_id, product_id, amount) values ('ord-2024-001', 'prd-0093', 2);",
])
def test_ids_outside_a_person_row_stay_quiet(detector, text):
    assert spans(detector.analyze(text), text, "CASE_NUMBER") == []


# -- a zip column of an SQL INSERT: a postcode without a space is the person's ------------------
@pytest.mark.parametrize("text, code", [
    ("insert into patient (first_name, last_name, street, zip, city)\n"
     "values ('Fenna', 'Mulder', 'Beukenlaan 12', '7511KT', 'Enschede');", "7511KT"),
    ("INSERT INTO klant (voornaam, achternaam, zip, woonplaats) VALUES ('Bart', 'Wouters', '9471GD', 'Zuidlaren');",
     "9471GD"),
])
def test_a_postcode_in_a_zip_column_is_found(detector, text, code):
    assert code in spans(detector.analyze(text), text, "POSTCODE")


@pytest.mark.parametrize("text", [
    # a reference table of postcode areas: no person in its rows
    "INSERT INTO bezorggebied (zip, plaats, gemeente) VALUES ('1011AB', 'Amsterdam', 'Amsterdam'),\n"
    "('9471GD', 'Zuidlaren', 'Tynaarlo');",
    # a table of shops: a name column, but no person's name
    "insert into winkel (id, name, zip, opening_hours) values (7, 'Fietsenmaker De Spaak', '7511KT', 'ma-za 9-18');",
])
def test_public_or_placeholder_postcodes_stay_quiet(detector, text):
    assert spans(detector.analyze(text), text, "POSTCODE") == []


# -- a plate column of an SQL INSERT: an old sidecode far below the column list is a plate too ----
@pytest.mark.parametrize("text, plate", [
    ("INSERT INTO car (number_plate, brand, model)\nVALUES\n('45-DB-12', 'Volvo', '240'),\n"
     "('78-FG-31', 'Saab', '900');", "45-DB-12"),
    ("insert into voertuigen (eigenaar_id, kenteken, merk)\nvalues\n('kl-0031', '52-TR-08', 'Mercedes');",
     "52-TR-08"),
])
def test_a_plate_in_a_plate_column_is_found(detector, text, plate):
    assert plate in spans(detector.analyze(text), text, "LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    # codes of forms in the same shape, in a column that is no plate
    "INSERT INTO formulier (code, titel)\nVALUES\n('23-HG-35', 'Aanvraag parkeervergunning'),\n"
    "('24-HG-36', 'Wijziging');",
    # a plate column with a placeholder
    "insert into car (number_plate, brand)\nvalues\n('XX-XX-XX', 'merk');",
])
def test_codes_outside_a_plate_column_stay_quiet(detector, text):
    assert spans(detector.analyze(text), text, "LICENSE_PLATE") == []


# -- "datum van geboorte" (a Belgian CV or form), and a place with a comma before the date ---------
@pytest.mark.parametrize("text, date", [
    ("Naam: Vermeulen<br/>\nPlaats en datum van geboorte: Gent, 14 juni 1983<br/>\nNationaliteit: Belg",
     "14 juni 1983"),
    ("Persoonsgegevens\nDatum van geboorte: 02-05-1991\nRijbewijs: B", "02-05-1991"),
    ("Sollicitant: Lieve Claes, geboren te Leuven, 12 mei 1975, wonende te Mechelen.", "12 mei 1975"),
])
def test_a_date_after_datum_van_geboorte_is_a_birth_date(detector, text, date):
    assert date in spans(detector.analyze(text), text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    # a public page that explains the field
    "De datum van geboorte staat op uw paspoort. Op 1 januari 2025 verandert de regel voor verlenging.",
    # a list of changes to a register, dates of changes only
    "Wijzigingen in de registratie van de datum van geboorte, 3 maart 2024: nieuwe controle op invoer.",
])
def test_public_explanations_of_the_birth_field_stay_quiet(detector, text):
    assert spans(detector.analyze(text), text, "DATE_OF_BIRTH") == []


# -- a literal with its alias in an SQL SELECT (a test patient mapped to FHIR): the alias says what it is
_SELECT = ("SELECT\n    pat_nr AS \"Patient.id\",\n    'Jansma' AS \"name[0].family\",\n"
           "    '{dob}' AS \"birthDate\",\n    '{pc}' AS \"address[0].postalCode\",\n    'Leeuwarden' AS \"address[0].city\"\n"
           "FROM patienten;")


@pytest.mark.parametrize("dob, pc", [("1958-10-04", "8911AB"), ("1987-02-17", "9712 CP")])
def test_a_literal_aliased_as_birth_date_or_postcode_is_found(detector, dob, pc):
    text = _SELECT.format(dob=dob, pc=pc)
    a = detector.analyze(text)
    assert dob in spans(a, text, "DATE_OF_BIRTH")
    assert pc in spans(a, text, "POSTCODE")


@pytest.mark.parametrize("text", [
    # a report query: a date literal aliased as a period, not a birth date
    "SELECT count(*) AS aantal, '2024-01-01' AS \"periode_start\", '2024-12-31' AS periode_eind FROM meldingen;",
    # a query that filters on a birth date column (no alias of a literal)
    "SELECT * FROM klant WHERE birth_date > '1990-01-01' AND status = 'actief';",
])
def test_other_select_literals_stay_quiet(detector, text):
    assert spans(detector.analyze(text), text, "DATE_OF_BIRTH") == []
