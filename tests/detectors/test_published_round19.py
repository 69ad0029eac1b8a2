"""Issue 12, nineteenth round (all texts newly invented): a running race's report speaks the words of a sport
("parcoursrecord", "de snelste", "winnaar"), and a page that dates its own publication ("Publicatiedatum:") or says
it is the public version of a decision ("Openbare versie") is a publication."""
from __future__ import annotations

import pytest

from detectors import published


@pytest.mark.parametrize("text", [
    "Op de 10 kilometer was Joris Bakker de snelste in 34 minuten. Bij de vrouwen verbeterde Femke Smit het "
    "parcoursrecord met een halve minuut; winnaar op de 5 kilometer werd Tim de Wit.",
    "Ruim negenhonderd hardlopers stonden zaterdag aan de start. De winnares van vorig jaar, Lies Kramer, kwam als "
    "derde over de finishlijn; de snelste man liep een eindtijd van 31.12.",
    "Het clubrecord op de 1500 meter stond al sinds 1998. Zondag liep junior Sem Vos het in een recordtijd van "
    "4.02 minuut uit de boeken, een podiumplaats op het NK ligt nu binnen bereik, zegt zijn trainer.",
])
def test_a_running_race_report_is_sport(text):
    assert "sport" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Hoi Sanne, wat is de snelste route naar het kantoor in Zwolle? Ik rijd morgen met Piet mee.",
    "Beste Mark, de winnaar van de teamquiz krijgt een taart. Groet, Anja",
])
def test_a_note_with_one_word_of_a_race_is_no_sport(text):
    assert "sport" not in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Motie 4a Meer woningen voor starters\n\nPublicatiedatum:\n\n12-03-2021\n\nIndiener:\n\n    Karin de Vries",
    "Besluit op bezwaar subsidie Dorpshuis\n\nDatum publicatie: 4 juli 2023\nInstantie: gemeente Oldambt",
    "Boete voor datalek bij zorgverzekeraar\n\nOpenbare versie\n\nAutoriteit Persoonsgegevens\nPostbus 93374",
])
def test_a_page_that_dates_its_publication_or_is_the_public_version_is_a_publication(text):
    assert "publication" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Hoi Kees, de openbare versie van het rapport komt pas in mei. Tot die tijd niet delen. Groet, Sanne",
    "Kun je de publicatiedatum van het persbericht nog met Mirjam afstemmen? Ik hoor het graag.",
])
def test_a_mail_that_speaks_of_a_publication_is_none(text):
    assert "publication" not in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Na de pauze speelden onze solisten Anouk Smit en Bas de Jong een stuk van Piazzolla.",
    "Tijdens de kerstnachtdienst begeleidt onze organist Gert-Jan Mulder de samenzang.",
    "Het jubileumconcert werd geopend door onze zangeres Iris van Leeuwen.",
])
def test_a_performer_on_stage_after_onze_is_no_private_sign(text):
    assert not published.private_signs(text, set())


def test_one_of_our_own_staff_named_beside_performers_stays_a_private_sign():
    assert published.private_signs("Onze medewerker Anouk Smit belt de klant morgen terug over de factuur.", set())


@pytest.mark.parametrize("text", [
    "Slagerij De Vries bestaat honderd jaar.\n\nJan de Vries achter de toonbank in de Kinkerstraat - Archief AT5\n\n"
    "Zijn zoon neemt de zaak over.",
    "De nieuwe brug over de Vecht.\n\nWethouder Kramer opent de brug | Foto: Gemeente Dalfsen\n\nDe brug kostte "
    "twee miljoen euro.",
])
def test_a_caption_that_ends_in_its_credit_is_a_publication(text):
    assert "publication" in published.kinds(text)


@pytest.mark.parametrize("text", [
    "Hoi team, de foto's van het uitje staan op de schijf - foto's van Jan volgen nog.",
    "Verslag intake\n\nBijlage 2 - foto van de schade aan de keuken",
])
def test_a_note_about_photos_is_no_publication(text):
    assert "publication" not in published.kinds(text)


@pytest.mark.parametrize("text", [
    "uitspraak van de enkelvoudige kamer van 23 januari 2026 in de zaak tussen\n\n[eiser], uit [plaats], eiser\n\n"
    "Zittingsplaats Haarlem\n\nBestuursrecht",
    "Het verweerschrift van de werkgever\n\nDe kantonrechter hoorde de werknemer\n\nDaarna volgde de uitspraak.",
])
def test_a_role_word_that_ends_a_paragraph_names_no_one_in_the_next(text):
    assert not published.private_signs(text, set())


@pytest.mark.parametrize("text", [
    "Klant Peter Smits belde vanochtend over zijn aanvraag.",
    "Werknemer\nS. de Boer\nAfdeling\nKlantcontact",
])
def test_a_role_word_before_a_name_stays_a_private_sign(text):
    assert published.private_signs(text, set())
