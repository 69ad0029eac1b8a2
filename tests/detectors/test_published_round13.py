"""Issue 12, thirteenth round: fewer false warnings on public texts.

Regions, water boards and waters ("Waterschap Vallei en Veluwe", "de Achterhoek") are places, not people, also
where a name list holds the word as a rare first name; a region after a name and "uit de" / "in het" is where the
person lives, not part of the name. A care institution as someone's workplace is no care, and a treatment in a quote
that an expert is said to speak ("..., aldus een woordvoerder") is no one's health. The initials of a journalist in
brackets after a news item's last sentence ("... na het bouwverlof. (SVR)") are a sign of publication.
"""
from __future__ import annotations

import pytest

from tests.helpers.findings import categories, spans


@pytest.mark.parametrize("text", [
    "Het algemeen bestuur van het Waterschap Vallei en Veluwe;\n\nGelet op de artikelen 110 en 113 van de "
    "Waterschapswet;\n\nVast te stellen de 'Verordening zuiveringsheffing Waterschap Vallei en Veluwe 2020'.",
    "Wandelen over de Veluwe, fietsen door de Achterhoek en varen in het Gooi: de zomer in eigen land.",
    "Het nieuwe bedrijventerrein ligt tussen Salland en de Liemers, meldt de regionale omroep.",
])
def test_regions_and_water_boards_are_no_persons(detector, text):
    assert spans(detector, text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Mevrouw Anouk Verhoef uit de Achterhoek heeft gisteren gebeld over haar aanvraag.", "Anouk Verhoef"),
    ("Sanne Mulder in het Gooi belde over haar uitkering.", "Sanne Mulder"),
])
def test_a_region_after_a_name_is_not_part_of_it(detector, text, name):
    found = spans(detector, text, "PERSON")
    assert any(name in p for p in found) and not any("Achterhoek" in p or "Gooi" in p for p in found)


@pytest.mark.parametrize("text, name", [
    # "uit de", "in 't" before a common surname are part of the name
    ("Gesprek met Piet uit de Bosch over zijn aanvraag.", "Piet uit de Bosch"),
    ("Joris in 't Hout belde gisteren over zijn aanvraag.", "Joris in 't Hout"),
])
def test_a_surname_with_uit_de_stays_whole(detector, text, name):
    assert any(name in p for p in spans(detector, text, "PERSON"))


@pytest.mark.parametrize("text", [
    "Vorige week raakte bekend dat hoofdgeneesheer dr. Jo Leenders zou vertrekken bij het ziekenhuis. Hij legt "
    "zijn functie pas op 1 januari neer.",
    "Anouk Verhoef werkt al twaalf jaar in het ziekenhuis, eerst als verpleegkundige en nu als teamleider.",
])
def test_a_hospital_as_someones_workplace_is_no_health_data(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


def test_a_hospital_where_someone_lies_is_health_data(detector):
    assert "HEALTH_DATA" in categories(detector, "Anouk Verhoef ligt sinds maandag in het ziekenhuis.")


@pytest.mark.parametrize("text", [
    "Het Waterlandziekenhuis heeft voor het eerst een schouderprothese geplaatst in dagbehandeling. “De patiënt kwam "
    "’s ochtends nuchter voor de operatie en kon dezelfde dag naar huis. Normaal gesproken blijft men twee tot drie "
    "dagen”, aldus een woordvoerder.",
])
def test_an_expert_quoted_on_a_treatment_is_no_ones_health(detector, text):
    assert "HEALTH_DATA" not in categories(detector, text)


@pytest.mark.parametrize("text", [
    # a client quoted in a note, no expert speaking: still the client's health
    "“De patiënt kwam ’s ochtends nuchter voor de operatie en kon dezelfde dag naar huis”, schrijft Anouk Verhoef "
    "aan haar werkgever.",
    # the quote names the patient
    "“Anouk Verhoef kwam voor de operatie en kon dezelfde dag naar huis”, aldus een woordvoerder.",
])
def test_a_quote_about_a_named_or_unattributed_patient_stays_health_data(detector, text):
    assert "HEALTH_DATA" in categories(detector, text)


# (the surname alone, "Rutten was ...", keeps the usual bar of the word model: with only names in full the text reads as
# published without the credit too, published.PROSE_NAMES_ONLY_LOWER)
NEWS = ("nv Verduyn investeert 17,3 miljoen euro in nieuwe fabriekshal\n\nGroentebedrijf Verduyn plant de komende jaren "
        "voor 17,3 miljoen euro aan investeringen. Het familiebedrijf gaat een volledig uitgeruste fabriekshal bouwen. "
        "Open Vld-voorzitster Gwendolyn Rutten ging gisteren op bezoek in de fabriek in de Galgestraat in het kader van "
        "haar rondreis. Rutten was onder de indruk. Nu werken er 45 mensen bij Verduyn, naast een dertigtal losse "
        "seizoensmedewerkers. De bouw van "
        "de nieuwe hal start na het bouwverlof. (SVR)\n")


def test_a_journalists_initials_after_the_last_sentence_mark_news(detector):
    assert spans(detector, NEWS, "PERSON") == []


def test_without_the_credit_the_same_text_still_warns_on_its_name(detector):
    assert spans(detector, NEWS.replace(" (SVR)", ""), "PERSON")
