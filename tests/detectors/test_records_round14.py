"""Issue 12, fourteenth round: records as other projects' test data writes them.

- ``pg_dump --inserts`` writes every row of a table as its own INSERT without column names, and rows get pasted
  without their INSERT: a person's row (a valid BSN, or a first name the lists know before a surname) holds birth
  dates, also stored as a time stamp at midnight ('1987-06-18 00:00:00'), and postcodes; another time of day is when
  something happened, and rows of places hold none.
- In HL7 and ADA XML, ``displayName`` shows what a code means ("Overig Afrikaans", "Hart"), never who someone is; a
  JSON "displayName" of a user still holds a name.
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans

DUMP = ("INSERT INTO public.clienten VALUES (7, '0612345678', 'noor.bakker@voorbeeld.nl', '1979-03-02 00:00:00', "
        "'Bakker', '12', '7511GD', 'Marktstraat', 'N.', 'Noor', 'Enschede', 7, 999999990, 0, NULL, true);\n"
        "INSERT INTO public.clienten VALUES (8, '0687654321', 'ruud.smit@voorbeeld.nl', '1956-11-30 00:00:00', "
        "'Smit', '3A', '9711AB', 'Kerkstraat', 'R.', 'Ruud', 'Groningen', 8, 999999977, 0, NULL, true);\n")


def test_birth_dates_in_a_dump_without_column_names(detector):
    assert spans(detector, DUMP, "DATE_OF_BIRTH") == ["1979-03-02", "1956-11-30"]


def test_postcodes_in_a_dump_without_column_names(detector):
    assert spans(detector, DUMP, "POSTCODE") == ["7511GD", "9711AB"]


@pytest.mark.parametrize("text", [
    # a time of day: when a row was made, not a birth
    DUMP.replace("00:00:00", "09:41:17"),
    # rows of no one: products with prices and dates
    "INSERT INTO public.producten VALUES (1, 'STOEL-01', 'stoel', '1999-01-04 00:00:00', 12.50);\n"
    "INSERT INTO public.producten VALUES (2, 'TAFEL-07', 'tafel', '2001-05-20 00:00:00', 80.00);\n",
])
def test_no_birth_date_without_a_person_or_at_another_time(detector, text):
    assert spans(detector, text, "DATE_OF_BIRTH") == []


ADA = ('<vrouw>\n  <burgerservicenummer value="999999990"/>\n'
       '  <etniciteit value="4" displayName="Overig Afrikaans"/>\n'
       '  <type_operatie value="64915003" displayName="Hart"/>\n'
       '  <code code="38341003" codeSystem="2.16.840.1.113883.6.96" displayName="Hypertensie"/>\n</vrouw>\n')


def test_the_words_of_a_coded_value_are_no_name(detector):
    assert spans(detector, ADA, "PERSON") == []


@pytest.mark.parametrize("text", [
    '{"id": "7f2c", "displayName": "Noor Bakker", "mail": "noor.bakker@voorbeeld.nl"}',
    '<user id="7f2c" displayName="Noor Bakker" mail="noor.bakker@voorbeeld.nl"/>',
])
def test_a_users_display_name_is_still_a_name(detector, text):
    assert spans(detector, text, "PERSON") == ["Noor Bakker"]


PASTED = ("(10, 'Jasper', 'Goossens', '1992-10-10', 'jasper.goossens@voorbeeld.be'),\n"
          "(11, 'Katrien', 'Wouters', '1983-03-18', 'katrien.wouters@voorbeeld.be'),  -- boven de 40\n"
          "(12, 'Liam', 'Van den Broeck', '1997-08-30', 'liam.vdbroeck@voorbeeld.be'),\n")


def test_birth_dates_in_rows_pasted_without_their_insert(detector):
    assert spans(detector, PASTED, "DATE_OF_BIRTH") == ["1992-10-10", "1983-03-18", "1997-08-30"]


def test_rows_of_an_insert_with_column_names_follow_their_columns(detector):
    # the column says the date is when the row was made: no birth date, however the rows look
    text = ("INSERT INTO cursist (id, voornaam, achternaam, aangemaakt_op, email) VALUES\n" + PASTED.rstrip(",\n")
            + ";\n")
    assert spans(detector, text, "DATE_OF_BIRTH") == []


def test_rows_of_places_hold_no_birth_dates(detector):
    # capitalised cells, but no first name before a surname and no BSN: districts with the date they were made
    text = ("(1, 'Zwolle', 'Centrum', '1985-04-01', 1),\n(2, 'Groningen', 'Binnenstad', '1979-11-12', 1),\n"
            "(3, 'Kampen', 'Brunnepe', '1990-02-03', 2),\n")
    assert spans(detector, text, "DATE_OF_BIRTH") == []


def test_one_row_in_prose_is_no_table(detector):
    text = "Zie de notitie (12, 'Jasper', 'Goossens', '1992-10-10') in het dossier voor meer."
    assert spans(detector, text, "DATE_OF_BIRTH") == []


# (fifteenth round) The names in a person's row of such a dump: the first name in the cell after the initials
# ('A.', 'Alexandria'), the surname that the row's mail box spells after the initial ('A.Morin@...', 'Morin').
ROWS = ("INSERT INTO public.burgers VALUES (7, '0612345678', 'A.Morin@voorbeeld.nl', '1987-06-18 00:00:00', 'Morin', "
        "'15', '9999ZZ', 'Winkelstraat', 'A.', 'Alexandria', 'Sloothuizen', 7, 999999990, 0, NULL, true);\n"
        "INSERT INTO public.burgers VALUES (8, '0612345678', 'P.Alford@voorbeeld.nl', '1987-06-18 00:00:00', 'Alford', "
        "'87', '9999ZZ', 'Winkelstraat', 'P.', 'Phyllis', 'Sloothuizen', 8, 999999977, 0, NULL, true);\n")


def test_names_in_a_persons_row_without_column_names(detector):
    names = spans(detector, ROWS, "PERSON")
    for name in ("Morin", "Alexandria", "Alford", "Phyllis"):
        assert name in names
    assert "Sloothuizen" not in names and "Winkelstraat" not in names


def test_initials_and_a_word_in_a_row_of_no_one(detector):
    rows = ("INSERT INTO public.afdelingen VALUES (1, 'A.', 'Administratie', 'Zwolle', 12);\n"
            "INSERT INTO public.afdelingen VALUES (2, 'B.', 'Beheer', 'Deventer', 7);\n")
    assert spans(detector, rows, "PERSON") == []
