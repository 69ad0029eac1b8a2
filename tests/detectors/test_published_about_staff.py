"""Which published words each reader of staff talk vetoes (detectors/categories/documents.py).

Staff news, a team's own figures and a staff magazine share one vocabulary of published writing about staff
(a press release, a text to a council, a careers page). Each rule adds only the words it can afford, and these
texts show why the lists are not one: staff news tells whose clients a colleague hands over and speaks of its own
open vacancies, a team's figures may mention the budget, a staff magazine writes "u" to its readers.
All texts are newly invented (no line of any corpus).
"""
import pytest


def cats(detector, text):
    return detector.analyze(text).category_names


@pytest.mark.parametrize("text", [
    # staff news: a colleague's clients are handed over (a shop's page would speak of "klanten" as its public)
    "Fenna gaat vanaf maandag met zwangerschapsverlof. Haar klanten worden overgenomen door Joris en Tamara; "
    "vragen over lopende trajecten kunnen naar haar teamleider.",
    # staff news about the team's own open posts
    "Vanuit de afdeling: Ricardo is met ouderschapsverlof tot eind maart. Zijn dossiers worden verdeeld over "
    "het team. De twee vacatures in ons cluster staan nog open; tips zijn welkom bij Ilse.",
    # a team's figures for a period that mention its budget
    "Het team handhaving heeft in het derde kwartaal 412 meldingen afgehandeld. De doorlooptijd daalde naar "
    "9 dagen en de werkvoorraad is met een kwart afgenomen. De inhuur bleef binnen de begroting.",
])
def test_staff_talk_with_its_own_words_is_internal(detector, text):
    assert "DEPARTMENT_REPORT" in cats(detector, text)


@pytest.mark.parametrize("text", [
    # a careers page tells of the same leave and hand-over, to applicants
    "Fenna gaat met zwangerschapsverlof en haar klanten worden overgenomen door het team. Daarom zoeken we "
    "een collega. Solliciteer voor 1 maart via onze site.",
    # a gemeente's figures of a team, sent to the council
    "Het team handhaving heeft in het derde kwartaal 412 meldingen afgehandeld, zo meldt de gemeente aan de "
    "raad. De doorlooptijd daalde naar 9 dagen en de werkvoorraad nam af.",
])
def test_published_writing_about_staff_stays_quiet(detector, text):
    assert "DEPARTMENT_REPORT" not in cats(detector, text)
