"""Issue 12, fourteenth round: names in instructions and in FHIR Shorthand.

- An instruction that opens a sentence with a verb taking a person ("Breng Dominique Caers op de hoogte", "Stel ...
  op de hoogte", "Verwijs ... naar") keeps the verb out of the name and finds the name.
- FHIR Shorthand writes the display of a reference after it in quotes: ``Reference(.../Patient/x) "Fiona F
  XXX_Swart"`` names the patient (a middle initial may go without its full stop); a reference to an organisation
  names none.
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text, name", [
    ("Breng Dominique Caers op de hoogte van de schade aan de auto.", "Dominique Caers"),
    ("Stel Willemijn Hoekstra op de hoogte van het nieuwe rooster.", "Willemijn Hoekstra"),
    ("Verwijs Karim Benali naar de schuldhulpverlening van de gemeente.", "Karim Benali"),
    ("Schakel Ineke Bosma in als de aanvraag niet compleet is.", "Ineke Bosma"),
])
def test_an_instruction_before_a_name(detector, text, name):
    assert spans(detector, text, "PERSON") == [name]


FSH = ("Instance: condition-diabetes\nInstanceOf: Condition\nUsage: #example\n"
       "* code = http://snomed.info/sct#44054006 \"Diabetes mellitus type 2\"\n"
       "* subject = Reference(http://example.org/Patient/patient-koster) \"Marleen J XXX_Koster\"\n"
       "* recorder = Reference(Practitioner/huisarts-7) \"Sander de Wit\"\n"
       "* asserter = Reference(Organization/praktijk-3) \"Huisartsenpraktijk De Linde\"\n")


def test_the_display_of_a_reference_to_a_person_in_fsh(detector):
    found = spans(detector, FSH, "PERSON")
    assert "Marleen J XXX_Koster" in found and "Sander de Wit" in found
    assert not any("Linde" in f for f in found)
