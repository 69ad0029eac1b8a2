"""Issue 12, twentieth round (texts newly invented): a title after a word and "van" names no one ("Wassen van mw
gaat goed"), and the lower-case header of a CSV file holds field names, not first names ("datum,ernst,...")."""
from __future__ import annotations

import pytest

from tests.helpers.findings import spans


@pytest.mark.parametrize("text", [
    "Aanraken van mw alleen van de voorkant en kondig het aan!",
    "Wassen van mw gaat goed, ze helpt zelf mee.",
    "Helpen van mw bij het aankleden gaat goed.",
])
def test_a_title_after_a_word_and_van_names_no_one(detector, text):
    assert spans(detector, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Gesprek gehad met mw van Dam over haar herstel.", "van Dam"),
    ("Vandaag is dhr. de Boer gevallen in de badkamer.", "de Boer"),
])
def test_a_title_before_a_surname_with_van_still_names_someone(detector, text, name):
    assert any(name in s for s in spans(detector, text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Gesproken met Piet Jansen van mw over de zorg.", "Piet Jansen"),
    ("Dochter Sanne Bakker van mw belde vanmiddag.", "Sanne Bakker"),
])
def test_a_name_before_van_and_a_title_ends_before_them(detector, text, name):
    assert name in spans(detector, text, "PERSON")


@pytest.mark.parametrize("text", [
    'datum,type,ernst,beschrijving\n2025-03-02,Valpartij,Hoog,"Val in de gang, geen letsel."\n'
    '2025-03-09,Agressie,Middel,"Boos op medebewoner tijdens het eten."',
    "id;naam_kort;ernst;status;opmerking\n1;Lekkage;Laag;open;Kraan in keuken lekt\n2;Storing;Hoog;dicht;Lift stuk",
])
def test_the_lower_case_header_of_a_csv_holds_no_first_name(detector, text):
    assert "ernst" not in [s.lower() for s in spans(detector, text, "PERSON")]


def test_a_lower_case_row_of_names_in_a_csv_is_still_read(detector):
    text = "ernst,bakker,zwolle\nmarieke,de jong,deventer\nsanne,visser,kampen"
    assert any("ernst" in s.lower() for s in spans(detector, text, "PERSON"))


@pytest.mark.parametrize("text", [
    '      "imgs": [\n        "media/oud/2014-03-betty1.jpg"\n      ]',
    '      "foto": "img/2015-06-marieke2.jpg",\n      "thumb": "img/klein/marieke.jpg"',
])
def test_a_word_of_a_file_name_in_lower_case_is_no_name(detector, text):
    assert spans(detector, text, "PERSON") == []


def test_a_first_name_in_a_lower_case_chat_line_is_still_a_name(detector):
    assert "sanne" in [s.lower() for s in spans(detector, "ok dan vraag ik het morgen aan sanne bakker", "PERSON")][0]


@pytest.mark.parametrize("text", [
    '"datum","type","ernst","beschrijving"\n"2025-03-02","Valpartij","Hoog","Val in de gang"',
    "datum, type, ernst, beschrijving\n2025-03-02, Valpartij, Hoog, Val in de gang",
])
def test_a_quoted_or_spaced_lower_case_header_holds_no_first_name(detector, text):
    assert "ernst" not in [s.lower() for s in spans(detector, text, "PERSON")]


def test_a_lower_case_row_of_first_names_is_no_header(detector):
    found = [s.lower() for s in spans(detector, "jan,piet,kees\nanna,sanne,els", "PERSON")]
    assert "kees" in found and "sanne" in found
