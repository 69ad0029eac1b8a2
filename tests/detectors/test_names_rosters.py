"""A list of people (headings, items, the first cells of a table) where some lines are names the
finder knows on their own: the other lines of the same shape name people too.

Invented texts only (no corpus line); each private case failed before its rule, and each public
twin shows what the rule must leave alone.
"""
import pytest

from tests.helpers.names import found, persons


HEADINGS = ("## Wat deed iedereen deze week?\n\n### Pieter Claessens\n\n* backup van de server getest\n\n"
            "### Kenzo Vandoorselaere\n\n* dns-zone aangepast\n\n### Yentl Moortgat\n\n* testplan geschreven\n")
TABLE = ("| Student | Aanwezig | Opmerking |\n|---|---|---|\n| Sofie Janssens | ja | |\n"
         "| Iluna Brackeniers | nee | ziek gemeld |\n| Wout Peeters | ja | |\n")
MEMBERS = "Wie schuift aan bij de demo:\n- Anouk Verbeke\n- Yentl Moortgat\n- Daan Vermeulen\n"


@pytest.mark.parametrize("text, name", [
    (HEADINGS, "Kenzo Vandoorselaere"),
    (HEADINGS, "Yentl Moortgat"),
    (TABLE, "Iluna Brackeniers"),
    (MEMBERS, "Yentl Moortgat"),
])
def test_a_line_of_a_list_of_people(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text", [
    "## Gemeenten in de regio\n- Den Bosch\n- Sint-Michielsgestel\n- Vught\n- Boxtel\n",
    "Straten in de nieuwe wijk:\n- Jan Steenstraat\n- Willem Dreesweg\n- Annie Romeinplein\n",
    "| Product | Prijs |\n|---|---|\n| Sonos Era | 249 |\n| Philips Hue | 49 |\n| Bose Soundlink | 129 |\n",
    "# Nieuws uit de regio\n\n### Markt Breda\n\n De markt is zaterdag open.\n\n### Haven Moerdijk\n\n"
    "Er komt een nieuwe kade.\n\n### Kermis Etten-Leur\n\n De kermis begint vrijdag.\n",
])
def test_lists_of_places_streets_products_and_news_stay_quiet(detector, text):
    assert persons(detector, text) == []


def test_one_name_beside_products_is_no_list_of_people(detector):
    # (one name found on its own, two lines with a name-list word: a shop's brands, not a team)
    text = "Contact: Pieter Claessens\n\n### Sonos Era\n\n### Marshall Emberton\n"
    assert not found(detector, text, "Marshall Emberton")


# -- the keys of code are no writers of a chat: "age: 82," ------------------------------------------
CODE = ("const clients = [\n  {\n    id: '7',\n    naam: 'Ingrid Mol',\n    age: 77,\n    time: '14:00',\n"
        "    status: 'open',\n  },\n];\n")


@pytest.mark.parametrize("word", ["age", "time", "status"])
def test_keys_of_code_are_no_names(detector, word):
    assert word not in persons(detector, CODE)


@pytest.mark.parametrize("text, name", [
    (CODE, "Ingrid Mol"),
    ("ruud: wie heeft zaterdag dienst?\nfatima: ik, tot 17.00\nruud: top, dan vraag ik het aan ayoub\n", "ayoub"),
    ("age: ben er om 9 uur\nruud: prima, neem jij de sleutel mee?\n", "ruud"),
])
def test_names_in_code_and_chats_still_found(detector, text, name):
    assert found(detector, text, name)


# -- the fields of a form written as a table: "| Job | Verpleegkundige |" --------------------------
FORM = ("| Veld | Waarde |\n|---|---|\n| Naam | Eline Verstraete |\n| Job | Verpleegkundige |\n"
        "| Afdeling | Geriatrie |\n")
PEOPLE = "| Naam | Taak |\n|---|---|\n| Job | testen |\n| Sanne | bouwen |\n| Fleur | plannen |\n"


def test_a_field_of_a_form_is_no_name(detector):
    assert persons(detector, FORM) == ["Eline Verstraete"]


@pytest.mark.parametrize("name", ["Job", "Sanne"])
def test_a_table_of_people_under_a_name_header_keeps_its_names(detector, name):
    assert found(detector, PEOPLE, name)


# -- a Flemish table names the surname "familienaam" ------------------------------------------------
USERS = ("| Voornaam | Familienaam | Afdeling |\n|---|---|---|\n| Lore | De Wispelaere | Verkoop |\n"
         "| Jef | Vanhoucke | Logistiek |\n")


@pytest.mark.parametrize("name", ["De Wispelaere", "Vanhoucke"])
def test_a_surname_column_headed_familienaam(detector, name):
    assert found(detector, USERS, name)


@pytest.mark.parametrize("text", [
    "De meest voorkomende familienamen volgens Statbel:\n\n| Familienaam | Aantal |\n|---|---|\n"
    "| Peeters | 31000 |\n| Janssens | 29000 |\n| Maes | 24000 |\n",
    "| Plaats | Achternaam | Aantal |\n|---|---|---|\n| 1 | De Smet | 21400 |\n| 2 | Jacobs | 20100 |\n",
])
def test_a_statistic_of_names_names_no_one(detector, text):
    assert persons(detector, text) == []


# -- a first name joined by "en" to a name found on its own: "Marius en Flip" -----------------------
@pytest.mark.parametrize("text, name", [
    ("Volgende week gaan Marius en Flip langs bij de werkgever om het plan te bespreken.", "Flip"),
    ("| DHCP | 45 min | Cedric en Kwinten |\n| DNS | 30 min | Cedric |\n", "Kwinten"),
])
def test_a_first_name_beside_a_name(detector, text, name):
    assert found(detector, text, name)


@pytest.mark.parametrize("text, word", [
    ("Volgende week gaan Marius en Almere samen de aanbesteding doen.", "Almere"),
    ("Volgende week gaan Marius en Rijkswaterstaat het plan bespreken.", "Rijkswaterstaat"),
])
def test_a_place_or_body_beside_a_name_stays_a_place(detector, text, word):
    assert word not in persons(detector, text)


# -- a role in brackets after a name in a field: "(Founder & directeur)" ---------------------------
def test_a_role_in_brackets_after_a_name_is_no_name(detector):
    text = "Opdrachtgever\nContactpersoon: Lieke Stoop (Founder & directeur)\nE-mail: lieke@example.nl\n"
    assert persons(detector, text) == ["Lieke Stoop"]


@pytest.mark.parametrize("text, name", [
    ("Contactpersoon: J. (Jan) Stoop\n", "J. (Jan) Stoop"),
    ("Aanwezig: Erik Bos (voorzitter), Samira, Mo (notulen)\n", "Samira"),
])
def test_names_in_brackets_and_lists_of_a_field_stay_names(detector, text, name):
    assert found(detector, text, name)


# -- a first name alone in the first cells of a team's timesheet: "| Sean | ... |" -----------------
TIMESHEET_TABLE = ("| Wie | Taak | Geschat | Echt |\n|---|---|---|---|\n| Fleur | Testplan | 2 | 3 |\n"
                   "| Daan | Server opzetten | 4 | 5 |\n| Yentl | Documentatie | 2 | 2 |\n| **Fleur** | **Totaal** | 2 | 3 |\n")


def test_a_first_name_in_a_first_cell_of_a_timesheet(detector):
    assert found(detector, TIMESHEET_TABLE, "Yentl")


@pytest.mark.parametrize("text", [
    "| Stad | Inwoners |\n|---|---|\n| Utrecht | 361000 |\n| Breda | 185000 |\n| Yentl | 0 |\n",
    "| Product | Prijs |\n|---|---|\n| Stekker | 5 |\n| Kabel | 9 |\n| Lamp | 12 |\n",
])
def test_first_cells_of_places_and_products_stay_quiet(detector, text):
    assert persons(detector, text) == []
