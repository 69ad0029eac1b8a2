"""Issue 12, seventeenth round (all texts newly invented): a team's minutes written in English, as student and
project teams write them: the roles of the meeting ("Chair", "Minute taker"), its agenda ("Announcements",
"Talking points", "Question round", "Closure") and minutes in prose ("The meeting started at ...", "the chair ...")."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # an agenda with the meeting's roles above it
    "Date: 12-03-2025\nLocation: Echo building, room 2\nChair: Lotte Brouwer\nMinute taker: Daan Hoekstra\n"
    "Attendees: Lotte, Daan, Sem, Yara\n\n- Opening by the chair\n- Announcements\n- Talking points\n"
    "  - Daan fixed the login page\n  - Sem is ill this week, Yara takes over his tasks\n- Question round\n- Closure",
    # the agenda alone, the way the team pastes it before the meeting
    "## Points of action\n\n- Announcements by the TA (5 min)\n- Talking points: progress of the sprint (10 min)\n"
    "  - Who did what last week?\n  - Assign the new issues\n\n## Closure\n\n- Feedback round\n- Question round",
    # minutes in prose
    "## Introduction\n\nThe meeting started at 10:15 with all members present. The chair went over the tasks of last "
    "week and asked everyone how far they got.\n\n## Progress\n\nThe export to PDF works now. The tests of the "
    "backend still fail on the build server; Jesse will look into it before Friday.",
])
def test_a_teams_minutes_in_english_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # a conference programme: a session's chair, in public
    "Programme of the symposium\n\n13:00 Opening\n13:15 Session 1: Work and health\nChair: Prof. dr. Anna de Wit\n"
    "- Keynote by Dr. Mark Peters on sick leave in Europe\n15:00 Drinks",
    # news on a meeting of a council, in English
    "The meeting started late on Tuesday as protesters blocked the entrance of the town hall. The mayor said the "
    "council would vote on the new housing plan next month.",
    # a guide to running a meeting, addressed to its reader
    "How to chair a meeting\n\nAs the chair, you open the meeting and go over the agenda. Ask who will take the "
    "minutes. End with a question round and close the meeting on time.",
])
def test_a_meeting_in_public_is_no_meeting_notes(detector, text):
    assert "MEETING_NOTES" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "## Points of action (_30-35 min_)\n\n- Announcements (_5 min_)\n- Progress per member\n\n## Closure (_5 min_)\n"
    "- Question round (2 min)",
    "Agenda werkoverleg 4 maart\n\n1. Opening (5 minuten)\n2. Actiepunten (10 min)\n3. Rondvraag (10 minuten)",
])
def test_an_agenda_item_with_its_time_box_is_a_label(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)


# -- health data in English: a clinic's note on one client ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Session note 14 May\n\nClient: Marloes V.\nMarloes reports feeling depressed most days and has trouble sleeping. "
    "She was prescribed sertraline by her GP last month.",
    "Assessment:\nTom Verbeek continues to struggle with depressive symptoms and anxiety. He denies suicidal thoughts. Plan: "
    "refer to the psychiatrist for a medication review.",
    "Patient: Ahmed Karimi\nDOB: 1971-03-02\n\nChief complaint: chest pain since this morning. History of hypertension "
    "and asthma. Admitted for observation.",
])
def test_a_clinical_note_in_english_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # a public page about a condition, speaking to every reader
    "Depression is common: about one in five people will have a depressive episode at some point. Symptoms include "
    "low mood, trouble sleeping and anxiety. If you feel depressed for more than two weeks, talk to your GP.",
    # a research group's page: the disease is what they study
    "The group of Prof. Ellen Hartog studies how hypertension and asthma develop in children, using data from "
    "20,000 families in the Netherlands.",
])
def test_health_words_in_a_public_page_in_english_are_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "De groep van prof. Ellen Hartog onderzoekt hoe hypertensie en astma ontstaan bij jonge kinderen in Twente.",
    "Prof. Ellen Hartog doet al jaren onderzoek naar dementie en epilepsie.",
    "Prof. Ellen Hartog leads research into dementia and epilepsy at the university.",
])
def test_a_condition_that_a_named_researcher_studies_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "De neuroloog doet onderzoek naar haar epilepsie. Ellen Hartog komt over twee weken terug voor de uitslag.",
    "Ellen Hartog heeft epilepsie; de neuroloog onderzoekt nu haar medicatie.",
])
def test_a_named_persons_own_condition_under_examination_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


# -- a hospital as an organisation, not as the place of someone's care ------------------------------------------------
@pytest.mark.parametrize("text", [
    # a hospital's name in lower case after its patron's name, opening the sentence
    "Het Albert Schweitzer ziekenhuis staat midden in de samenleving. Directeur Marja Lindhout opent vrijdag de "
    "nieuwe vleugel.",
    # someone of the hospital: who speaks for it
    "\"Het is een groot weerzien\", vertelt Joost Verkerk van het ziekenhuis. Het gebouw wordt na de zomer gesloopt.",
    # a decision of the hospital
    "De prijs ging naar Annemiek Stoffels voor het besluit van het Martini Ziekenhuis om patiënten vaker thuis te "
    "bellen.",
    # a compound that names the organisation
    "Volgens de ziekenhuisorganisatie is de samenwerking met chirurg Paul Wessels in goed overleg beëindigd.",
])
def test_a_hospital_as_an_organisation_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Paul Wessels is gisteren in het Albert Schweitzer ziekenhuis gedotterd.",
    "Joost Verkerk ligt sinds dinsdag in het ziekenhuis na een val.",
    "Na de ziekenhuisopname van Annemiek Stoffels nemen wij haar taken over.",
])
def test_a_named_persons_stay_in_hospital_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)
