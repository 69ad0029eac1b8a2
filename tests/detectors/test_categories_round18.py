"""Issue 12, eighteenth round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    "Programma\n09:00 Welkom\nCrispijn de Wolf en Marieke Smit\n09:15 Inleiding\nJoost Brand",
    "Sprekers: Crispijn Hoogland (TU Delft) en Annemiek Kramer (Deltares).",
    "Het woord is aan Crispijn van Dalen, de nieuwe voorzitter van de vereniging.",
])
def test_a_first_name_that_ends_like_a_complaint_is_no_health_data(detector, text):
    # "Crispijn" ends in "pijn", as "rugpijn" does: a name is no compound of a complaint
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Mevrouw De Wolf meldt zich ziek met rugpijn en hoofdpijn sinds maandag.",
    "Crispijn meldt zich vandaag ziek met buikpijn en koorts.",
])
def test_a_complaint_in_a_compound_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "PATIENT: 112, F, 67 yo\nCC: sudden weakness of the right arm\n\nASSESSMENT:\nPt presents with a possible stroke. "
    "CT ordered.\n\nSignature: Dr. K. Osei, MD",
    "Patient: 2231-A\nSeen at the outpatient clinic today. History of sepsis last spring; now a small intracerebral "
    "hemorrhage on the scan. Referred to neurology.",
    "Patient: R. Mahabier\nDischarge summary: admitted with a left-sided hemiparesis after an ischemic stroke.",
])
def test_an_english_clinical_note_about_one_patient_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "The swimmer won the final with a powerful stroke in the last fifty metres.",
    "It was a stroke of luck that the bridge reopened before the holidays, the council said.",
    "Patient safety week: hospitals across the region share how they prevent falls and infections.",
])
def test_stroke_or_patient_in_general_english_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Verslag bespreking maandag 16 januari in De Bron\n\n1. Mededelingen\nMarianne is verhinderd. Cor vraagt of wij "
    "het formulier voor de jaarmarkt indienen. Na kort beraad besluiten we tot deelname.\n\n2. Site\nTineke houdt de "
    "site bij.",
    "Verslag teambespreking 4 maart\n\nAanwezig: Ruud, Anja, Sem\n\n1. Opening\nAnja opent de bespreking.",
])
def test_the_report_of_a_bespreking_is_meeting_notes(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)
