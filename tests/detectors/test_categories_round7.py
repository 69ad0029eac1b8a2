"""Issue 12, seventh round: categories of texts written by others (others_private6's classes, on new texts):
minutes written in Markdown, and drinking or drugs as one client's condition."""
from __future__ import annotations

import pytest


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


@pytest.mark.parametrize("text", [
    ("# Sprintoverleg\n\n|                 |                    |\n|----------------:|:-------------------|\n"
     "|       **Datum** | 2024-03-11, 10:00  |\n|    **Aanwezig** | Lotte, Bram, Yusuf, Femke |\n"
     "|     **Afwezig** | /                  |\n\n## Agenda\n\n- Terugblik vorige sprint\n- Taken verdelen\n"
     "- Planning volgende week\n"),
    ("## Teamoverleg 14 mei\n\n**Aanwezig:** Karin, Mehmet, Joost\n\n**Actiepunten:**\n- Karin belt de leverancier\n"
     "- Joost past de planning aan\n"),
    ("### Projectgroep website\n\n- **Aanwezig**: Sanne, Pieter, Ruud\n- **Afspraken**: de teksten zijn vrijdag "
     "klaar\n- **Volgende vergadering**: dinsdag 4 juni\n"),
])
def test_minutes_written_in_markdown(detector, text):
    assert "MEETING_NOTES" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a page about a meeting, with an agenda heading but no attendance, actions or decisions
    ("# Open dag\n\nOp zaterdag 12 april is iedereen welkom in het gemeentehuis.\n\n## Agenda\n\n"
     "Het programma begint om 10.00 uur met een rondleiding door de raadzaal."),
    ("| Functie | Naam |\n|---|---|\n| **Voorzitter** | J. de Vries |\n| Penningmeester | K. Smit |\n"),
])
def test_a_markdown_page_with_one_label_is_no_minutes(detector, text):
    assert "MEETING_NOTES" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    "Thomas heeft een lang verleden van alcoholafhankelijkheid. Sinds de zomer woont hij beschermd en gaat hij "
    "elke week naar de psycholoog.",
    "Casus: Mirjam (41) is alcoholist en woont sinds januari bij haar zus. Ze wil minder drinken maar durft "
    "niet naar de huisarts.",
    "Zijn zoon is verslaafd en heeft geen vaste woonplek; de wijkagent belt ons als hij weer op straat slaapt.",
])
def test_drinking_or_drugs_of_one_person_is_health_data(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


@pytest.mark.parametrize("text", [
    "Alcoholafhankelijkheid komt in Nederland veel voor. Een op de tien volwassenen drinkt te veel, blijkt uit "
    "cijfers van het Trimbos-instituut.",
    "Wie verslaafd is aan gamen, kan hulp vinden bij de GGD. Op de website staan tips voor ouders.",
])
def test_drinking_or_drugs_in_general_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    "INTAKE WERKNEMER\n\nKlachten: lage rugpijn sinds januari, uitstraling naar linkerbeen\n"
    "Pijnmedicatie: ibuprofen 400 mg, zo nodig\nWens werkhervatting: ja, eerst halve dagen",
    "Gegevens aanvraag hulpmiddel\n\nDiagnose: artrose beide knieën\nHulpmiddelen: rollator, douchestoel\n"
    "Woonsituatie: gelijkvloers",
    "- Pijn op schaal 1-10: gemiddeld 7, 's nachts 9\n- Medicatie: tramadol, sinds februari\n- Werk: ziek gemeld",
])
def test_a_filled_in_form_with_health_fields(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # an empty form, and a page about an illness with questions as its labels
    "Intakeformulier\n\nKlachten: ..........................\nMedicatie: ..........................\n"
    "Diagnose: [in te vullen door de arts]",
    "Hernia\n\nDiagnose: hoe stelt de arts het vast?\nBehandeling: welke mogelijkheden zijn er?",
    # one field is no form
    "Vergaderverslag\n\nMedicatie: het protocol wordt volgende maand herzien door de apotheker.",
])
def test_an_empty_form_or_a_page_of_questions_has_no_filled_in_health_fields(text):
    from detectors.categories.health import _health_fields

    assert _health_fields(text.lower()) is None
