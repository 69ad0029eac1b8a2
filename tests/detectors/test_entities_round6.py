"""Round 6, entities in texts written by other projects (seed data, mock objects, FHIR examples):
one test per class, on NEW invented texts (no corpus line), each with public twins that stay quiet.
"""
import pytest


def spans(analysis, text, kind=None):
    return [text[f.start:f.end] for f in analysis.findings
            if f.score >= 0.5 and (kind is None or f.type == kind)]


# -- a phone field of seed data or a mock object: the key says it is a phone number ----------------
@pytest.mark.parametrize("text, number", [
    # a made-up mobile range in international form, in a TypeScript seed
    ("const klanten = [{\n  naam: 'Rutger Hoekstra',\n  contact: {\n    email: 'rutger.h@mail.nl',\n"
     "    phone: '+31 6 07531246',\n  },\n}];", "+31 6 07531246"),
    # a number in a US-like layout in a Python mock of a report
    ('melding = {\n    "indiener": {\n        "naam": "Pieter Vlaming",\n'
     '        "telefoonnummer": "+31 (712) 384-9021",\n    },\n}', "+31 (712) 384-9021"),
    # a Belgian mobile in a JS mock, no Belgian word in the text
    ("const mock = {\n  voornaam: 'Lotte',\n  phoneNumber: '0473591826',\n  geboren: '2001',\n};",
     "0473591826"),
    # a YAML fixture with the key in snake case
    ('patient:\n  name: "Joris Baan"\n  mobile_phone: "+31 6 01928374"\n', "+31 6 01928374"),
])
def test_a_number_in_a_phone_field_is_a_phone_number(detector, text, number):
    assert number in spans(detector.analyze(text), text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    # an organisation's general line in the JSON-LD of a public page (a business-type number)
    '{"@type": "GovernmentOrganization", "name": "Gemeente Voorbeeld", "telephone": "14 0345"}',
    '{"@type": "Organization", "name": "Stichting Wegwijs", "telephone": "0800-0230"}',
    # an API example with a placeholder, no digits of a number
    'POST /klanten\n{\n  "naam": "string",\n  "telefoonnummer": "+31XXXXXXXXX"\n}',
    # a code in a field whose name merely starts like a phone word
    "config = {\n  telemetryId: '4419027731',\n  template: 'v2',\n}",
])
def test_a_public_or_placeholder_field_stays_quiet(detector, text):
    assert spans(detector.analyze(text), text, "PHONE_NUMBER") == []


# -- a concept id of a medical terminology (SNOMED CT) that happens to pass the 11-proof ----------
@pytest.mark.parametrize("text", [
    '* code = $sct#620801967 "chronische rugpijn"\n* subject = Reference(Patient-voorbeeld)',
    '<span title="Netelroos (488845488 - SNOMED CT)">Netelroos</span>',
    "Code systeem: http://snomed.info/sct, code 149051852, weergave: 'astma'",
    "| SNOMED-code | omschrijving |\n| 994129622 | longontsteking |",
])
def test_a_terminology_code_is_no_bsn(detector, text):
    assert spans(detector.analyze(text), text, "BSN") == []


@pytest.mark.parametrize("text, number", [
    # the same kind of file, with a person's BSN in it
    ('* identifier.system = "http://fhir.nl/fhir/NamingSystem/bsn"\n* identifier.value = "620801967"\n'
     '* code = $sct#73211009 "diabetes"', "620801967"),
    ("Cliënt met BSN 488845488 heeft een diagnose (SNOMED) gekregen.", "488845488"),
])
def test_a_bsn_beside_a_terminology_stays_a_bsn(detector, text, number):
    assert number in spans(detector.analyze(text), text, "BSN")


# -- an abbreviated street name (str.) and an ordinal before it (1e, 2e) ---------------------------
@pytest.mark.parametrize("text, street", [
    ("Adres: 2e Van Swindenstr. 41, 1093 VK Amsterdam", "2e Van Swindenstr. 41"),
    ("Zij woont nu op de Molenstr 8 in Zwolle.", "Molenstr 8"),
    ('* address.use = #home\n* address.line = "1e Helmersstr 7"\n* address.city = "Amsterdam"',
     "1e Helmersstr 7"),
    ("Mevrouw A. Dekker\nKastanjestr. 19\n7512 KL Enschede", "Kastanjestr. 19"),
])
def test_an_abbreviated_street_is_an_address(detector, text, street):
    assert street in spans(detector.analyze(text), text, "ADDRESS")


@pytest.mark.parametrize("text", [
    # a public body's office, a published list of polling stations
    "Gemeente Voorbeeld\nBezoekadres: Stadhuisstr. 1\n7511 JA Enschede",
    "Stembureaus in de wijk: sporthal De Kolk (Sportstr. 4) en basisschool De Regenboog (1e Parkstr. 12).",
    # an abbreviation that is no street
    "De ministr. heeft op 12 mei besloten; zie ook art. 12 en hfdstr. 3.",
])
def test_an_abbreviated_public_address_stays_quiet(detector, text):
    assert spans(detector.analyze(text), text, "ADDRESS") == []


# -- a postcode field of seed data or a FHIR example ------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ('<address>\n  <line value="Ganzenmarkt 3"/>\n  <city value="Utrecht"/>\n  <postalCode value="3512 GD"/>\n'
     '</address>', "3512 GD"),
    ('INSERT_FIXTURE = {"voornaam": "Ilse", "achternaam": "Kramer", "postal_code": "6811 KW", "huisnummer": 9}',
     "6811 KW"),
    ("* address.city = \"Zwolle\"\n* address.postalCode = \"8011 PK\"", "8011 PK"),
])
def test_a_postcode_field_is_a_postcode(detector, text, code):
    assert code in spans(detector.analyze(text), text, "POSTCODE")


@pytest.mark.parametrize("text", [
    # the structured data of an organisation's web page
    '{"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "Gemeente Voorbeeld",'
    ' "address": {"@type": "PostalAddress", "postalCode": "2511 CV", "addressLocality": "Den Haag"}}',
    # a published table of postcode areas, no field of a record
    "Postcodegebied | Gemeente\n1011 | Amsterdam\n3511 | Utrecht",
])
def test_an_organisation_postcode_field_stays_quiet(detector, text):
    assert spans(detector.analyze(text), text, "POSTCODE") == []


# -- the id of a client or patient in a record of seed data or a FHIR example ---------------------
@pytest.mark.parametrize("text, code", [
    ('```json\n{\n  "client_id": "demo-client-017",\n  "name": "Wilma de Graaf",\n  "dob": "1951-07-02"\n}\n```',
     "demo-client-017"),
    ("seed = [{'patientId': 'P-20931', 'voornaam': 'Kees', 'achternaam': 'Mulder'}]", "P-20931"),
    ('Instance: voorbeeld-patient-3\nInstanceOf: Patient\n* identifier.system = "urn:oid:2.16.840.1.113883.2.4.3.11"\n'
     '* identifier.value = "5528193"\n* name.family = "Veenstra"\n* birthDate = "1978-11-30"', "5528193"),
])
def test_an_id_in_a_person_record_is_a_case_number(detector, text, code):
    assert code in spans(detector.analyze(text), text, "CASE_NUMBER")


@pytest.mark.parametrize("text", [
    # an API example: the client_id of an application
    'curl -X POST https://api.example.nl/token -d \'{"client_id": "app-20931", "client_secret": "geheim",'
    ' "grant_type": "client_credentials", "name": "Mijn Koppeling"}\'',
    # an id field in a record without a person in it
    '{"case_id": "CASE-10442", "status": "open", "priority": "high"}',
    # the identifier of an organisation in a FHIR example
    'Instance: voorbeeld-org\nInstanceOf: Organization\n* identifier.value = "01234567"\n* name = "Zorggroep Noord"',
])
def test_an_id_outside_a_person_record_stays_quiet(detector, text):
    assert spans(detector.analyze(text), text, "CASE_NUMBER") == []


def test_a_bsn_in_an_identifier_field_stays_a_bsn(detector):
    text = ('Instance: voorbeeld-patient-4\nInstanceOf: Patient\n* identifier.system = "http://fhir.nl/fhir/NamingSystem/bsn"\n'
            '* identifier.value = "620801967"\n* name.family = "Veenstra"')
    analysis = detector.analyze(text)
    assert "620801967" in spans(analysis, text, "BSN")
    assert "620801967" not in spans(analysis, text, "CASE_NUMBER")


# -- the house number before the street (English order) after an address label ---------------------
@pytest.mark.parametrize("text, street", [
    ("Mijn woonadres is 27 Esdoornlaan, postcode 2345 KL.", "27 Esdoornlaan"),
    ("Hij woont op 14 Van Heemstraweg sinds maart.", "14 Van Heemstraweg"),
    ("Customer address: 9 Wilgenstraat, Haarlem", "9 Wilgenstraat"),
])
def test_a_number_first_street_after_a_label_is_an_address(detector, text, street):
    assert street in spans(detector.analyze(text), text, "ADDRESS")


@pytest.mark.parametrize("text", [
    # a number before a street word without a label, and a label before a count
    "Er staan 12 Kerkstraten in Nederland en 40 Dorpsstraten.",
    "Het adres is 3 weken geleden gewijzigd in de Basisregistratie.",
    "We wonen op 2 hoog in een portiekflat.",
])
def test_a_number_before_a_street_word_without_a_label_stays_quiet(detector, text):
    assert spans(detector.analyze(text), text, "ADDRESS") == []


# -- a landline in a sentence that names the person it belongs to ------------------------------------
def test_a_landline_after_zij_is_bereikbaar_is_personal(detector):
    text = "Anouk Verbeek is verhuisd naar Lelystad. Zij is vanaf maandag bereikbaar op 0320-284917."
    assert "0320-284917" in spans(detector.analyze(text), text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "Het wijkteam is op werkdagen telefonisch bereikbaar op 0320-284917.",
    "De bibliotheek is geopend van 10.00 tot 17.00 uur. Zij zijn bereikbaar op 0320-284900.",
])
def test_an_office_landline_stays_quiet(detector, text):
    assert spans(detector.analyze(text), text, "PHONE_NUMBER") == []


# -- a domain called voorbeeld.nl does not make what follows an example ------------------------------
def test_an_example_domain_does_not_hide_the_address_after_it(detector):
    text = "Mail: henk.baas@voorbeeld.nl. Hij woont op 42 Populierenlaan, postcode 6712 AB."
    assert "42 Populierenlaan" in spans(detector.analyze(text), text, "ADDRESS")


def test_bijvoorbeeld_still_marks_an_example(detector):
    text = "Vul uw adres in, bijvoorbeeld: Adres: Kerkstraat 1, 1234 AB Dorp."
    assert spans(detector.analyze(text), text, "ADDRESS") == []


# -- the value of a FHIR ContactPoint whose system is phone ------------------------------------------
@pytest.mark.parametrize("text, number", [
    ('* name.family = "Wessels"\n* telecom.system = #phone\n* telecom.value = "612398745"\n* gender = #female',
     "612398745"),
    ('{"resourceType": "Patient", "name": [{"family": "Wessels"}],\n "telecom": [{"system": "phone", '
     '"value": "06-00981234", "use": "mobile"}]}', "06-00981234"),
    ('<telecom>\n  <system value="phone"/>\n  <value value="+31 6 00981234"/>\n</telecom>', "+31 6 00981234"),
])
def test_a_fhir_phone_value_is_a_phone_number(detector, text, number):
    analysis = detector.analyze(text)
    assert number in spans(analysis, text, "PHONE_NUMBER")
    assert spans(analysis, text, "BSN") == []


@pytest.mark.parametrize("text", [
    # the same shape with another system: a fax of a practice, an e-mail; a value that is no number
    '* telecom[0].system = #fax\n* telecom[0].value = "612398745"',
    '{"telecom": [{"system": "email", "value": "praktijk@voorbeeld.nl"}]}',
    '* telecom.system = #phone\n* telecom.value = "onbekend"',
])
def test_other_fhir_contact_points_are_no_phone(detector, text):
    assert spans(detector.analyze(text), text, "PHONE_NUMBER") == []
