"""Issue 12, twenty-third round (texts newly invented): a fixed line that an organisation's contact block gives
elsewhere in the same text is the organisation's wherever it stands."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans

_BLOCK = "\n\nContact\n\nGemeente Ergenshoven\nPostbus 12\n1234 AB Ergenshoven\nTel. (0165) 45 67 89"


@pytest.mark.parametrize("sentence", [
    "Meer weten? Neem contact op met Ari Koenen, telefoon (0165) 45 67 89.",
    "Vragen over de vergadering? Bel 0165 - 456789.",
])
def test_the_same_number_as_the_organisations_block_is_no_personal_data(detector, sentence):
    assert spans(detector, sentence + _BLOCK, "PHONE_NUMBER") == []


@pytest.mark.parametrize("sentence, number", [
    # another number, or a mobile number, stays a person's
    ("Mijn eigen nummer is 0165 456780, bel gerust.", "0165 456780"),
    ("Bel mij op 06 12345678 als het niet lukt.", "06 12345678"),
])
def test_another_number_beside_the_block_stays_a_persons(detector, sentence, number):
    assert number in spans(detector, sentence + _BLOCK, "PHONE_NUMBER")


@pytest.mark.parametrize("text, number", [
    # (review of round 23) a client's own line, once beside a label and once in a sentence about when to call: no block
    ("Telefoon: 0516-421337\n\nTelefonisch bereikbaar op werkdagen na 16.00 uur via 0516-421337.", "0516-421337"),
    # the same number as the agency's block, but said of a person at home
    ("De gastouder, mevrouw K. de Wit, woont op hetzelfde adres en is thuis te bellen op 0165 456789." + _BLOCK,
     "0165 456789"),
])
def test_a_persons_line_stays_a_persons(detector, text, number):
    assert number in spans(detector, text, "PHONE_NUMBER")
