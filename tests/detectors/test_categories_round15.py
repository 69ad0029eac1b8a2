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
