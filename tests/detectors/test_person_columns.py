"""The two patterns of health.py for "a column about a person" share one word list (review of round 16).

A table of people (``_health_column``) needs a column that names or numbers a person; a code list
(``_in_code_list``) is cleared only when no column points at a person, so its list is the wider one.
Invented column names.
"""
import pytest

from detectors.categories.health import _PERSON_COLUMN, _PERSON_HEADER, _health_column, _in_code_list


@pytest.mark.parametrize("cell", ["voornaam", "achternaam", "naam", "full_name", "bsn", "patientnr", "cliënt_id",
                                  "client", "werknemer", "medewerker_id", "personeelsnummer", "burgerservicenummer"])
def test_a_column_that_names_or_numbers_a_person_counts_for_both(cell):
    assert _PERSON_HEADER.search(cell)
    assert _PERSON_COLUMN.search(cell)


@pytest.mark.parametrize("cell", ["geboortedatum", "birth_date", "person_id", "burger", "klantnummer", "deelnemer",
                                  "lid", "leerling", "student_nr"])
def test_a_column_that_only_points_at_a_person_keeps_a_code_list_value(cell):
    assert _PERSON_COLUMN.search(cell)
    assert not _PERSON_HEADER.search(cell)


@pytest.mark.parametrize("cell", ["code", "omschrijving", "pijnindex", "lidl", "categorie", "ziekteverzuim_pct"])
def test_no_person_in_either(cell):
    assert not _PERSON_HEADER.search(cell)
    assert not _PERSON_COLUMN.search(cell)


def test_the_table_of_people_needs_a_naming_column():
    table = "| {} | ziekte |\n|---|---|\n| 12 | griep |\n"
    assert _health_column(table.format("personeelsnummer")) is not None
    assert _health_column(table.format("geboortedatum")) is None


@pytest.mark.parametrize("column, cleared", [("omschrijving", True), ("klant_id", False), ("naam", False)])
def test_the_code_list_is_cleared_only_without_a_person_column(column, cleared):
    low = f"insert into pijn (code, {column}) values (1, 'hevige migraine');"
    assert _in_code_list(low, low.index("migraine")) is cleared
