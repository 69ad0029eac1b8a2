"""Issue 12, twelfth round: shapes of other people's texts that the earlier others sets' misses showed
(written anew here).

A SOEP (or SOAP) report is a care worker's note about one patient by its form alone: "S:", "O:", "E:"/"A:",
"P:" at the start of lines, in that order, each with what was heard, seen, concluded and planned, whether the
patient is "de patiënt" or a first name. A page that explains the method has the same letters, but each heading
says what belongs under it ("S: Subjectief, wat de cliënt zelf vertelt").

A text that opens with a greeting to a person ("Beste Sarah,") is a message to that person, also when the
copied part stops before its closing: a reply someone wants to polish is pasted like that."""
from __future__ import annotations

import pytest


def _names(detector, text):
    return {c.name for c in detector.analyze(text).categories}


@pytest.mark.parametrize("text", [
    # a named client in a home-care SOEP report
    ("S: Meneer Okafor vertelt dat hij sinds het weekend slecht slaapt door de jeuk aan zijn onderbenen.\n"
     "O: Huid van beide onderbenen rood en schilferig, geen open wonden.\n"
     "E: Eczeem lijkt terug, mogelijk door de nieuwe zeep.\n"
     "P: Huisarts gebeld voor een zalf, morgen opnieuw kijken.\n"),
    # SOAP in English headings, a first name only, with a dash before each heading
    ("- Subjective: Ilse says the headaches are worse in the morning.\n"
     "- Objective: blood pressure 150/95, pupils equal.\n"
     "- Assessment: tension headache, rule out hypertension.\n"
     "- Plan: 24-hour blood pressure measurement, see again in two weeks.\n"),
    # the Dutch long headings, a resident of a care home by first name
    ("Rapportage avonddienst\n\nSubjectief: Truus zegt dat ze zich duizelig voelt na het eten.\n"
     "Objectief: pols 52, ze is bleek en zit onderuit in haar stoel.\n"
     "Evaluatie: mogelijk te lage hartslag door de nieuwe medicatie.\n"
     "Plan: arts van dienst is geïnformeerd, controle om 22.00 uur.\n"),
])
def test_a_soep_report_is_health_data(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a page that teaches the method: each heading says what belongs under it
    ("Rapporteren volgens SOEP\n\nS: Subjectief. Wat de cliënt zelf vertelt over zijn klachten.\n"
     "O: Objectief. Wat je zelf ziet, meet of hoort.\n"
     "E: Evaluatie. Wat je concludeert uit S en O.\n"
     "P: Plan. Wat je gaat doen en wanneer je evalueert.\n"),
    # an agenda with lettered items is no report
    ("Agenda teamoverleg\nA: opening en mededelingen\nS: stand van zaken verbouwing\n"
     "P: planning van de zomer\nO: rondvraag\n"),
])
def test_the_soep_method_explained_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a reply being written, copied without its closing
    ("Beste Sarah,\n\nHartelijk dank voor je bericht. Ik begrijp dat je de factuur van maart nog niet hebt "
     "ontvangen. Ik heb hem vandaag opnieuw verstuurd naar het adres dat bij ons bekend is.\n\n"
     "Mocht je hem morgen nog niet hebben, laat het me dan weten.\n"),
    # a client addressed by full name, the letter cut after two paragraphs
    ("Beste Youssef Amrani,\n\nHierbij ontvang je de planning voor de intake van volgende week. We zien je "
     "graag op dinsdag om 10.00 uur op ons kantoor.\n\nNeem je identiteitsbewijs en je laatste loonstrook mee.\n"),
])
def test_a_text_that_opens_with_a_greeting_to_a_person_is_a_message(detector, text):
    assert "EMAIL_MESSAGE" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a greeting to an audience: a school's newsletter
    ("Beste ouders,\n\nVolgende week vrijdag is de school gesloten vanwege een studiedag. De opvang is wel "
     "open. Meer informatie vindt u op de website.\n"),
    # a greeting to the members of a club, capitalised
    ("Beste Leden,\n\nDe algemene ledenvergadering is verplaatst naar 12 maart. De stukken staan vanaf "
     "1 maart op de website.\n"),
    # an opening with a greeting further down the text is no greeting at the top
    ("Nieuwsbrief april\n\nIn deze editie: de nieuwe openingstijden en het programma van de open dag.\n"),
])
def test_a_greeting_to_no_one_in_particular_is_no_message(detector, text):
    assert "EMAIL_MESSAGE" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a fragment of an observation: its subject is a patient, its value a coded score
    ('    <code>\n        <coding>\n            <system value="http://example.org/codes/functies"/>\n'
     '            <code value="0412"/>\n            <display value="Zelfzorg - Wassen"/>\n        </coding>\n'
     '    </code>\n    <subject>\n        <reference value="Patient/wlz-client-07"/>\n'
     '        <display value="Gerda Smeets"/>\n    </subject>\n'),
    # the end of an appointment at a clinic, its patient among the participants
    ('    <description value="Controle longarts"/>\n    <start value="2024-04-02T09:00:00+02:00"/>\n'
     '    <participant>\n        <actor>\n            <reference value="Patient/pat-12"/>\n'
     '            <display value="Bram Oosterhuis"/>\n        </actor>\n    </participant>\n</Appointment>\n'),
])
def test_a_fhir_fragment_about_its_patient(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a patient's own resource: its telecom extension has a coded value, but no clinical content
    ('<Patient xmlns="http://hl7.org/fhir">\n  <telecom>\n    <extension url="http://example.org/TelecomType">\n'
     '      <valueCodeableConcept>\n        <coding><code value="MC"/></coding>\n      </valueCodeableConcept>\n'
     '    </extension>\n    <system value="phone"/>\n  </telecom>\n</Patient>\n'),
    # an organisation's address book entry points at no patient
    ('<Organization xmlns="http://hl7.org/fhir">\n  <name value="Huisartsenpraktijk De Linde"/>\n'
     '  <partOf>\n    <reference value="Organization/zorggroep-1"/>\n  </partOf>\n</Organization>\n'),
])
def test_a_fhir_resource_without_clinical_content_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a knowledge-base article: its metadata lines first, then the Markdown title marked internal
    ("CATEGORIE: Werkinstructies\nLABELS: bezwaar, termijnen\n\n# INTERN – Werkwijze bezwaar buiten de termijn\n\n"
     "Behandel een bezwaar dat te laat is alleen als de klant een goede reden geeft. Leg de reden vast in het "
     "dossier.\n"),
    ("Versie: 3\n\n## INTERN | Script terugbelverzoeken\n\nBel de klant binnen twee werkdagen terug en noteer het "
     "resultaat.\n"),
])
def test_intern_before_the_first_markdown_title(detector, text):
    assert "CLASSIFIED" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a heading further down that starts with "Intern" is a section, not the document's marking
    ("# Werken bij de gemeente\n\nWe zoeken collega's voor ons klantcontactcentrum.\n\n## Intern – extern\n\n"
     "Je werkt zowel op het stadhuis als op locatie.\n"),
    # a page about internships: "Intern" as a word for a trainee, after its metadata
    ("Categorie: Stages\n\n# Intern - Marketing en communicatie\n\nWij zoeken een stagiair voor ons team. Solliciteer "
     "via de website.\n"),
])
def test_intern_in_a_later_heading_or_for_a_trainee_is_no_marking(detector, text):
    assert "CLASSIFIED" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a hospital by its name is an employer here, not a treatment
    ("Het Meander Ziekenhuis heeft Karin Dijkhuis benoemd tot bestuursvoorzitter. Zij begint op 1 maart. Dijkhuis "
     "werkte eerder bij een zorgverzekeraar."),
    ("De raad van toezicht van het Rivas Ziekenhuis heeft de heer P. (Pieter) Hoekstra benoemd als nieuwe voorzitter "
     "van de raad van bestuur."),
    # a body part as the place of a thing: a cheque under one's arm, a hand on one's shoulder
    ("Oud-schaatser Rintje Boersma stond ineens op de stoep met een cheque onder zijn arm. De stichting was er "
     "blij mee: het geld gaat naar de speeltuin."),
])
def test_a_hospitals_name_or_a_body_part_as_a_place_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # the same words that do tell of someone's health
    "Mevrouw Dijkhuis is gisteren opgenomen in het Meander Ziekenhuis met een longontsteking.",
    "Collega Jeroen heeft al weken pijn in zijn arm en kan niet tillen.",
    "Karin is onder behandeling voor haar schouder en werkt halve dagen.",
])
def test_the_same_words_about_someones_health_stay_health_data(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


@pytest.mark.parametrize("text", [
    # a hospital as an organisation: its board, its future, its new building
    ("Bart Wolters wordt per 1 juni voorzitter van de raad van bestuur van het ziekenhuis. Wolters wil bouwen aan de "
     "toekomst van het ziekenhuis en de samenwerking in de regio."),
    ("Directeur Anouk Plas van de kliniek opende woensdag de nieuwbouw van het revalidatiecentrum."),
])
def test_a_hospital_as_an_organisation_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in _names(detector, text)


@pytest.mark.parametrize("text", [
    # treated in a hospital that is named: the name is where, the care is the person's
    ("Tijdens de training zakte Henk Brouwer in elkaar. Brouwer is in het Gelre Ziekenhuis gedotterd en maakt het "
     "goed."),
    # a form in capitals: the words are no name for being capitalised
    "MELDING ZIEK UIT DIENST\nNAAM: FENNA DE BOER\nBSN: 123456782\nEERSTE ZIEKTEDAG: 03-02-2025\n",
    # a complaint on a body part
    "Reden afspraak (patiënt Sem Vos): een wond op zijn knie die niet dicht gaat.",
])
def test_health_near_a_hospitals_name_or_in_capitals_stays_health_data(detector, text):
    assert "HEALTH_DATA" in _names(detector, text)


def test_a_summary_of_a_meeting_sent_to_a_colleague_is_minutes_and_a_message(detector):
    text = ("# Verslag overleg & actiepunten: planning buitendienst\n\nHoi Mirthe,\n\nHierbij een samenvatting van wat "
            "we besproken hebben en wat we de komende weken gaan doen.\n\nDe buitendienst werkt vanaf maandag alleen nog op "
            "meldingen die de planner heeft gefilterd.\n")
    assert {"EMAIL_MESSAGE", "MEETING_NOTES"} <= _names(detector, text)


def test_a_speaker_named_with_a_title_under_a_heading_is_no_greeting(detector):
    text = ("Plenaire vergadering van woensdag 5 maart 2025\n\nDe vergadering is geopend.\n\nDe heer Wouters, "
            "rapporteur, heeft het woord.\n\nVoorzitter, de commissie heeft het ontwerp besproken en stelt voor het "
            "aan te nemen.")
    assert "EMAIL_MESSAGE" not in _names(detector, text)


def test_a_coded_finding_in_an_hl7_message_is_health_data(detector):
    text = ('<reden_overdracht conceptId="2.16.840.1.113883.2.4.3.11.60.90.77.2.4.20372"\n'
            '                  code="398254007" codeSystem="2.16.840.1.113883.6.96"\n'
            '                  displayName="pre-eclampsie" xsi:type="CE">Pre-eclampsie</reden_overdracht>\n')
    assert "HEALTH_DATA" in _names(detector, text)


def test_a_code_list_of_findings_is_no_health_data(detector):
    text = ('<valueSet name="RedenOverdracht">\n  <conceptList>\n'
            '    <concept code="398254007" codeSystem="2.16.840.1.113883.6.96" displayName="pre-eclampsie" level="0"/>\n'
            '    <concept code="276601004" codeSystem="2.16.840.1.113883.6.96" displayName="foetale nood" level="0"/>\n'
            '  </conceptList>\n</valueSet>\n')
    assert "HEALTH_DATA" not in _names(detector, text)
