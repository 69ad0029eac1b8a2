"""Issue 12, thirteenth round: the shapes of minutes, model letters and care records.

- "# Notulen" over nothing but links to the minutes of each meeting is an index page; a title that calls itself a
  model ("Notulen voorbeeld vergadering") heads an explainer unless what follows is a meeting's.
- A model letter with places to fill in ("[datum]", "[Naam organisatie]") speaks as "ik" for whoever fills it in:
  "mijn ziekmelding" there is no one's health yet; filled in with a name it is.
- A speech-to-text transcript of a meeting ("Spreker 1" / "Spreker 2") is minutes; a filled-in FHIR
  QuestionnaireResponse with coded answers is health data; a named employee visited by a "controlearts" is on sick leave.
"""
from __future__ import annotations

from tests.helpers.findings import categories


INDEX = ("# Notulen\n\n[Notulen 3 maart 2021](https://example.org/docs/notulen-2021-03-03.pdf)\n\n"
         "[Notulen 12 oktober 2022](https://example.org/docs/notulen-2022-10-12.pdf)\n")

EXPLAINER = ("Notulen voorbeeld vergadering\nBovenaan vermeld je waar en wanneer de vergadering was. Daaronder "
             "komt te staan wie er aanwezig was en wie er afwezig was. Daarna volgt het eigenlijke verslag, punt "
             "voor punt, met de besluiten en wie wat gaat doen.\n")

MINUTES = ("Notulen 3 maart 2021\nAanwezig: Sanne Mulder (voorzitter), Kees Bakker, Fatima el Amrani\n"
           "1. Opening\n2. Begroting: Kees zoekt uit wat de zaal kost.\nActiepunten\n- Sanne: uitnodiging versturen\n")


def test_a_title_over_links_to_minutes_is_an_index(detector):
    assert "MEETING_NOTES" not in categories(detector, INDEX)


def test_a_model_title_over_an_explainer_is_no_minutes(detector):
    assert "MEETING_NOTES" not in categories(detector, EXPLAINER)


def test_minutes_with_links_and_content_stay_minutes(detector):
    text = MINUTES + "\n[Bijlage begroting](https://example.org/begroting.pdf)\n"
    assert "MEETING_NOTES" in categories(detector, text)


TEMPLATE = ("[Naam organisatie]\nt.a.v. [de heer/mevrouw]\n[Adres]\n[Postcode en plaats]\n\n[Plaats], [datum]\n\n"
            "Betreft: ziekmelding\n\nGeachte heer, mevrouw,\n\nDeze brief ontvangt u in verband met mijn ziekmelding. "
            "Op [datum] meldde ik mij telefonisch ziek. Ik ben bereid tot een afspraak bij de bedrijfsarts.\n")


def test_a_model_letter_with_places_to_fill_in_is_no_ones_health(detector):
    assert "HEALTH_DATA" not in categories(detector, TEMPLATE)


def test_the_model_letter_filled_in_is_someones_health(detector):
    filled = TEMPLATE.replace("[Naam organisatie]", "Bakkerij De Korenschoof").replace(
        "Deze brief", "Met vriendelijke groet vooraf van Sanne Mulder. Deze brief")
    assert "HEALTH_DATA" in categories(detector, filled)


TRANSCRIPT = ("Spreker 1\nGoedemorgen allemaal, dan beginnen we met punt drie, de voortgang van het project.\n"
              "Spreker 2\nJa, we liggen op schema, alleen de planning van de eindpresentatie moet nog rond.\n"
              "Spreker 1\nDan zet ik dat op de lijst voor volgende week.\n")


def test_a_speech_to_text_transcript_of_a_meeting_is_minutes(detector):
    assert "MEETING_NOTES" in categories(detector, TRANSCRIPT)


def test_one_speaker_line_is_no_transcript(detector):
    text = "Spreker 1\nIk wil het vandaag hebben over de toekomst van ons werk en wat dat voor ons allemaal betekent.\n"
    assert "MEETING_NOTES" not in categories(detector, text)


RESPONSE = ("Instance: StagingResponse\nInstanceOf: QuestionnaireResponse\nUsage: #example\n* status = #completed\n"
            "* item[0]\n  * linkId = \"diagnose\"\n  * answer[0]\n"
            "    * valueCoding = $SCT#254637007 \"Non-small cell lung cancer\"\n")


def test_a_filled_in_clinical_questionnaire_is_health_data(detector):
    assert "HEALTH_DATA" in categories(detector, RESPONSE)


def test_the_questionnaire_that_asks_is_no_health_data(detector):
    text = RESPONSE.replace("InstanceOf: QuestionnaireResponse", "InstanceOf: Questionnaire")
    assert "HEALTH_DATA" not in categories(detector, text)


def test_a_named_employee_visited_by_a_control_doctor_is_health_data(detector):
    text = ("Dag Verheyen Ingrid, U zal het bezoek van een controlearts krijgen op volgend adres: Houtseweg 50, "
            "Beerse. Vriendelijke groeten, Mediwe")
    assert "HEALTH_DATA" in categories(detector, text)


def test_a_page_about_control_doctors_is_no_health_data(detector):
    text = ("De controlearts gaat na of een werknemer echt arbeidsongeschikt is. Werkgevers kunnen een controlearts "
            "inschakelen als zij twijfelen aan een ziekmelding.")
    assert "HEALTH_DATA" not in categories(detector, text)


def test_an_indented_coded_fsh_rule_beside_a_patient_is_health_data(detector):
    # FSH nests its rules by indenting them
    text = ("* subject = Reference(hg-Patient-AmbulanceHAP-max)\n* subject.display = \"J.H.M. van Baatenburg\"\n"
            "* section[treatmentGiven]\n  * title = \"Ingestelde behandeling\"\n"
            "  * code = $loinc#51847-2 \"Evaluation + Plan note\"\n")
    assert "HEALTH_DATA" in categories(detector, text)
