"""Issue 12: a team's own notes in running sentences ("we", a lecturer or a manager by role) end in a table of
action points with a column for who does it and one for the deadline: the minutes of the team's meeting, not a
published text, even when the word model reads the sentences as prose. A gemeente's action plan, a public body's
project report in "we", a school's newsletter and an explainer page plan their actions with a lead organisation and
a period, not with a colleague and a deadline."""
from __future__ import annotations

import pytest

from tests.helpers.verdict import warns


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


_TEAM_NOTES = [
    # students' weekly notes, in sentences, the teacher by role, an empty action table
    ("## Planning\n\nDe planning liep deze week achter omdat we de testomgeving pas op woensdag konden gebruiken. "
     "We hebben daarom de taken voor de database naar volgende week geschoven en de documentatie eerst gedaan.\n\n"
     "## Vragen aan de docent\n\nWe hebben docent Verhoeven gevraagd hoe uitgebreid het testrapport moet zijn. "
     "Docent Verhoeven gaf aan dat een korte beschrijving per test volstaat, met een schermafbeelding erbij.\n\n"
     "## Actiepunten\n\n| Wat | Wie | Deadline |\n|---|---|---|\n|   |   |   |\n"),
    # a UWV team's notes with the manager by role and a filled action table
    ("Teamoverleg Handhaving\n\nWe hebben het gehad over de achterstand in de meldingen. Teamleider Kroonenberg "
     "vraagt ons om de oudste meldingen eerst op te pakken en nieuwe meldingen pas daarna te verdelen. Ook willen we "
     "vaker samen naar moeilijke dossiers kijken.\n\n**Actiepunten**\n\n| Actie | Wie | Deadline |\n"
     "| --- | --- | --- |\n| Oudste meldingen verdelen | Kroonenberg | vrijdag |\n"
     "| Intervisie plannen | Sanne | 1 maart |\n"),
    # an English team's notes, the same table in English
    ("## Sprint progress\n\nWe finished the login page but the payment module is still blocked. Our coach Dekker "
     "told us to split the stories into smaller tasks and to ask the architect for help.\n\n## Action items\n\n"
     "| What | Who | Due |\n|---|---|---|\n| Split stories | Anouk | Friday |\n"),
]


@pytest.mark.parametrize("text", _TEAM_NOTES)
def test_a_teams_notes_with_an_action_table_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)
    assert warns(detector, text)


@pytest.mark.parametrize("text", [
    # a gemeente's action plan: actions with a lead organisation and a period
    ("# Actieplan Eenzaamheid 2026\n\nIn Bergveld voelen we ons samen verantwoordelijk voor inwoners die er alleen "
     "voor staan. Met dit actieplan willen we eenzaamheid eerder signaleren en bespreekbaar maken. We werken daarbij "
     "samen met de bibliotheek, het welzijnswerk en de huisartsen.\n\n## Actiepunten\n\n| Actie | Trekker | Planning |"
     "\n|---|---|---|\n| Week tegen Eenzaamheid organiseren | Welzijn Bergveld | oktober 2026 |\n"
     "| Training signaleren voor vrijwilligers | gemeente | voorjaar 2026 |\n"),
    # the same plan with a who column but a period, not a deadline
    ("# Uitvoeringsplan Wijkaanpak Noord\n\nSamen met bewoners willen we de wijk schoner en veiliger maken. In dit "
     "plan staat wat we de komende twee jaar doen en wie daarbij de leiding heeft. De gemeenteraad heeft het plan in "
     "juni vastgesteld.\n\n## Actiepunten\n\n| Actie | Wie | Wanneer |\n|---|---|---|\n"
     "| Extra prullenbakken plaatsen | gemeente | 2026 |\n| Buurtpreventie starten | bewoners en politie | 2027 |\n"),
    # a city's English action plan: a lead and a period
    ("# Action plan Clean Air 2026\n\nTogether with residents and businesses we want cleaner air in the city centre. "
     "This plan sets out what we will do in the next two years and who leads each step.\n\n## Action items\n\n"
     "| Action | Who | When |\n|---|---|---|\n| More charging points | the city | 2026 |\n"),
    # a public body's project report in "we"
    ("Projectverslag Digitale Inclusie\n\nIn 2025 hebben we in twaalf bibliotheken spreekuren gehouden voor "
     "inwoners die moeite hebben met digitale overheidszaken. We hebben ruim 3.000 vragen beantwoord, vooral over "
     "DigiD en toeslagen. Volgend jaar willen we het aantal spreekuren uitbreiden en meer vrijwilligers opleiden."),
    # a school's newsletter
    ("Nieuwsbrief De Regenboog, maart\n\nDeze maand staan we stil bij de Kinderboekenweek. Alle groepen lezen "
     "elke ochtend een kwartier samen. Op vrijdag 14 maart is de kijkmiddag: ouders zijn van harte welkom vanaf "
     "14.00 uur. Denkt u aan de gymspullen op dinsdag en donderdag?"),
    # an explainer on writing minutes, with the template of an action list
    ("Zo maak je een goed verslag\n\nEen verslag hoeft niet lang te zijn. Schrijf op wat er besloten is en wie wat "
     "gaat doen. Zet de actiepunten in een tabel, zodat iedereen ziet wat er van hem verwacht wordt. Houd de tabel "
     "bij in elk volgend overleg en streep af wat klaar is."),
])
def test_public_plans_and_reports_in_we_stay_quiet(detector, text):
    assert "MEETING_NOTES" not in _names(detector, text)
    assert not warns(detector, text)


# -- a task allocation asked as questions ------------------------------------------------------------------------

_ALLOCATION_QUESTIONS = [
    # a team's planning, its questions answered with first names
    ("- Welke taken zijn er nog te doen?\n    - Testplan schrijven (Femke & Bart)\n    - Server herinstalleren (Omar)\n"
     "    - Presentatie maken (Lieke, Bart)\n\n- Wie test wat volgende week?\n    - Inlogscherm Femke\n"
     "    - Rapportage Omar en Lieke\n    - Koppeling Sem\n"),
    ("Wie doet wat deze sprint?\n\n* Backlog bijwerken: Yara\n* Demo voorbereiden: Niels en Tom\n"
     "* Testdata aanmaken: Ilse\n"),
]


@pytest.mark.parametrize("text", _ALLOCATION_QUESTIONS)
def test_a_task_allocation_asked_as_questions_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a school's page: who does what, the staff by name, without a week or a sprint
    ("Wie doet wat op school?\n\n- Juf Anja: groep 3\n- Meester Kees: groep 5 en 6\n- Juf Petra: intern begeleider\n"
     "- Meester Ruben: gym\n"),
    # an explainer: the tasks without people
    ("Welke taken zijn er nodig bij een verhuizing?\n\n- Dozen inpakken\n- Adres wijzigen bij de gemeente\n"
     "- Energie en internet overzetten\n- De oude woning schoonmaken\n"),
])
def test_pages_about_tasks_stay_quiet(detector, text):
    assert "MEETING_NOTES" not in _names(detector, text)


# -- a team's work session, signed by who wrote it down ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("# Brainstorm testaanpak\n\n## Wat testen we eerst?\nInlogscherm => handmatig?\nKoppeling => automatisch?\n\n"
     "## Wie levert de testdata?\nBeheer? Of wij zelf?\n\nOpgemaakt door Marloes Hendriks en Pieter Claes"),
    ("Werksessie planning blok 3\n\n- demo in week 5?\n- release in week 7 of 8?\n- wie neemt contact op met beheer?\n\n"
     "Genoteerd door: Sven Dijkhuis"),
])
def test_a_signed_work_session_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a gemeente's report of a session with residents, signed by its official for the gemeente
    ("# Brainstorm centrumplan\n\nOp 12 mei dachten ruim veertig inwoners mee over het nieuwe centrum. Veel mensen "
     "willen meer groen en minder auto's op het plein. Ook een overdekte markt werd vaak genoemd.\n\n"
     "Opgemaakt door Anja de Vries, projectleider gemeente Bergveld"),
    # a published article that was written by a journalist
    ("Brainstormen doe je zo\n\nEen goede brainstorm begint met een heldere vraag. Schrijf alle ideeën op, ook de "
     "vreemde. Pas daarna kies je de beste.\n\nGeschreven door Tom Kuipers"),
])
def test_signed_public_sessions_stay_quiet(detector, text):
    assert "MEETING_NOTES" not in _names(detector, text)
