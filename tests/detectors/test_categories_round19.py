"""Issue 12, nineteenth round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # a numbered medication list, as discharge letters and referrals write it, in Dutch and in English
    "Medicatie bij ontslag:\n1. Metoprolol 50 mg 1x daags\n2. Furosemide 40 mg 's ochtends\n3. Oxazepam 10 mg zo nodig",
    "DISCHARGE MEDICATIONS:\n1. Lisinopril 10mg daily\n2. Atorvastatin 40 mg at night\n3. Apixaban 5 mg BID",
    "Meds:\n- amlodipine 5 mg once daily\n- pantoprazole 40 mg qd\n- paracetamol 1 g prn",
    "Medicatie:\n1) Sertraline 50 mg 1x per dag\n2) Quetiapine 25 mg voor de nacht",
])
def test_a_medication_list_with_doses_and_times_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Prijslijst apotheek\n1. Paracetamol 500 mg, 20 stuks: € 1,99\n2. Ibuprofen 400 mg, 20 stuks: € 2,49",
    "Bestellijst keuken\n1. Bloem 500 g\n2. Suiker 250 g\n3. Boter 200 g",
])
def test_a_numbered_list_of_products_with_weights_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "HOSPITAL COURSE:\n72 y/o F with community-acquired pneumonia, treated with IV antibiotics and oxygen.",
    "Assessment\n\n58 yo M with a known history of COPD, now short of breath for three days.",
    "A 34-year-old woman with migraine presented to the emergency department with a severe headache.",
    "CT head: small right-sided hemorrhagic contusion.\n\nPatient: 5521",
])
def test_an_english_clinical_note_about_one_patient_by_age_and_sex_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Pneumonia is a common infection of the lungs. In most adults it is treated with antibiotics at home.",
    "The study followed 1,200 adults with COPD over five years; shortness of breath was the most common complaint.",
])
def test_english_health_information_about_no_one_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "### **VERTROUWELIJK JURIDISCH DOSSIER**\n\n| Betreft | Sander Hoekstra (werknemer) |\n| Status | Definitief |",
    "## VERTROUWELIJK VERSLAG\n\nAanwezig: Marloes, Tim en Yusuf.\nTim heeft zijn contract nog niet ontvangen.",
    "**CONFIDENTIAL – HR**\n\nExit interview with Pieter de Graaf on 3 March.",
])
def test_a_marking_in_capitals_under_markdown_heading_marks_is_classified(detector, text):
    assert "CLASSIFIED" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "# Vertrouwelijk omgaan met gegevens\n\nIn deze handleiding leest u hoe u persoonsgegevens veilig bewaart.",
    "## Geheimhouding\n\nMedewerkers van de gemeente hebben een geheimhoudingsplicht.",
])
def test_a_markdown_heading_about_confidentiality_is_no_marking(detector, text):
    assert "CLASSIFIED" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Ervaringsverhaal\n\nBert Nieuwenhuis (1958) was 27 jaar lang huisarts in Appingedam. Hij nam de praktijk over van "
    "zijn vader.",
    "Karin Dijkstra is sinds 2010 bedrijfsarts bij een arbodienst in Zwolle en schreef twee boeken.",
    "Mijn moeder was jarenlang psychiater in Den Dolder, en mijn vader was er huisarts.",
])
def test_what_someone_is_by_profession_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Meneer Dijkstra was gisteren bij de huisarts met klachten over zijn knie.",
    "Mevrouw Yilmaz is naar haar psycholoog gegaan; ze slaapt nog steeds slecht.",
    "Hoi Sanne, Tom is vandaag onder behandeling van de fysiotherapeut voor zijn rug.",
    # a care note's shorthand without the article: a call or a visit
    "Rapportage mw. Jansen\nVanmorgen is huisarts gebeld, mw. was onrustig.",
    "Dagrapportage dhr. Bakker\nMiddag: is psycholoog langs geweest, dhr. was onrustig.",
])
def test_a_visit_to_a_care_professional_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Chief complaint: headache for two weeks.\nPast medical history: migraine, hypertension.\nPlan: MRI brain.",
    "HOSPITAL COURSE:\nAdmitted with pneumonia, improved on antibiotics.\n\nDISCHARGE DIAGNOSIS: community-acquired "
    "pneumonia.",
])
def test_the_sections_of_an_english_clinical_note_are_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Intake form\n\nChief complaint: ____________\nPast medical history: ____________",
    "Writing a discharge summary: describe the hospital course in a few sentences and list the medication.",
])
def test_an_empty_form_or_advice_on_clinical_notes_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    'datum,medewerker,tekst\n2025-03-01,Sanne Kok,"Cliënt heeft een valpartij gehad in de gang. Geen letsel."\n'
    '2025-03-02,Ruud Bos,"Cliënt toont dwaalgedrag in de nacht, roept om hulp."',
    'datum;auteur;rapportage\n12-05-2025;Ilse de Boer;"Mevrouw is ADL-afhankelijk geworden na de heupoperatie."',
])
def test_a_csv_export_of_care_reports_about_one_client_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "# Consult\n\nNaam cliënt:\nVerwijzer:\nDatum:\nVoorgeschiedenis:\n\n## Subjectief: hoe voelt de cliënt zich?\n\n"
    "### Diagnose (vermoeden)\n\n### Volgende stappen",
    "Intakeformulier\n\nAnamnese:\nMedicatie:\nDiagnose:\n\n# Plan",
])
def test_an_empty_care_template_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    "Consult mw. Peters\n\nAnamnese:\nSinds twee weken hoofdpijn en misselijkheid.\n\nBeleid: paracetamol.",
    "Voorgeschiedenis:\n\nDiabetes type 2, hypertensie.\n\n# Plan\nControle over drie maanden.",
])
def test_a_filled_in_label_stays_a_record(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)
