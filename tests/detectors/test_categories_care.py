"""Issue 12: health data in care notes, short chat lines and court papers that the health rules missed.

- a care or GGZ day note about one client named by first name ("Fixatie toegepast bij Ruben",
  "Lotte hoort stemmen", "Daan weigert zijn medicatie", "Wondzorg bij Henny");
- a client moved into care ("is overgegaan naar het verpleeghuis");
- the writer's family ("mijn vrouw heeft ...");
- lower-case chat: "zit in de ziektewet";
- a named person who is called "eiser"/"appellant" later on in a court paper.

All texts are invented and new. Public twins (the same words about people in general, in a law,
on a help page or in news about a sector) must stay quiet.
"""
import pytest


def cats(detector, text):
    return detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    "Fixatie toegepast bij Ruben om 22:40, dienstdoende arts gebeld",
    "Lotte hoort sinds vannacht weer stemmen, onrustig op de afdeling",
    "Daan weigert sinds zondag zijn medicatie",
    "Yara weigert te eten en te drinken sinds gisteren",
    "Wondverzorging gedaan bij Henny, verband verschoond",
    "Separeer: Bram is om 14:05 gesepareerd na een agressie-incident",
    "Mw. Tuinman is vorige week overgegaan naar het verpleeghuis. Het dossier kan dicht.",
    "Hallo,\n\nMijn vrouw heeft reuma, dus de tuin moet makkelijk te onderhouden zijn.\n\nGroet,\nErik Vos",
    "ff checken, dhr bakker zit nu in de ziektewet toch?",
    "jolanda zit al 3 weken in de ziektewet, wie neemt haar klanten over",
    "in de zaak van: mevrouw A.B. Kramer, wonende te Ede, eiseres,\n\ntegen: UWV\n\n"
    "Eiseres stelt beroep in tegen het besluit waarbij de WGA-uitkering van eiseres is beëindigd.",
])
def test_health_data_about_one_person_in_a_care_note_or_chat(detector, text):
    assert "HEALTH_DATA" in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Separatie en fixatie mogen alleen als laatste middel worden ingezet, zegt de inspectie.",
    "In de ouderenzorg is een groot tekort aan personeel. Verpleeghuizen zoeken verzorgenden.",
    "Wie ziek wordt en geen werkgever heeft, komt in de Ziektewet.",
    "Cliënten die stemmen horen, kunnen terecht bij de ggz.",
    "Een verzekerde die het niet eens is met de beslissing, kan bezwaar maken. Eiser kan daarna in beroep gaan "
    "bij de rechtbank.",
    "Mensen die hun medicatie weigeren, krijgen een gesprek met de psychiater.",
    "Stemmen kan op woensdag 18 maart. Henk de Vries van de gemeente legt uit hoe het werkt.",
    # a capitalised word that is also a first name in some list, opening a headline or a question
    "Dutch insurer faces questions about disability claims\n\nThe company said it would reply next week.",
    "Ben je ziek? Dan meld je je ziek bij je leidinggevende voor 10 uur.",
    "Bij Zorgbelang kunnen mensen met klachten over de ggz terecht.",
])
def test_care_words_about_people_in_general_stay_quiet(detector, text):
    assert "HEALTH_DATA" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Mila is vanmiddag uitgegleden, enkel gekneusd, naar de SEH gebracht",
    "heb net gehoord dat kevin in de ziektewet zit, wist jij dat?",
])
def test_more_ways_to_say_it(detector, text):
    assert "HEALTH_DATA" in cats(detector, text)


def test_a_name_and_a_care_sector_in_news_stay_quiet(detector):
    text = "Eva gaat naar de ouderenzorg: de minister wil 2.000 extra banen in de sector."
    assert "HEALTH_DATA" not in cats(detector, text)


# -- a health record in FHIR form: a clinical resource beside a patient who is named -------------
@pytest.mark.parametrize("text", [
    'Instance: pat-77\nInstanceOf: Patient\n* name.given = "Gerda"\n* name.family = "Hoogland"\n'
    '* birthDate = "1949-03-02"\n\nInstance: cond-77\nInstanceOf: Condition\n* code.text = "Hartfalen"\n'
    '* subject = Reference(pat-77)',
    '{"resourceType": "Patient", "id": "p1", "name": [{"family": "Kuipers", "given": ["Wouter"]}]}\n'
    '{"resourceType": "MedicationStatement", "subject": {"reference": "Patient/p1"}, '
    '"medicationCodeableConcept": {"text": "Metoprolol 50 mg"}}',
])
def test_a_clinical_fhir_resource_about_a_named_patient(detector, text):
    assert "HEALTH_DATA" in cats(detector, text)


def test_a_fhir_profile_without_a_patient_is_no_health_data(detector):
    text = ('Profile: NlCoreProblem\nParent: Condition\nDescription: "Een probleem of diagnose"\n'
            '* code 1..1\n* clinicalStatus 0..1\n\nInstanceOf: Condition\n* code.text = "Voorbeeld"')
    assert "HEALTH_DATA" not in cats(detector, text)
