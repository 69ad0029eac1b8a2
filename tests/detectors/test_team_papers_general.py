"""Issue 12: what every team's own report or meeting record has, whatever its layout: a title that says what it is
(a week or progress report of one week, the notes of a contact moment, a design review), those present listed by
name, each member's work with the questions of a progress report, an intern's days at the internship, a table of who
does which task. Their public twins (an explainer on how to write a week report, a school's newsletter, a road works'
week report, a page about design reviews, a college's portfolios) stay quiet."""
from __future__ import annotations

import pytest


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


@pytest.mark.parametrize("text", [
    # a Markdown title that ends with a full stop is still the title of one meeting
    ("# Verslag overleg 14/11 met de werkgroep Huisvesting.\n\nWe spraken over de verhuizing naar de derde verdieping. "
     "De kasten gaan eerst, daarna de werkplekken. Iedereen levert zijn sleutels in bij de receptie.\n"),
    # a contact moment with a client group, its members listed by name under the title
    ("# Verslag contactmoment klantgroep 7 en team Netwerk\n\n## Namens de klantgroep\n- Sofie Peeters\n"
     "- Ruben Claes\n- Hanne Wouters\n\n## Gevraagd\n- wifi voor gasten\n- twee laptops\n"),
    # the notes of one design review
    ("Notities design review 3 juni\n\n- het formulier is te lang, splitsen in twee stappen\n"
     "- de knop opslaan staat te ver weg\n"),
])
def test_the_record_of_a_meeting_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # the progress report of one week of a student team, with its members named
    ("# Voortgangsrapport week 4\n\n* Groep: 7\n* Datum: 02/10/2024\n\nDeze week is het script afgerond door "
     "Jelle Martens en Yasmina Haddou. Volgende week begint het testen.\n"),
    # each member's work under the questions of a progress report
    ("## Wat hebben we deze week gedaan?\n\n### Lotte Verbruggen\n* testplan geschreven\n* server opgezet\n\n"
     "### Bram Dewulf\n* back-up ingericht\n* handleiding aangevuld\n"),
    # each member's work beside the time each one kept
    ("### Ines Claessens\n* firewallregels opgezet\n* documentatie bijgewerkt\n\n[Individueel rapport "
     "tijdregistratie]\n\n### Wout Mertens\n* DNS nagekeken\n* testen uitgevoerd\n"),
    # an intern's week, day by day
    ("Maandag 14/10\nVandaag heb ik de database opgezet. In de middag was er een overleg met mijn stagebegeleider "
     "over de planning.\n\nDinsdag 15/10\nOp dinsdag heb ik de koppeling met de API getest.\n"),
    # an intern's week told as a whole
    ("Week 3 van mijn stage ging vooral over testen. Ik heb de eerste unittests geschreven en kreeg ik uitleg over "
     "de pipeline van het team.\n"),
    # a task allocation in a table of who does what
    ("# Plan van aanpak\n## Taakverdeling\n| Onderdeel | Taak | Tijdsduur | Personen |\n|---|---|---|---|\n"
     "| Server 1 | DNS | 30 min | Pieter Janssens en Ayoub Amrani |\n| Server 2 | Mail | 60 min | Leen Verhoeven |\n"
     "| Server 3 | Web | 45 min | Arne Goossens |\n"),
])
def test_a_teams_or_interns_week_report_is_a_department_report(detector, text):
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # an explainer on the week report of an internship speaks to its reader
    ("Zo schrijf je een weekverslag\n\nWeek 1 van je stage is spannend. Schrijf op wat je hebt gedaan: "
     "Maandag 12/09: kennismaking met je begeleider. Dinsdag 13/09: eerste taak. Ik heb geleerd ... is een goed begin.\n"),
    # a school's newsletter tells the days of the week, no one's own work
    ("Nieuwsbrief week 12\n\nMaandag 18/03\nSportdag voor groep 5 tot en met 8.\n\nDinsdag 19/03\nOuderavond in de "
     "aula. De stage van groep 8 op de kinderboerderij gaat door.\n"),
    # a road works' week report names no members
    ("# Voortgangsrapport week 12\n\nDeze week is het asfalt op de Rijksweg vervangen. Volgende week volgt de "
     "belijning. Omleidingen staan aangegeven.\n"),
    # a page about design reviews
    ("Notities bij een design review\n\nEen design review helpt je team fouten vroeg te vinden. Nodig de "
     "ontwerpers en ontwikkelaars uit.\n"),
    # a gemeente's report of a residents' evening lists its speakers by name, for its readers
    ("# Verslag informatiebijeenkomst zonnepark De Hoeve\n\nSprekers:\n- Marieke de Boer, projectleider\n"
     "- Gerrit Hofman, wethouder duurzaamheid\n- Sanne Kuipers, Energiecoöperatie Oost\n\nZo'n zeventig inwoners "
     "kwamen naar het dorpshuis. De vragen gingen vooral over geluid en het uitzicht. De presentatie staat op onze "
     "website.\n"),
    # a vacancy for an intern
    ("Stagiair ICT gezocht\n\nWeek 1 van je stage begin je bij ons team. Je krijgt een begeleider en ik heb als "
     "stagebegeleider altijd tijd voor je vragen. Solliciteer voor 1 maart.\n"),
])
def test_public_twins_are_no_team_papers(detector, text):
    assert not {"MEETING_NOTES", "DEPARTMENT_REPORT"} & _names(detector, text)


@pytest.mark.parametrize("text", [
    ("Weekverslag groep 3\n\n| Teamlid | Omschrijving taak | Uren |\n|---|---|---|\n| Femke Wauters | Opzoekwerk "
     "netwerk | 3 uur |\n| Femke Wauters | Scripting | 45 min |\n"),
])
def test_a_table_of_each_members_hours_is_a_department_report(detector, text):
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a school's timetable: a subject and its hours, no one's own work
    ("Lessentabel leerjaar 1\n\n| Vak | Docent | Uren |\n|---|---|---|\n| Nederlands | mevrouw Jansen | 4 uur |\n"
     "| Wiskunde | meneer Bakker | 4 uur |\n"),
    # a course's page: the name of a module and its hours
    ("Opleiding Systeembeheer\n\n| Naam module | Uren |\n|---|---|\n| Netwerken | 40 uur |\n| Linux | 30 uur |\n"),
])
def test_a_timetable_is_no_hours_report(detector, text):
    assert "DEPARTMENT_REPORT" not in _names(detector, text)
