"""Issue 12, twenty-second round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # a neighbourhood council's or a village council's minutes: no council of a gemeente ("raadsvergadering")
    "Notulen wijkraadsvergadering 12 maart 2024\n\n1. Opening\nDe vicevoorzitter heet iedereen welkom.\n\n"
    "2. Mededelingen\nDe speeltuin aan de Esdoornlaan gaat in mei open.",
    "Notulen van de dorpsraadsvergadering op 4 juni\n\n1. Opening\n\n2. Ingekomen stukken\nEen brief van de "
    "buurtvereniging over de kermis.\n\n3. Rondvraag",
    # minutes told in sentences: the meeting's opening, who was there or sent apologies, its items
    "Voorzitter Smit opent de vergadering om 14.00 uur. Aanwezig zijn Smit, Koster en Yilmaz. Verbeek is afwezig "
    "met kennisgeving.\n\nAgendapunt 1, planning. Koster licht het rooster voor de zomer toe.",
    "De bijeenkomst wordt om 9.30 uur geopend door Anouk. Ruud heeft zich afgemeld.\nHet verslag van 2 mei wordt "
    "zonder wijzigingen goedgekeurd.\nAnouk vraagt wie de nieuwe collega inwerkt.",
    # a first line that names the meeting and those present, then the last minutes approved
    "Overleg werkgroep Zorg 3/6, aanwezig: Bos, Kaya, Verhoeven\n\nGoedkeuring vorig verslag - akkoord\n\n"
    "Bos meldt dat de aanvraag voor het budget binnen is.",
])
def test_minutes_of_an_own_meeting_are_meeting_notes(detector, text):
    assert "MEETING_NOTES" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # a council's own meeting, which the gemeente publishes: its members, parties and motions
    "De voorzitter opent de vergadering om 19.30 uur en heet iedereen welkom. De raadsleden Jansen (CDA) en Pool "
    "(VVD) zijn met kennisgeving afwezig.\nDe agenda wordt vastgesteld. Een motie over de kermis wordt aangekondigd.",
    "1. Opening\nDe voorzitter opent de vergadering.\n2. Rondvraag\nWethouder Dekker zegt toe schriftelijk terug "
    "te komen op de vraag van de fractie.",
    # news on a meeting names its source
    "De vergadering werd om 20.00 uur geopend door de voorzitter van de huurdersvereniging. Zes leden waren afwezig. "
    "'We zijn blij met de opkomst', aldus een woordvoerder.",
    # a club's members' meeting, as the club puts it on its site (read as public on purpose)
    "Verslag algemene ledenvergadering 14 november\nDe voorzitter opent de vergadering en heet iedereen welkom. "
    "Met kennisgeving afwezig: Paul en Ria. De notulen van vorig jaar worden goedgekeurd.",
    # a page about how to write minutes speaks of no meeting of its own
    "Een goed verslag begint met de opening van de vergadering. Schrijf op wie er aanwezig zijn en wie niet.",
])
def test_a_councils_meeting_news_or_a_clubs_members_meeting_is_no_meeting_notes(detector, text):
    assert "MEETING_NOTES" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    # "een man met ..." says what the named person is, not a group's condition
    "Guus is een man met dementie. Hij komt drie dagen per week naar de dagbesteding.",
    "Mevrouw Bakker is een vrouw met diabetes en woont alleen.",
    "Jan de Vries is een dementerende man van 79 jaar.",
])
def test_what_a_named_person_is_tells_their_condition(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Een vrouw met MS kan ook gewoon werken, als de werkgever meedenkt.",
    "Dit boek gaat over de zorg voor dementerende ouderen in Nederland.",
    "De burgemeester is een man met een missie.",
])
def test_a_condition_in_general_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


def test_news_on_a_neighbourhood_evening_is_no_meeting_notes(detector):
    # (review of round 22: how many came and a question round, told without "aldus")
    text = ("Buurtbewoners praten mee over nieuw park\n\nDe voorzitter van het wijkplatform opende de bijeenkomst in "
            "buurthuis De Kern en heette iedereen welkom. Aanwezig waren zo'n zestig bewoners. Tijdens de rondvraag "
            "kwamen vragen over parkeren.")
    assert "MEETING_NOTES" not in categories(detector, text)


def test_minutes_of_a_school_council_that_speak_of_the_council_are_meeting_notes(detector):
    text = ("De voorzitter opent de vergadering om 19.30 uur. Aanwezig zijn Jansen, De Vries en Bakker. Pietersen is "
            "afwezig met kennisgeving. De raad bespreekt de klacht van een ouder. De MR stuurt een brief.")
    assert "MEETING_NOTES" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Cliënt is een vrouw met diabetes en overgewicht.",
    "Mijn vader is een man met dementie en woont nog thuis.",
])
def test_what_a_client_or_a_relative_is_tells_their_condition(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)
