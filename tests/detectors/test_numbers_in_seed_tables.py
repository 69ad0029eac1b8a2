"""Numbers that a table header or a key of seed data names: a phone column headed "Telefoonnr.",
a personnel column headed "Employee-ID", a PHP array "'werknemersnummer' => '20417'".

Invented texts only (no corpus line); each private case failed before its rule, and each public
twin shows what the rule must leave alone.
"""
import pytest

from tests.helpers.findings import spans


PHONES = ("| Voornaam | Achternaam | Telefoonnr. | Woonplaats |\n|---|---|---|---|\n"
          "| Yentl | Moortgat | 0477123456 | Lokeren |\n| Wout | Peeters | 0499887766 | Tielt |\n")
STAFF = ("| Employee-ID | Voornaam | Afdeling |\n|---|---|---|\n| 4711 | Yentl | Verkoop |\n"
         "| 4712 | Wout | Logistiek |\n")
SEED = ("$staff = [\n    ['werknemersnummer' => '30417', 'naam' => 'Lotte Baert'],\n"
        "    ['werknemersnummer' => '30418', 'naam' => 'Joren Vos'],\n];\n")


@pytest.mark.parametrize("text, kind, value", [
    (PHONES, "PHONE_NUMBER", "0477123456"),
    (STAFF, "EMPLOYEE_NUMBER", "4711"),
    (SEED, "EMPLOYEE_NUMBER", "30417"),
])
def test_a_number_its_header_or_key_names(detector, text, kind, value):
    assert value in spans(detector, text, kind)


@pytest.mark.parametrize("text, kind", [
    ("| Gemeente | Inwoners | Postcode |\n|---|---|---|\n| Lokeren | 42000 | 9160 |\n| Tielt | 20800 | 8700 |\n",
     "EMPLOYEE_NUMBER"),
    ("| Product | Artikelnr. | Prijs |\n|---|---|---|\n| Boormachine | 0477123456 | 89 |\n", "PHONE_NUMBER"),
    ("$items = [\n    ['artikelnummer' => '30417', 'naam' => 'Boormachine'],\n];\n", "EMPLOYEE_NUMBER"),
])
def test_numbers_of_places_and_products_stay_quiet(detector, text, kind):
    assert spans(detector, text, kind) == []


# -- a birth-date column of a database: `dateofbirth`, `birth_date` --------------------------------
@pytest.mark.parametrize("column", ["dateofbirth", "birth_date", "date_of_birth"])
def test_a_birth_date_column_of_a_database(detector, column):
    text = (f"INSERT INTO `leden` (`id`, `name`, `{column}`, `actief`) VALUES\n"
            "(1, 'Lotte Baert', '2004-03-17', 1),\n(2, 'Joren Vos', '2003-11-02', 0);\n")
    assert "2004-03-17" in spans(detector, text, "DATE_OF_BIRTH")


def test_a_date_column_of_a_database_is_no_birth_date(detector):
    text = ("INSERT INTO `events` (`id`, `title`, `start_date`) VALUES\n"
            "(1, 'Open dag', '2024-03-17'),\n(2, 'Sportdag', '2024-11-02');\n")
    assert spans(detector, text, "DATE_OF_BIRTH") == []
