"""Issue 12, fourteenth round: the shapes of care records.

A filled-in value of a care record in XML as Dutch care systems exchange it (an ADA instance of a Nictiz standard, an
HL7 message) is health data when the element holds a clinical value (a diagnosis, a disease in the family, a test
result, the course of a birth) or the value's words name a condition ("Chronisch drager Hepatitis-B"); the same
record's sex, nationality or address is not.
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories

_CONCEPT = 'conceptId="2.16.840.1.113883.2.4.3.11.60.100.2.3.{}"'


def _value(element, concept, code, system, words):
    return (f'    <{element} {_CONCEPT.format(concept)} value="{code}" code="{code}" '
            f'codeSystem="2.16.840.1.113883.2.4.4.40.{system}" displayName="{words}"/>\n')


@pytest.mark.parametrize("text", [
    # a diagnosis of a hearing test, and the results before it
    _value("uitslag_oae_links", 412, "1", 325, "Voldoende") + _value("diagnose_kno_arts_gehoor", 1434, "03", 413,
                                                                      "Perceptief gehoorverlies"),
    # a disease in the family
    "<groep_erfelijke_factoren>\n" + _value("erfelijk_bepaalde_ziekte_in_de_familie", 80, "04", 8, "Astma")
    + _value("familielid", 81, "FTH", 111, "Vader") + "</groep_erfelijke_factoren>\n",
    # the words of the value name the condition
    _value("kenmerken_ouder", 70, "21", 116, "Chronisch drager Hepatitis-B"),
    # the lighter ADA writes a value and its words only: the course of a birth
    '<kindspecifieke_gegevens>\n  <kleur_vruchtwater value="3" displayName="Bloederig"/>\n'
    '  <pijnbestrijding_methode value="241717009" displayName="Ruggenprik"/>\n</kindspecifieke_gegevens>\n',
])
def test_a_coded_clinical_value_of_a_care_record_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    _value("geslacht", 12, "F", 1, "Vrouw") + _value("nationaliteit", 14, "0001", 32, "Nederlandse"),
    _value("soort_school", 30, "2", 95, "Basisonderwijs") + _value("opleiding_moeder", 31, "5", 96, "Hbo"),
    '<adres>\n  <adres_soort value="HP" displayName="Officieel adres"/>\n  <land value="NL" displayName="Nederland"/>\n'
    '</adres>\n',
])
def test_other_coded_values_of_a_care_record_are_not(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)
