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


@pytest.mark.parametrize("text", [
    "De Silva overleed op 18 september om vijf uur 's nachts aan een hartstilstand, in zijn slaap, onverwacht. "
    "Hij was actief en energiek, zegt zijn partner Marianne Lammers. Met haar leefde hij samen in Lutten.",
    "Oud-burgemeester Henk Post is op 81-jarige leeftijd overleden aan de gevolgen van kanker. Post was twintig jaar "
    "burgemeester van Hardenberg.",
    "The former coach Jan Vos died last week of a heart attack, the club announced on its website.",
    "Kees Brink overleed vorige week aan een hartaanval, thuis in zijn stoel. Hij was altijd gezond, vertelt zijn "
    "dochter Anne. Brink werd geboren in Zwolle als zoon van een bakker.",
    "Kees Brink overleed vorige week aan een hartaanval. Zijn vrouw Els vond hem. Ze woonden samen in Dalfsen.",
    "Ria Smit is op 3 mei gestorven aan de gevolgen van een beroerte.",
])
def test_the_cause_of_someones_death_is_no_health_data_of_a_living_person(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Mevrouw Post is sinds maart ziek door kanker; haar vader overleed vorig jaar.",
    "Hoi Anja, Jan heeft een hartaanval gehad en ligt in het ziekenhuis. Hij is niet overleden, gelukkig.",
    "Meneer De Boer is in mei bijna overleden aan een hartaanval en is nog niet aan het werk.",
    "Mevrouw Jansen had kunnen overlijden aan een longembolie, zegt de bedrijfsarts.",
    "Our colleague Tom nearly died of a heart attack last spring and is still on sick leave.",
])
def test_the_illness_of_a_living_person_beside_a_death_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Iris van Groeningen, internist en medisch manager, vertelt: \"Paul heeft veel betekend voor het ziekenhuis. "
    "Dat blijkt wel uit de hoge opkomst van de specialisten vandaag.\"",
    "Bij zijn afscheid kreeg Henk de Vries een lintje: hij heeft zich veertig jaar ingezet voor het ziekenhuis.",
    "Marieke Kok heeft twintig jaar gewerkt voor de kliniek in Zeist en gaat nu met pensioen.",
])
def test_what_someone_did_for_a_hospital_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Mevrouw Kok is gisteren opgenomen in het ziekenhuis na een val; ze blijft er een week.",
    "Jan de Vries moet voor het ziekenhuis nuchter zijn: de operatie aan zijn knie is morgen om acht uur.",
])
def test_a_stay_or_a_treatment_in_hospital_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "We discussed the sprint review with the client. Noah presented the new dashboard and Andreea implemented the "
    "export; we agreed that Milan will look into the login bug before the next meeting.",
    "Weekly meeting\n\nLiam proposed to move the demo to Friday. Sofia explained the test plan, and we decided to "
    "merge the branch after the review. Next meeting on Tuesday.",
])
def test_english_minutes_where_members_speak_by_first_name_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "At the festival, Emma presented her first novel to a full tent, and Jonas explained how the book was made.",
])
def test_a_published_report_in_english_with_first_names_is_no_meeting_notes(detector, text):
    assert "MEETING_NOTES" not in categories(detector, text)
