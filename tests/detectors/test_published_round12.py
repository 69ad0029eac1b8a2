"""Issue 12, twelfth round: a talk with politicians in their public roles ("gesprek met de verkenners") is news
about politics, not a caseworker's talk with a client; a talk with a client stays a private sign. The words of a
PhD ceremony ("promotores", "promoveert") are words of academia like "promotor" and "proefschrift"."""
from __future__ import annotations

import pytest

from detectors.published import kinds, private_signs


@pytest.mark.parametrize("text", [
    "De partijleiders mogen de verslagen van hun eigen gesprek met de vorige verkenners eerst zelf inzien.",
    "Na een gesprek met de informateur zei de fractievoorzitter dat hij positief gestemd is.",
    "Het gesprek met de nieuwe formateur duurde ruim drie uur, meldt de NOS.",
    "De vakbonden hadden dinsdag een gesprek met de premier over de koopkracht.",
])
def test_a_talk_with_politicians_in_their_roles_is_no_case_work(text):
    assert not private_signs(text)


@pytest.mark.parametrize("text", [
    "Vanmorgen gesprek met mevrouw Jansen gehad over haar re-integratie, ze belt volgende week terug.",
    "Gesprek met klant over de terugvordering; hij gaat akkoord met de regeling.",
])
def test_a_talk_with_a_client_stays_case_work(text):
    assert private_signs(text)


def test_the_words_of_a_phd_ceremony_are_academia():
    text = ("Promotie\nVoorspellers voor astma\nZe promoveert op onderzoek naar biomarkers.\n"
            "Promotores: prof. dr. P. Visser en prof. dr. K. Bos\nCopromotor: dr. M. Smit\n")
    assert "academia" in kinds(text)


def test_a_to_do_list_is_a_private_sign():
    text = ("- [x] Programma van eisen\n- [ ] Reflectie inleveren\n\nDe reflectie van Pedro was ingeleverd. Dit wordt "
            "later toegelicht door Adri Pronk.")
    assert private_signs(text)
    assert not private_signs(text.replace("[x]", "").replace("[ ]", ""))
