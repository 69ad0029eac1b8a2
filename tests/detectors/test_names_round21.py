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


@pytest.mark.parametrize("text, name", [
    # a minutes' header that puts its fields on one line: a label after a date or a time
    ("Notulen M.R.-vergadering 2 Voorzitter: Deborah\nDatum: dinsdag 30 oktober 2018 Notulant: Sevgi\nAanvang: 15.45u",
     "Sevgi"),
    ("Overleg 12 maart 2024 14.00 uur Notulist: Nurten\n1. Opening", "Nurten"),
])
def test_a_label_after_a_date_on_the_same_line_names_its_person(detector, text, name):
    assert name in spans(detector, text, "PERSON")


@pytest.mark.parametrize("text", [
    # a number before a word and a colon that is no label: a time, a score, a list
    "Om 10.30 uur Start: de wandeling begint bij de kerk.",
    "Uitslag 3-1 Tweede helft: Ajax drukte door.",
])
def test_a_word_after_a_number_and_a_colon_is_no_name(detector, text):
    assert spans(detector, text, "PERSON") == []
