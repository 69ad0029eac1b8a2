"""Issue 12, seventeenth round (all texts newly invented): a web article's reading time ("6 minuten leestijd",
"Leestijd: 4 min", "5 min read") is a sign of a publication; a greeting to the members of a club or a church
("Beste clubgenoten", "Beste broeders en zusters") is no greeting of a private mail; a regional broadcaster or paper
named as a source ("tegenover RTV Rijnmond", "meldt De Gelderlander") is a sign of news."""
from __future__ import annotations

import pytest

from detectors import published
from tests.helpers.verdict import warns

ARTICLE = ("Dorpshuis krijgt nieuwe eigenaar\n\n{reading}\n\nHet dorpshuis van Oosterwierum is verkocht aan een "
           "stichting van bewoners. Penningmeester Gerda Wijnstra is blij dat het gebouw open blijft voor de "
           "toneelclub en de biljartvereniging. De verbouwing begint na de zomer en duurt naar verwachting een half "
           "jaar. Tot die tijd vergaderen de clubs in de kantine van de voetbalvereniging.")


@pytest.mark.parametrize("reading", ["6 minuten leestijd", "Leestijd: 4 min", "Leestijd 3 minuten", "5 min read",
                                     "2 min. leestijd"])
def test_a_reading_time_is_a_sign_of_a_publication(reading):
    assert "publication" in published.kinds(ARTICLE.format(reading=reading))


@pytest.mark.parametrize("text", [
    "Kun je de notulen lezen? Reken op tien minuten leestijd, de rest bespreken we morgen.",
    "De leestijd van het rapport is lang, neem er een middag voor.",
])
def test_talking_about_reading_is_no_reading_time(text):
    assert "publication" not in published.kinds(text)


BULLETIN = ("{greeting},\n\nDe jaarlijkse ledenvergadering is op donderdag 14 maart gehouden. De opkomst was goed en "
            "de vergadering verliep in een prettige sfeer. Vermeldenswaardig is dat de banen 3 en 4 nieuwe netten en "
            "scoreborden krijgen, betaald door de sponsors van de club. Ook dit jaar sponsort Bakkerij Hoekstra de "
            "ballen. Iedereen hartelijk dank daarvoor, en tot ziens op de baan!")


@pytest.mark.parametrize("greeting", ["Beste clubgenoten", "Beste broeders en zusters", "Lieve broeders en zusters",
                                      "Beste gelovigen", "Beste verenigingsleden"])
def test_a_greeting_to_a_club_or_a_church_is_no_private_sign(greeting):
    head = BULLETIN.format(greeting=greeting)
    assert not published.private_signs(head, published.kinds(head))


@pytest.mark.parametrize("greeting", ["Beste Gerda", "Beste collega's", "Hoi Sanne"])
def test_a_greeting_to_a_person_or_colleagues_stays_a_private_sign(greeting):
    head = BULLETIN.format(greeting=greeting)
    assert published.private_signs(head, published.kinds(head))


@pytest.mark.parametrize("outlet", ["RTV Rijnmond", "RTV Noord", "De Gelderlander", "Tubantia", "BN DeStem",
                                    "de Leeuwarder Courant", "Dagblad van het Noorden", "het Eindhovens Dagblad",
                                    "NH Nieuws", "L1 Nieuws", "Het Financieele Dagblad", "NU.nl"])
def test_a_regional_outlet_named_as_a_source_is_a_sign_of_news(outlet):
    text = (f"Kaakchirurg Bert Hoogeveen reageert tegenover {outlet} verrast op het besluit van het ziekenhuis. Hij "
            "werkte sinds 1992 op de afdeling en spreekt van een eenzijdig besluit.")
    assert "media" in published.kinds(text)


def test_a_bulletin_with_a_greeting_to_its_members_does_not_warn(detector):
    assert not warns(detector, "Van de voorzitter\n\n" + BULLETIN.format(greeting="Beste clubgenoten"))


def test_a_mail_to_colleagues_about_a_named_sick_person_still_warns(detector):
    assert warns(detector, "Beste clubgenoten,\n\nJan de Vries (06-12345678) is ziek thuis na zijn hartinfarct. "
                           "Stuur hem een kaartje op Dorpsstraat 4, 8401 AB Gorredijk.")
