"""Issue 12, twenty-fifth round: the review of the round's own rules (a read-only helper invented these texts). Each
text lost its warning or its category to a rule of the round, or gained one it should not have; the tests failed
before the rules were narrowed (a few pin texts the review tried that held)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories
from tests.helpers.verdict import warns

# -- an open letter: only its title line, not a note about one ---------------------------------------------------------

_ABOUT_AN_OPEN_LETTER = [
    "Open brief aan de directie besproken met Linda Visser en Erik Dekker. Linda wil haar naam er niet onder zetten "
    "omdat ze in haar proeftijd zit. Erik tekent wel, maar hij is bang voor zijn contractverlenging.",
    "Aan: Joyce\nVan: Peter\n\nOpen brief over de verhuizing naar Lelystad: graag jouw reactie vóór vrijdag. Ik heb met "
    "Mark de Wit gesproken, hij wil niet mee en overweegt ontslag te nemen. Ook Els Brouwer twijfelt.\n\nPeter",
]


@pytest.mark.parametrize("text", _ABOUT_AN_OPEN_LETTER)
def test_a_note_about_an_open_letter_keeps_its_warning(detector, text):
    assert warns(detector, text)


# -- quotes: a quote that opens a line of prose and goes on below is still a quote --------------------------------------

_NEWS_WITH_HARD_BREAKS = (
    "Het college wil de bibliotheek in Heino sluiten. 'Een dorp zonder bibliotheek is een dorp zonder hart, dat kan "
    "niet',\nschrijft de dorpsraad in een brief. Ook de school is tegen.\n'Onze leerlingen lenen daar elke week hun "
    "boeken',\nstaat in de reactie van directeur Ria Klein Kranenbarg. De raad beslist in juni.")


def test_quotes_of_news_copied_with_hard_line_breaks_stay_quotes(detector):
    assert not warns(detector, _NEWS_WITH_HARD_BREAKS)


# -- a committee's letter to one person stays a letter -----------------------------------------------------------------

_COMMITTEE_LETTERS = [
    "Geachte mevrouw Öztürk,\n\nDe klachtencommissie heeft uw klacht over de behandeling van uw aanvraag besproken "
    "en acht haar gegrond.\n\nMet vriendelijke groet,\nnamens de klachtencommissie: Hendrik Bosman, secretaris",
    "Beste Bo,\n\nDe selectiecommissie heeft besloten je niet uit te nodigen voor een tweede gesprek.\n\nMet "
    "vriendelijke groet,\nnamens de selectiecommissie, Ellen de Graaf",
    "Beste Ed,\n\nDe kascommissie heeft bij de controle gezien dat je als penningmeester 450 euro naar je eigen "
    "rekening hebt overgemaakt. Wij willen dit graag met je bespreken.\n\nMet vriendelijke groet,\nnamens de "
    "kascommissie, Frank Smit en Ria Bos",
    "Geachte student,\n\nDe examencommissie heeft vastgesteld dat u bij het tentamen van 12 maart fraude heeft "
    "gepleegd. Uw resultaat wordt ongeldig verklaard.\n\nMet vriendelijke groet,\nnamens de examencommissie, "
    "dr. A. Peeters",
    "Hoi,\n\nBedankt voor je sollicitatie. Je bent helaas niet door naar de tweede ronde.\n\nMet vriendelijke groet,"
    "\nnamens de sollicitatiecommissie, Karin Vos",
]


@pytest.mark.parametrize("text", _COMMITTEE_LETTERS)
def test_committee_letter_to_one_person_stays_a_letter(detector, text):
    assert "EMAIL_MESSAGE" in categories(detector, text)


# -- care words on public pages: the care worker, a product, prevention ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tandarts Peter Bakker werkt al twintig jaar in onze praktijk in Hoorn. Mondhygiënist Lisa de Jong helpt u met "
    "het voorkomen van gingivitis en parodontitis. Nieuwe patiënten zijn welkom.",
    "Dit glutenvrije brood van bakker Henk de Vries is geschikt bij coeliakie of een glutenintolerantie. Het is elke "
    "zaterdag te koop op de markt.",
])
def test_care_words_on_public_pages_are_no_health(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Mondhygiënist Lisa de Jong heeft gingivitis vastgesteld bij Jan Pieters.",
    "Jan de Vries heeft coeliakie en eet daarom glutenvrij brood.",
])
def test_care_words_about_a_patient_stay_health(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


# -- an SQL allergy column of products or dishes -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "INSERT INTO product (id, naam, allergie_info, prijs) VALUES\n(1, 'Notenreep', 'Bevat noten', 2.49),\n"
    "(2, 'Havermout', 'Bevat gluten', 1.99);",
    "INSERT INTO artikel (id, omschrijving, prijs, allergenen) VALUES\n(1, 'Notenreep', 2.49, 'Noten'),\n"
    "(2, 'Havermout', 1.99, 'Gluten');",
])
def test_allergy_column_of_products_is_no_health(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)
