"""HEALTH_DATA in the record of one client in code or seed data (issue 12; all texts newly invented): a client card
or profile as fields (JSON, TypeScript, Python) with who the person is and a filled-in health field, an alert list
with quoted messages about "Cliënt", a SOAP report as fields of an object. Public twins (an app's data model without
values, a translation file with the labels, an empty form, a care organisation's page about its services, a guideline
for care workers, a health page) must stay quiet.
"""
from __future__ import annotations

import pytest


def _health(detector, text):
    return "HEALTH_DATA" in detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # a client profile of a day-care app (JSON)
    '[\n  {\n    "id": 7,\n    "naam": "Gerrit Hofman",\n    "leeftijd": 58,\n    "medicatie": "Lithium, 2x per dag",\n'
    '    "hobbies": ["Puzzelen"],\n    "ondersteuningsvraag": "Hulp bij het plannen van de week"\n  }\n]',
    # a client card in TypeScript, in English
    "export const residents = [\n    {\n        id: '12',\n        name: 'Margaret Olsen',\n        age: 84,\n"
    "        diagnosis: 'Parkinson with hallucinations',\n        room: 'B-14',\n    },\n];",
    # a Python seed with an allergy list and a fall risk
    "CLIENTS = [\n    {\n        'client_code': 'ZH-3381',\n        'allergieen': ['Penicilline', 'Noten'],\n"
    "        'valrisico': 'Hoog, loopt met rollator',\n    },\n]",
    # an alert list of a care app: quoted messages about the one client
    "export const alerts = [\n  {\n    kind: 'medication',\n    label: 'Medicatie',\n"
    "    text: 'Metformine bij het ontbijt geven. Controleer de bloedsuiker voor de lunch.',\n  },\n  {\n"
    "    kind: 'note',\n    text: 'Cliënte is vergeetachtig en heeft hulp nodig bij het aankleden.',\n  },\n];",
    # a SOAP report as the fields of an object, the client unnamed
    "const draft = {\n  subjective: 'Cliënt klaagt over jeuk en pijn aan de rechterenkel',\n"
    "  objective: 'Huid rond de enkel rood en warm',\n  assessment: 'Mogelijk cellulitis, huisarts inlichten',\n};",
])
def test_client_record_in_code_is_health_data(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    # an app's data model: types where the values would be
    "export interface Client {\n  id: string;\n  name: string;\n  age: number;\n  medication: string;\n"
    "  diagnosis: string;\n  allergies: string[];\n}",
    # a JSON schema of the same card
    '{\n  "name": {"type": "string"},\n  "age": {"type": "integer"},\n  "medicatie": {"type": "string", '
    '"description": "De medicijnen die de cliënt gebruikt"}\n}',
    # a translation file: the labels themselves
    '{\n  "name": "Naam",\n  "age": "Leeftijd",\n  "medication": "Medicatie",\n  "allergies": "Allergieën",\n'
    '  "fallRisk": "Valrisico",\n  "diagnosis": "Diagnose"\n}',
    # an empty record for a new client
    '{\n  "naam": "",\n  "leeftijd": 0,\n  "medicatie": "",\n  "allergieen": []\n}',
    # an empty form
    "Intakeformulier dagbesteding\n\nNaam: ____________\nLeeftijd: ____\nMedicatie: ____________\n"
    "Allergieën: ____________\nHulpvraag: ____________",
    # a care organisation's page about its services
    "Bij ons dagcentrum krijgt iedere cliënt een eigen begeleider. Wij letten op medicatie, valrisico en allergieën "
    "en stemmen de ondersteuning af op de hulpvraag. Neem contact op voor een kennismaking.",
    # a guideline for care workers
    "Controleer bij elke nieuwe cliënt de medicatielijst en vraag naar allergieën. Schat het valrisico in met de "
    "valrisicotest en noteer de uitkomst in het zorgdossier.",
    # a health page on falls
    "Valrisico bij ouderen\n\nVeel ouderen vallen een keer per jaar. Gebruikt u meer dan vier medicijnen? Dan is "
    "uw kans op een val groter. Bespreek dit met uw huisarts of apotheker.",
])
def test_care_data_model_or_page_stays_quiet(detector, text):
    assert not _health(detector, text)


@pytest.mark.parametrize("text, private", [
    # a labour expert's note: the company doctor's assessment of one named employee
    ("Gespreksnotities 12-03\n\nAanwezig: Sanne Kuiper, Ruud Vos (arbeidsdeskundige)\nDe bedrijfsarts bevestigt dat "
     "Sanne beperkingen heeft in concentratie en geheugen.", True),
    ("Overleg met de verzekeringsarts: Ahmed Bouali heeft beperkingen bij tillen en bukken, werk in het magazijn is "
     "daarom niet passend.", True),
    # the same words about everyone: a page, a vacancy, news
    ("Mensen met beperkingen in concentratie kunnen bij UWV vragen om ondersteuning op het werk. Bespreek dit met uw "
     "werkgever.", False),
    ("De verzekeringsarts kijkt of iemand beperkingen heeft in persoonlijk functioneren. Daarna beoordeelt de "
     "arbeidsdeskundige welk werk passend is.", False),
])
def test_limits_in_an_assessment_of_one_person(detector, text, private):
    assert _health(detector, text) is private
