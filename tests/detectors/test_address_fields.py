"""Issue 12, fifteenth round: the street line of an address written as a field of data (FHIR shorthand, XML,
seed data) is an address, however far below its "address" the line stands: a Nictiz example puts an extension of
several lines between them. A street may open with an ordinal ("1e Jacob van Campenstraat", "2e Hugo de
Grootstraat"), and data abbreviates "straat" ("Campenstr")."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans

EXTENSION = ("  * extension\n    * url = \"http://nictiz.nl/fhir/StructureDefinition/ext-AddressInformation.AddressType\"\n"
             "    * valueCodeableConcept = $v3-AddressUse#HP \"Primary Home\"\n  * use = #home\n  * type = #both\n")


@pytest.mark.parametrize("street", ["1e Jacob van Campenstr 15", "Wilhelminastraat 3-B", "2e Hugo de Grootstraat 4"])
def test_fsh_address_line_below_an_extension(detector, street):
    text = f"* address\n{EXTENSION}  * line = \"{street}\"\n  * city = \"Hoogmade\"\n"
    assert spans(detector, text, "ADDRESS") == [street]


@pytest.mark.parametrize("text, street", [
    ('<address>\n  <use value="HP"/>\n  <extension url="http://x.nl/y">\n    <valueString value="a"/>\n'
     '  </extension>\n  <extension url="http://x.nl/z">\n    <valueString value="b"/>\n  </extension>\n'
     '  <line value="Kerkweg 15"/>\n</address>\n', "Kerkweg 15"),
    ("INSERT INTO klant (voornaam, straat) VALUES ('Noor', 'Dorpsstraat 7');\n"
     "klant = {'voornaam': 'Noor', 'woonadres': 'Lindelaan 12a'}\n", "Lindelaan 12a"),
])
def test_street_fields_of_data(detector, text, street):
    assert street in spans(detector, text, "ADDRESS")


@pytest.mark.parametrize("text", [
    # a line of text in code, far from any address: a chapter, not a street
    'line = "Hoofdstuk 3"\nprint(line)\n',
    # a line under an address that holds no street and number
    '* address\n  * line = "Postbus 1000"\n',
])
def test_other_lines_are_no_address(detector, text):
    assert spans(detector, text, "ADDRESS") == []
