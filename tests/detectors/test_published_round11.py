"""Issue 12, eleventh round: an advocate-general's conclusion in a criminal case is a published ruling (its
anonymised parties in brackets, "[verdachte]", and the words only such a conclusion has). A private memo that
quotes one word of it stays private."""
from __future__ import annotations

from detectors.published import kinds, reads_as_published

CONCLUSION = ("Conclusie\n\nNr. 24/01234\n\nZitting: 3 juni 2025\n\nMr. Visser\n\nConclusie inzake:\n\n[verdachte]\n\n"
              "1. Het gerechtshof Arnhem-Leeuwarden heeft de verdachte bij arrest van 12 januari 2024 wegens "
              "oplichting veroordeeld tot een gevangenisstraf van acht maanden.\n\n2. Namens de verdachte heeft "
              "mr. P. de Groot, advocaat te Zwolle, een middel van cassatie voorgesteld. Het middel klaagt over de "
              "bewijsvoering.")


def test_an_advocate_generals_conclusion_shows_the_court_kind():
    assert "court" in kinds(CONCLUSION)
    assert reads_as_published(CONCLUSION, {"PERSON"})


def test_a_note_about_a_client_is_no_ruling():
    text = ("Notitie dossier\n\nIk heb vandaag met de advocaat van klant gebeld over de uitkering. Hij wil tegen de "
            "uitspraak in cassatie gaan en vraagt ons om het dossier. Ik stuur het morgen op en bel mevrouw Bakker "
            "terug over haar uitkering.")
    assert not reads_as_published(text, {"PERSON"})
