"""Issue 12, ninth round: the shapes of other people's records that others_private9 showed (written anew here).

A work log is a team's or a person's report: a log's title over dated entries of who did what, or a timesheet table
with a column for the date, one for the time spent and one for the work. Minutes keep their title under Markdown
marks ("# Notulen 14 juni"), their numbered headings ("1.1 Aanwezigen") and "Niet aanwezig:", and action points
that name who does them. Their public twins (a page that explains what a log is, a programme of an event, a
Markdown page about writing minutes, a plan's list of measures) stay quiet."""
from __future__ import annotations

import pytest


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


@pytest.mark.parametrize("text", [
    # a pupils' log: a date, a pupil and what was done, entry by entry
    ("# Logboek\n\nDatum: 12-03-2024\nLeerling: Fenna\nUitgevoerd: de motor aangesloten\n\n---\n\n"
     "Datum: 14-03-2024\nLeerling: Jurre en Sil\nUitgevoerd: het frame gezaagd\n\n---\n\n"
     "Datum: 19-03-2024\nLeerling: Fenna\nUitgevoerd: de sensor getest\n"),
    # a consultant's log of a process, its meetings by day
    ("# Logboek van de opdracht\n\n## Overlegmomenten\n- wo 4 september: startgesprek met de directeur\n"
     "- vr 13 september: sessie met de werkgroep ICT (Hamid, Lieke, Bas)\n- di 24 september: terugkoppeling "
     "aan het bestuur\n"),
    # an intern's log, day by day under dated headings
    ("## Stagelogboek\n\n### 02/09/2024\nKennismaking met het team en de laptop ingericht.\n\n### 03/09/2024\n"
     "Eerste ticket opgepakt met mijn buddy Ruud.\n\n### 04/09/2024\nDe tests van de koppeling geschreven.\n"),
    # a timesheet without a title: date, time spent, what was done
    ("Noor\n\n| Datum | Tijdsduur | Plaats | Activiteiten |\n|---|---|---|---|\n| 03-10-2023 | 1 uur | bieb | "
     "onderwerp gekozen |\n| 10-10-2023 | 2 uur | thuis | enquête gemaakt |\n| 17-10-2023 | 45 min | school | "
     "gesprek met begeleider |\n"),
])
def test_a_work_log_is_a_department_report(detector, text):
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # minutes under a Markdown title with the date, and who was not there
    ("# Notulen 21 mei\n\nNiet aanwezig: Ilse, Daan.\nWe hebben de planning van de sprint besproken en de "
     "demo verschoven naar vrijdag.\n"),
    # a Markdown title and a notulist
    ("## Notulen - 3 oktober\nNotulist: Merel Hoekstra\nIedereen is er. We kiezen voor de tweede optie voor "
     "de database.\n"),
    # a report of a meeting whose headings are numbered
    ("# Verslag overleg met de opdrachtgever - groep 4\n\n## 1.1 Aanwezigen\nOpdrachtgever: Lotte, Kees\n"
     "Projectgroep: Emre, Vera, Thijs\n\n## 1.2 Wensen\nDe klant wil een eigen netwerk voor gasten.\n"),
    # action points that name who does them, with no title over the notes
    ("## Keuze database\nWe twijfelen tussen Postgres en SQLite. Postgres kan meer, SQLite is eenvoudiger.\n\n"
     "## Actiepunten\n- Wessel, Noor: uitzoeken hoe de back-up werkt.\n- Gijs: de repository opzetten.\n"
     "- Noor: de planning rondsturen.\n"),
])
def test_the_record_of_a_meeting_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a page that explains keeping a log (no dated entries)
    ("# Logboek\n\nIn het logboek houdt u bij welk onderhoud aan de installatie is gedaan. Noteer de datum, wie "
     "het werk deed en wat er is vervangen. Bewaar het logboek bij de installatie.\n"),
    # an event's programme has a time of day, not a duration
    ("| Datum | Tijd | Activiteit | Locatie |\n|---|---|---|---|\n| 12-06-2025 | 10.00 uur | Opening | Stadhuis |\n"
     "| 12-06-2025 | 14.00 uur | Rondleiding | Museum |\n| 13-06-2025 | 20.00 uur | Concert | Markt |\n"),
    # a page on how to write minutes, in Markdown
    ("# Notulen maken: zo doe je dat\n\nIn de notulen schrijf je wie aanwezig was en wat er is besloten. "
     "Houd het kort en stuur ze binnen een week rond.\n"),
    # a plan's list of measures under "Acties", no person named
    ("## Acties\n- De gemeente plant 200 bomen in de wijk.\n- Het waterschap legt een wadi aan.\n"
     "- De provincie betaalt de helft van de kosten.\n"),
])
def test_public_twins_stay_quiet(detector, text):
    assert not _names(detector, text) & {"DEPARTMENT_REPORT", "MEETING_NOTES"}


@pytest.mark.parametrize("text", [
    # a mail quoted in an evaluation: only From and To, then the greeting
    ("## Bijlage\n\nIn de eerste mail vroeg ik naar de stageopdracht.\n\n```\nRe: Stageplek\n\nFrom: Marloes\n"
     "To: Yusuf\n\nHoi Yusuf,\n\nHeb je de papieren van school al?\n\nGroetjes, Marloes\n```\n"),
    ("Zie hieronder het bericht.\n\nVan: Gerrit\nAan: Fleur\n\nBeste Fleur,\n\nKun je de lijst morgen sturen?\n\n"
     "Met vriendelijke groet,\nGerrit\n"),
])
def test_a_mail_with_only_from_and_to_above_its_greeting_is_an_email(detector, text):
    assert "EMAIL_MESSAGE" in _names(detector, text)


def test_from_and_to_in_a_published_explainer_without_a_greeting_is_no_email(detector):
    text = ("Zo vult u een e-mail in. Bij Van: staat uw eigen adres.\nVan: uw naam\nAan: de ontvanger\n\n"
            "Schrijf daarna een korte, duidelijke tekst over één onderwerp.\n")
    assert "EMAIL_MESSAGE" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a FHIR condition of a named patient, its notes in one escaped string
    ('    "subject": {\n        "reference": "https://epd.example.intra/FHIR/Patient/eH4ng98",\n        "display": '
     '"Voorbeeld, Henk-Jan"\n    },\n    "onsetPeriod": {\n        "start": "2024-01-12"\n    },\n    "note": [\n'
     '        {\n            "text": "2023-11: ziekte van Crohn\\r\\n2023-04: zwanger\\r\\n2022-08: hoofdpijn\\r\\n'
     '2021-02: posttraumatische stressstoornis"\n        }\n    ]\n'),
    # a do-not-resuscitate directive of a named patient
    ('  "status": "active",\n  "category": [\n    {\n      "text": "Patiëntinformatie - Wilsbeschikkingen"\n    }\n'
     '  ],\n  "patient": {\n    "reference": "Patient/77",\n    "display": "dhr. K. Brouwer"\n  },\n  "extension": [\n'
     '    {\n      "valueString": "Niet-reanimerenpenning"\n    }\n  ]\n'),
])
def test_a_care_record_of_a_named_patient_is_health_data(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


def test_a_profile_of_a_care_record_without_a_patient_is_no_health_data(detector):
    text = ('{\n  "resourceType": "StructureDefinition",\n  "name": "Condition",\n  "description": "Een '
            'diagnose zoals diabetes of depressie, met de datum waarop die is vastgesteld.",\n  "status": "draft"\n}\n')
    assert "HEALTH_DATA" not in _names(detector, text)


def test_a_task_allocation_under_its_own_heading_in_minutes_is_internal(detector):
    text = ("**Inloggen met de pas** - De meeste mensen gaven dit een 3, Jorien gaf het een 5.\n\n## Taakverdeling\n\n"
            "We hebben de user stories verdeeld.\n\n- **Inloggen met de pas** - Jorien, Stef\n"
            "- **Rooster tonen** - Mila, Bart, Stef\n- **Meldingen sturen** - Ayla, Jorien\n")
    analysis = detector.analyze(text)
    assert "DEPARTMENT_REPORT" in {c.name for c in analysis.categories}
    assert {"Jorien", "Stef", "Mila"} <= {text[f.start:f.end] for f in analysis.findings if f.type == "PERSON"}


def test_the_portfolios_of_a_college_under_a_heading_are_no_task_allocation(detector):
    text = ("Het nieuwe college is geïnstalleerd.\n\n## Taakverdeling\n\n- **Financiën, wonen** - wethouder Ilse "
            "Dekker\n- **Onderwijs, sport** - wethouder Bram Smits\n- **Zorg, jeugd** - wethouder Fatma Yilmaz\n")
    assert "DEPARTMENT_REPORT" not in {c.name for c in detector.analyze(text).categories}


def test_a_teams_own_report_with_who_made_it_is_a_department_report(detector):
    text = ("# Projectverslag robotarm\n### gemaakt door Siebe Kuipers, Lotte van Dam en Ravi Ramdin\n\n## Inleiding\n"
            "Wij hebben de afgelopen weken een robotarm gebouwd. Siebe deed de motoren, Lotte de software.\n")
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a published report names its authors, not who "made" it
    ("Onderzoeksverslag woningmarkt 2024\nAuteurs: dr. Karin Visser en prof. Ruud de Graaf\n\nDe woningmarkt blijft "
     "krap. In dit verslag staan de cijfers per provincie.\n"),
    # a website made by a studio
    ("Verslag van de open dag\nGemaakt door Studio Blauw\n\nOp zaterdag kwamen 400 bezoekers naar de school.\n"),
])
def test_a_published_report_with_its_authors_is_no_department_report(detector, text):
    assert "DEPARTMENT_REPORT" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    '{\n  "networkShare": "//fs-gemeente/webdata/Formulieren/PROD",\n  "bsnOrKvkToFile": true\n}\n',
    "Het verslag staat op //srv-werkplein/teams/Handhaving/2024/verslag.docx, zet je reactie erbij.\n",
])
def test_a_file_share_written_with_forward_slashes_is_an_internal_source(detector, text):
    assert "INTERNAL_SOURCE" in _names(detector, text)


@pytest.mark.parametrize("text", [
    '<script src="//cdn.jsdelivr.net/npm/app.js"></script>\n',
    "Meer weten? Kijk op https://www.werk.nl/werkzoekenden/ of bel ons.\n",
])
def test_a_web_address_is_no_file_share(detector, text):
    assert "INTERNAL_SOURCE" not in _names(detector, text)
