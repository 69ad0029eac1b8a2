"""Issue 12, eighteenth round (all texts newly invented): "onze" before a club's or a body's public role is no sign
of a private text ("onze hoofdtrainer Sander Kuipers", "onze clubkampioen"), nor "onze" before a group or a network
and the organisation it belongs to ("onze buren van Waterschap Noorderzijlvest"); one of our own staff named stays
one ("onze medewerker Patrick Groeneveld", "onze collega van Werkgeversservice Anke de Wit")."""
from __future__ import annotations

import pytest

from detectors import published


@pytest.mark.parametrize("text", [
    "Na de winterstop neemt onze hoofdtrainer Sander Kuipers afscheid van de club.",
    "Vorig jaar werd onze eerste clubkampioen Ilse de Graaf gehuldigd in de kantine.",
    "Onze trainer Ruud Mulder en onze keeper Tom Veenstra tekenden voor nog een seizoen.",
    "Op de jaarvergadering vertelde onze dirigent Hanneke Bos over het nieuwe repertoire.",
    "Samen met onze buren van Waterschap Noorderzijlvest werken we aan sterke dijken.",
    "Via ons netwerk van Regio Twente bereiken we ruim tweehonderd werkgevers.",
    "Bij de opening sprak onze rentmeester Arthur Janssen over de geschiedenis van het landgoed.",
])
def test_a_public_role_or_an_organisation_after_onze_is_no_private_sign(text):
    assert not published.private_signs(text, set())


@pytest.mark.parametrize("text", [
    "Gisteren heeft onze medewerker Patrick Groeneveld de klant teruggebeld.",
    "Onze verzekeringsarts Joris ter Haar ziet mevrouw volgende week op het spreekuur.",
    "Onze collega Anke de Wit neemt de dossiers over tijdens het verlof van Sanne.",
    "Onze collega van Werkgeversservice Anke de Wit belt de werkgever morgen terug.",
])
def test_one_of_our_own_staff_named_stays_a_private_sign(text):
    assert published.private_signs(text, set())


@pytest.mark.parametrize("text", [
    "In\noverleg met de sportverenigingen bouwt de gemeente een nieuwe sporthal op het sportpark.",
    "In overleg met de bewoners plant de gemeente dit najaar veertig nieuwe bomen in de wijk.",
    "Na\noverleg met de provincie gaat de fietsbrug in het voorjaar open.",
])
def test_a_sentence_that_opens_with_in_overleg_is_no_internal_title(text):
    assert not published.private_signs(text, set())


@pytest.mark.parametrize("text", [
    "Overleg met Piet over de planning\n\nPiet wil de oplevering een week later.",
    "Werkoverleg team Noord\n\nAanwezig: Anja, Ruud en Sem.",
    "Samenvatting gesprek met mevrouw Yilmaz\n\nZij wil meer uren werken.",
])
def test_an_internal_title_on_the_first_line_stays_a_private_sign(text):
    assert published.private_signs(text, set())


@pytest.mark.parametrize("text", [
    "Een missionaire kerk?\n\nEli Stok\n\npastor\n\nAl vaker hoorde ik van ouders dat hun kind een van de weinigen is.",
    "Eli Stok\npastoor\n\nIk kijk terug op een mooie kerstnacht met veel jonge gezinnen.",
    "Weekbericht\n\nMarleen de Boer\nwethouder\n\nDeze week opende ik het nieuwe dorpshuis in Oosterend.",
])
def test_a_byline_with_a_public_office_is_a_column(text):
    assert "column" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Eli Stok\nteamleider\n\nIk heb gisteren met de klant gebeld over zijn uitkering.",
    "Onderwerp: rooster\n\nHoi Eli,\nKun jij de pastor bellen?",
])
def test_a_name_over_a_job_or_an_office_named_in_passing_is_no_column(text):
    assert "column" not in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Hoge prevalentie van risicofactoren\n\nOnderzoek\nJ.W. de Vries\nA. Smit\nCiteer dit artikel als\n"
    "Ned Tijdschr Geneeskd. 1998;142:2737-42\n\nSamenvatting\nDoel: het vaststellen van de prevalentie.",
    "Sleep and work\n\nM. Jansen, P. de Boer\nCite this article as: Jansen M, de Boer P. Sleep and work. 2020.",
])
def test_a_citation_instruction_announces_a_published_article(text):
    assert "announced" in published.kinds(text)


def test_citing_an_article_in_a_mail_is_no_announcement():
    text = "Hoi Anja,\n\nIk citeer dit artikel in mijn notitie voor het MT. Kun jij het nalezen?\n\nGroet, Sem"
    assert "announced" not in published.kinds(text)


def test_a_chess_tournament_is_sport():
    text = ("Hans en Bert winnen twintigste editie Schaakkroegen\n\nIn de binnenstad werd in diverse kroegen geschaakt. "
            "Spelopzet was twee poules van acht spelers; de beste twee teams gingen naar de finale van het toernooi.")
    assert "sport" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Op de historische avond van 25 oktober houdt ons bestuurslid Dick Veldhuizen een lezing met dia's. "
    "Aanvang 19.30 uur in De Voorhof. Iedereen is van harte welkom, de toegang is gratis.",
    "Najaarsbijeenkomst\nPlaats: Dorpshuis De Vang\nAanvang: 17.00 uur\nAanvang avondlezing: 20.00 uur\nEntree: 5 euro",
])
def test_a_public_event_announced_is_a_kind_of_published_writing(text):
    assert "event" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Hoi allemaal,\n\nDe teamuitje is vrijdag. We beginnen om 16.00 uur bij de bowling.\n\nGroet, Anja",
    "Uitnodiging overleg\nDatum: 3 maart\nTijd: 10.00-11.00\nLocatie: kamer 4.12\nAgenda: zie bijlage",
    # (the start of a job or of sick leave in an HR file is no start of an event)
    "Aanvang dienstverband: 1 maart 2019\nAanvang verzuim: 14 oktober 2025\nAanvang loonsanctie: nog niet",
])
def test_a_meeting_or_an_outing_of_a_team_is_no_public_event(text):
    assert "event" not in published.kinds(text)
