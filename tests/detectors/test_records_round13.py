"""Issue 12, thirteenth round: seed data as other projects write it.

- An SQL INSERT whose rows carry a comment ("(1, 'Alice', ...),  -- above 40") is read to its last row, not to the
  first comment.
- A "birthday" column holds birth dates, and a script writes a date without zeros ('2000-6-19').
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans as found


SQL = ("INSERT INTO student (id, firstname, lastname, birthday, email) VALUES\n"
       "(1, 'Sanne', 'Mulder', '1978-04-23', 'sanne.mulder@example.com'),  -- boven de 40\n"
       "(2, 'Kees', 'Verstraeten', '1996-02-14', 'kees.v@example.com'), /* nieuw */\n"
       "(3, 'Noor', 'Van Dam', '2000-6-9', 'noor.vandam@example.com');\n")


def test_rows_after_a_comment_are_read(detector):
    assert {"Verstraeten", "Van Dam", "Kees", "Noor"} <= set(found(detector, SQL, "PERSON"))


def test_a_birthday_column_holds_birth_dates(detector):
    assert found(detector, SQL, "DATE_OF_BIRTH") == ["1978-04-23", "1996-02-14", "2000-6-9"]


@pytest.mark.parametrize("text", [
    # a date without zeros outside a birth-date column is no birth date
    "INSERT INTO afspraak (id, datum, onderwerp) VALUES (1, '2024-6-9', 'intake');",
    "De release van versie 2024-6-9 staat gepland.",
])
def test_a_date_without_zeros_elsewhere_is_no_birth_date(detector, text):
    assert found(detector, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, names", [
    # a name typed in lower case into a field that holds only a person's name
    ('{"Voornaam": "jan", "Familienaam": "test", "Gemeente": "kuurne"}', ["jan"]),
    ('{"firstName": "sanne", "lastName": "de vries"}', ["sanne", "de vries"]),
])
def test_a_name_in_lower_case_in_a_name_field(detector, text, names):
    assert found(detector, text, "PERSON") == names


@pytest.mark.parametrize("text", [
    '{"name": "jan"}',  # a general key: products and places have a name too
    '{"voornaam": "onbekend", "achternaam": "amsterdam"}',
    '{"first_name": "admin", "last_name": "user"}',
    '{"lastname": "string"}',
])
def test_other_lower_case_values_are_no_names(detector, text):
    assert found(detector, text, "PERSON") == []
