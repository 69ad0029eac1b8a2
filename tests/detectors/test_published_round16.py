"""Issue 12, sixteenth round: a blog platform's byline under a post ("Gepost door Anke Hoogland", "Geplaatst door",
"Posted by") is a sign of a publication, like a photo credit; a sentence that says who put a message somewhere is not."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.verdict import warns

POST = ("12/09/2019\n\nNieuwe regels voor de aanleg van een uitrit\n\nWie een uitrit wil aanleggen, heeft vaak een "
        "omgevingsvergunning nodig. Sinds deze zomer geldt een nieuwe regeling voor wegen van de provincie. De "
        "aanvraag loopt via het omgevingsloket, en de provincie beslist binnen acht weken. Lees de voorwaarden goed "
        "door voor u een aannemer inschakelt.\n\nGepost door Anke Hoogland")


@pytest.mark.parametrize("byline", ["Gepost door Anke Hoogland", "Geplaatst door Anke Hoogland",
                                    "Posted by Anke Hoogland"])
def test_a_blog_byline_is_a_sign_of_a_publication(byline):
    assert "publication" in published.kinds(POST.replace("Gepost door Anke Hoogland", byline))


def test_a_blog_post_with_its_byline_does_not_warn(detector):
    assert not warns(detector, POST)


def test_a_byline_does_not_hide_a_private_number(detector):
    assert warns(detector, POST + "\n\nMijn BSN is 123456782, bel me op 06-12345678.")


def test_who_put_a_message_somewhere_is_no_byline():
    note = "Het verslag is gisteren geplaatst door Sanne in de teammap, graag voor vrijdag lezen."
    assert "publication" not in published.kinds(note)


# -- people who speak by their first name alone: minutes, a team's notes ---------------------------------------------
MINUTES = ("Marloes vroeg zich ook af of de vereniging de vrijwilligers voor het festival niet zelf moet leveren. Op "
           "dit moment worden oud-vrijwilligers ingehuurd via een bureau.\n\nThijs betoogt dat het dan lastig wordt om "
           "de taken te verdelen tussen eigen vrijwilligers en de mensen van het bureau. Als de programmacommissie "
           "alles overneemt, moeten er duidelijke afspraken komen.\n\nTot slot waren Marloes en Jeroen het erover eens "
           "dat de huisregels van het festival te vaag zijn. Jeroen stelt voor ze korter en duidelijker op te schrijven.")


def test_minutes_that_name_people_by_first_name_warn(detector):
    assert warns(detector, MINUTES)


@pytest.mark.parametrize("text", [
    MINUTES,
    "Sanne: de cijfers zijn binnen.\nMehmet: dan zet ik ze vandaag in het overzicht.",
])
def test_first_names_that_speak_are_a_private_sign(text):
    assert published.private_signs(text)


@pytest.mark.parametrize("text", [
    # news: a full name first, then the surname; the verb before the name in a quote
    "De nieuwe zaal is klaar, zegt wethouder Marloes Verbeek. Verbeek vraagt de inwoners om mee te denken over de naam. "
    "Ook Thijs de Graaf, voorzitter van de muziekvereniging, is blij.",
    # places and a full name whose second part is also a first name
    "Groningen: 40 nieuwe woningen. Friesland: 25 nieuwe woningen. Anna Paul zegt dat het niet genoeg is.",
])
def test_no_first_names_that_speak(text):
    assert not published._first_names_speak(text)


def test_minutes_in_prose_are_meeting_notes(detector):
    assert "MEETING_NOTES" in detector.analyze(MINUTES + " Dat bespreken we op de volgende vergadering.").category_names


@pytest.mark.parametrize("text", [
    # a chat: people speak by their first name, but on lines of their own
    "Marloes: zullen we de vergadering verzetten?\nThijs: prima, ik zet het op de agenda.\nJeroen: goed voorstel.",
    # a feature on a family, no meeting and no "we"
    "Marloes vraagt haar broer om hulp bij de verhuizing. Thijs zegt meteen ja, al heeft hij het druk met zijn "
    "nieuwe baan.",
])
def test_other_first_name_speakers_are_no_meeting_notes(detector, text):
    assert "MEETING_NOTES" not in detector.analyze(text).category_names


# -- a council's decision: "gelet op Participatiewet", "Aldus besloten in de vergadering" ----------------------------
DECISION = ("RAADSBESLUIT\n\nGemeenteraad:\n\n9 maart 2020\n\nOnderwerp:\n\nBeleidsplan Schuldhulpverlening 2020-2023\n\n"
            "De raad van de gemeente Hoeksmeer;\n\ngelet op Participatiewet\n\nWet gemeentelijke schuldhulpverlening;\n\n"
            "BESLUIT:\n\n1. Het 'Beleidsplan Schuldhulpverlening 2020-2023' vast te stellen.\n\nAldus besloten in de "
            "vergadering van de gemeenteraad van 9 maart 2020.\n\nDe griffier,\n\nmr. Pieter Wolters\n\nDe voorzitter,\n\n"
            "drs. Anke Meulenbelt")


def test_a_councils_decision_is_a_regulation():
    assert "regulation" in published.kinds(DECISION)


def test_a_councils_decision_does_not_warn(detector):
    assert not warns(detector, DECISION)


def test_case_work_outside_a_regulation_stays_private(detector):
    assert warns(detector, "Gesprek met meneer Wolters over zijn schulden. Aangemeld bij schuldhulpverlening, "
                           "terugbellen volgende week over de inkomstenopgave.")


# -- "onze dijkgraaf X", "onze gedenkwaardige ex-voorzitter X": a public office or a club's board, not one of our staff
@pytest.mark.parametrize("text", [
    "Woensdag hadden we bezoek van onze dijkgraaf Wietske Holtrop. Zij vertelde over de dijken en het waterpeil.",
    "Vorige maand is onze geliefde ex-voorzitter Harm Lubbers overleden. Hij leidde de club twintig jaar.",
    "Na de dienst bedankte onze pastoor Theo Kamphuis alle vrijwilligers van de kerstmarkt.",
])
def test_a_public_office_or_a_former_chair_of_ours_is_no_private_sign(text):
    assert not published.private_signs(text)


@pytest.mark.parametrize("text", [
    "Vanaf maandag neemt onze medewerker Patrick Groeneveld de dossiers van team Oost over.",
    "Vorige maand is onze fijne collega Harm Lubbers overleden. Hij werkte twintig jaar op de afdeling.",
])
def test_one_of_our_own_staff_stays_a_private_sign(text):
    assert published.private_signs(text)


# -- a greeting to a public: "Beste parochianen", "Beste dorpsgenoten" ----------------------------------------------
@pytest.mark.parametrize("greeting", ["Beste parochianen,", "Beste dorpsgenoten,", "Beste inwoners van Ommen,"])
def test_a_greeting_to_a_public_is_no_private_sign(greeting):
    assert not published.private_signs(greeting + "\n\nDe kerstmarkt op het plein begint zaterdag om tien uur.")


@pytest.mark.parametrize("greeting", ["Beste collega's,", "Beste ouders,", "Beste Marloes,"])
def test_a_greeting_to_colleagues_parents_or_one_person_stays_a_private_sign(greeting):
    assert published.private_signs(greeting + "\n\nDe kerstmarkt op het plein begint zaterdag om tien uur.")
