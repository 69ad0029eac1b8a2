"""Issue 12, twenty-first round (texts newly invented): the minute taker of minutes under the other spellings of
"notulist"."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text, name", [
    ("Notulen MR-vergadering 3 Voorzitter: Deborah\nDatum: dinsdag 6 maart 2018\nNotulant: Sevgi\nAanvang: 19.30u",
     "Sevgi"),
    ("Notulen ledenvergadering\nNotuliste: Nurten\nAanwezig: 14 leden", "Nurten"),
])
def test_the_minute_taker_under_another_spelling_is_a_person(detector, text, name):
    assert name in spans(detector, text, "PERSON")
