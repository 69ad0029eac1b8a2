"""Issue 12, fifteenth round: a common first name that a word list also has ("peter" is a godfather, "jan" a month's
abbreviation) before a surname that is also a place ("Veld", "Boer", "Buren", "Kampen") is a person's name: "Peter
Veld", "Jan Boer". A town of two words whose second word is no surname stays a town ("Anna Paulowna"), and so does an
event or a firm in a town ("Pride Eindhoven")."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("name", ["Peter Veld", "Jan Boer", "Corrie Buren", "Bas Kampen"])
def test_a_common_first_name_before_a_surname_that_is_a_place(detector, name):
    text = f"Ik heb {name} gisteren gebeld over de planning. Hij stuurt de stukken morgen."
    assert spans(detector, text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Naam;Adres;Postcode;Woonplaats\nBakker;Dorpsstraat 14;1761 AH;Anna Paulowna\n",
    "We gaan dit jaar met het hele team naar Pride Eindhoven.",
])
def test_a_town_or_an_event_stays(detector, text):
    assert not [s for s in spans(detector, text, "PERSON") if "Paulowna" in s or "Pride" in s]
