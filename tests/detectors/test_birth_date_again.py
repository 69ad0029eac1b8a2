"""Issue 12, fifteenth round: a birth date found once counts wherever the same date stands again in the text. An ADA
message of a birth gives the child's birth date in its own field and again as the end of the pregnancy and in the
time stamps of the delivery; a mask that hides the one and shows the others shows the birth date."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans

ADA = ('<zwangerschap>\n  <datum_einde_zwangerschap value="2017-06-22"/>\n</zwangerschap>\n<bevalling>\n'
       '  <tijdstip_begin_actieve_ontsluiting value="2017-06-22T12:41:00"/>\n</bevalling>\n<uitkomst_per_kind>\n'
       '  <demografische_gegevens>\n    <geboortedatum value="2017-06-22"/>\n  </demografische_gegevens>\n'
       '</uitkomst_per_kind>\n')


def test_the_same_birth_date_again(detector):
    assert spans(detector, ADA, "DATE_OF_BIRTH") == ["2017-06-22"] * 3


@pytest.mark.parametrize("text", [
    # another date, or a date that only starts the same
    "Geboortedatum: 12-03-1980. Ingeschreven op 12-03-2001 en op 2-03-1980.",
    # no birth date at all: the same date twice is not a birth date
    "Vergadering op 12-03-2025. Verslag van 12-03-2025 vastgesteld.",
])
def test_other_dates_stay(detector, text):
    assert spans(detector, text, "DATE_OF_BIRTH") == (["12-03-1980"] if "Geboorte" in text else [])


def test_an_export_of_many_birth_dates_stays_linear(detector, cpu_limit):
    # a JSON export of people, each with a birth date of their own: no pass over the text per date
    rows = [f'{{"id": {i}, "geboortedatum": "{1940 + i % 60}-{1 + i % 12:02d}-{1 + i % 28:02d}"}},\n'
            for i in range(25_000)]
    text = "[\n" + "".join(rows)[:300_000] + "]\n"
    with cpu_limit(4.0):  # some 1.4 s here; the limit leaves room for a slow CI machine
        analysis = detector.analyze(text)
    assert sum(f.type == "DATE_OF_BIRTH" for f in analysis.findings) > 1_000
