"""Round 16, records of other projects (all texts newly invented): the id of a client or patient in mock notes or
incident records about that person is a case number, also without a name field beside it: the notes say the record is
a person's. A test case's id with its description, an application's client_id and a note without a client key stay
quiet.
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text, code", [
    # mock notes of a care app, the client named only by its id
    ("const notes: Note[] = [\n  {\n    id: nanoid(),\n    client_id: 'ZB-2023-118',\n    date: '2023-05-02',\n"
    "    author: 'Wijkverpleegkundige',\n    text: 'Meneer slaapt slecht en eet weinig sinds het overlijden van zijn "
    "vrouw. Huisarts gebeld.',\n  },\n];", "ZB-2023-118"),
    # incident records in JSON
    ('[\n  {"patientId": "PT-40417", "datum": "2024-02-11", "type": "Val",\n   "beschrijving": "Cliënte is in de '
    'badkamer gevallen en heeft pijn aan de heup, arts ingeschakeld."}\n]', "PT-40417"),
    # a Python fixture of a client's call notes
    ("CALLS = [\n    {\n        'klant_id': 'K-77120',\n        'notitie': 'Klant belde boos over de late betaling van "
    "zijn uitkering, terugbelverzoek gemaakt voor morgen.',\n    },\n]", "K-77120"),
])
def test_an_id_beside_notes_about_the_person_is_a_case_number(detector, text, code):
    assert code in spans(detector, text, "CASE_NUMBER")


@pytest.mark.parametrize("text", [
    # a test case of a QA suite: its id and what it checks
    '[\n  {"case_id": "TC-2024-031", "description": "Controleer dat de gebruiker kan inloggen met een geldig '
    'wachtwoord en daarna het dashboard ziet."}\n]',
    # an application's client_id in a config with a description of the app
    '{\n  "client_id": "app-30571",\n  "description": "Koppeling van het roostersysteem met de '
    'salarisadministratie, draait elke nacht om twee uur."\n}',
    # notes without the key of a client or patient
    "const notes = [\n  {\n    id: 'N-2023-118',\n    text: 'De vergadering is verplaatst naar donderdag, "
    "neem je laptop mee voor de demo van de nieuwe module.',\n  },\n];",
])
def test_an_id_beside_other_text_stays_quiet(detector, text):
    assert spans(detector, text, "CASE_NUMBER") == []
