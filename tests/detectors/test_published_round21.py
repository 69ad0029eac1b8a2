"""Issue 12, twenty-first round (all texts newly invented): a data file of records is no published page, whatever its
values say."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.findings import spans

_BIO = ("Als fotograaf heb ik langs twee lijnen gewerkt, binnen de architectuur en als docent op de academie. "
        "Sinds 1980 freelance fotograaf voor diverse architecten, met een tentoonstelling in het museum.")


@pytest.mark.parametrize("text", [
    '[\n  {\n    "naam": "Greet Hoogendijk",\n    "rol": "",\n    "bio": "' + _BIO + '\\nInfo:\\nGreet Hoogendijk\\n'
    'Lindelaan 14\\n3063 HA Rotterdam\\n06-41234567\\ngreet.hoogendijk@icloud.com",\n    "foto": "media/gh.jpg"\n'
    '  }\n]',
    '{\n  "id": 17,\n  "titel": "Het boek \\"Hier is het gebeurd\\" werd gepresenteerd in het museum",\n'
    '  "auteur": "Karel van Rijn",\n  "email": "karel.vanrijn@gmail.com",\n  "telefoon": "06-28765432",\n'
    '  "recensie": "Een roman over de oorlog, door de schrijver zelf voorgelezen op het festival."\n}',
])
def test_a_data_file_of_records_with_a_way_to_reach_someone_does_not_read_as_published(text):
    assert not published.reads_as_published(text, {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"})


_COUNCIL = ('[\n  {\n    "naam": "Karin Smit",\n    "functie": "wethouder",\n    "partij": "VVD",\n'
            '    "portefeuille": "Cultuur en Sport"\n  },\n  {\n    "naam": "Pieter de Graaf",\n'
            '    "functie": "burgemeester",\n    "portefeuille": "Openbare orde en veiligheid"\n  }\n]')


def test_open_data_that_names_officials_stays_published_as_it_was(detector):
    # a data file that names people and no way to reach them is judged like any other text
    assert published.reads_as_published(_COUNCIL, {"PERSON"}) == published.reads_as_published(
        _COUNCIL.replace('"', ""), {"PERSON"})
    assert spans(detector, _COUNCIL, "PERSON") == spans(detector, _COUNCIL.replace('"', ""), "PERSON")


def test_an_organisations_structured_data_is_no_data_file_of_a_person():
    text = ('{\n  "@context": "https://schema.org",\n  "@type": "GovernmentOrganization",\n'
            '  "name": "Gemeente Grave",\n  "telephone": "0486 471122",\n  "email": "info@grave.example",\n'
            '  "description": "De gemeente Grave is een gemeente in het noordoosten van Noord-Brabant, aan de Maas. De '
            'gemeente telt ruim twaalfduizend inwoners en werkt samen met de buurgemeenten in het Land van Cuijk."\n}')
    assert published.reads_as_published(text, {"PHONE_NUMBER", "EMAIL_ADDRESS"}) == published.reads_as_published(
        text.replace('"', ""), {"PHONE_NUMBER", "EMAIL_ADDRESS"})


def test_its_contact_details_are_found(detector):
    text = ('[\n  {\n    "naam": "Greet Hoogendijk",\n    "rol": "",\n    "bio": "' + _BIO + '\\nInfo:\\n'
            'Greet Hoogendijk\\nLindelaan 14\\n3063 HA Rotterdam\\n06-41234567\\ngreet.hoogendijk@icloud.com",\n'
            '    "foto": "media/gh.jpg"\n  }\n]')
    assert spans(detector, text, "PHONE_NUMBER") and spans(detector, text, "POSTCODE")


def test_a_news_page_that_quotes_a_colon_stays_published():
    text = ("Wethouder Karin Smit opende zaterdag de nieuwe bibliotheek in het dorp. \"Dit is een dag om trots op te "
            "zijn\", zei ze tegen de ruim tweehonderd bezoekers. De schrijver Jan Bos las voor uit zijn nieuwe "
            "roman. \"Lezen is: de wereld in je hoofd halen\", aldus Bos. De tentoonstelling in het museum ernaast "
            "over de geschiedenis van het dorp is tot eind mei te zien. Het festival volgt in juni.")
    assert published.reads_as_published(text)


@pytest.mark.parametrize("text", [
    # a club's conductor, someone who signs on behalf of a body, an official acting "namens deze"
    "Net als bij de harmonie was dhr. Karel Smulders ook van dit orkest dirigent.",
    "Directeur mevrouw M. Haverkamp tekende namens woningstichting Het Baken.",
    "dat overleg heeft plaatsgevonden met de korpschef van de politie, namens deze de heer Van Rooij die positief "
    "heeft geadviseerd;",
])
def test_a_titled_name_with_an_office_or_signing_for_a_body_holds_a_public_role(text):
    assert not published._titled_without_role(text)


@pytest.mark.parametrize("text", [
    "Meneer Jansen belde namens zijn moeder over de rekening.",
    "Mevrouw De Vries tekende het formulier voor ontvangst.",
    "Meneer Jansen tekende namens zijn moeder het huurcontract.",
    "Mevrouw Bakker ondertekende namens haar vader de machtiging.",
])
def test_a_titled_client_still_holds_no_public_role(text):
    assert published._titled_without_role(text)


def test_a_news_apis_item_that_names_people_reads_as_published(detector):
    # a data file of a news item names people in public roles and no way to reach anyone
    text = ('{\n  "titel": "Gemeente opent nieuwe bibliotheek in Zuidwijk",\n  "datum": "2026-03-14",\n'
            '  "categorie": "nieuws",\n  "tekst": "Wethouder Karin Smit opende zaterdag de nieuwe bibliotheek in het '
            'dorp. \\"Dit is een dag om trots op te zijn\\", zei ze tegen de ruim tweehonderd bezoekers. De schrijver '
            'Jan Bos las voor uit zijn nieuwe roman. De tentoonstelling in het museum ernaast over de geschiedenis van '
            'het dorp is tot eind mei te zien. Het festival volgt in juni. Burgemeester Pieter de Graaf sprak van een '
            'mijlpaal voor de gemeente."\n}')
    assert spans(detector, text, "PERSON") == []


@pytest.mark.parametrize("text", [
    # the same member file minified, or as a Python dict in single quotes
    '[{"naam": "Greet Hoogendijk", "rol": "", "bio": "' + _BIO + ' Info: Greet Hoogendijk, Lindelaan 14, 3063 HA '
    'Rotterdam, 06-41234567, greet.hoogendijk@icloud.com", "foto": "media/gh.jpg"}]',
    "[{'naam': 'Greet Hoogendijk', 'rol': '', 'bio': '" + _BIO + " Info: Greet Hoogendijk, Lindelaan 14, 3063 HA "
    "Rotterdam, 06-41234567, greet.hoogendijk@icloud.com', 'foto': 'media/gh.jpg'}]",
])
def test_a_minified_or_single_quoted_data_file_with_a_way_to_reach_someone_is_no_page(text):
    assert not published.reads_as_published(text, {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"})
