"""The table of kinds of published writing (``detectors.published._KINDS``): every kind that the checks name is in
it, its numbers agree with each other, and its strengths weigh as its docstring says."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from detectors import published
from detectors.published import _KINDS, MEDIUM, PROSE_MEDIUM_ONLY, STRONG, WEAK, kinds, reads_as_published

#: Kinds that code finds rather than one pattern.
FOUND_BY_CODE = {"headline", "age", "town", "monologue", "letter"}


def test_every_kind_the_module_names_is_in_the_table():
    source = Path(published.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'"(\w+)"\s+(?:not\s+)?in\s+found|found\.add\("(\w+)"\)|_KINDS\["(\w+)"\]', source))
    names = {n for group in named for n in group if n}
    assert names and names <= set(_KINDS), names - set(_KINDS)


@pytest.mark.parametrize("name", sorted(_KINDS))
def test_each_kind_has_consistent_numbers(name):
    kind = _KINDS[name]
    assert kind.strength in (WEAK, MEDIUM, STRONG)
    assert (kind.pattern is None) == (name in FOUND_BY_CODE)
    assert kind.needed >= 1
    assert kind.alone == 0 or kind.alone >= kind.needed  # (enough alone is read only once the kind is found)
    assert not kind.titles or kind.strength == STRONG


BODY = ("De kosten voor het onderhoud van de dijken stegen vorig jaar met 14 procent tot 3,2 miljoen euro. "
        "Voor dit jaar wordt een verdere stijging van 8 procent verwacht, vooral door de hogere prijzen van "
        "klei en stenen. Het waterschap wil de komende jaren vaker samen met aannemers aanbesteden.")
DATE = "3 maart 2031\n\n"


@pytest.mark.parametrize("text, published_", [
    (DATE + BODY, False),  # two weak kinds (a date line, figures): not enough
    (DATE + BODY + "\n\nEindredactie: Waterschapsblad", True),  # weak beside a strong kind (a colophon)
    # two medium kinds, which a note shows too: only where the word model is not sure of a private text
    (BODY + " Dat zegt een woordvoerder van het ministerie. Ook de provincie betaalt mee.", False),
    (DATE + BODY + " Dat zegt de dijkgraaf.", False),  # a medium kind beside weak ones only
])
def test_strengths_weigh_as_the_table_says(monkeypatch, text, published_):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: 0.0)  # no help from the word model
    assert reads_as_published(text) is published_, kinds(text)


@pytest.mark.parametrize("p, published_", [(PROSE_MEDIUM_ONLY - 0.01, False), (PROSE_MEDIUM_ONLY, True)])
def test_two_medium_kinds_need_a_word_model_not_sure_of_a_private_text(monkeypatch, p, published_):
    from detectors import prose

    monkeypatch.setattr(prose, "probability", lambda head: p)
    text = BODY + " Dat zegt een woordvoerder van het ministerie. Ook de provincie betaalt mee."
    assert reads_as_published(text) is published_, kinds(text)
