"""Issue 12: the working papers of a team (a sprint retrospective, a week report with hours per person, a task
allocation) are its own meeting notes or internal report, whether the team builds software at UWV or is a group
of students; pages that explain scrum, a published progress report and a vacancy that mentions sprints are not."""
from __future__ import annotations

import pytest


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


# -- a retrospective ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a UWV IT team's retro, without a single name
    ("# Retro sprint 14 - team Digitale Dienstverlening\n\n## Wat ging goed?\n- De koppeling met het "
     "klantportaal staat eindelijk in productie\n- Minder verstoringen in de nachtelijke batch\n\n"
     "## Wat ging minder goed?\n- Te veel werk tegelijk opgepakt\n- De review bleef dagen liggen\n\n"
     "## Wat kan beter?\n- Eerder aan de bel trekken bij blokkades\n"),
    # a student group's retro under a plain heading
    ("Terugblik blok 2\n\nWat ging er goed\n- samenwerking binnen de groep was prima\n- de demo werkte\n\n"
     "Wat ging er minder goed\n- we begonnen te laat met testen\n- de planning klopte niet\n\n"
     "Wat hebben we geleerd\n- eerder met elkaar afstemmen\n"),
    # the short labels of a retro under its title
    ("Retro team Betalingen, sprint 31\n\nStart\n- vaker samen testen\nStop\n- losse vragen via de chat\n"
     "Continue\n- de demo op vrijdag\n"),
    # a stand-up of one day
    ("Daily stand-up 4 februari\n\n- Ruud: gisteren de koppeling gebouwd, vandaag testen\n"
     "- Esra: wacht op toegang tot de acceptatieomgeving\n"),
    # the title says it: the retro of one sprint, dated
    ("Verslag retrospective 3 maart\n\n- Tops: de overdracht naar beheer liep soepel\n"
     "- Tips: de stand-up duurt te lang, houd hem op een kwartier\n"),
])
def test_a_teams_retrospective_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # answers per team member, under the questions of the retro
    ("**Hoe verliep de samenwerking deze sprint?**\n- **Noor:** goed, veel overlegd\n- **Bas:** prima\n"
     "- **Ilse:** soms onduidelijk wie wat deed\n\n**Welk cijfer geef je de sprint?**\n- **Noor:** 7\n"
     "- **Bas:** 8\n- **Ilse:** 6,5\n\n**Wat neem je mee naar de volgende sprint?**\n- **Noor:** eerder testen\n"
     "- **Bas:** kleinere taken\n- **Ilse:** vaker vragen stellen\n"),
])
def test_answers_per_team_member_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # explainer pages on scrum name the same questions, to the reader
    ("Wat is een retrospective?\n\nEen retrospective is een vast onderdeel van Scrum. Aan het einde van elke "
     "sprint kijkt het team terug. De scrum master stelt daarbij drie vragen:\n\nWat ging goed?\n"
     "Wat ging minder goed?\nWat kan beter?\n\nZo leert het team van elke sprint."),
    ("# Zo houd je een goede retro\n\n## Wat ging goed?\nBegin altijd met wat goed ging. Zo zet je een "
     "positieve toon.\n\n## Wat kan beter?\nVraag daarna wat beter kan. Laat iedereen aan het woord.\n"),
    ("Een retrospective bestaat uit drie vragen.\n\nWat ging goed?\n- successen van de sprint\n\n"
     "Wat kan beter?\n- verbeterpunten voor het team\n"),
    # a voting guide: each party's answer under its statements
    ("**Stelling 1: Moet de gemeente meer woningen bouwen?**\n- **Volt:** eens\n- **Denk:** eens\n"
     "- **Piratenpartij:** oneens\n\n**Stelling 2: Moet parkeren in het centrum gratis worden?**\n"
     "- **Volt:** oneens\n- **Denk:** eens\n- **Piratenpartij:** oneens\n"),
    # a gemeente's published evaluation asks the same questions
    ("Evaluatie Koningsdag 2025\n\n## Wat ging goed?\n- Ruim 20.000 bezoekers in het centrum\n"
     "- Weinig incidenten\n\n## Wat kan beter?\n- Meer afvalbakken langs de route\n"),
    # an invitation to a public sprint review, and a page on a retro's labels
    ("Sprint review 12 juni\n\nBen je benieuwd wat het team heeft gebouwd? Je bent van harte welkom bij de "
     "demo in het stadskantoor.\n"),
    ("Start, stop, continue\n\n- Start: wat wil het team gaan doen?\n- Stop: waar houdt het team mee op?\n"
     "- Continue: wat gaat goed?\n"),
    # a vacancy that mentions sprints and the stand-up
    ("Vacature: Scrum Master (32-36 uur)\n\nJe begeleidt twee teams in tweewekelijkse sprints. Je faciliteert "
     "de stand-up, de review en de retrospective. Solliciteer voor 1 juni via werkenbij.uwv.nl."),
    # a council's public minutes
    ("Besluitenlijst openbare vergadering van de gemeenteraad van 12 maart\n\nAanwezig: de voorzitter, "
     "de griffier en 19 raadsleden\n\n1. Opening\n2. Vaststellen agenda\n"),
])
def test_pages_about_retros_stay_quiet(detector, text):
    names = _names(detector, text)
    assert "MEETING_NOTES" not in names and "DEPARTMENT_REPORT" not in names


# -- hours and tasks per person ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("# Weekverslag 7\n\n## Gewerkte uren\n- (Sanne) testscript voor de koppeling: 2u30\n"
     "- (Mehmet) overleg met beheer: 45 min\n- (Sanne) documentatie bijgewerkt: 1 uur\n"),
    ("Urenoverzicht week 12\n\n- Joost: stand-up en refinement, 3 uur\n- Fatima: release voorbereid, 6 uur\n"
     "- Joost: bugfix aanvraagformulier, 2 uur\n"),
    ("Uren week 23\n\n- Karin: 32 uur\n- Mehmet: 36 uur\n- Sanne: 24 uur\n"),
    # almost empty, one line of hours under the timesheet heading
    ("# Weekrapport 9\n\n## Uittreksel timesheet\n\n- Totaal gepresteerde uren: 4u\n"
     "  - (Wout) demo voorbereid: 1u\n"),
])
def test_hours_per_person_are_a_team_report(detector, text):
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    ("# Taakverdeling\n\n## Front-end\n- Lotte\n- Yusuf\n\n## Database\n- Bram\n- Femke\n\n## Testen\n- Lotte\n"),
])
def test_task_allocation_per_member_is_a_team_report(detector, text):
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a public project's progress report: what was done and what comes next, without anyone's hours
    ("Voortgangsrapportage project Groene Singel, tweede kwartaal\n\n## Gerealiseerd\n- De bomen aan de "
     "westkant zijn geplant\n- Het fietspad is verbreed\n\n## Planning komende periode\n- Aanleg van de speelplek\n\n"
     "## Urenbesteding\nDe aannemer besteedde in totaal 1.240 uur aan het project."),
    # opening hours and a course's study load
    ("Openingstijden\n- Maandag: 9.00 tot 17.00 uur\n- Dinsdag: 9.00 tot 17.00 uur\n\nDe cursus duurt 8 weken; "
     "reken op 4 uur per week."),
    # a board's or a college's portfolios under a task allocation title: tasks, not names
    ("Rolverdeling nieuw bestuur\n\n- Voorzitter\n- Penningmeester\n- Secretaris\n- Ledenadministratie\n"),
    ("Taakverdeling college bekend\n\n- Financiën\n- Sport\n- Cultuur\n- Jeugdzorg\n- Armoede\n"),
    # a public explainer on dividing tasks
    ("Taakverdeling in het huishouden\n\nWie doet wat in huis? Uit onderzoek van het CBS blijkt dat vrouwen nog "
     "steeds meer zorgtaken hebben dan mannen."),
])
def test_published_reports_and_hours_stay_quiet(detector, text):
    names = _names(detector, text)
    assert "MEETING_NOTES" not in names and "DEPARTMENT_REPORT" not in names


@pytest.mark.parametrize("text", [
    # one question of the retro under a title that names it
    ("# Aantekeningen retrospectief release 2.4\n\n### Wat ging er goed?\n- De uitrol in het weekend verliep "
     "zonder storing\n- Beheer was op tijd ingelicht\n"),
    ("# Verslag_retro_05-02-2025\n\n- Notulist: Evi\n\n## Besproken\n- testomgeving was twee dagen plat\n"),
])
def test_retro_notes_under_a_retro_title(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # stand-up notes of a UWV team: each member's work under their name
    ("## Stand-up dinsdag\n\n### Karin Bosman\n- koppeling met het klantportaal getest\n- review gedaan\n\n"
     "### Mehmet Yilmaz\n- batchverwerking herschreven\n\n## Blokkades\n- testomgeving ligt nog plat\n"),
    ("## Realisaties vorige periode\n\n### Sophie van Dijk\n- testplan geschreven\n\n### Daan Verbeek\n"
     "- webserver ingericht\n- back-up getest\n\n## Problemen\n- te weinig tijd voor documentatie\n"),
    # surnames first, as a class list writes them; one of them is enough to be found as a name
    ("### Hoekstra Wessel\n- DNS-server afgewerkt\n\n### Van der Linden Priya\n- testplan voor de mailserver\n\n"
     "### Sophie van Dijk\n- firewallregels nagekeken\n\n## Problemen\n- de labo-omgeving was traag\n"),
])
def test_work_per_member_under_their_names_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a published progress report per region, and a council's page on its aldermen
    ("## Voortgang per regio\n\n### Regio Noord\n- 12 nieuwe leerwerkplekken\n\n### Regio Zuid\n"
     "- twee banenmarkten gehouden\n\n## Knelpunten\n- Er zijn te weinig stageplekken in de zorg.\n"),
    ("## Voortgang\n\n### Regio Noord\n- 12 nieuwe leerwerkplekken\n\n### Werkbedrijf Oost\n"
     "- twee banenmarkten gehouden\n\n## Knelpunten\n- Er zijn te weinig stageplekken in de zorg.\n"),
    ("## Het college\n\n### Burgemeester Anna de Boer\n- Openbare orde en veiligheid\n- Communicatie\n\n"
     "### Wethouder Kees Jansen\n- Financiën\n- Sport\n"),
])
def test_sections_per_region_or_alderman_stay_quiet(detector, text):
    names = _names(detector, text)
    assert "MEETING_NOTES" not in names and "DEPARTMENT_REPORT" not in names
