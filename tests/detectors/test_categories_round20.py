"""Issue 12, twentieth round: categories on texts written for this round (none is a corpus line)."""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories


@pytest.mark.parametrize("text", [
    # seed data or an export of an absence system: an employee's record with the start of their sick leave
    '  await db.sickLeave.createMany([\n    { id: "sl-2", employeeId: emp2, sicknessStartDate: "2025-01-06", '
    'notes: "Rugklachten, fysiotherapie gestart." },\n  ]);',
    '{"medewerker": "M. Bos", "ziekmeldingDatum": "2024-11-04", "verwachteDuur": "6 weken"}',
    "- werknemer_id: 4411\n  verzuim_start: 2025-02-17\n  status: Re-integratie",
])
def test_an_employees_record_with_the_start_of_sick_leave_is_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


@pytest.mark.parametrize("text", [
    # the shape of such a record, with types or nothing filled in, and a hospital's record
    "interface SickLeave {\n  employeeId: string;\n  sicknessStartDate: Date;\n  notes?: string;\n}",
    '{"medewerker": "M. Bos", "ziekmeldingDatum": null, "verlofDagen": 12}',
    '{"naam": "Ziekenhuis Rivierenland", "ziekenhuisCode": "RL01", "plaats": "Tiel"}',
])
def test_the_shape_of_a_sick_leave_record_or_a_hospitals_record_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)
