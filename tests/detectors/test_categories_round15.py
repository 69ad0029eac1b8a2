"""Issue 12, fifteenth round: a FHIR resource that holds or points at a report about one patient (a DocumentReference
to a radiology report, an ImagingStudy) is health data, also where FHIR Shorthand names its profile by a URL
("InstanceOf: https://profiles.ihe.net/.../IHE.MHD.Minimal.DocumentReference"). Without a patient it is a profile or
a template, no one's data."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories

REPORT = ("Instance: Images-DocumentReference-Verslag-1\n"
          "InstanceOf: https://profiles.ihe.net/ITI/MHD/StructureDefinition/IHE.MHD.Minimal.DocumentReference\n"
          "Usage: #example\n* subject = Reference(Images-Patient-Jansen)\n* status = #current\n"
          "* date = \"2024-05-24T12:00:00Z\"\n* content[0].attachment.title = \"Rapport Röntgen Clavicula rechts\"\n")
STUDY = ('{\n  "resourceType": "ImagingStudy",\n  "status": "available",\n  "subject": {"reference": "Patient/40211"},\n'
         '  "started": "2024-05-23T10:12:00Z",\n  "numberOfSeries": 2\n}\n')


@pytest.mark.parametrize("text", [REPORT, STUDY])
def test_a_report_or_study_of_a_patient(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    REPORT.replace("* subject = Reference(Images-Patient-Jansen)\n", ""),
    STUDY.replace('  "subject": {"reference": "Patient/40211"},\n', ""),
])
def test_without_a_patient_it_is_no_ones(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


# A code list in SQL: the rows of a table of descriptions (a pain scale, a list of diagnoses) belong to no one, even
# where a description speaks as a patient would ("als ik stil lig gaat het wel"); a table with a column of a person
# (a patient, a client, a name) holds someone's data.
PAIN_SCALE = ("CREATE TABLE `dpd`.`pijnkaart` ( `pijnindex` INT NOT NULL , `pijnomschrijving` VARCHAR(60) NOT NULL);\n\n"
              "INSERT INTO `pijnkaart`(`pijnindex`, `pijnomschrijving`) VALUES (3, 'Toch wel pijnlijk maar als ik stil "
              "lig gaat het wel');\nINSERT INTO `pijnkaart`(`pijnindex`, `pijnomschrijving`) VALUES (4, 'Matig "
              "pijnlijk, ook in rust');\nINSERT INTO `pijnkaart`(`pijnindex`, `pijnomschrijving`) VALUES (5, 'Pijnlijk "
              "maar ik slaap snachts wel door');\nINSERT INTO `pijnkaart`(`pijnindex`, `pijnomschrijving`) VALUES (6, "
              "'Pijnlijk, ik word vaak wakker van de pijn');\n")


def test_a_code_list_of_pain_is_no_ones_health(detector):
    assert "HEALTH_DATA" not in categories(detector, PAIN_SCALE)


def test_the_same_words_in_a_patients_row_are(detector):
    row = ("INSERT INTO `pijnmeting`(`patient_naam`, `pijnindex`, `opmerking`) VALUES ('Noor Bakker', 5, 'Pijnlijk "
           "maar ik slaap snachts wel door, rugpijn sinds de operatie');\n")
    assert "HEALTH_DATA" in categories(detector, row)


# A table of people (a BSN, a name or a staff number in one column) with a column about sickness or incapacity that
# is filled in: a Gherkin test's data table, a Markdown or CSV export. A "false" or "nee" there says nothing.
@pytest.mark.parametrize("text", [
    "    And de volgende UWV ziektewet gegevens:\n      | bsn       | heeft_ziektewet_uitkering |\n"
    "      | 100000004 | true                      |\n",
    "| personeelsnummer | naam | verzuim_dagen |\n|---|---|---|\n| 10234 | Noor Bakker | 14 |\n",
    "bsn\tarbeidsongeschiktheid_pct\n111222333\t45\n",
])
def test_a_filled_health_column_in_a_table_of_people(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    "| bsn | heeft_ziektewet_uitkering |\n| 100000004 | false |\n",
    # a health column without anyone: figures per region
    "| regio | verzuim_pct |\n|---|---|\n| Noord | 5,1 |\n| Zuid | 4,8 |\n",
])
def test_an_empty_health_column_or_no_person(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)
