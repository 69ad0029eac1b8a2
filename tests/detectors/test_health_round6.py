"""HEALTH_DATA round 6: notes about one person that name nobody (all texts newly invented).

Each class has private texts that must report HEALTH_DATA and public twins (a leaflet, a
patient-information page that says "u" to every reader, a research summary, a news item) that
must stay quiet.
"""
from __future__ import annotations

import pytest


def _health(detector, text):
    return "HEALTH_DATA" in detector.analyze(text).category_names


# -- a prescription or a change of dose for one person, told as a fact in a note ----------------------
@pytest.mark.parametrize("text", [
    "Sinds de zomer somber en prikkelbaar, slaapt slecht. De huisarts heeft citalopram 20 mg voorgeschreven; "
    "na vier weken iets rustiger.",
    "03-02 Spreekuur: bloeddruk nog te hoog. Amlodipine 5 mg toegevoegd, controle over zes weken.",
    "Tremor neemt toe. Dosis levodopa verhoogd naar 150 mg, partner gevraagd de klachten bij te houden.",
    "Pijn in de onderrug blijft. Gestart met naproxen 250 mg, terug bij geen verbetering.",
])
def test_a_dose_prescribed_to_one_person(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Gebruik 50 mg per dag. Neem de tablet in met water. Heeft u last van bijwerkingen? Neem dan contact op "
    "met uw huisarts.",
    "Uw arts kan de dosis verhogen naar 100 mg als de klachten blijven.",
    "In het onderzoek kregen 240 deelnemers 20 mg citalopram voorgeschreven; 31% meldde minder klachten.",
    # sample rows for a database of care notes: an example, nobody's data
    "Voorbeeldrijen voor de tabel rapportages:\n('PATIENT_ID', 'Ibuprofen 400 mg gegeven i.v.m. koorts.'),\n"
    "('PATIENT_ID', 'Wond verzorgd, geen bijzonderheden.')",
    "Huisartsen hebben vorig jaar vaker antidepressiva voorgeschreven, meldt de Stichting Farmaceutische "
    "Kengetallen. Vooral het gebruik van 20 mg citalopram steeg.",
])
def test_doses_on_a_leaflet_or_in_research_are_no_health_data(detector, text):
    assert not _health(detector, text)


# -- a letter to one person about their own assessment, given to the chat to rewrite ------------------
@pytest.mark.parametrize("text", [
    "Maak dit wat eenvoudiger: \"Bij het onderzoek van 3 maart hebben wij vastgesteld dat u door de hernia "
    "niet lang kunt zitten. U kunt nu 4 uur per dag werken.\"",
    "Herschrijf in B1: Uit het gesprek op 18 september blijkt dat u sinds de hartoperatie snel moe bent en "
    "niet meer kunt tillen. Wij vinden dat u gedeeltelijk kunt werken.",
])
def test_a_dated_finding_about_you(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Heeft u een beroerte gehad? Dan kunt u na het ziekenhuis revalideren. Uw huisarts verwijst u door. "
    "Bel ons als u vragen heeft.",
    "Na het spreekuur van de verzekeringsarts krijgt u een brief. Daarin staat of u ziek bent volgens de wet. "
    "Bent u het er niet mee eens? Dan kunt u bezwaar maken.",
    "Uit onderzoek blijkt dat u na een hartoperatie sneller herstelt als u beweegt. Vraag uw arts wat u mag.",
])
def test_a_patient_information_page_that_says_u_is_no_health_data(detector, text):
    assert not _health(detector, text)


# -- a week-by-week course of one person's recovery and return to work --------------------------------
@pytest.mark.parametrize("text", [
    "Verloop\nWeek 4: start 2 x 2 uur kantoorwerk na de knieoperatie, zwelling neemt af.\n"
    "Week 8: 3 x 4 uur, fysiotherapie twee keer per week.\nWeek 12: 4 x 6 uur, traplopen lukt weer.",
    "Wk 6: 3 x 3 uur aangepast werk; veel hoofdpijn na de hersenschudding.\n"
    "Wk 10: terug naar 2 x 3 uur, klachten nemen toe.\nWk 14: 3 x 5 uur, neuroloog tevreden.",
])
def test_a_week_by_week_course_of_one_person(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    # an example schedule on a public page
    "Voorbeeld van een opbouwschema na een operatie:\nWeek 1: 2 x 2 uur\nWeek 2: 3 x 3 uur\n"
    "Week 3: 4 x 4 uur\nOverleg het schema met uw bedrijfsarts.",
    # a pregnancy page and a training plan
    "Week 12: de baby is ongeveer 6 cm. De verloskundige luistert naar het hartje.\n"
    "Week 16: u voelt misschien de eerste bewegingen.",
    "Week 1: 3 x 20 minuten wandelen na de operatie\nWeek 2: 3 x 30 minuten\nWeek 3: 4 x 30 minuten fietsen",
])
def test_a_schedule_on_a_public_page_is_no_health_data(detector, text):
    assert not _health(detector, text)


# -- a fall or incident of one client in a care note that names nobody ---------------------------------
@pytest.mark.parametrize("text", [
    "Nachtdienst 14-03\nMw. om 02:40 aangetroffen op de grond in de badkamer. Kon zelf niet opstaan, "
    "met tillift terug in bed. Blauwe plek op de knie.",
    "Incidentmelding kamer 7\nCliënt probeerde 's nachts alleen naar het toilet. Val uit bed, kort "
    "aanspreekbaar gebleven, huisarts gebeld.",
    "Incident report - east wing\nAt 05:15 the resident was found on the floor of his room, pale and "
    "confused. The GP was called.",
])
def test_a_fall_of_one_client_in_a_care_note(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    # prevention advice, a news item about an unnamed man, a vacancy for a nurse
    "Een val uit bed komt bij ouderen vaak voor. Zorg voor een laag bed en goede verlichting. "
    "Heeft u vragen? Bel de praktijk.",
    "Een 81-jarige man uit Zwolle is dinsdag aangetroffen op de grond in zijn woning, meldt de politie. "
    "Hij is naar het ziekenhuis gebracht.",
    "Vacature verpleegkundige nachtdienst\nJe zorgt voor bewoners met dementie, handelt incidenten af zoals een "
    "val uit bed en overlegt met de arts. Je werkt 24 uur per week.",
])
def test_falls_in_advice_news_or_a_vacancy_are_no_health_data(detector, text):
    assert not _health(detector, text)


# -- a health record in code: coded clinical values in a table, a patient with their dentist --------
@pytest.mark.parametrize("text", [
    "<table><tbody>\n<tr><td><span title=\"Pijnscore (225908003 - SNOMED CT)\">Pijnscore</span></td>"
    "<td>7</td></tr>\n<tr><td><span title=\"Hartfrequentie (8867-4 - LOINC)\">Hartfrequentie</span></td>"
    "<td>96 /min</td></tr>\n<tr><td><span title=\"Lichaamstemperatuur (8310-5 - LOINC)\">Temperatuur</span>"
    "</td><td>38,4 C</td></tr>\n</tbody></table>",
    "[\n  {\"date\": \"2025-03-04\", \"patient\": \"Wilma Koster\", \"dentist\": \"Karel Smits\"},\n"
    "  {\"date\": \"2025-03-04\", \"patient\": \"Sem Visser\", \"dentist\": \"Karel Smits\"}\n]",
])
def test_a_health_record_in_code(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    # a code list of a terminology page, and a schema with field names only
    "<table><tr><th>Concept</th><th>Omschrijving</th></tr>\n<tr><td><span title=\"Pijnscore (225908003 - "
    "SNOMED CT)\">Pijnscore</span></td><td>Score van 0 tot 10</td></tr>\n<tr><td><span title=\"Hartfrequentie "
    "(8867-4 - LOINC)\">Hartfrequentie</span></td><td>Slagen per minuut</td></tr></table>",
    "{\"type\": \"object\", \"properties\": {\"patient\": {\"type\": \"string\"}, \"dentist\": {\"type\": \"string\"}}}",
])
def test_code_lists_and_schemas_are_no_health_data(detector, text):
    assert not _health(detector, text)


# -- a FHIR fragment: a coded procedure or an observation that points at a named patient -------------
@pytest.mark.parametrize("text", [
    "* subject = Reference(Patient-Lotte-Brouwer) \"Patient, Lotte Brouwer\"\n* subject.type = \"Patient\"\n"
    "* performedDateTime = \"2023-05-02\"\n* code = $snomed#80146002 \"Appendectomy (procedure)\"",
    "<subject>\n  <reference value=\"Patient/zorg-123\"/>\n  <display value=\"Patient, Ruud Hoekstra\"/>\n</subject>\n"
    "<hasMember>\n  <reference value=\"Observation/zorg-123-gewicht\"/>\n  <display value=\"Lichaamsgewicht 82 kg\"/>\n"
    "</hasMember>",
])
def test_a_fhir_fragment_about_a_named_patient(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    # a profile of the standard: codes, but nobody's record
    "Profile: NlProcedure\nParent: Procedure\n* code from $snomed-procedures (required)\n"
    "* subject only Reference(Patient)\n* performed[x] 1..1",
])
def test_a_fhir_profile_is_no_health_data(detector, text):
    assert not _health(detector, text)


# -- words the lexicon lacked: emergencies, the short "fysio", a scan, seeing badly -------------------
@pytest.mark.parametrize("text", [
    "[09:14] Ilse: weet je al van Koen van de planning? hij heeft een longembolie, ligt in het Rijnstate",
    "[17:40] Daan: Mirjam is gisteren gereanimeerd na een hartstilstand op de sportclub",
    "terugbellen dhr. Oskam over uitslag mri (schouder), hij wil weten of hij de fysio mag afbouwen",
    "Werknemer is slechthorend sinds een oorontsteking; een ringleiding in de vergaderzaal is nodig.",
])
def test_health_words_the_lexicon_lacked(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Een longembolie is een bloedstolsel in een longslagader. Bel 112 bij plotselinge benauwdheid.",
    "Slechtziende en slechthorende mensen kunnen bij UWV een vergoeding aanvragen voor hulpmiddelen.",
    "Fysio vergoed? Bekijk in uw polis hoeveel behandelingen de basisverzekering betaalt.",
    "Jaarlijks krijgen ongeveer 14.000 mensen buiten het ziekenhuis een hartstilstand; 23% overleeft.",
])
def test_the_new_words_in_public_texts_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- a note that leaves out its one subject, and a rated status form ----------------------------------
@pytest.mark.parametrize("text", [
    "Gesprek 12-05 met werkneemster\nErvaart nog veel hoofdpijn sinds de hersenschudding. Wil in juni opbouwen.",
    "{\"visie_werknemer\": \"Erkent de depressieve klachten. Bang om te snel te beginnen.\"}",
    "HOE GAAT HET NU\nSlaap: slecht, vaak wakker door de pijn\nStemming: wisselend\nEetlust: matig\n"
    "Energie: laag na een werkdag",
])
def test_a_note_without_subject_and_a_status_form(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Tips voor een gezonde werkdag\nSlaap: ga op vaste tijden naar bed.\nStress: plan pauzes in.\n"
    "Energie: eet op tijd en beweeg elk uur even.",
    "Heeft u last van hoofdpijn na een hersenschudding? Ervaart u klachten langer dan vier weken? "
    "Bel dan uw huisarts.",
    "Wat is een burn-out? Iemand met een burn-out is uitgeput en kan niet meer werken. Herstel duurt vaak maanden.",
])
def test_tips_and_questions_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- the diagnostic impression of one examination, and the care team of a named patient --------------
@pytest.mark.parametrize("text", [
    "Onderzoek bij Ilona Verbeek op verzoek van haar werkgever, die vragen had over haar werkwijze en planning "
    "op de afdeling.\nObservaties:\n- snel afgeleid, vergeet afspraken\n\nVoorlopige diagnostische indruk:\n"
    "- Mogelijk ADHD, onoplettend beeld",
    "Instance: CareTeam-Sem-Peeters\nInstanceOf: CareTeam\n* subject = Reference(Patient-Sem-Peeters) \"Sem Peeters\"\n"
    "* participant[0].member = Reference(Practitioner-Anne-Mol) \"Anne Mol\"",
])
def test_a_diagnostic_impression_or_a_care_team_of_one_person(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Module 3 van de opleiding: hoe schrijf je een verslag?\nIn de diagnostische indruk vat de psycholoog samen "
    "wat hij zag. ADHD en autisme zijn voorbeelden van classificaties.",
    "Profile: NlCareTeam\nParent: CareTeam\n* subject only Reference(Patient)\n* participant 1..*",
])
def test_a_course_text_or_a_care_team_profile_stays_quiet(detector, text):
    assert not _health(detector, text)


# -- an organ's disease, a caesarean and a miscarriage told about a named colleague -------------------
@pytest.mark.parametrize("text", [
    "Karin Doorn werkt sinds 2012 bij het archief. Vorig jaar viel zij maanden uit met een nierziekte. "
    "Nu werkt Doorn weer 24 uur.",
    "Goed nieuws: Sanne Hoefnagel heeft een zoon, Mees. Na een lange nacht volgde een keizersnede. "
    "Sanne is tot mei met verlof.",
])
def test_named_diagnoses_of_a_colleague(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Een nierziekte merk je vaak pas laat. Jaarlijks krijgen ongeveer 1.800 mensen te horen dat hun nieren "
    "het niet meer doen.",
    "Een keizersnede is een operatie waarbij de baby via de buik ter wereld komt. In Nederland gebeurt dat "
    "bij ongeveer 17% van de bevallingen.",
])
def test_these_words_on_health_pages_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- collapsing, losing consciousness, living in a nursing home: told about one named person ---------
@pytest.mark.parametrize("text", [
    "Meneer Dijkhuis werd op 3 mei gevonden in het park nadat hij in elkaar was gezakt. Zijn buurman belde 112.",
    "Casus: Mevrouw Pronk verblijft in een verpleeghuis en slaapt al weken onrustig.",
])
def test_a_collapse_or_a_nursing_home_of_one_person(detector, text):
    assert _health(detector, text)


@pytest.mark.parametrize("text", [
    "Wat doet u als iemand in elkaar is gezakt? Controleer of de persoon reageert en bel 112.",
    "In Nederland wonen ruim 120.000 mensen in een verpleeghuis. De wachtlijsten groeien.",
    "Het oude pakhuis aan de haven is vannacht in elkaar gezakt, meldt de brandweer.",
])
def test_collapse_and_nursing_home_in_general_stay_quiet(detector, text):
    assert not _health(detector, text)


# -- "cognitieve achteruitgang" in a record about one client ------------------------------------------
def test_a_cognitive_decline_in_a_record_of_one_client(detector):
    text = ('{"client": "Gerrit Mulder", "dob": "1938-02-11", "notes": ["Toenemende moeite met aankleden. '
            'Cognitieve achteruitgang merkbaar, vergeet de volgorde van de ochtendzorg."]}')
    assert _health(detector, text)


def test_cognitive_decline_on_a_health_page_stays_quiet(detector):
    text = ("Cognitieve achteruitgang hoort voor een deel bij ouder worden. Bij dementie gaat het sneller. "
            "Twijfelt u? Maak een afspraak met uw huisarts.")
    assert not _health(detector, text)
