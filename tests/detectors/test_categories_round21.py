"""Issue 12, twenty-first round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # a radiology or pathology report: about one patient, even without a name in the part that is copied
    "Klinische gegevens:\nPijn rechter heup na val, bekend met osteoporose.\nVerslag:\nX-heup rechts: collumfractuur "
    "met geringe dislocatie. Geen andere fracturen.\nImpressie:\nMediale collumfractuur rechts.",
    "Gerichte vraagstelling: longembolie?\nVerslag:\nCT-thorax met contrast. Vullingsdefect in de rechter "
    "onderkwabarterie, passend bij longembolie. Geen pleuravocht.",
    "Klinische gegevens: hematurie, roker.\nBevindingen:\nLaesie in de linker nier van 24 mm, verdacht voor "
    "niercelcarcinoom.\nImpressie:\nSolide laesie linker nier, verdacht voor maligniteit.",
])
def test_a_clinical_report_without_a_name_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # an impression of a day out, an empty template of a report, a course's explanation of a referral
    "Impressie:\nOp de open dag van het ziekenhuis kwamen ruim duizend bezoekers. Kinderen konden een gipsverband "
    "laten zetten bij hun knuffel.",
    "Klinische gegevens:\nVraagstelling:\nVerslag:\nConclusie:",
    "In een verwijsbrief staan de klinische gegevens van de patiënt en een gerichte vraagstelling aan de specialist. "
    "De huisarts stuurt de brief via het beveiligde netwerk.",
    # a hospital's page on how a GP asks for an examination: the labels of the request, not a report's findings
    "Aanvragen van beeldvorming door de huisarts\nVermeld op het aanvraagformulier:\nKlinische gegevens: een korte "
    "beschrijving van de klachten, zoals pijn of een zwelling.\nGerichte vraagstelling: welke vraag moet het onderzoek "
    "beantwoorden, bijvoorbeeld of er een fractuur is?",
])
def test_an_impression_a_template_or_an_explanation_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Mevrouw Bakker is bekend met een gemetastaseerd mammacarcinoom.",
    "Hoi Sanne, Joost is er voorlopig niet: bij hem is een maligniteit gevonden.",
    "Dhr. De Wit heeft levermetastasen, zag ik in de mail van vanochtend.",
])
def test_cancer_in_the_words_of_a_report_about_a_named_person_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)
