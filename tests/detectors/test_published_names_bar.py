"""The word model's lower last bar for a text whose findings are only people's names in full
(published.PROSE_NAMES_ONLY_LOWER), held apart from the minutes of a meeting."""
from __future__ import annotations

import pytest

from detectors import published

#: News that names people in full and shows no kind of published writing and no private sign.
_NEWS = ("Het nieuwe gemaal aan de Hogeveense polder is woensdag in gebruik genomen. Hoogheemraad Karin Smit opende het "
         "gemaal samen met bollenkweker Pieter van Haaster, wiens familie al generaties in de polder werkt. Het gemaal "
         "pompt per minuut zestig kubieke meter water weg en vervangt twee oude gemalen uit de jaren vijftig. Volgens "
         "het hoogheemraadschap is het watersysteem van de polder daarmee klaar voor nattere winters.")
#: The minutes of a members' meeting that name their people the same way.
_MINUTES = ("1. Opening\nDe vergadering wordt geopend door Bas Michielsen. De presentielijst gaat rond voor de leden.\n"
            "2. Financiën\nDe kascommissie heeft de administratie goedgekeurd. Edwin Martin en Arjan Eising melden zich "
            "aan voor de kascommissie van volgend jaar. Thijs Reigersberg vraagt hoeveel leden de club nog heeft.")


def test_news_that_names_people_in_full_passes_a_lower_bar(model_says):
    model_says(published.PROSE_ALONE - published.PROSE_NAMES_ONLY_LOWER / 2)
    assert published.reads_as_published(_NEWS, {"PERSON"}, (), names_in_full=True)


@pytest.mark.parametrize("types, categories, in_full", [
    ({"PERSON"}, (), False),  # a name of one word: a case note names someone by the surname after the first time
    ({"PERSON", "PHONE_NUMBER"}, (), True),  # more than names
    ({"PERSON"}, ("HEALTH_DATA",), True),  # a category
])
def test_the_lower_bar_is_only_for_names_in_full(model_says, types, categories, in_full):
    model_says(published.PROSE_ALONE - published.PROSE_NAMES_ONLY_LOWER / 2)
    assert not published.reads_as_published(_NEWS, types, categories, names_in_full=in_full)


def test_minutes_keep_the_usual_bar(model_says):
    model_says(published.PROSE_ALONE - published.PROSE_NAMES_ONLY_LOWER / 2)
    assert not published.reads_as_published(_MINUTES, {"PERSON"}, (), names_in_full=True)


def test_below_the_lower_bar_news_still_warns(model_says):
    model_says(published.PROSE_ALONE - published.PROSE_NAMES_ONLY_LOWER - 0.01)
    assert not published.reads_as_published(_NEWS, {"PERSON"}, (), names_in_full=True)


def test_the_detector_tells_names_in_full_from_a_surname_alone(detector, model_says):
    # the engine passes whether every name it found is a full one (a name's findings, spans of the original text)
    model_says(published.PROSE_ALONE - published.PROSE_NAMES_ONLY_LOWER / 2)
    assert [f.type for f in detector.analyze(_NEWS).findings] == []
    alone = _NEWS.replace("Het gemaal pompt", "Pieter is sinds 1990 bollenkweker. Het gemaal pompt")
    assert "PERSON" in [f.type for f in detector.analyze(alone).findings]
