"""Issue 12, eighteenth round (texts newly invented): Dutch surnames that open with the capital digraph IJ
("IJzerman", "IJtsma", "mw. IJpelaar") are names as any capitalised word is; "IJmuiden" stays a place."""
from __future__ import annotations

import pytest

from detectors.names.tokens import is_cap
from tests.helpers.findings import spans


@pytest.mark.parametrize("text, name", [
    ("De voorzitter heet iedereen en met name mw. IJtsma welkom.", "IJtsma"),
    ("Gisteren belde Ruud IJzerman over zijn aanvraag; ik heb hem teruggebeld.", "Ruud IJzerman"),
    ("Met vriendelijke groet,\nAnnelies IJpelaar\nTeamleider", "Annelies IJpelaar"),
    ("Aanwezig: Karin de Vries, Johan IJsselmuiden en Sem Bakker", "Johan IJsselmuiden"),
])
def test_a_surname_that_opens_with_ij_is_found(detector, text, name):
    assert any(name in s for s in spans(detector, text, "PERSON"))


@pytest.mark.parametrize("word, cap", [("IJzerman", True), ("IJtsma", True), ("IJzerman-Bakker", True),
                                       ("IJSSELMEER", False), ("IJ", False), ("IJs-", False), ("IJmuiden", True)])
def test_ij_opens_a_capitalised_word(word, cap):
    assert is_cap(word) is cap


def test_a_place_that_opens_with_ij_is_no_name(detector):
    assert spans(detector, "De pont vaart vanaf morgen weer tussen Velsen en IJmuiden.", "PERSON") == []


@pytest.mark.parametrize("text", [
    "Notulen Ouderraadvergadering, d.d. 03 sep 2014\nAanwezig: Hennie, Paul, Carin\n1. Opening",
    "Verslag Werkgroep, 12 maart\nAanwezig: Ruud, Anja\n1. Opening",
    "Agenda, vergadering van 4 juni\n1. Opening\n2. Mededelingen",
])
def test_a_title_line_with_a_comma_is_no_vocative(detector, text):
    found = spans(detector, text, "PERSON")
    assert not [s for s in found if s.split()[0] in ("Notulen", "Verslag", "Agenda")]


@pytest.mark.parametrize("text, name", [
    ("Bhaskar, kun jij de notulen van vandaag rondsturen?", "Bhaskar"),
    ("Sanne de Wit, wil jij de agenda maken?", "Sanne de Wit"),
])
def test_a_vocative_at_the_start_of_a_line_stays_a_name(detector, text, name):
    assert name in spans(detector, text, "PERSON")
