"""Issue 12, eleventh round: the shapes of other people's records that others_private11's read half showed
(written anew here).

A clinical FHIR resource points at its patient in more ways than ``Patient/123``: a Shorthand
``Reference(...)`` to the patient's instance, the subject line of the narrative that FHIR generates
("Subject: Patient, Anna de Wit"), a ``subject.display``. Its clinical content shows in more ways than a
``resourceType``: the SNOMED alias ``$sct`` of Dutch FHIR Shorthand, a profile named after a clinical
resource ("InstanceOf: ZibProcedureOk"), codes in the narrative ("(SNOMED 80146002)", "(8480-6 - LOINC)"),
the elements that only a clinical resource has (``vaccineCode``). A profile that defines such a resource
without any patient stays no one's health data."""
from __future__ import annotations

import pytest


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


@pytest.mark.parametrize("text", [
    # FHIR Shorthand: a referral of a profile named after ServiceRequest, its patient by instance, SNOMED as $sct
    ('Instance: verwijzing-kno-3\nInstanceOf: ZvlReferralServiceRequest\nUsage: #example\n'
     '* status = #active\n* intent = #order\n* code = $sct#306126006 "verwijzing naar KNO-arts"\n'
     '* subject = Reference(zvl-Patient-Ouwerkerk)\n* authoredOn = "2025-03-04"\n'
     '* reasonCode.text = "Aanhoudende oorpijn links, gehoorverlies"\n'),
    # FHIR XML: a procedure whose patient shows only in its generated narrative
    ('<Procedure xmlns="http://hl7.org/fhir">\n  <id value="zib-Procedure-07"/>\n  <text>\n'
     '    <status value="generated"/>\n    <div xmlns="http://www.w3.org/1999/xhtml">\n'
     '      <p><b>Verrichting</b>: knievervanging (SNOMED 609588000)</p>\n'
     '      <p><b>Subject</b>: Testpatiënt (zib-Patient-07)</p>\n'
     '      <p><b>Datum</b>: 2024-11-02</p>\n    </div>\n  </text>\n</Procedure>\n'),
    # the narrative table of an observation: its subject by name, codes in the titles
    ('<caption>Observatie. Subject: Patient, Hendrika (Riek) Vermeulen-Bos. Status: definitief</caption>\n'
     '<tr><th>Code</th><td><span title="Hartfrequentie (8867-4 - LOINC)">Hartfrequentie</span></td></tr>\n'
     '<tr><th>Waarde</th><td>112 /min</td></tr>\n<tr><th>Methode</th><td><span title="Palpatie '
     '(113011001 - SNOMED CT)">Palpatie</span></td></tr>\n'),
    # a fragment of an immunization in XML: the vaccine and the patient it was given to
    ('    <status value="completed"/>\n    <vaccineCode>\n        <coding>\n'
     '            <system value="urn:oid:2.16.840.1.113883.2.4.4.7"/>\n            <code value="1234567"/>\n'
     '        </coding>\n    </vaccineCode>\n    <patient>\n        <reference value="Patient/vac-Patient-4"/>\n'
     '    </patient>\n    <occurrenceDateTime value="2022-10-03T10:05:00+02:00"/>\n'),
])
def test_a_clinical_fhir_resource_about_its_patient(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a profile that defines a referral: no patient, no one's data
    ('Profile: ZvlReferralServiceRequest\nParent: ServiceRequest\nId: zvl-ReferralServiceRequest\n'
     'Title: "Verwijzing"\nDescription: "Een verwijzing naar een andere zorgverlener."\n'
     '* code = $sct#306126006\n* subject only Reference(Patient)\n* reasonCode 0..1\n'),
    # an XML profile of an immunization: an element's definition, no patient
    ('<StructureDefinition xmlns="http://hl7.org/fhir">\n  <id value="vac-Immunization"/>\n'
     '  <element id="Immunization.vaccineCode">\n    <path value="Immunization.vaccineCode"/>\n'
     '    <short value="Vaccin"/>\n  </element>\n</StructureDefinition>\n'),
    # a code list of procedures with their SNOMED codes: nobody's record
    ('Verrichtingen in de lijst:\n- knievervanging (SNOMED 609588000)\n- appendectomie (SNOMED 80146002)\n'
     '- staaroperatie (SNOMED 110473004)\n'),
    # an English mail's subject line beside a code system's name
    ('Subject: LOINC mapping for the lab catalogue\n\nHi team, the new SNOMED release is out; please check '
     'the mapping before Friday.\n'),
])
def test_a_fhir_definition_or_a_code_list_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in _names(detector, text)


# -- an organisation's own working paper: a report's title over its date and why or for whom it was written ---------
@pytest.mark.parametrize("text", [
    ("# Storing koppeling roostersysteem - Analyserapport\n\n**Datum:** 3-11-2025\n**Aanleiding:** melding van "
     "de planning over dubbele diensten in week 44\n\n## Conclusie\n\nDe koppeling verwerkt wijzigingen pas na de "
     "nachtrun; dat verklaart de dubbele diensten.\n"),
    ("Evaluatie pilot thuiswerkbudget\nDatum: 12 mei 2025\nDoel: besluit van het MT over voortzetting\n"
     "Status: concept\n\nIn de pilot deden veertig collega's mee. De kosten vielen lager uit dan begroot.\n"),
    ("## Review van de kennisbankartikelen\n\nDatum: 2025-09-30\nBewerkt door: redactieteam\n\nAlle artikelen "
     "hebben een nieuwe inleiding gekregen.\n"),
])
def test_a_working_paper_with_its_header_block_is_a_department_report(detector, text):
    assert "DEPARTMENT_REPORT" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a published report's page: the body that publishes it in its title
    ("Evaluatie Participatiewet gemeente Ede\nDatum: 4 juni 2025\nStatus: vastgesteld door de raad\n\nDe raad "
     "heeft de evaluatie besproken.\n"),
    # a report's title with a date only
    ("Onderzoek naar de woningmarkt in de regio\nDatum: 1 maart 2025\n\nHet aantal starters op de woningmarkt "
     "daalde vorig jaar met 8 procent.\n"),
    # an article whose first line is a sentence, not a title
    ("Het rapport over de storing is klaar en wordt volgende week besproken.\nDatum: 2 april\nDoel: uitleg aan "
     "de klanten.\n"),
])
def test_a_report_without_a_working_papers_header_stays_quiet(detector, text):
    assert "DEPARTMENT_REPORT" not in _names(detector, text)


# -- a marking in front of the title, and "Concept" at the start of a Markdown title --------------------------------
@pytest.mark.parametrize("text, category", [
    ("# INTERN – Werkinstructie: een klacht doorzetten\n\n1. Noteer het klantnummer.\n2. Zet de klacht door.\n",
     "CLASSIFIED"),
    ("INTERN | Belscript terugbelactie\n\nBegin met je naam en de reden van het gesprek.\n", "CLASSIFIED"),
    ("# Concept-brief aan de ondernemingsraad\n\nGeachte leden van de OR,\n\nHierbij ontvangt u ons voorstel.\n",
     "DRAFT"),
    ("**Conceptnotitie werkdruk**\n\nDe werkdruk in het team is het afgelopen halfjaar gestegen.\n", "DRAFT"),
])
def test_a_marking_or_concept_before_a_markdown_title(detector, text, category):
    assert category in _names(detector, text)


@pytest.mark.parametrize("text", [
    "## Intern - Marketing en communicatie\n\nWij zoeken een stagiair voor zes maanden.\n",  # a trainee's post
    "# Internationale samenwerking\n\nNederland werkt samen met Duitsland aan de grens.\n",
])
def test_a_trainee_post_or_an_international_title_is_not_marked(detector, text):
    assert "CLASSIFIED" not in _names(detector, text)
