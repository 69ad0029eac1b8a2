"""Issue 12, twenty-second round (texts newly invented): those present at a meeting, listed in a sentence or with a
capital tussenvoegsel."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text, names", [
    # minutes in sentences list who was there without a colon
    ("Voorzitter Smit opent de vergadering. Aanwezig zijn Koster, Vermeulen en Bakker.",
     {"Koster", "Vermeulen", "Bakker"}),
    ("De bijeenkomst begint om tien uur.\nAfwezig waren Yilmaz en Hendriks.", {"Yilmaz", "Hendriks"}),
    # a surname alone keeps its capital tussenvoegsel in such a list
    ("Aanwezig: Janssen, De Wit, Van der Linden (voorzitter), Peeters", {"De Wit", "Van der Linden", "Peeters"}),
    ("Aanwezig zijn Koster, De Boer en Smits.", {"De Boer", "Smits"}),
])
def test_those_present_are_persons(detector, text, names):
    assert names <= set(spans(detector, text, "PERSON"))


@pytest.mark.parametrize("text", [
    # places and things after a label or in a sentence with "aanwezig zijn": no people
    "Vestigingen: Utrecht, De Bilt en Zeist.",
    "In de kast aanwezig zijn Pennen, Papier en Nietjes.",
    "Aanwezig zijn de volgende stukken: Begroting, De Jaarrekening en Werkplan.",
])
def test_places_or_things_in_such_a_list_are_no_persons(detector, text):
    assert spans(detector, text, "PERSON") == []
