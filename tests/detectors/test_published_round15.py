"""Issue 12, fifteenth round: a news item's place line under its headline ("Kop\n\nAlblasserdam - Het bestuur ...")
is news also when the page was copied with hard line breaks, so that its first sentence runs on to the next line."""
from __future__ import annotations

from tests.helpers.verdict import warns

WRAPPED = ("Nieuwe directeur voor de muziekschool\n\nVeendam - Het bestuur van de stichting voor de muziekschool in "
           "Veendam heeft gekozen voor\neen nieuwe directeur. Met ingang van het nieuwe schooljaar wordt Marieke "
           "Oosterhof directeur van de muziekschool.\nMarieke is nu nog docent aan het Prins Claus Conservatorium "
           "in Groningen en\ndirigent van fanfare Excelsior.")


def test_a_place_line_whose_sentence_wraps_is_news(detector):
    assert not warns(detector, WRAPPED)


def test_a_wrapped_place_line_does_not_hide_a_private_number(detector):
    assert warns(detector, WRAPPED + "\n\nHaar BSN is 123456782.")


def test_a_line_that_is_no_sentence_is_no_place_line(detector):
    # a list of names in a team's note, each "name - task" on its own line
    note = ("Taken deze week\n\nMarieke - Het rooster voor de intake van de nieuwe klanten maken en doorsturen\n"
            "naar Sanne Bakker.\nPeter - Bel mevrouw Jansen over haar uitkering.")
    assert warns(detector, note)


def test_a_wrapped_line_after_a_first_name_is_no_place_line():
    from detectors import published
    note = ("Taken deze week\n\nMarieke - Het rooster voor de intake van de nieuwe klanten maken en doorsturen\n"
            "naar Sanne Bakker.")
    assert "place_dateline" not in published.kinds(note)
    assert "place_dateline" in published.kinds(WRAPPED)
