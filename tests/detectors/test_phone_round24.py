"""Issue 12, twenty-fourth round (texts newly invented): a landline offered in one sentence with an organisation's own
mailbox (info@, secretariaat@) is that organisation's line."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text", [
    # a shared box where the organisation speaks ("wij", "ons")
    "Wij zoeken een secretaris. Wie belangstelling heeft, kan zich bij ons melden: per e-mail: info@parochie-ergens.nl "
    "of per telefoon: 0243605340.",
    "Vragen over de inschrijving? Mail naar secretariaat@korfbalclub.nl of bel 0513 - 421 337.",
    "Opgeven kan tot 1 maart via 0513-421337 of vrijwilligers@voedselbank-ergens.nl.",
])
def test_a_landline_beside_an_organisations_mailbox_is_the_organisations(detector, text):
    assert spans(detector, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, number", [
    # a person's own box in the sentence: the number beside it is theirs
    ("Opgeven bij Kees Smit: kees.smit@gmail.com of 0513-421337.", "0513-421337"),
    # the writer's own line beside the club's box
    ("Je kunt mij bereiken via info@korfbalclub.nl of thuis op 0513-421337.", "0513-421337"),
    # a mobile number stays a person's whatever box stands beside it
    ("Aanmelden via info@korfbalclub.nl of 06 12345678.", "06 12345678"),
    # a shared box where no organisation speaks: a sole trader's or a person's own ("hallo@", "info@")
    ("Wie belangstelling heeft, kan zich melden: per e-mail: info@parochie-ergens.nl of per telefoon: 0243605340.",
     "0243605340"),
])
def test_a_persons_number_beside_a_mailbox_stays_a_persons(detector, text, number):
    assert number in spans(detector, text, "PHONE_NUMBER")
